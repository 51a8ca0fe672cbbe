package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Mehrjahreswert;
import de.kekiz.monitoring.veroeffentlichung.Wertart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes observations as {@value #DATEINAME}: one row per {@link Messwert}, for people who open it
 * in a spreadsheet and for {@link MesswertCsvReader}.
 *
 * <p>Columns, in this order (the header row is German):
 *
 * <table>
 *   <caption>Columns of messwerte.csv</caption>
 *   <tr><th>Header</th><th>Content</th></tr>
 *   <tr><td>Indikator</td><td>the indicator key, e.g. {@code sgb2-quote-u15}</td></tr>
 *   <tr><td>Version</td><td>the version of its definition</td></tr>
 *   <tr><td>Indikatorname</td><td>its name, empty if the indicator is not known</td></tr>
 *   <tr><td>Raum</td><td>the area: AGS or Sozialraum version, e.g. {@code 05570004:sued-ost@1}</td></tr>
 *   <tr><td>Raumname</td><td>the name of the Kommune or Sozialraum, empty if not known</td></tr>
 *   <tr><td>Periode</td><td>e.g. {@code 2023}, {@code 2023-Q1}, {@code 2023/24}</td></tr>
 *   <tr><td>Aufschlüsselung</td><td>e.g. {@code geschlecht=w}, {@code insgesamt} for the total</td></tr>
 *   <tr><td>Zähler, Nenner</td><td>numerator and denominator as numbers</td></tr>
 *   <tr><td>Wert</td><td>{@code Zähler / Nenner × Faktor} as {@link Indikator#wert(Messwert)}
 *       computes it, rounded half-up to the indicator's declared precision {@link
 *       Indikator#nachkommastellen()} and written with exactly that many decimal places ({@code
 *       23,4}, not {@code 23,38601660862577}); empty if the indicator is not known. Zähler and
 *       Nenner stay exact.</td></tr>
 *   <tr><td>Einheit</td><td>the unit, e.g. {@code %}</td></tr>
 *   <tr><td>OBS_STATUS, CONF_STATUS</td><td>the SDMX status codes</td></tr>
 *   <tr><td>Wertart</td><td>the kind of figure: {@code EXAKT}, {@code UEBERLAGERT} (perturbed by
 *       the Cell-Key-Verfahren) or {@code GEPOOLT} (summed over the periods of the Periode column,
 *       e.g. {@code 2022/23–2024/25})</td></tr>
 *   <tr><td>Hinweis</td><td>{@value de.kekiz.monitoring.veroeffentlichung.Berichtsteil#BEISPIELDATEN}
 *       for a value of an indicator whose values are synthetic example data ({@link
 *       Indikator#synthetisch()}), empty otherwise</td></tr>
 * </table>
 *
 * <p><b>Keys as text.</b> Raum and Periode are always in double quotes. A spreadsheet that takes
 * quoted fields as text (LibreOffice's import dialog: "Format quoted field as text"; Excel: import
 * through "Data → From Text/CSV" and set the column type to Text) keeps the AGS {@code 05315000}
 * with its leading zero; no cell is ever written as a formula.
 *
 * <p><b>Small numbers.</b> The writer takes observations whose small numbers are already protected.
 * If CONF_STATUS is not F, Zähler, Nenner and Wert are written as the format's marker ({@code .} by
 * default), whatever numbers the observation holds internally: a suppressed value never appears as
 * a number. A missing value (OBS_STATUS M) is written as the format's marker for missing values
 * (empty by default).
 *
 * <p><b>Formula injection.</b> A text cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or CR (or with an apostrophe) is prefixed with an apostrophe, so that no
 * spreadsheet runs it as a formula; {@link MesswertCsvReader} removes the prefix again. Number
 * cells (Zähler, Nenner, Wert) are never prefixed: they are written from numbers and hold only
 * digits, the decimal mark and perhaps a leading minus, so {@code -12} stays the number −12 for the
 * spreadsheet.
 *
 * <p>Fields are quoted per RFC 4180 where needed. Create one with {@link #builder()}; an instance
 * is immutable and thread-safe.
 */
public final class MesswertCsvWriter {

  /** The file name tools look for. */
  public static final String DATEINAME = "messwerte.csv";

  /** The header row's column names. */
  public static final ImmutableList<String> SPALTEN =
      ImmutableList.of(
          "Indikator",
          "Version",
          "Indikatorname",
          "Raum",
          "Raumname",
          "Periode",
          "Aufschlüsselung",
          "Zähler",
          "Nenner",
          "Wert",
          "Einheit",
          "OBS_STATUS",
          "CONF_STATUS",
          "Wertart",
          "Hinweis");

  private final CsvFormat format;
  private final ImmutableMap<IndikatorRef, Indikator> indikatoren;
  private final ImmutableMap<Raumbezug, String> raumnamen;
  private final Wertart wertart;

  private MesswertCsvWriter(Builder b) {
    this.format = b.format;
    this.indikatoren = ImmutableMap.copyOf(b.indikatoren);
    this.raumnamen = ImmutableMap.copyOf(b.raumnamen);
    this.wertart = b.wertart;
  }

  /**
   * A builder with {@link CsvFormat#EXCEL_DEUTSCH} and no indicators or Kommunen known.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the header and one row per observation, in the given order, to {@code ziel}; flushes but
   * does not close it.
   *
   * @param messwerte the observations, one row each
   * @param ziel where the CSV goes
   * @throws de.kekiz.domain.RegelverstossException if an observation does not fit its known
   *     indicator
   * @throws IOException if writing fails
   */
  public void schreibe(Iterable<Messwert> messwerte, OutputStream ziel) throws IOException {
    schreibe(messwerte, List.of(), ziel);
  }

  /**
   * Writes the header, one row per observation and then one row per pooled figure (Periode the
   * span, e.g. {@code 2022/23–2024/25}; Wertart {@code GEPOOLT}) to {@code ziel}; flushes but does
   * not close it.
   *
   * @param messwerte the observations, one row each
   * @param mehrjahreswerte the pooled figures, one row each after the observations
   * @param ziel where the CSV goes
   * @throws IOException if writing fails
   */
  public void schreibe(
      Iterable<Messwert> messwerte, Iterable<Mehrjahreswert> mehrjahreswerte, OutputStream ziel)
      throws IOException {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(mehrjahreswerte, "mehrjahreswerte");
    Writer out = CsvAusgabe.beginne(format, SPALTEN, ziel, 1 << 16);
    for (Messwert m : messwerte) {
      zeile(out, zellen(requireNonNull(m, "messwert"), m.periode().toString(), wertart));
    }
    for (Mehrjahreswert p : mehrjahreswerte) {
      zeile(out, zellen(p.summe(), p.von() + "–" + p.bis(), Wertart.GEPOOLT));
    }
    out.flush();
  }

  /**
   * Writes the file {@code datei} (created or replaced), see {@link #schreibe(Iterable,
   * OutputStream)}.
   *
   * @param messwerte the observations, one row each
   * @param datei the file, e.g. {@code messwerte.csv}
   * @throws IOException if the file cannot be written
   */
  public void schreibe(Iterable<Messwert> messwerte, Path datei) throws IOException {
    try (OutputStream out = Files.newOutputStream(datei)) {
      schreibe(messwerte, out);
    }
  }

  private void zeile(Writer out, List<String> zellen) throws IOException {
    CsvAusgabe.zeile(out, format, zellen);
  }

  private List<String> zellen(Messwert m, String periode, Wertart art) {
    Optional<Indikator> indikator = Optional.ofNullable(indikatoren.get(m.indikator()));
    String zaehler;
    String nenner;
    String wert;
    if (!m.confStatus().veroeffentlichbar()) {
      zaehler = nenner = wert = Zelle.text(format.gesperrt(), format);
    } else {
      zaehler = Zelle.zahlOderFehlend(m.zaehler(), format);
      nenner = Zelle.zahlOderFehlend(m.nenner(), format);
      wert =
          indikator
              .flatMap(i -> i.wert(m).map(w -> Zelle.gerundet(i.gerundet(w), format)))
              .orElseGet(() -> Zelle.fehlend(format));
    }
    return List.of(
        Zelle.text(m.indikator().key().wert(), format),
        Integer.toString(m.indikator().version()),
        Zelle.text(indikator.map(Indikator::name).orElse(""), format),
        Zelle.schluessel(m.raum().toString(), format),
        Zelle.text(raumnamen.getOrDefault(m.raum(), ""), format),
        Zelle.schluessel(periode, format),
        Zelle.text(m.aufschluesselung().toString(), format),
        zaehler,
        nenner,
        wert,
        Zelle.text(indikator.map(Indikator::einheit).orElse(""), format),
        m.obsStatus().code(),
        m.confStatus().code(),
        art.name(),
        Zelle.text(
            indikator.filter(Indikator::synthetisch).isPresent() ? Berichtsteil.BEISPIELDATEN : "",
            format));
  }

  /** Collects the format and what the writer knows about indicators and areas. Not thread-safe. */
  public static final class Builder {
    private CsvFormat format = CsvFormat.EXCEL_DEUTSCH;
    private final Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    private final Map<Raumbezug, String> raumnamen = new HashMap<>();
    private Wertart wertart = Wertart.EXAKT;

    private Builder() {}

    /**
     * The kind of the observations' figures, written in Wertart: {@link Wertart#EXAKT} (the
     * default) or {@link Wertart#UEBERLAGERT} for a release perturbed by the Cell-Key-Verfahren.
     *
     * @param wertart the kind of every observation's figure
     * @return this builder
     */
    public Builder wertart(Wertart wertart) {
      this.wertart = requireNonNull(wertart, "wertart");
      return this;
    }

    /**
     * The format (default {@link CsvFormat#EXCEL_DEUTSCH}).
     *
     * @param format separator, decimal mark and markers of the file
     * @return this builder
     */
    public Builder format(CsvFormat format) {
      this.format = requireNonNull(format, "format");
      return this;
    }

    /**
     * Indicator versions whose name, unit and factor fill Indikatorname, Einheit and Wert.
     *
     * @param indikatoren indicator versions; they replace those given before
     * @return this builder
     */
    public Builder indikatoren(Iterable<Indikator> indikatoren) {
      Map<IndikatorRef, Indikator> neu = new HashMap<>();
      for (Indikator i : indikatoren) {
        neu.put(i.ref(), i);
      }
      this.indikatoren.clear();
      this.indikatoren.putAll(neu);
      return this;
    }

    /**
     * Kommunen whose names and Sozialraum names fill Raumname.
     *
     * @param kommunen Kommunen with their Sozialräume; they replace those given before
     * @return this builder
     */
    public Builder kommunen(Iterable<Kommune> kommunen) {
      Map<Raumbezug, String> neu = new HashMap<>();
      for (Kommune k : kommunen) {
        neu.put(new KommuneBezug(k.schluessel()), k.name());
        for (Sozialraum s : k.sozialraeume()) {
          neu.put(new SozialraumBezug(s.ref()), s.name());
        }
      }
      raumnamen.clear();
      raumnamen.putAll(neu);
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer, immutable
     */
    public MesswertCsvWriter build() {
      return new MesswertCsvWriter(this);
    }
  }
}
