package de.kekiz.examples.angriff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code bericht.json} with Jackson's tree model (no kekiz type), for what a reader learns
 * from it: the geography, the indicator definitions, every statement about a cell and every number
 * shown together with the cells it comes from.
 *
 * <p>Nodes read:
 *
 * <ul>
 *   <li>{@code kommune} and {@code gemeinden[]}: {@code schluessel}, {@code name}, {@code
 *       sozialraeume[]} with {@code id} ({@code AGS:code}), {@code gebietsstand}, {@code name},
 *       {@code ebene}, {@code uebergeordnet} ({@code AGS:code}) and {@code gueltigkeit} ({@code
 *       von}, {@code bis});
 *   <li>{@code indikatoren[]}: {@code key}, {@code version}, {@code anteil};
 *   <li>{@code messwerte[]}: {@code indikator} ({@code key@version}), {@code raum}, {@code
 *       periode}, {@code aufschluesselung} (object), {@code zaehler}, {@code nenner}, {@code
 *       confStatus}, {@code obsStatus}, {@code wertart};
 *   <li>{@code abschnitte.auswertungen[]}: the cells of {@code kommune} and {@code gebiete[]} (one
 *       per entry of {@code perioden}), and the derived {@code abweichung} and {@code rang} (of the
 *       latest period) and {@code trend} (from {@code von} to {@code bis});
 *   <li>{@code abschnitte.ziele[]}: {@code istwert} of {@code gebiet} in {@code periode}, the
 *       {@code prognose} made from it, and the baseline {@code zielwert.ausgangswert};
 *   <li>{@code leitbild}: the baselines of its {@code zielwerte}, taken as the value of the latest
 *       period that ended before the Leitbild was decided ({@code beschlossenAm}).
 * </ul>
 *
 * Absent nodes are read as empty: a hand-made file needs only what a test needs.
 */
final class BerichtJsonLeser {

  /** The file name. */
  static final String DATEINAME = "bericht.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What one {@code bericht.json} says.
   *
   * @param kommunen the report's Kommune first, then its Gemeinden
   * @param indikatoren the indicator versions
   * @param angaben the statements about cells
   * @param gezeigt every number shown, with its cells
   * @param ziele the rows of the goal section, in order
   * @param tabellen the periods of each indicator's table, by indicator key
   */
  record Inhalt(
      ImmutableList<Kommunegebiet> kommunen,
      ImmutableList<Indikatorangaben> indikatoren,
      ImmutableList<Angabe> angaben,
      ImmutableList<GezeigteZahl> gezeigt,
      ImmutableList<Zielzeile> ziele,
      ImmutableMap<String, ImmutableList<Zeitraum>> tabellen) {}

  /**
   * One row of the goal section.
   *
   * @param gebietName the area's name
   * @param istwert the cell of the current value, {@code null} if there is none
   * @param ausgangswert the cell the baseline is taken from, {@code null} if unknown
   */
  record Zielzeile(String gebietName, @Nullable Zelle istwert, @Nullable Zelle ausgangswert) {}

  private final String ordner;
  private final JsonNode wurzel;
  private final List<Kommunegebiet> kommunen = new ArrayList<>();
  private final List<Indikatorangaben> indikatoren = new ArrayList<>();
  private final List<Angabe> angaben = new ArrayList<>();
  private final List<GezeigteZahl> gezeigt = new ArrayList<>();
  private final List<Zielzeile> ziele = new ArrayList<>();
  private final Map<String, List<Zeitraum>> perioden = new TreeMap<>();

  private BerichtJsonLeser(JsonNode wurzel, String ordner) {
    this.wurzel = wurzel;
    this.ordner = ordner;
  }

