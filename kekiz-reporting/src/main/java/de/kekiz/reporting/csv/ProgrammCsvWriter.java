package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.monitoring.veroeffentlichung.Haushaltsjahr;
import de.kekiz.monitoring.veroeffentlichung.Kommunenreife;
import de.kekiz.monitoring.veroeffentlichung.Phasenreichweite;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Quellenbetrag;
import de.kekiz.monitoring.veroeffentlichung.Reichweitenwert;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the figures of the programme report ({@link Programmveroeffentlichung}) as three CSV files
 * in the layout of {@link MesswertCsvWriter} and {@link AuswertungCsvWriter} (German header row,
 * the {@link CsvFormat}'s separator, decimal mark, BOM and line end, keys in double quotes, text
 * cells safe against formula injection, numbers as numbers):
 *
 * <table>
 *   <caption>Files and columns</caption>
 *   <tr><th>File</th><th>Columns</th></tr>
 *   <tr><td>{@value #REICHWEITE}</td><td>one row per phase and population (Einwohner, Kinder und
 *       Jugendliche): Phase (key), Phasenname, Teilnehmende, Beteiligte Kommunen, Erreichte
 *       Gemeinden, Personengruppe, Bezugsgröße, Erreicht (the share's numerator), Nenner (its
 *       denominator), Anteil in % (as the core computed it), Wertart Anteil, Insgesamt (the area's
 *       population), Wertart Insgesamt, Gemeinden ohne Zahl. A suppressed figure is the format's
 *       {@link CsvFormat#gesperrt()} marker and its Wertart {@code GESPERRT}; the numbers of a
 *       population without a count are empty and its Wertart {@code FEHLEND}</td></tr>
 *   <tr><td>{@value #FOERDERUNG}</td><td>one row per year and source, then one row per source
 *       with Jahr {@code Insgesamt}: Jahr, Quelle (key), Quellenname, Betrag (€, empty where a
 *       joint sum hides the share), Bekannt ({@code ja}/{@code nein}), Summe des Jahres</td></tr>
 *   <tr><td>{@value #REIFE}</td><td>one row per Kommune of the current phase: Kommune (AGS),
 *       Name, Teilnehmer, Punkte, Höchstpunkte, Erreichte Station (number), Stationsname (empty
 *       where none is reached; Punkte empty where no model is stored)</td></tr>
 * </table>
 *
 * <p>Every figure is the core's, as it published it; nothing is computed here. Immutable and
 * thread-safe.
 */
public final class ProgrammCsvWriter {

  /** The file of the reach per phase. */
  public static final String REICHWEITE = "programm-reichweite.csv";

  /** The file of the funding per year and source. */
  public static final String FOERDERUNG = "programm-foerderung.csv";

  /** The file of the chain maturity per Kommune. */
  public static final String REIFE = "programm-reifegrad.csv";

  /** The header of {@value #REICHWEITE}. */
  public static final ImmutableList<String> REICHWEITE_SPALTEN =
      ImmutableList.of(
          "Phase",
          "Phasenname",
          "Teilnehmende",
          "Beteiligte Kommunen",
          "Erreichte Gemeinden",
          "Personengruppe",
          "Bezugsgröße",
          "Erreicht",
          "Nenner",
          "Anteil in %",
          "Wertart Anteil",
          "Insgesamt",
          "Wertart Insgesamt",
          "Gemeinden ohne Zahl");

  /** The header of {@value #FOERDERUNG}. */
  public static final ImmutableList<String> FOERDERUNG_SPALTEN =
      ImmutableList.of("Jahr", "Quelle", "Quellenname", "Betrag", "Bekannt", "Summe des Jahres");

  /** The header of {@value #REIFE}. */
  public static final ImmutableList<String> REIFE_SPALTEN =
      ImmutableList.of(
          "Kommune",
          "Name",
          "Teilnehmer",
          "Punkte",
          "Höchstpunkte",
          "Erreichte Station",
          "Stationsname");

  private final CsvFormat format;

  /**
   * A writer in {@code format}.
   *
   * @param format separator, decimal mark, BOM, line end and the marker of suppressed figures
   */
  public ProgrammCsvWriter(CsvFormat format) {
    this.format = requireNonNull(format, "format");
  }

  /**
   * Writes {@value #REICHWEITE} of {@code v}.
   *
   * @param v the programme report
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeReichweite(Programmveroeffentlichung v, OutputStream out) throws IOException {
    requireNonNull(v, "v");
    List<List<String>> zeilen = new ArrayList<>();
    for (Phasenreichweite r : v.reichweiten()) {
      zeilen.add(reichweite(r, "Einwohner", r.einwohner(), 0));
      zeilen.add(reichweite(r, "Kinder und Jugendliche", r.kinder(), r.gemeindenOhneKinderzahl()));
    }
    schreibe(REICHWEITE_SPALTEN, zeilen, out);
  }

  private List<String> reichweite(
      Phasenreichweite r, String gruppe, @Nullable Reichweitenwert w, int ohneZahl) {
    List<String> z = new ArrayList<>();
    z.add(Zelle.schluessel(r.phase().key(), format));
    z.add(Zelle.text(r.phase().name(), format));
    z.add(Integer.toString(r.teilnehmer()));
    z.add(Integer.toString(r.kommunen()));
    z.add(Integer.toString(r.gemeindenErreicht()));
    z.add(Zelle.text(gruppe, format));
    if (w == null) {
      z.add("");
      String fehlt = Zelle.fehlend(format);
      z.add(fehlt);
      z.add(fehlt);
      z.add(fehlt);
      z.add("FEHLEND");
      z.add(fehlt);
      z.add("FEHLEND");
      z.add(Integer.toString(ohneZahl));
      return z;
    }
    var a = w.anteil();
    z.add(Zelle.text(w.bezugsgroesse(), format));
    z.add(zahl(a, a.zaehler()));
    z.add(zahl(a, a.nenner()));
    z.add(zahl(a, a.wert()));
    z.add(a.art().name());
    z.add(zahl(w.gesamt(), w.gesamt().wert()));
    z.add(w.gesamt().art().name());
    z.add(Integer.toString(w.gemeindenOhneZahl()));
    return z;
  }

  /** A figure of {@code zelle}: the marker if the cell is suppressed, empty if it has none. */
  private String zahl(de.kekiz.monitoring.veroeffentlichung.Zelle zelle, @Nullable BigDecimal x) {
    if (zelle.gesperrt()) {
      return Zelle.text(format.gesperrt(), format);
    }
    return Zelle.zahlOderFehlend(x, format);
  }

  /**
   * Writes {@value #FOERDERUNG} of {@code v}.
   *
   * @param v the programme report
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeFoerderung(Programmveroeffentlichung v, OutputStream out) throws IOException {
    requireNonNull(v, "v");
    List<List<String>> zeilen = new ArrayList<>();
    for (Haushaltsjahr j : v.haushalt()) {
      for (Quellenbetrag q : j.quellen()) {
        zeilen.add(foerderung(Integer.toString(j.jahr()), q, j.summe().euro()));
      }
    }
    for (Quellenbetrag q : v.summeJeQuelle()) {
      zeilen.add(foerderung("Insgesamt", q, v.haushaltGesamt().euro()));
    }
    schreibe(FOERDERUNG_SPALTEN, zeilen, out);
  }

  private List<String> foerderung(String jahr, Quellenbetrag q, BigDecimal summe) {
    Finanzierungsquelle quelle = q.quelle();
    return List.of(
        Zelle.text(jahr, format),
        Zelle.schluessel(quelle.name(), format),
        Zelle.text(quelle.bezeichnung(), format),
        Zelle.zahlOderFehlend(q.bekannt().map(b -> b.euro()).orElse(null), format),
        q.bekannt().isPresent() ? "ja" : "nein",
        Zelle.zahl(summe, format));
  }

  /**
   * Writes {@value #REIFE} of {@code v}.
   *
   * @param v the programme report
   * @param out where the bytes go; not closed
   * @throws IOException if writing fails
   */
  public void schreibeReife(Programmveroeffentlichung v, OutputStream out) throws IOException {
    requireNonNull(v, "v");
    List<List<String>> zeilen = new ArrayList<>();
    for (Kommunenreife k : v.reife().kommunen()) {
      Reifegrad g = k.reifegrad();
      zeilen.add(
          List.of(
              Zelle.schluessel(k.kommune().toString(), format),
              Zelle.text(k.name(), format),
              Zelle.text(k.teilnehmer(), format),
              g == null ? "" : Integer.toString(g.punkte()),
              g == null ? "" : Integer.toString(g.hoechstpunkte()),
              g == null ? "" : g.erreichteStufe().map(s -> Integer.toString(s.nummer())).orElse(""),
              g == null
                  ? ""
                  : Zelle.text(g.erreichteStufe().map(s -> s.bezeichnung()).orElse(""), format)));
    }
    schreibe(REIFE_SPALTEN, zeilen, out);
  }

  private void schreibe(List<String> kopf, List<List<String>> zeilen, OutputStream ziel)
      throws IOException {
    CsvAusgabe.schreibe(format, kopf, zeilen, ziel);
  }
}
