package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Gruppenvergleich;
import de.kekiz.monitoring.veroeffentlichung.Gruppenwert;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.monitoring.veroeffentlichung.Zielarbeit;
import de.kekiz.reporting.internal.Auswertungstext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the release's evaluation of the chain as three CSV files in the layout of {@link
 * MesswertCsvWriter} (German header row, the {@link CsvFormat}'s separator, decimal mark, BOM and
 * line end, keys in double quotes, text cells safe against formula injection, numbers as numbers):
 *
 * <table>
 *   <caption>Files and columns</caption>
 *   <tr><th>File</th><th>Columns</th></tr>
 *   <tr><td>{@value #REIFEGRAD}</td><td>one row per reference date of the score's development
 *       ({@code Berichtsteil.reife().verlauf()}, the report's reference date last) and criterion:
 *       Stichtag (dd.MM.yyyy), Kriterium (its key, e.g. {@code LEITBILD}), Bezeichnung, Station
 *       (number), Stationsname, Erfüllt ({@code ja}/{@code nein}), Punkte, Begründung, Punkte
 *       gesamt, Höchstpunkte, Erreichte Station (number, empty if none)</td></tr>
 *   <tr><td>{@value #ZIELBEITRAEGE}</td><td>one row per Zielbeitrag valid on the reference date
 *       ({@code Berichtsteil.zielarbeit()}): Leitziel, Handlungsziel (key), Handlungszielname,
 *       Art, Beitrag, Aufgabe, Sozialräume (their keys, comma-separated), Gebiet (their names),
 *       Seit (dd.MM.yyyy, empty if not recorded)</td></tr>
 *   <tr><td>{@value #WIRKUNG}</td><td>one row per effect comparison ({@code
 *       Berichtsteil.wirkung().alleVergleiche()}): Art, Schlüssel, Maßnahme, Handlungsziel, Beginn,
 *       Indikator (key), Indikatorname, Polarität, Gebiete mit Maßnahme, Vergleichsgruppe, Vorher,
 *       Nachher, then for each of mit vorher, mit nachher, ohne vorher, ohne nachher the Zähler,
 *       Nenner and Anteil (share, 0 to 1, as the core computed it to six decimal places, trailing zeros left out) with the
 *       Wilson interval's Untere and Obere Grenze, then Differenz der Differenzen with its Untere
 *       and Obere Grenze (differences of shares), Befund and Nicht auswertbar (the reason, empty if
 *       the comparison was made; the figures are empty then)</td></tr>
 * </table>
 *
 * <p>Every figure is the core's: the group sums of published figures and the results of its
 * arithmetic; nothing is computed here. Immutable and thread-safe.
 */
public final class AuswertungCsvWriter {

  /** The file of the maturity score. */
  public static final String REIFEGRAD = "reifegrad.csv";

  /** The file of the Zielbeiträge ("who does what"). */
  public static final String ZIELBEITRAEGE = "zielbeitraege.csv";

  /** The file of the effect comparisons. */
  public static final String WIRKUNG = "wirkung.csv";

  /** The header of {@value #REIFEGRAD}. */
  public static final ImmutableList<String> REIFEGRAD_SPALTEN =
      ImmutableList.of(
          "Stichtag",
          "Kriterium",
          "Bezeichnung",
          "Station",
          "Stationsname",
          "Erfüllt",
          "Punkte",
          "Begründung",
          "Punkte gesamt",
          "Höchstpunkte",
          "Erreichte Station");

  /** The header of {@value #ZIELBEITRAEGE}. */
  public static final ImmutableList<String> ZIELBEITRAEGE_SPALTEN =
      ImmutableList.of(
          "Leitziel",
          "Handlungsziel",
          "Handlungszielname",
          "Art",
          "Beitrag",
          "Aufgabe",
          "Sozialräume",
          "Gebiet",
          "Seit");

  /** The header of {@value #WIRKUNG}. */
  public static final ImmutableList<String> WIRKUNG_SPALTEN = wirkungSpalten();

  private static final java.time.format.DateTimeFormatter DATUM =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final CsvFormat format;

  /**
   * A writer in {@code format}.
   *
   * @param format separator, decimal mark, BOM and line end
   */
  public AuswertungCsvWriter(CsvFormat format) {
    this.format = requireNonNull(format, "format");
  }

  private static ImmutableList<String> wirkungSpalten() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add(
        "Art",
        "Schlüssel",
        "Maßnahme",
        "Handlungsziel",
        "Beginn",
        "Indikator",
        "Indikatorname",
        "Polarität",
        "Gebiete mit Maßnahme",
        "Vergleichsgruppe",
        "Vorher",
        "Nachher");
    for (String g : List.of("Mit vorher", "Mit nachher", "Ohne vorher", "Ohne nachher")) {
      b.add(g + " Zähler", g + " Nenner", g + " Anteil", g + " untere Grenze", g + " obere Grenze");
    }
    b.add(
        "Differenz der Differenzen",
        "DiD untere Grenze",
        "DiD obere Grenze",
        "Befund",
        "Nicht auswertbar");
    return b.build();
  }

  /**
   * Writes {@value #REIFEGRAD} of {@code teil}.
   *
   * @param teil the release's part of one Kommune
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeReifegrad(Berichtsteil teil, OutputStream out) throws IOException {
    List<List<String>> zeilen = new ArrayList<>();
    for (Reifegrad r : teil.reife().verlauf()) {
      for (Kriteriumsergebnis e : r.ergebnisse()) {
        zeilen.add(
            List.of(
                datum(r.stichtag()),
                Zelle.text(e.kriterium().name(), format),
                Zelle.text(e.kriterium().bezeichnung(), format),
                Integer.toString(e.stufe().nummer()),
                Zelle.text(e.stufe().bezeichnung(), format),
                e.erfuellt() ? "ja" : "nein",
                Integer.toString(e.punkte()),
                Zelle.text(e.begruendung(), format),
                Integer.toString(r.punkte()),
                Integer.toString(r.hoechstpunkte()),
                r.erreichteStufe().map(s -> Integer.toString(s.nummer())).orElse("")));
      }
    }
    schreibe(REIFEGRAD_SPALTEN, zeilen, out);
  }

  /**
   * Writes {@value #ZIELBEITRAEGE} of {@code teil}.
   *
   * @param teil the release's part of one Kommune
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeZielbeitraege(Berichtsteil teil, OutputStream out) throws IOException {
    List<List<String>> zeilen = new ArrayList<>();
    for (Zielarbeit z : teil.zielarbeit()) {
      zeilen.add(
          List.of(
              Zelle.text(z.leitziel(), format),
              Zelle.schluessel(z.handlungszielKey(), format),
              Zelle.text(z.handlungsziel(), format),
              Zelle.text(z.art().bezeichnung(), format),
              Zelle.text(z.name(), format),
              Zelle.text(z.aufgabeWert().orElse(""), format),
              Zelle.schluessel(
                  String.join(", ", z.sozialraeume().stream().map(Object::toString).toList()),
                  format),
              Zelle.text(
                  Auswertungstext.gebiete(teil.kommune(), z.sozialraeume(), teil.stichtag()),
                  format),
              z.seitWert().map(this::datum).orElse("")));
    }
    schreibe(ZIELBEITRAEGE_SPALTEN, zeilen, out);
  }

  /**
   * Writes {@value #WIRKUNG} of {@code teil}.
   *
   * @param teil the release's part of one Kommune
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeWirkung(Berichtsteil teil, OutputStream out) throws IOException {
    List<List<String>> zeilen = new ArrayList<>();
    for (Wirkungsvergleich v : teil.wirkung().alleVergleiche()) {
      List<String> z = new ArrayList<>();
      z.add(Zelle.text(v.art().bezeichnung(), format));
      z.add(Zelle.schluessel(v.schluessel(), format));
      z.add(Zelle.text(v.massnahme(), format));
      z.add(v.handlungsziel() == null ? "" : Zelle.schluessel(v.handlungsziel(), format));
      z.add(datum(v.beginn()));
      z.add(Zelle.text(v.indikator().wert(), format));
      z.add(Zelle.text(v.indikatorname(), format));
      z.add(Zelle.text(v.polaritaet().bezeichnung(), format));
      z.add(Zelle.text(namen(v.mitMassnahme()), format));
      z.add(Zelle.text(namen(v.vergleichsgruppe()), format));
      Gruppenvergleich g = v.werte();
      if (g == null) {
        z.add("");
        z.add("");
        for (int i = 0; i < 4 * 5 + 3; i++) {
          z.add("");
        }
      } else {
        z.add(Zelle.schluessel(g.vorher().toString(), format));
        z.add(Zelle.schluessel(g.nachher().toString(), format));
        for (Gruppenwert w :
            List.of(g.mitVorher(), g.mitNachher(), g.ohneVorher(), g.ohneNachher())) {
          z.add(Long.toString(w.zaehler()));
          z.add(Long.toString(w.nenner()));
          z.add(zahl(w.anteil()));
          z.add(zahl(w.wilson().untere()));
          z.add(zahl(w.wilson().obere()));
        }
        z.add(zahl(g.differenzDerDifferenzen()));
        z.add(zahl(g.intervall().untere()));
        z.add(zahl(g.intervall().obere()));
      }
      z.add(Zelle.text(v.befund().bezeichnung(), format));
      z.add(Zelle.text(v.grund().orElse(""), format));
      zeilen.add(z);
    }
    schreibe(WIRKUNG_SPALTEN, zeilen, out);
  }

  private static String namen(List<de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet> g) {
    return String.join(
        ", ", g.stream().map(de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet::name).toList());
  }

  private String zahl(@Nullable BigDecimal x) {
    return x == null ? "" : Zelle.zahl(x, format);
  }

  private String datum(LocalDate tag) {
    return DATUM.format(tag);
  }

  private void schreibe(List<String> kopf, List<List<String>> zeilen, OutputStream ziel)
      throws IOException {
    CsvAusgabe.schreibe(format, kopf, zeilen, ziel);
  }
}