  /**
   * Reads the file {@code datei} in folder {@code ordner}.
   *
   * @throws IllegalArgumentException naming file, JSON path and value of anything unreadable
   * @throws IOException if the file cannot be read or is no JSON
   */
  static Inhalt lies(Path datei, String ordner) throws IOException {
    BerichtJsonLeser leser = new BerichtJsonLeser(JSON.readTree(datei.toFile()), ordner);
    leser.geografie();
    leser.indikatoren();
    leser.messwerte();
    leser.auswertungen();
    leser.ziele();
    leser.leitbild();
    return new Inhalt(
        ImmutableList.copyOf(leser.kommunen),
        ImmutableList.copyOf(leser.indikatoren),
        ImmutableList.copyOf(leser.angaben),
        ImmutableList.copyOf(leser.gezeigt),
        ImmutableList.copyOf(leser.ziele),
        leser.perioden.entrySet().stream()
            .collect(
                ImmutableMap.toImmutableMap(
                    Map.Entry::getKey, e -> ImmutableList.copyOf(e.getValue()))));
  }

  // ------------------------------------------------------------------ geography, indicators

  private void geografie() {
    JsonNode kommune = wurzel.path("kommune");
    if (!kommune.isMissingNode() && !kommune.isNull()) {
      kommunen.add(kommune(kommune, "/kommune"));
    }
    int i = 0;
    for (JsonNode g : wurzel.path("gemeinden")) {
      kommunen.add(kommune(g, "/gemeinden/" + i++));
    }
  }

  private Kommunegebiet kommune(JsonNode k, String pfad) {
    String ags = text(k, "schluessel", pfad);
    ImmutableList.Builder<Sozialraumversion> raeume = ImmutableList.builder();
    int i = 0;
    for (JsonNode s : k.path("sozialraeume")) {
      String p = pfad + "/sozialraeume/" + i++;
      String id = text(s, "id", p);
      String code = lies(p + "/id", () -> codeIn(ags, id));
      String uebergeordnet = optionalText(s, "uebergeordnet");
      raeume.add(
          lies(
              p,
              () ->
                  new Sozialraumversion(
                      Raum.sozialraum(ags, code, s.path("gebietsstand").asInt(0)),
                      optionalText(s, "name") == null ? code : s.path("name").asText(),
                      optionalText(s, "ebene") == null ? "" : s.path("ebene").asText(),
                      uebergeordnet == null ? null : codeIn(ags, uebergeordnet),
                      LocalDate.parse(text(s.path("gueltigkeit"), "von", p + "/gueltigkeit")),
                      datum(optionalText(s.path("gueltigkeit"), "bis")))));
    }
    String name = optionalText(k, "name");
    return new Kommunegebiet(ags, name == null ? ags : name, raeume.build());
  }

  private static String codeIn(String ags, String id) {
    if (!id.startsWith(ags + ":") || id.length() == ags.length() + 1) {
      throw new IllegalArgumentException("needs the form " + ags + ":code, got '" + id + "'");
    }
    return id.substring(ags.length() + 1);
  }

  private void indikatoren() {
    int i = 0;
    for (JsonNode n : wurzel.path("indikatoren")) {
      String p = "/indikatoren/" + i++;
      indikatoren.add(
          lies(
              p,
              () ->
                  new Indikatorangaben(
                      text(n, "key", p),
                      n.path("version").asInt(0),
                      n.path("anteil").asBoolean(false))));
    }
  }

  // ------------------------------------------------------------------ cells

