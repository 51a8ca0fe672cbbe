package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads indicator definitions from a CSV file ({@code de/kekiz/importe/FORMAT.md}, section 10): one
 * row per version of a definition, the columns of {@link #SPALTEN} in any order, UTF-8, separated
 * by {@code ;}. All or nothing: a file with any bad row gives every error (file, line, column with
 * its name, value, reason) and no definition. {@link IndikatorCsvSchreiber} writes what this reads;
 * {@link #abgleich} compares what was read with what is stored. Instances hold no state and may be
 * shared.
 */
public final class IndikatorCsvLeser {

  /** The columns of the file, in the order {@link IndikatorCsvSchreiber} writes them. */
  public static final ImmutableList<String> SPALTEN =
      ImmutableList.of(
          "indikator",
          "version",
          "name",
          "gueltig_ab",
          "gueltig_bis",
          "zaehler",
          "nenner",
          "faktor",
          "einheit",
          "anteil",
          "polaritaet",
          "quelle",
          "ebene",
          "periodizitaet",
          "stichtag",
          "dimensionen",
          "aenderungshinweis",
          "nachkommastellen",
          "synthetisch");

  /**
   * The columns a file may leave out (an empty field means the same): {@code nachkommastellen} (the
   * decimal places of the indicator's values; empty: the default of {@link
   * Indikator#nachkommastellen()}) and {@code synthetisch} ({@code ja} for made-up values, which
   * every report then marks; empty: {@code nein}). Files written before these columns existed stay
   * readable.
   */
  public static final ImmutableSet<String> FREIE_SPALTEN =
      ImmutableSet.of("nachkommastellen", "synthetisch");

  private static final char TRENNER = ';';

  /** A reader; it holds no state. */
  public IndikatorCsvLeser() {}

  /**
   * Reads every definition of {@code datei}.
   *
   * @param datei the indicator definitions, a CSV file
   * @return the definitions in file order, or every error
   * @throws UnlesbareDateiException if the file cannot be read, is empty or its header does not
   *     name the columns of {@link #SPALTEN}
   */
  public Leseergebnis<Indikatorangabe> lese(Path datei) {
    requireNonNull(datei, "datei");
    try (Textdatei t = Textdatei.oeffne(datei)) {
      String kopfzeile = t.naechsteZeile();
      if (kopfzeile == null) {
        throw new UnlesbareDateiException(datei, "die Datei ist leer; Zeile 1 nennt die Spalten");
      }
      Map<String, Integer> index = index(datei, kopfzeile);
      List<Indikatorangabe> gelesen = new ArrayList<>();
      List<Importfehler> fehler = new ArrayList<>();
      Map<IndikatorRef, Long> zeileVon = new HashMap<>();
      String zeile;
      while ((zeile = t.naechsteZeile()) != null) {
        if (zeile.isBlank()) {
          continue;
        }
        long nr = t.zeilennummer();
        List<String> felder = CsvZeile.teile(zeile, TRENNER);
        if (felder == null || felder.size() != index.size()) {
          fehler.add(
              new Importfehler(
                  datei,
                  null,
                  nr,
                  0,
                  "",
                  zeile,
                  felder == null
                      ? "ein Anführungszeichen ist in der Zeile nicht geschlossen"
                      : "die Zeile hat "
                          + felder.size()
                          + " Felder, die Kopfzeile "
                          + index.size()));
          continue;
        }
        Zeile z = new Zeile(datei, nr, felder, index, fehler);
        Indikator i = z.indikator();
        if (i == null) {
          continue;
        }
        Long frueher = zeileVon.putIfAbsent(i.ref(), nr);
        if (frueher != null) {
          z.fehler(
              "indikator",
              i.key().toString(),
              "Version " + i.version() + " steht schon in Zeile " + frueher);
          continue;
        }
        gelesen.add(new Indikatorangabe(i, nr));
      }
      return fehler.isEmpty()
          ? Leseergebnis.gut(datei, gelesen)
          : Leseergebnis.fehlerhaft(datei, fehler);
    }
  }

  private static Map<String, Integer> index(Path datei, String kopfzeile) {
    List<String> kopf = CsvZeile.teile(kopfzeile, TRENNER);
    if (kopf == null) {
      throw new UnlesbareDateiException(
          datei, "Zeile 1: ein Anführungszeichen ist nicht geschlossen");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < kopf.size(); i++) {
      String name = kopf.get(i).strip().toLowerCase(Locale.ROOT);
      if (!SPALTEN.contains(name)) {
        throw new UnlesbareDateiException(
            datei,
            "Zeile 1, Spalte "
                + (i + 1)
                + ": unbekannte Spalte '"
                + Anzeigetext.sichtbar(kopf.get(i))
                + "'; die Spalten sind '"
                + String.join(";", SPALTEN)
                + "'");
      }
      if (index.put(name, i) != null) {
        throw new UnlesbareDateiException(
            datei, "Zeile 1, Spalte " + (i + 1) + ": die Spalte '" + name + "' steht doppelt");
      }
    }
    List<String> fehlend =
        SPALTEN.stream().filter(s -> !index.containsKey(s) && !FREIE_SPALTEN.contains(s)).toList();
    if (!fehlend.isEmpty()) {
      throw new UnlesbareDateiException(
          datei, "Zeile 1: es fehlen die Spalten " + String.join(", ", fehlend));
    }
    return index;
  }

  /** One row being read; its errors go to the file's list. */
  private static final class Zeile {
    private final Path datei;
    private final long nr;
    private final List<String> felder;
    private final Map<String, Integer> index;
    private final List<Importfehler> fehler;
    private final int fehlerVorher;

    Zeile(
        Path datei,
        long nr,
        List<String> felder,
        Map<String, Integer> index,
        List<Importfehler> fehler) {
      this.datei = datei;
      this.nr = nr;
      this.felder = felder;
      this.index = index;
      this.fehler = fehler;
      this.fehlerVorher = fehler.size();
    }

    @Nullable Indikator indikator() {
      IndikatorKey key =
          pflicht(
              "indikator",
              IndikatorKey::of,
              "einen Schlüssel aus Kleinbuchstaben, Ziffern und '-' wie sgb2-quote-u15");
      Integer version = pflicht("version", Zeile::version, "eine ganze Zahl ab 1");
      String name = pflicht("name", s -> s, "einen Namen");
      LocalDate ab = pflicht("gueltig_ab", Geojsonfelder::tag, "ein Datum wie 01.01.2014");
      LocalDate bis =
          frei("gueltig_bis", Geojsonfelder::tag, "ein Datum wie 31.12.2015 oder nichts");
      String zaehler = pflicht("zaehler", s -> s, "was der Zähler zählt");
      String nenner = frei("nenner", s -> s, "");
      BigDecimal faktor =
          pflicht(
              "faktor", Zeile::faktor, "eine Zahl größer 0 wie 100 oder 0,5 (ohne Tausenderpunkt)");
      String einheit = pflicht("einheit", s -> s, "eine Einheit wie %");
      Boolean anteil = pflicht("anteil", Zeile::janein, "ja oder nein");
      Polaritaet polaritaet = pflicht("polaritaet", s -> aufzaehlung(Polaritaet.class, s), "");
      String quelle = pflicht("quelle", s -> s, "eine Quelle");
      RaeumlicheEbene ebene = pflicht("ebene", s -> aufzaehlung(RaeumlicheEbene.class, s), "");
      Periodizitaet periodizitaet =
          pflicht("periodizitaet", s -> aufzaehlung(Periodizitaet.class, s), "");
      MonthDay stichtag = frei("stichtag", Zeile::stichtag, "einen Tag wie 31.12. oder nichts");
      List<String> dimensionen =
          frei(
              "dimensionen",
              Zeile::dimensionen,
              "Dimensionen aus Kleinbuchstaben, Ziffern und '_' (mit einem Buchstaben vorn),"
                  + " durch Komma getrennt, wie geschlecht,alter");
      String hinweis = frei("aenderungshinweis", s -> s, "");
      Integer stellen =
          frei(
              "nachkommastellen",
              Zeile::nachkommastellen,
              "eine ganze Zahl von 0 bis " + Indikator.MAX_NACHKOMMASTELLEN + " oder nichts");
      Boolean synthetisch = frei("synthetisch", Zeile::janein, "ja, nein oder nichts");
      if (fehler.size() > fehlerVorher) {
        return null;
      }
      if (bis != null && ab != null && bis.isBefore(ab)) { // ab is there: no error above
        fehler(
            "gueltig_bis",
            text("gueltig_bis"),
            "der letzte Gültigkeitstag liegt vor gueltig_ab " + Anzeigetext.datum(ab));
        return null;
      }
      try {
        return Indikator.builder(requireNonNull(key), requireNonNull(version))
            .gueltigkeit(
                bis == null
                    ? Zeitraum.ab(requireNonNull(ab))
                    : Zeitraum.of(requireNonNull(ab), bis))
            .name(requireNonNull(name))
            .zaehlerDefinition(requireNonNull(zaehler))
            .nennerDefinition(nenner)
            .faktor(requireNonNull(faktor))
            .einheit(requireNonNull(einheit))
            .anteil(requireNonNull(anteil))
            .polaritaet(requireNonNull(polaritaet))
            .quelle(requireNonNull(quelle))
            .ebene(requireNonNull(ebene))
            .periodizitaet(requireNonNull(periodizitaet))
            .stichtag(stichtag)
            .dimensionen(dimensionen == null ? List.of() : dimensionen)
            .aenderungshinweis(hinweis)
            .nachkommastellen(stellen)
            .synthetisch(synthetisch != null && synthetisch)
            .build();
      } catch (RegelverstossException e) {
        regelverstoss(e.regel());
      } catch (KekizException | IllegalArgumentException e) {
        fehler("indikator", text("indikator"), "die Definition " + Importfehler.abgelehnt(e));
      }
      return null;
    }

    /** A broken rule of {@link Indikator}, named by the column that breaks it, in German. */
    private void regelverstoss(String regel) {
      switch (regel) {
        case "indikator.anteil-ohne-nenner" ->
            fehler(
                "anteil",
                text("anteil"),
                "ein Anteil braucht einen Nenner (Spalte nenner ist leer)");
        case "indikator.faktor-ohne-nenner" ->
            fehler(
                "faktor",
                text("faktor"),
                "ein Indikator ohne Nenner hat den Faktor 1 (sein Wert ist der Zähler)");
        case "indikator.stichtag-bei-unterjaehriger-periodizitaet" ->
            fehler(
                "stichtag",
                text("stichtag"),
                "einen Stichtag gibt es nur bei jährlicher oder schuljährlicher Periodizität, nicht"
                    + " bei "
                    + text("periodizitaet"));
        case "indikator.aenderungshinweis-fehlt" ->
            fehler(
                "aenderungshinweis",
                "",
                "ab Version 2 sagt der Änderungshinweis, was sich gegenüber der Version davor"
                    + " geändert hat");
        default ->
            fehler("indikator", text("indikator"), "die Definition verletzt die Regel " + regel);
      }
    }

    /** The field of column {@code spalte}, stripped; empty if the file leaves the column out. */
    private String text(String spalte) {
      Integer i = index.get(spalte);
      return i == null ? "" : felder.get(i).strip();
    }

    private <T> @Nullable T pflicht(String spalte, Umwandlung<T> umwandlung, String erwartet) {
      if (text(spalte).isEmpty()) {
        fehler(
            spalte,
            "",
            "das Feld ist leer; erwartet " + (erwartet.isEmpty() ? "einen Wert" : erwartet));
        return null;
      }
      return frei(spalte, umwandlung, erwartet);
    }

    private <T> @Nullable T frei(String spalte, Umwandlung<T> umwandlung, String erwartet) {
      String t = text(spalte);
      if (t.isEmpty()) {
        return null;
      }
      try {
        return umwandlung.wandle(t);
      } catch (IllegalArgumentException | DateTimeException e) {
        String grund = e.getMessage() == null ? "" : e.getMessage();
        fehler(spalte, t, erwartet.isEmpty() ? grund : "erwartet " + erwartet);
        return null;
      }
    }

    void fehler(String spalte, String wert, String grund) {
      int i = requireNonNull(index.get(spalte));
      fehler.add(new Importfehler(datei, null, nr, i + 1, spalte, wert, grund));
    }

    private static Integer nachkommastellen(String s) {
      if (!s.matches("\\d{1,2}") || Integer.parseInt(s) > Indikator.MAX_NACHKOMMASTELLEN) {
        throw new IllegalArgumentException(s);
      }
      return Integer.parseInt(s);
    }

    private static Integer version(String s) {
      if (!s.matches("\\d{1,6}") || Integer.parseInt(s) < 1) {
        throw new IllegalArgumentException(s);
      }
      return Integer.parseInt(s);
    }

    private static BigDecimal faktor(String s) {
      BigDecimal f = Zahlen.dezimal(s, ',', ',');
      if (f == null || f.signum() <= 0) {
        throw new IllegalArgumentException(s);
      }
      return f;
    }

    private static Boolean janein(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "ja" -> true;
        case "nein" -> false;
        default -> throw new IllegalArgumentException(s);
      };
    }

    private static MonthDay stichtag(String s) {
      if (!s.matches("\\d{2}\\.\\d{2}\\.")) {
        throw new IllegalArgumentException(s);
      }
      return MonthDay.of(Integer.parseInt(s.substring(3, 5)), Integer.parseInt(s.substring(0, 2)));
    }

    private static List<String> dimensionen(String s) {
      List<String> d = Arrays.stream(s.split(",", -1)).map(String::strip).toList();
      for (String dimension : d) {
        if (!dimension.matches("[a-z][a-z0-9_]*")) {
          throw new IllegalArgumentException(dimension);
        }
      }
      return d;
    }
  }

  /**
   * What taking the definitions {@code angaben} of {@code datei} would change, given the stored
   * versions of each key: a definition not stored yet is new; one stored with the same content is
   * unchanged; one stored with other content is an error (a changed definition is a new version
   * with its change note), as is a new version whose validity overlaps another version of its key.
   *
   * @param datei the file the definitions were read from (for the errors)
   * @param angaben the definitions as {@link #lese} read them
   * @param gespeichert the stored versions of a key, any order
   * @return the definitions not stored yet, how many are unchanged, and every conflict
   */
  public static Abgleich abgleich(
      Path datei,
      List<Indikatorangabe> angaben,
      Function<IndikatorKey, List<Indikator>> gespeichert) {
    requireNonNull(datei, "datei");
    requireNonNull(angaben, "angaben");
    requireNonNull(gespeichert, "gespeichert");
    List<Indikator> neu = new ArrayList<>();
    List<Importfehler> fehler = new ArrayList<>();
    int unveraendert = 0;
    Map<IndikatorKey, List<Indikator>> versionen = new HashMap<>();
    for (Indikatorangabe a : angaben) {
      versionen.computeIfAbsent(a.indikator().key(), k -> new ArrayList<>(gespeichert.apply(k)));
    }
    for (Indikatorangabe a : angaben) {
      Indikator i = a.indikator();
      List<Indikator> andere = requireNonNull(versionen.get(i.key()));
      Indikator alt =
          andere.stream().filter(v -> v.version() == i.version()).findFirst().orElse(null);
      if (alt != null) {
        if (alt.withRevision(0).equals(i.withRevision(0))) {
          unveraendert++;
        } else {
          fehler.add(
              new Importfehler(
                  datei,
                  null,
                  a.zeile(),
                  1,
                  "indikator",
                  i.ref().toString(),
                  "diese Version ist schon mit anderer Definition gespeichert ("
                      + unterschied(alt, i)
                      + "); eine geänderte Definition wird eine neue Version mit"
                      + " Änderungshinweis"));
        }
        continue;
      }
      for (Indikator v : andere) {
        if (v.gueltigkeit().ueberlappt(i.gueltigkeit())) {
          fehler.add(
              new Importfehler(
                  datei,
                  null,
                  a.zeile(),
                  4,
                  "gueltig_ab",
                  Anzeigetext.datum(i.gueltigkeit().von()),
                  "die Gültigkeit überschneidet sich mit Version "
                      + v.version()
                      + " ("
                      + zeitraum(v.gueltigkeit())
                      + "); eine Version endet, bevor die nächste beginnt"));
        }
      }
      andere.add(i);
      neu.add(i);
    }
    return fehler.isEmpty()
        ? new Abgleich(ImmutableList.copyOf(neu), unveraendert, ImmutableList.of())
        : new Abgleich(ImmutableList.of(), 0, ImmutableList.copyOf(fehler));
  }

  private static String zeitraum(Zeitraum z) {
    return "ab "
        + Anzeigetext.datum(z.von())
        + z.ende().map(bis -> " bis " + Anzeigetext.datum(bis)).orElse(" ohne Ende");
  }

  private static String unterschied(Indikator gespeichert, Indikator datei) {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    try {
      new IndikatorCsvSchreiber().schreibe(a, List.of(gespeichert));
      new IndikatorCsvSchreiber().schreibe(b, List.of(datei));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> alt = CsvZeile.teile(a.toString().split("\n")[1], TRENNER);
    List<String> neu = CsvZeile.teile(b.toString().split("\n")[1], TRENNER);
    List<String> teile = new ArrayList<>();
    for (int i = 0; i < SPALTEN.size(); i++) {
      if (!requireNonNull(alt).get(i).equals(requireNonNull(neu).get(i))) {
        teile.add(
            SPALTEN.get(i)
                + " gespeichert '"
                + Anzeigetext.sichtbar(alt.get(i), 60)
                + "', in der Datei '"
                + Anzeigetext.sichtbar(neu.get(i), 60)
                + "'");
      }
    }
    return String.join(", ", teile);
  }

  /**
   * The outcome of {@link #abgleich}: the definitions to store, how many were stored already, or
   * the errors (then nothing is to be stored).
   *
   * @param neu the definitions not stored yet, in file order
   * @param unveraendert how many were stored with the same content
   * @param fehler every conflict with what is stored
   */
  public record Abgleich(
      ImmutableList<Indikator> neu, int unveraendert, ImmutableList<Importfehler> fehler) {}

  /**
   * The constant of {@code art} named {@code text} as the file writes it ({@code
   * hoeher-ist-besser}), in any case, umlauts written or transliterated.
   */
  static <E extends Enum<E>> E aufzaehlung(Class<E> art, String text) {
    String name =
        text.strip()
            .toUpperCase(Locale.ROOT)
            .replace("Ä", "AE")
            .replace("Ö", "OE")
            .replace("Ü", "UE")
            .replace('-', '_');
    for (E e : art.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "erwartet eine von "
            + Arrays.stream(art.getEnumConstants())
                .map(IndikatorCsvLeser::code)
                .collect(Collectors.joining(", ")));
  }

  /** How the file writes {@code e}: {@code HOEHER_IST_BESSER} as {@code hoeher-ist-besser}. */
  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @FunctionalInterface
  private interface Umwandlung<T> {
    T wandle(String text);
  }
}
