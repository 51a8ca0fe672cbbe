package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Angebote of a Kommune from an HSDS 3.0 file as kekiz writes it ({@code
 * angebote.hsds.json}: a JSON array of {@code service} objects, each with its organization,
 * locations, schedules, service areas, cost options, funding and taxonomy attributes; the mapping
 * is described in {@code de/kekiz/reporting/hsds/HSDS.md}). What the writer derives (fee summary,
 * descriptions, names of terms) is not read: written again, the Angebote give the same file.
 *
 * <p>All or nothing: a file with any error gives every error, each with the line where its service
 * starts, the JSON path of the bad value (e.g. {@code [2].service_at_locations[0].location
 * .latitude}), the value and the reason, and no Angebot. {@link #uebernimm} puts what was read into
 * the Präventionskette of the Kommune. Instances hold no state and may be shared.
 */
public final class HsdsAngebotLeser {

  private static final String SOZIALRAUM_URI = "urn:kekiz:sozialraum:";
  private static final String RRULE = "RRULE:";

  /** A reader; it holds no state. */
  public HsdsAngebotLeser() {}

  /**
   * Reads every service of {@code datei} as an Angebot of {@code kommune}.
   *
   * @param datei the HSDS 3.0 JSON file
   * @param kommune the Kommune the Angebote belong to
   * @return the Angebote with their Träger, or every error
   * @throws UnlesbareDateiException if the file is missing, not JSON or not a JSON array
   */
  public Leseergebnis<Hsdsangebot> lese(Path datei, Gemeindeschluessel kommune) {
    requireNonNull(datei, "datei");
    requireNonNull(kommune, "kommune");
    List<Hsdsangebot> gelesen = new ArrayList<>();
    List<Importfehler> fehler = new ArrayList<>();
    Map<AngebotId, String> gesehen = new HashMap<>();
    try (Jsondatei j = Jsondatei.oeffne(datei)) {
      if (j.naechstes() != JsonToken.START_ARRAY) {
        JsonLocation o = j.ort();
        throw new UnlesbareDateiException(
            datei,
            "Zeile "
                + Jsondatei.zeile(o)
                + ", Spalte "
                + Jsondatei.spalte(o)
                + ": eine HSDS-Datei von kekiz ist ein JSON-Array von services ([ … ])");
      }
      int nummer = 0;
      JsonToken t;
      while ((t = j.naechstes()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new UnlesbareDateiException(datei, "das JSON-Array endet nicht");
        }
        JsonLocation o = j.ort();
        String pfad = "[" + nummer++ + "]";
        Service s = new Service(datei, Jsondatei.zeile(o), Jsondatei.spalte(o), kommune, fehler);
        Hsdsangebot a = s.lies(pfad, j.baum());
        if (a == null) {
          continue;
        }
        String frueher = gesehen.putIfAbsent(a.angebot().id(), pfad);
        if (frueher != null) {
          s.fehler(
              pfad + ".attributes",
              a.angebot().id().wert(),
              "die Angebots-Id steht schon in " + frueher);
          continue;
        }
        gelesen.add(a);
      }
    }
    return fehler.isEmpty()
        ? Leseergebnis.gut(datei, gelesen)
        : Leseergebnis.fehlerhaft(datei, fehler);
  }

  /**
   * Puts the Angebote read from {@code datei} into {@code kette}: an Akteur the chain does not have
   * is added as the file describes it (a stored one is kept as it is), an Angebot new to the chain
   * is added, a stored one with other content replaced, an equal one left alone. An Angebot that
   * does not fit the chain (a Lebensphase or Handlungsfeld the chain has not) is an error naming
   * its line and path, as is a Sozialraum the Kommune does not have; then nothing is to be stored.
   *
   * @param kommune the Kommune of the chain
   * @param kette the Kommune's Präventionskette
   * @param datei the file the Angebote were read from (for the errors)
   * @param angebote the Angebote as {@link #lese} read them
   * @return the chain with the Angebote and what changed, or the errors
   */
  public static Uebernahme uebernimm(
      Kommune kommune, Praeventionskette kette, Path datei, List<Hsdsangebot> angebote) {
    requireNonNull(kommune, "kommune");
    requireNonNull(kette, "kette");
    requireNonNull(datei, "datei");
    Set<SozialraumId> raeume =
        kommune.sozialraeume().stream().map(Sozialraum::id).collect(Collectors.toSet());
    Praeventionskette k = kette;
    int neu = 0;
    int geaendert = 0;
    int unveraendert = 0;
    int neueAkteure = 0;
    List<Importfehler> fehler = new ArrayList<>();
    for (Hsdsangebot h : angebote) {
      Angebot a = h.angebot();
      List<SozialraumId> fremd = new ArrayList<>(a.sozialraeume());
      a.standorte().stream().map(Standort::sozialraum).filter(Objects::nonNull).forEach(fremd::add);
      fremd.removeIf(raeume::contains);
      if (!fremd.isEmpty()) {
        fehler.add(
            new Importfehler(
                datei,
                null,
                h.zeile(),
                1,
                h.pfad(),
                fremd.get(0).toString(),
                "die Kommune "
                    + kommune.schluessel()
                    + " hat diesen Sozialraum nicht (erst kekiz sozialraeume)"));
        continue;
      }
      Angebot alt =
          k.angebote().stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null);
      if (a.equals(alt)) {
        unveraendert++;
        continue;
      }
      try {
        Praeventionskette mitTraeger = k;
        boolean neuerAkteur = k.akteur(a.traeger()).isEmpty();
        if (neuerAkteur) {
          mitTraeger = k.withAkteur(h.traeger());
        }
        k = mitTraeger.withAngebot(a);
        neueAkteure += neuerAkteur ? 1 : 0;
        if (alt == null) {
          neu++;
        } else {
          geaendert++;
        }
      } catch (KekizException | IllegalArgumentException e) {
        fehler.add(
            new Importfehler(
                datei,
                null,
                h.zeile(),
                1,
                h.pfad(),
                a.id().wert(),
                "das Angebot passt nicht zur Präventionskette der Kommune: "
                    + Importfehler.abgelehnt(e)));
      }
    }
    return fehler.isEmpty()
        ? new Uebernahme(k, neu, geaendert, unveraendert, neueAkteure, ImmutableList.of())
        : new Uebernahme(kette, 0, 0, 0, 0, ImmutableList.copyOf(fehler));
  }

  /**
   * The outcome of {@link #uebernimm}.
   *
   * @param kette the chain with the Angebote (the one given if there are errors)
   * @param neu Angebote added
   * @param geaendert Angebote replaced
   * @param unveraendert Angebote already stored as in the file
   * @param neueAkteure Träger added to the chain
   * @param fehler Angebote that do not fit the chain
   */
  public record Uebernahme(
      Praeventionskette kette,
      int neu,
      int geaendert,
      int unveraendert,
      int neueAkteure,
      ImmutableList<Importfehler> fehler) {}

  /** Reads one service; its errors go to the file's list. */
  private static final class Service {
    private final Path datei;
    private final long zeile;
    private final int spalte;
    private final Gemeindeschluessel kommune;
    private final List<Importfehler> fehler;
    private final int fehlerVorher;

    Service(
        Path datei, long zeile, int spalte, Gemeindeschluessel kommune, List<Importfehler> fehler) {
      this.datei = datei;
      this.zeile = zeile;
      this.spalte = spalte;
      this.kommune = kommune;
      this.fehler = fehler;
      this.fehlerVorher = fehler.size();
    }

    void fehler(String pfad, String wert, String grund) {
      fehler.add(new Importfehler(datei, null, zeile, spalte, pfad, wert, grund));
    }

    private static String wert(@Nullable JsonNode n) {
      return n == null || n.isMissingNode() ? "" : n.isTextual() ? n.textValue() : n.toString();
    }

    private @Nullable String text(JsonNode objekt, String pfad, String feld, boolean pflicht) {
      JsonNode n = objekt.get(feld);
      if (n == null || n.isNull()) {
        if (pflicht) {
          fehler(pfad + "." + feld, "", "das Feld fehlt; erwartet einen Text");
        }
        return null;
      }
      if (!n.isTextual() || n.textValue().isBlank()) {
        fehler(pfad + "." + feld, wert(n), "erwartet einen nicht leeren Text");
        return null;
      }
      return n.textValue();
    }

    private @Nullable Integer ganzzahl(JsonNode objekt, String pfad, String feld) {
      JsonNode n = objekt.get(feld);
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.canConvertToInt() || !n.isIntegralNumber()) {
        fehler(pfad + "." + feld, wert(n), "erwartet eine ganze Zahl");
        return null;
      }
      return n.intValue();
    }

    private @Nullable BigDecimal zahl(JsonNode objekt, String pfad, String feld) {
      JsonNode n = objekt.get(feld);
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isNumber()) {
        fehler(pfad + "." + feld, wert(n), "erwartet eine Zahl");
        return null;
      }
      return n.decimalValue();
    }

    private List<JsonNode> liste(JsonNode objekt, String pfad, String feld) {
      JsonNode n = objekt.get(feld);
      if (n == null || n.isNull()) {
        return List.of();
      }
      if (!n.isArray()) {
        fehler(pfad + "." + feld, wert(n), "erwartet ein JSON-Array");
        return List.of();
      }
      List<JsonNode> l = new ArrayList<>();
      n.forEach(l::add);
      return l;
    }

    /**
     * The constant of {@code werte} whose HSDS code is {@code text}; null if there is no text, or
     * (with an error at {@code pfad} listing every code) if no constant has it.
     */
    private <E> @Nullable E hsdsCode(
        E[] werte, Function<E, String> code, @Nullable String text, String pfad, String was) {
      if (text == null) {
        return null;
      }
      for (E e : werte) {
        if (code.apply(e).equals(text)) {
          return e;
        }
      }
      fehler(
          pfad,
          text,
          "erwartet "
              + was
              + ": "
              + Arrays.stream(werte).map(code).collect(Collectors.joining(", ")));
      return null;
    }

    /** Runs {@code lesen}; a domain value it refuses becomes an error at {@code pfad}. */
    private <T> @Nullable T pruefe(String pfad, String wert, Lesen<T> lesen) {
      try {
        return lesen.lies();
      } catch (KekizException | IllegalArgumentException e) {
        fehler(pfad, wert, Importfehler.abgelehnt(e));
        return null;
      } catch (java.time.DateTimeException e) {
        fehler(pfad, wert, "ist kein gültiges Datum");
        return null;
      }
    }

    @Nullable Hsdsangebot lies(String p, JsonNode s) {
      if (!s.isObject()) {
        fehler(p, wert(s), "erwartet ein service-Objekt ({ … })");
        return null;
      }
      Map<String, List<Attribut>> attribute = attribute(s, p);
      String idText = null;
      for (Attribut a : attribute.getOrDefault("kekiz-kennung", List.of())) {
        if (a.code().equals("angebot")) {
          idText = a.wert();
        }
      }
      if (idText == null) {
        idText = text(s, p, "id", true);
      }
      String idWert = idText;
      AngebotId id =
          idWert == null ? null : pruefe(p + ".attributes", idWert, () -> AngebotId.of(idWert));
      String name = text(s, p, "name", true);
      String beschreibung = text(s, p, "description", true);
      Akteur traeger = traeger(s, p);
      String statusText = text(s, p, "status", true);
      AngebotStatus status =
          hsdsCode(
              AngebotStatus.values(),
              AngebotStatus::hsdsCode,
              statusText,
              p + ".status",
              "einen HSDS-Status");
      Integer min = ganzzahl(s, p, "minimum_age");
      Integer max = ganzzahl(s, p, "maximum_age");
      String geprueftText = text(s, p, "assured_date", false);
      LocalDate geprueft =
          geprueftText == null
              ? null
              : pruefe(p + ".assured_date", geprueftText, () -> LocalDate.parse(geprueftText));
      List<Standort> standorte = standorte(s, p);
      List<Zeitplan> zeitplaene = zeitplaene(s, p);
      List<SozialraumId> gebiete = gebiete(s, p);
      List<Kostenoption> kosten = kosten(s, p);
      List<String> finanzierung = new ArrayList<>();
      List<JsonNode> f = liste(s, p, "funding");
      for (int i = 0; i < f.size(); i++) {
        String quelle = text(f.get(i), p + ".funding[" + i + "]", "source", true);
        if (quelle != null) {
          finanzierung.add(quelle);
        }
      }
      if (fehler.size() > fehlerVorher) {
        return null;
      }
      Angebot.Builder b =
          Angebot.builder(requireNonNull(id), requireNonNull(name), requireNonNull(traeger).id())
              .beschreibung(requireNonNull(beschreibung))
              .status(requireNonNull(status))
              .standorte(standorte)
              .zeitplaene(zeitplaene.toArray(Zeitplan[]::new))
              .sozialraeume(gebiete)
              .kosten(kosten.toArray(Kostenoption[]::new))
              .finanzierung(finanzierung.toArray(String[]::new))
              .zugang(text(s, p, "eligibility_description", false))
              .zuletztGeprueft(geprueft)
              .url(text(s, p, "url", false))
              .email(text(s, p, "email", false));
      if (min != null) {
        b.alter(max == null ? Altersspanne.ab(min) : Altersspanne.of(min, max));
      }
      taxonomien(b, attribute, p);
      if (fehler.size() > fehlerVorher) {
        return null;
      }
      Angebot angebot = pruefe(p, id.wert(), b::build);
      return angebot == null ? null : new Hsdsangebot(angebot, traeger, zeile, p);
    }

    private @Nullable Akteur traeger(JsonNode s, String p) {
      String op = p + ".organization";
      JsonNode o = s.get("organization");
      if (o == null || !o.isObject()) {
        fehler(op, wert(o), "erwartet die organization (den Träger) als Objekt");
        return null;
      }
      String kennung = null;
      List<JsonNode> kennungen = liste(o, op, "organization_identifiers");
      for (JsonNode k : kennungen) {
        if ("kekiz-akteur".equals(k.path("identifier_type").asText())) {
          kennung = k.path("identifier").asText();
        }
      }
      if (kennung == null) {
        fehler(
            op + ".organization_identifiers",
            "",
            "es fehlt die Kennung des Trägers (identifier_type kekiz-akteur)");
        return null;
      }
      String name = text(o, op, "name", true);
      String beschreibung = text(o, op, "description", true);
      String url = text(o, op, "website", false);
      String email = text(o, op, "email", false);
      if (name == null || beschreibung == null) {
        return null;
      }
      Akteursart art = Akteursart.SONSTIGE;
      for (Akteursart a : Akteursart.values()) {
        if (beschreibung.startsWith(a.bezeichnung() + ", ")) {
          art = a;
        }
      }
      Akteursart gefunden = art;
      String id = kennung;
      return pruefe(
          op,
          id,
          () -> new Akteur(AkteurId.of(id), name, gefunden, ImmutableSortedSet.of(), url, email));
    }

    private List<Standort> standorte(JsonNode s, String p) {
      List<Standort> standorte = new ArrayList<>();
      List<JsonNode> orte = liste(s, p, "service_at_locations");
      for (int i = 0; i < orte.size(); i++) {
        String lp = p + ".service_at_locations[" + i + "].location";
        JsonNode l = orte.get(i).get("location");
        if (l == null || !l.isObject()) {
          fehler(lp, wert(l), "erwartet die location als Objekt");
          continue;
        }
        String id = text(l, lp, "external_identifier", true);
        String name = text(l, lp, "name", true);
        String artText = text(l, lp, "location_type", true);
        Standortart art =
            hsdsCode(
                Standortart.values(),
                Standortart::hsdsCode,
                artText,
                lp + ".location_type",
                "einen HSDS-Standorttyp");
        BigDecimal breite = zahl(l, lp, "latitude");
        BigDecimal laenge = zahl(l, lp, "longitude");
        Koordinate koordinate = null;
        if (breite != null && laenge != null) {
          koordinate =
              pruefe(
                  lp + ".latitude", breite + ", " + laenge, () -> new Koordinate(breite, laenge));
        } else if (l.hasNonNull("latitude") != l.hasNonNull("longitude")) {
          fehler(lp, "", "latitude und longitude gibt es nur zusammen");
        }
        Adresse adresse = null;
        List<JsonNode> adressen = liste(l, lp, "addresses");
        if (adressen.size() > 1) {
          fehler(lp + ".addresses", "", "ein Standort hat höchstens eine Adresse");
        } else if (adressen.size() == 1) {
          String ap = lp + ".addresses[0]";
          String strasse = text(adressen.get(0), ap, "address_1", true);
          String plz = text(adressen.get(0), ap, "postal_code", true);
          String ort = text(adressen.get(0), ap, "city", true);
          if (strasse != null && plz != null && ort != null) {
            adresse = pruefe(ap, plz, () -> Adresse.of(strasse, plz, ort));
          }
        }
        SozialraumId raum = null;
        Map<String, List<Attribut>> attribute = attribute(l, lp);
        for (Attribut a : attribute.getOrDefault("kekiz-sozialraum", List.of())) {
          raum = sozialraum(a.pfad(), a.code());
        }
        if (id != null && name != null && art != null) {
          Adresse ad = adresse;
          Koordinate ko = koordinate;
          SozialraumId r = raum;
          Standortart sa = art;
          Standort o = pruefe(lp, id, () -> new Standort(id, name, sa, ad, ko, r));
          if (o != null) {
            standorte.add(o);
          }
        }
      }
      return standorte;
    }

    private @Nullable SozialraumId sozialraum(String pfad, String text) {
      SozialraumId r = pruefe(pfad, text, () -> SozialraumId.parse(text));
      if (r != null && !r.kommune().equals(kommune)) {
        fehler(pfad, text, "der Sozialraum gehört nicht zur Kommune " + kommune);
        return null;
      }
      return r;
    }

    private List<Zeitplan> zeitplaene(JsonNode s, String p) {
      List<Zeitplan> plaene = new ArrayList<>();
      List<JsonNode> l = liste(s, p, "schedules");
      for (int i = 0; i < l.size(); i++) {
        String zp = p + ".schedules[" + i + "]";
        JsonNode z = l.get(i);
        String notiz = text(z, zp, "notes", true);
        if (notiz == null) {
          continue;
        }
        if (!notiz.startsWith(RRULE)) {
          fehler(zp + ".notes", notiz, "erwartet die Regel als 'RRULE:…' am Anfang");
          continue;
        }
        int ende = notiz.indexOf(' ');
        String regel = notiz.substring(RRULE.length(), ende < 0 ? notiz.length() : ende);
        LocalTime von = uhrzeit(z, zp, "opens_at");
        LocalTime bis = uhrzeit(z, zp, "closes_at");
        String beschreibung = text(z, zp, "description", false);
        Zeitplan plan =
            pruefe(zp + ".notes", notiz, () -> new Zeitplan(regel, von, bis, beschreibung));
        if (plan != null) {
          plaene.add(plan);
        }
      }
      return plaene;
    }

    private @Nullable LocalTime uhrzeit(JsonNode z, String zp, String feld) {
      String t = text(z, zp, feld, false);
      return t == null ? null : pruefe(zp + "." + feld, t, () -> LocalTime.parse(t));
    }

    private List<SozialraumId> gebiete(JsonNode s, String p) {
      List<SozialraumId> gebiete = new ArrayList<>();
      List<JsonNode> l = liste(s, p, "service_areas");
      for (int i = 0; i < l.size(); i++) {
        String gp = p + ".service_areas[" + i + "]";
        String uri = text(l.get(i), gp, "uri", true);
        if (uri == null) {
          continue;
        }
        if (!uri.startsWith(SOZIALRAUM_URI)) {
          fehler(gp + ".uri", uri, "erwartet " + SOZIALRAUM_URI + "AGS:Schlüssel");
          continue;
        }
        SozialraumId r = sozialraum(gp + ".uri", uri.substring(SOZIALRAUM_URI.length()));
        if (r != null) {
          gebiete.add(r);
        }
      }
      return gebiete;
    }

    private List<Kostenoption> kosten(JsonNode s, String p) {
      List<Kostenoption> kosten = new ArrayList<>();
      List<JsonNode> l = liste(s, p, "cost_options");
      for (int i = 0; i < l.size(); i++) {
        String kp = p + ".cost_options[" + i + "]";
        JsonNode k = l.get(i);
        BigDecimal betrag = zahl(k, kp, "amount");
        String einheit = text(k, kp, "amount_description", true);
        String option = text(k, kp, "option", false);
        if (betrag == null) {
          fehler(kp + ".amount", "", "das Feld fehlt; erwartet den Betrag in Euro");
        } else if (einheit != null) {
          Kostenoption o =
              pruefe(
                  kp + ".amount",
                  betrag.toPlainString(),
                  () -> new Kostenoption(new Geldbetrag(betrag), einheit, option));
          if (o != null) {
            kosten.add(o);
          }
        }
      }
      return kosten;
    }

    /** A taxonomy term an object carries: taxonomy, code, value and where it is. */
    private record Attribut(String taxonomie, String code, @Nullable String wert, String pfad) {}

    private Map<String, List<Attribut>> attribute(JsonNode objekt, String p) {
      Map<String, List<Attribut>> m = new HashMap<>();
      List<JsonNode> l = liste(objekt, p, "attributes");
      for (int i = 0; i < l.size(); i++) {
        String ap = p + ".attributes[" + i + "]";
        JsonNode a = l.get(i);
        JsonNode term = a.get("taxonomy_term");
        if (term == null || !term.isObject()) {
          fehler(ap + ".taxonomy_term", wert(term), "erwartet den taxonomy_term als Objekt");
          continue;
        }
        String taxonomie = text(term, ap + ".taxonomy_term", "taxonomy", true);
        String code = text(term, ap + ".taxonomy_term", "code", true);
        JsonNode w = a.get("value");
        if (taxonomie != null && code != null) {
          m.computeIfAbsent(taxonomie, t -> new ArrayList<>())
              .add(
                  new Attribut(
                      taxonomie,
                      code,
                      w == null || w.isNull() ? null : w.asText(),
                      ap + ".taxonomy_term.code"));
        }
      }
      return m;
    }

    private void taxonomien(Angebot.Builder b, Map<String, List<Attribut>> m, String p) {
      List<Praeventionsebene> ebenen = new ArrayList<>();
      for (Attribut a : m.getOrDefault("kekiz-praeventionsebene", List.of())) {
        Praeventionsebene e =
            pruefe(
                a.pfad(),
                a.code(),
                () -> Praeventionsebene.valueOf(a.code().toUpperCase(Locale.ROOT)));
        if (e != null) {
          ebenen.add(e);
        }
      }
      b.ebenen(ebenen.toArray(Praeventionsebene[]::new));
      b.lebensphasen(codes(m, "kekiz-lebensphase"));
      b.handlungsfelder(codes(m, "kekiz-handlungsfeld"));
      b.uebergaenge(codes(m, "kekiz-uebergang"));
      Integer plaetze = null;
      Integer frei = null;
      String einheit = null;
      for (Attribut a : m.getOrDefault("kekiz-kapazitaet", List.of())) {
        String w = a.wert() == null ? "" : a.wert();
        switch (a.code()) {
          case "plaetze" -> plaetze = pruefe(a.pfad(), w, () -> Integer.valueOf(w));
          case "freie-plaetze" -> frei = pruefe(a.pfad(), w, () -> Integer.valueOf(w));
          case "platzeinheit" -> einheit = w;
          default -> fehler(a.pfad(), a.code(), "unbekannte Kapazitätsangabe");
        }
      }
      if (plaetze != null || einheit != null) {
        if (plaetze == null || einheit == null) {
          fehler(p + ".attributes", "", "eine Kapazität braucht plaetze und platzeinheit");
        } else {
          Integer pl = plaetze;
          Integer fr = frei;
          String ei = einheit;
          b.kapazitaet(pruefe(p + ".attributes", pl.toString(), () -> new Kapazitaet(pl, fr, ei)));
        }
      }
    }

    private static String[] codes(Map<String, List<Attribut>> m, String taxonomie) {
      return m.getOrDefault(taxonomie, List.of()).stream()
          .map(Attribut::code)
          .toArray(String[]::new);
    }
  }

  @FunctionalInterface
  private interface Lesen<T> {
    T lies();
  }
}