  private void messwerte() {
    int i = 0;
    for (JsonNode m : wurzel.path("messwerte")) {
      String p = "/messwerte/" + i++;
      String[] indikator = text(m, "indikator", p).split("@", 2);
      Map<String, String> codes = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : m.path("aufschluesselung").properties()) {
        codes.put(e.getKey(), e.getValue().asText());
      }
      Zelle zelle =
          lies(
              p,
              () ->
                  new Zelle(
                      indikator[0],
                      Raum.parse(text(m, "raum", p)),
                      Zeitraum.deutsch(text(m, "periode", p)),
                      Zelle.aufschluesselung(codes)));
      int version =
          indikator.length > 1 ? lies(p + "/indikator", () -> Integer.parseInt(indikator[1])) : 0;
      zelleGelesen(zelle, version, m, p);
    }
    i = 0;
    for (JsonNode pool : wurzel.path("mehrjahreswerte")) {
      String p = "/mehrjahreswerte/" + i++;
      JsonNode m = pool.path("summe");
      String[] indikator = text(m, "indikator", p + "/summe").split("@", 2);
      Map<String, String> codes = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : m.path("aufschluesselung").properties()) {
        codes.put(e.getKey(), e.getValue().asText());
      }
      String spanne = text(pool, "von", p) + "–" + text(m, "periode", p + "/summe");
      Zelle zelle =
          lies(
              p,
              () ->
                  new Zelle(
                      indikator[0],
                      Raum.parse(text(m, "raum", p + "/summe")),
                      Zeitraum.deutsch(spanne),
                      Zelle.aufschluesselung(codes)));
      int version =
          indikator.length > 1 ? lies(p + "/indikator", () -> Integer.parseInt(indikator[1])) : 0;
      zelleGelesen(zelle, version, m, p + "/summe", Wertart.GEPOOLT);
    }
  }

  /** A section: at the top level (format 2.0) or under {@code abschnitte} (format 1.0). */
  private JsonNode abschnitt(String name) {
    JsonNode oben = wurzel.path(name);
    return oben.isMissingNode() ? wurzel.path("abschnitte").path(name) : oben;
  }

  private String abschnittPfad(String name) {
    return wurzel.path(name).isMissingNode() ? "/abschnitte/" + name : "/" + name;
  }

  private void auswertungen() {
    int i = 0;
    for (JsonNode a : abschnitt("auswertungen")) {
      String p = abschnittPfad("auswertungen") + "/" + i++;
      String key = text(a.path("indikator"), "key", p + "/indikator");
      List<Zeitraum> zeiten = new ArrayList<>();
      int k = 0;
      for (JsonNode z : a.path("perioden")) {
        String pp = p + "/perioden/" + k++;
        zeiten.add(lies(pp, () -> Zeitraum.deutsch(z.asText())));
      }
      perioden.put(key, zeiten);
      zeitreihe(key, zeiten, a.path("kommune"), p + "/kommune", null);
      Raum kommune = a.path("kommune").isObject() ? raum(a.path("kommune"), p + "/kommune") : null;
      int g = 0;
      for (JsonNode reihe : a.path("gebiete")) {
        zeitreihe(key, zeiten, reihe, p + "/gebiete/" + g++, kommune);
      }
    }
  }

  private Raum raum(JsonNode reihe, String p) {
    return lies(
        p + "/gebiet/raum", () -> Raum.parse(text(reihe.path("gebiet"), "raum", p + "/gebiet")));
  }

  private void zeitreihe(
      String key, List<Zeitraum> zeiten, JsonNode reihe, String p, @Nullable Raum kommune) {
    if (!reihe.isObject()) {
      return;
    }
    Raum raum = raum(reihe, p);
    JsonNode werte = reihe.path("werte");
    if (werte.size() != zeiten.size()) {
      throw new IllegalArgumentException(
          fundstelle(p + "/werte")
              + ": "
              + werte.size()
              + " values for "
              + zeiten.size()
              + " periods");
    }
    for (int k = 0; k < zeiten.size(); k++) {
      JsonNode c = werte.get(k);
      String pk = p + "/werte/" + k;
      String art = optionalText(c, "art");
      Zeitraum spalte = zeiten.get(k);
      if ("GEPOOLT".equals(art)) {
        // the area's figure summed from the period "von" to this column
        String von = text(c, "von", pk);
        Zeitraum erste = lies(pk + "/von", () -> Zeitraum.deutsch(von));
        Zeitraum spanne =
            new Zeitraum(
                erste.beginn(),
                java.time.Period.between(erste.beginn(), spalte.beginn().plus(spalte.dauer())));
        zelleGelesen(Zelle.insgesamt(key, raum, spanne), 0, c, pk, Wertart.GEPOOLT);
      } else if ("VERGROEBERT".equals(art)) {
        // the parent area's figure of this column
        Raum quelle =
            lies(pk + "/quelle", () -> Raum.parse(text(c.path("quelle"), "raum", pk + "/quelle")));
        zelleGelesen(Zelle.insgesamt(key, quelle, spalte), 0, c, pk);
      } else {
        zelleGelesen(
            Zelle.insgesamt(key, raum, spalte),
            0,
            c,
            pk,
            "UEBERLAGERT".equals(art) ? Wertart.UEBERLAGERT : null);
      }
    }
    if (zeiten.isEmpty()) {
      return;
    }
    Zelle letzte = Zelle.insgesamt(key, raum, zeiten.get(zeiten.size() - 1));
    List<Zelle> mitKommune =
        kommune == null ? List.of(letzte) : List.of(letzte, letzte.mitRaum(kommune));
    zahl(reihe, "abweichung", p, "Abweichung zur Kommune", mitKommune);
    zahl(reihe, "rang", p, "Rang", List.of(letzte));
    JsonNode trend = reihe.path("trend");
    String von = optionalText(trend, "von");
    String bis = optionalText(trend, "bis");
    if (von != null && bis != null) {
      List<Zelle> grundlage =
          List.of(
              Zelle.insgesamt(key, raum, lies(p + "/trend/von", () -> Zeitraum.deutsch(von))),
              Zelle.insgesamt(key, raum, lies(p + "/trend/bis", () -> Zeitraum.deutsch(bis))));
      zahl(trend, "aenderung", p + "/trend", "Trend (Änderung)", grundlage);
    }
  }

  private void ziele() {
    int i = 0;
    for (JsonNode z : abschnitt("ziele")) {
      String p = abschnittPfad("ziele") + "/" + i++;
      JsonNode zielwert = z.path("zielwert");
      String key = text(zielwert, "indikator", p + "/zielwert");
      Raum raum = raum(z, p);
      String periode = optionalText(z, "periode");
      Zelle istwert = null;
      if (periode != null) {
        istwert = Zelle.insgesamt(key, raum, lies(p + "/periode", () -> Zeitraum.deutsch(periode)));
        zelleGelesen(istwert, 0, z.path("istwert"), p + "/istwert");
        zahl(z, "prognose", p, "Prognose zur Frist", List.of(istwert));
      }
      Zelle basis = ausgangswert(zielwert, p + "/zielwert", raum.ags());
      String gebietName = optionalText(z.path("gebiet"), "name");
      ziele.add(new Zielzeile(gebietName == null ? "" : gebietName, istwert, basis));
    }
  }

  private void leitbild() {
    JsonNode leitbild = wurzel.path("leitbild");
    String kommune = optionalText(leitbild, "kommune");
    if (kommune == null) {
      return;
    }
    int i = 0;
    for (JsonNode leitziel : leitbild.path("leitziele")) {
      int j = 0;
      for (JsonNode handlungsziel : leitziel.path("handlungsziele")) {
        int k = 0;
        for (JsonNode zielwert : handlungsziel.path("zielwerte")) {
          String p = "/leitbild/leitziele/" + i + "/handlungsziele/" + j + "/zielwerte/" + k++;
          ausgangswert(zielwert, p, kommune);
        }
        j++;
      }
      i++;
    }
  }

  /**
   * Records the baseline of {@code zielwert} as a shown number and returns the cell it is taken
   * from: the value of its area in the latest period of the indicator's table that ended before the
   * Leitbild was decided. {@code null} if there is no baseline or no such period.
   */
  private @Nullable Zelle ausgangswert(JsonNode zielwert, String p, String ags) {
    JsonNode basis = zielwert.path("ausgangswert");
    if (basis.isMissingNode() || basis.isNull()) {
      return null;
    }
    String key = text(zielwert, "indikator", p);
    LocalDate beschlossen = datum(optionalText(wurzel.path("leitbild"), "beschlossenAm"));
    Zeitraum zeit = null;
    for (Zeitraum z : perioden.getOrDefault(key, List.of())) {
      if (beschlossen != null && z.ende().isBefore(beschlossen)) {
        zeit = z;
      }
    }
    Zelle zelle = null;
    if (zeit != null) {
      String sozialraum = optionalText(zielwert, "sozialraum");
      Raum raum = Raum.kommune(ags);
      if (sozialraum != null) {
        String code = lies(p + "/sozialraum", () -> codeIn(ags, sozialraum));
        LocalDate tag = zeit.beginn();
        raum =
            kommunen.stream()
                .filter(k -> k.ags().equals(ags))
                .findFirst()
                .flatMap(k -> k.versionAm(code, tag))
                .map(Sozialraumversion::raum)
                .orElse(null);
      }
      zelle = raum == null ? null : Zelle.insgesamt(key, raum, zeit);
    }
    gezeigt.add(
        new GezeigteZahl(
            fundstelle(p + "/ausgangswert"),
            "Ausgangswert",
            basis.asText(),
            zelle == null ? List.of() : List.of(zelle)));
    return zelle;
  }

  /** Records a statement (numbers and statuses of {@code knoten}) and the numbers it shows. */
  private void zelleGelesen(Zelle zelle, int version, JsonNode knoten, String p) {
    zelleGelesen(zelle, version, knoten, p, null);
  }

  /** As above, with the kind of figure given ({@code null}: from the node's {@code wertart}). */
  private void zelleGelesen(
      Zelle zelle, int version, JsonNode knoten, String p, @Nullable Wertart art) {
    BigDecimal zaehler = zahl(knoten, "zaehler", p);
    BigDecimal nenner = zahl(knoten, "nenner", p);
    String conf = optionalText(knoten, "confStatus");
    String obs = optionalText(knoten, "obsStatus");
    String wertart = optionalText(knoten, "wertart");
    angaben.add(
        new Angabe(
            zelle,
            version,
            zaehler,
            nenner,
            conf == null ? "F" : conf,
            obs == null ? "A" : obs,
            art != null
                ? art
                : wertart == null
                    ? Wertart.EXAKT
                    : lies(p + "/wertart", () -> Wertart.lies(wertart)),
            fundstelle(p)));
    zahl(knoten, "zaehler", p, "Zähler", List.of(zelle));
    zahl(knoten, "nenner", p, "Nenner", List.of(zelle));
    zahl(knoten, "wert", p, "Wert", List.of(zelle));
  }

  /** Records the number at {@code feld} of {@code knoten}, if any, as shown. */
  private void zahl(JsonNode knoten, String feld, String p, String was, List<Zelle> grundlage) {
    JsonNode n = knoten.path(feld);
    if (!n.isMissingNode() && !n.isNull()) {
      gezeigt.add(new GezeigteZahl(fundstelle(p + "/" + feld), was, n.asText(), grundlage));
    }
  }

  private @Nullable BigDecimal zahl(JsonNode knoten, String feld, String p) {
    JsonNode n = knoten.path(feld);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    return lies(p + "/" + feld, () -> n.isNumber() ? n.decimalValue() : new BigDecimal(n.asText()));
  }

  // ------------------------------------------------------------------ helpers

  private Fundstelle fundstelle(String pfad) {
    return new Fundstelle(ordner, DATEINAME, pfad);
  }

  private String text(JsonNode knoten, String feld, String p) {
    String t = optionalText(knoten, feld);
    if (t == null) {
      throw new IllegalArgumentException(fundstelle(p) + ": field '" + feld + "' is missing");
    }
    return t;
  }

  private static @Nullable String optionalText(JsonNode knoten, String feld) {
    JsonNode n = knoten.path(feld);
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static @Nullable LocalDate datum(@Nullable String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private <T> T lies(String p, Supplier<T> leser) {
    try {
      return leser.get();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(fundstelle(p) + ": " + e.getMessage(), e);
    }
  }
}
