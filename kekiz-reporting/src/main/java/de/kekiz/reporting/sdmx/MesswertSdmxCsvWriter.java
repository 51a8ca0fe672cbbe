package de.kekiz.reporting.sdmx;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Mehrjahreswert;
import de.kekiz.monitoring.veroeffentlichung.Wertart;
import de.kekiz.reporting.internal.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes observations as {@value #DATEINAME} in SDMX-CSV 2.0 (the SDMX-CSV data message aligned
 * with SDMX 3.0): one row per {@link Messwert} of the dataflow {@value #STRUKTUR_ID}
 * (configurable).
 *
 * <p>Columns, in this order:
 *
 * <table>
 *   <caption>Columns of messwerte.sdmx.csv</caption>
 *   <tr><th>Column</th><th>Kind</th><th>Content</th></tr>
 *   <tr><td>STRUCTURE</td><td></td><td>{@code dataflow}</td></tr>
 *   <tr><td>STRUCTURE_ID</td><td></td><td>{@code KEKIZ:MONITORING(1.0)}</td></tr>
 *   <tr><td>ACTION</td><td></td><td>{@code I} (information)</td></tr>
 *   <tr><td>INDIKATOR</td><td>dimension</td><td>the indicator key, e.g. {@code sgb2-quote-u15}</td></tr>
 *   <tr><td>REF_AREA</td><td>dimension</td><td>the AGS of the Kommune, e.g. {@code 05570004}</td></tr>
 *   <tr><td>SOZIALRAUM</td><td>dimension</td><td>{@code <code>@<Gebietsstand>} of the Sozialraum
 *       version, e.g. {@code sued-ost@1}; {@code _T} (total) for the whole Kommune</td></tr>
 *   <tr><td>one column per breakdown dimension</td><td>dimension</td><td>the dimension key in upper
 *       case ({@code GESCHLECHT}, {@code ALTER}, …), for every dimension any observation uses,
 *       sorted; the code, or {@code _T} (total) where the observation is not broken down by
 *       it</td></tr>
 *   <tr><td>TIME_PERIOD</td><td>dimension</td><td>SDMX time: {@code 2023}, {@code 2023-S1},
 *       {@code 2023-Q1}, {@code 2023-M03}; a school year as the time range {@code
 *       2023-08-01/P1Y}</td></tr>
 *   <tr><td>OBS_VALUE</td><td>measure</td><td>{@code Zähler / Nenner × Faktor} as {@link
 *       Indikator#wert(Messwert)} computes it, rounded half-up to the indicator's declared
 *       precision (DECIMALS); ZAEHLER and NENNER stay exact</td></tr>
 *   <tr><td>OBS_STATUS, CONF_STATUS</td><td>attributes</td><td>the SDMX codes</td></tr>
 *   <tr><td>UNIT_MEASURE</td><td>attribute</td><td>the indicator's unit, e.g. {@code %}</td></tr>
 *   <tr><td>ZAEHLER, NENNER</td><td>attributes</td><td>numerator and denominator</td></tr>
 *   <tr><td>INDIKATOR_VERSION</td><td>attribute</td><td>the version of the definition</td></tr>
 *   <tr><td>WERTART</td><td>attribute</td><td>the kind of figure, as in {@code messwerte.csv}</td></tr>
 *   <tr><td>DECIMALS</td><td>attribute</td><td>the SDMX concept: the decimal places of OBS_VALUE,
 *       the indicator's {@link Indikator#nachkommastellen()}</td></tr>
 *   <tr><td>COMMENT_OBS</td><td>attribute</td><td>{@value
 *       de.kekiz.monitoring.veroeffentlichung.Berichtsteil#BEISPIELDATEN} for a value of an indicator
 *       whose values are synthetic example data ({@link Indikator#synthetisch()}), empty
 *       otherwise</td></tr>
 * </table>
 *
 * <p>The version of the definition is an attribute, not a dimension: at most one version of an
 * indicator is valid for a period, so (INDIKATOR, REF_AREA, SOZIALRAUM, breakdown, TIME_PERIOD)
 * identifies an observation; the writer rejects input where it does not.
 *
 * <p><b>Small numbers.</b> If CONF_STATUS is not F, OBS_VALUE, ZAEHLER and NENNER are left empty
 * (SDMX: the value is absent) and CONF_STATUS says why ({@code A} primary, {@code D} secondary
 * suppression, …), whatever the observation holds internally. A missing value (OBS_STATUS M) has
 * empty value columns too.
 *
 * <p>The file is UTF-8 without byte order mark, RFC 4180 quoting, CRLF line ends; numbers in plain
 * notation with a decimal point and {@code ,} between fields by default. SDMX-CSV allows the
 * locale's separator, so {@code ;} with a decimal comma can be chosen. It is a format for
 * statistical software: cells are not neutralised against spreadsheet formulas (use {@code
 * messwerte.csv} for spreadsheets). Create one with {@link #builder()}; an instance is immutable
 * and thread-safe.
 */
public final class MesswertSdmxCsvWriter {

  /** The file name tools look for. */
  public static final String DATEINAME = "messwerte.sdmx.csv";

  /** The default structure: the kekiz monitoring dataflow. */
  public static final String STRUKTUR_ID = "KEKIZ:MONITORING(1.0)";

  /** The SDMX code for "total" in a dimension. */
  public static final String INSGESAMT = "_T";

  private final String strukturId;
  private final char trennzeichen;
  private final char dezimalzeichen;
  private final ImmutableMap<IndikatorRef, Indikator> indikatoren;
  private final Wertart wertart;

  private MesswertSdmxCsvWriter(Builder b) {
    this.strukturId = b.strukturId;
    this.trennzeichen = b.trennzeichen;
    this.dezimalzeichen = b.dezimalzeichen;
    this.indikatoren = ImmutableMap.copyOf(b.indikatoren);
    this.wertart = b.wertart;
  }

  /**
   * A builder for {@value #STRUKTUR_ID}, {@code ,} and decimal point, no indicators known.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the SDMX time period of {@code periode}, e.g. {@code 2023-M03} or {@code
   * 2023-08-01/P1Y}}
   *
   * @param periode a period of any kind
   */
  public static String zeitraum(Periode periode) {
    int jahr = periode.jahr();
    int n = periode.nummer();
    switch (periode.art()) {
      case JAEHRLICH:
        return Integer.toString(jahr);
      case HALBJAEHRLICH:
        return jahr + "-S" + n;
      case QUARTALSWEISE:
        return jahr + "-Q" + n;
      case MONATLICH:
        return jahr + (n < 10 ? "-M0" : "-M") + n;
      case SCHULJAHR:
        return periode.beginn() + "/P1Y";
      default:
        throw new AssertionError(periode.art());
    }
  }

  /**
   * Writes header and rows for {@code messwerte}, in the given order; flushes but does not close
   * {@code ziel}.
   *
   * @param messwerte the observations, one row each
   * @param ziel where the SDMX-CSV goes
   * @throws IllegalArgumentException if an observation's indicator version is not known or two
   *     observations share the same SDMX key
   * @throws de.kekiz.domain.RegelverstossException if an observation does not fit its indicator
   * @throws IOException if writing fails
   */
  public void schreibe(Collection<Messwert> messwerte, OutputStream ziel) throws IOException {
    schreibe(messwerte, List.of(), ziel);
  }

  /**
   * Writes header and rows for {@code messwerte}, then one row per pooled figure of {@code
   * mehrjahreswerte} (TIME_PERIOD the span it covers, e.g. {@code 2022-08-01/P3Y}; WERTART {@code
   * GEPOOLT}); flushes but does not close {@code ziel}.
   *
   * @param messwerte the observations, one row each
   * @param mehrjahreswerte the pooled figures, one row each after the observations
   * @param ziel where the SDMX-CSV goes
   * @throws IllegalArgumentException if an indicator version is not known or two rows share the
   *     same SDMX key
   * @throws IOException if writing fails
   */
  public void schreibe(
      Collection<Messwert> messwerte, Collection<Mehrjahreswert> mehrjahreswerte, OutputStream ziel)
      throws IOException {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(mehrjahreswerte, "mehrjahreswerte");
    requireNonNull(ziel, "ziel");
    List<Messwert> alle = new ArrayList<>(messwerte);
    Map<Messwert, Mehrjahreswert> gepoolt = new java.util.IdentityHashMap<>();
    for (Mehrjahreswert p : mehrjahreswerte) {
      alle.add(p.summe());
      gepoolt.put(p.summe(), p);
    }
    SortedSet<String> dimensionen = new TreeSet<>();
    for (Messwert m : alle) {
      dimensionen.addAll(m.aufschluesselung().dimensionen());
      if (!indikatoren.containsKey(m.indikator())) {
        throw new IllegalArgumentException(
            "indicator "
                + m.indikator()
                + " of observation "
                + m.schluessel()
                + " is not known to the writer; give it with indikatoren(...)");
      }
    }
    List<String> kopf =
        new ArrayList<>(
            List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "INDIKATOR", "REF_AREA", "SOZIALRAUM"));
    for (String d : dimensionen) {
      kopf.add(d.toUpperCase(Locale.ROOT));
    }
    kopf.addAll(
        List.of(
            "TIME_PERIOD",
            "OBS_VALUE",
            "OBS_STATUS",
            "CONF_STATUS",
            "UNIT_MEASURE",
            "ZAEHLER",
            "NENNER",
            "INDIKATOR_VERSION",
            "WERTART",
            "DECIMALS",
            "COMMENT_OBS"));
    Writer out = new BufferedWriter(new OutputStreamWriter(ziel, StandardCharsets.UTF_8), 1 << 16);
    zeile(out, kopf);
    Map<String, Messwert> schluessel = new HashMap<>();
    for (Messwert m : alle) {
      Mehrjahreswert pool = gepoolt.get(m);
      Indikator indikator = requireNonNull(indikatoren.get(m.indikator())); // checked above
      List<String> zeile = new ArrayList<>(kopf.size());
      zeile.add("dataflow");
      zeile.add(strukturId);
      zeile.add("I");
      zeile.add(m.indikator().key().wert());
      zeile.add(m.raum().kommune().wert());
      zeile.add(m.raum() instanceof SozialraumBezug s ? sozialraum(s.sozialraum()) : INSGESAMT);
      for (String d : dimensionen) {
        zeile.add(m.aufschluesselung().code(d).orElse(INSGESAMT));
      }
      zeile.add(pool == null ? zeitraum(m.periode()) : zeitraum(pool));
      String sdmxSchluessel = String.join("\u0000", zeile.subList(3, zeile.size()));
      Messwert vorher = schluessel.put(sdmxSchluessel, m);
      if (vorher != null) {
        throw new IllegalArgumentException(
            "observations "
                + vorher.schluessel()
                + " and "
                + m.schluessel()
                + " share the SDMX key "
                + zeile.subList(3, zeile.size()));
      }
      boolean frei = m.confStatus().veroeffentlichbar();
      Optional<BigDecimal> wert = frei ? indikator.wert(m) : Optional.empty();
      zeile.add(wert.map(w -> dezimal(indikator.gerundet(w))).orElse(""));
      zeile.add(m.obsStatus().code());
      zeile.add(m.confStatus().code());
      zeile.add(indikator.einheit());
      zeile.add(frei ? zahl(m.zaehler()) : "");
      zeile.add(frei ? zahl(m.nenner()) : "");
      zeile.add(Integer.toString(m.indikator().version()));
      zeile.add(pool == null ? wertart.name() : Wertart.GEPOOLT.name());
      zeile.add(Integer.toString(indikator.nachkommastellen()));
      zeile.add(indikator.synthetisch() ? Berichtsteil.BEISPIELDATEN : "");
      zeile(out, zeile);
    }
    out.flush();
  }

  /**
   * {@return the SDMX time period a pooled figure covers: the first period's start and the length,
   * e.g. {@code 2022-08-01/P3Y} for three school years or {@code 2022-01-01/P9M} for three
   * quarters}
   *
   * @param pool a figure pooled over consecutive periods
   */
  public static String zeitraum(Mehrjahreswert pool) {
    Periode von = pool.von();
    int n = pool.perioden();
    String dauer =
        switch (von.art()) {
          case JAEHRLICH, SCHULJAHR -> n + "Y";
          case HALBJAEHRLICH -> 6 * n + "M";
          case QUARTALSWEISE -> 3 * n + "M";
          case MONATLICH -> n + "M";
        };
    return von.beginn() + "/P" + dauer;
  }

  private static String sozialraum(SozialraumRef ref) {
    return ref.id().code() + "@" + ref.gebietsstand();
  }

  /** A rounded value with exactly its scale, e.g. {@code 23.4} or {@code 25.0}. */
  private String dezimal(BigDecimal wert) {
    String text = wert.toPlainString();
    return dezimalzeichen == '.' ? text : text.replace('.', dezimalzeichen);
  }

  private String zahl(@Nullable BigDecimal zahl) {
    if (zahl == null) {
      return "";
    }
    BigDecimal z = zahl.stripTrailingZeros();
    String text = (z.scale() < 0 ? z.setScale(0) : z).toPlainString();
    return dezimalzeichen == '.' ? text : text.replace('.', dezimalzeichen);
  }

  private void zeile(Writer out, List<String> felder) throws IOException {
    for (int i = 0; i < felder.size(); i++) {
      if (i > 0) {
        out.write(trennzeichen);
      }
      out.write(Csv.feld(felder.get(i), trennzeichen));
    }
    out.write("\r\n");
  }

  /** Collects structure, separators and the indicator definitions. Not thread-safe. */
  public static final class Builder {
    private String strukturId = STRUKTUR_ID;
    private char trennzeichen = ',';
    private char dezimalzeichen = '.';
    private final Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    private Wertart wertart = Wertart.EXAKT;

    private Builder() {}

    /**
     * The kind of the observations' figures, written in WERTART: {@link Wertart#EXAKT} (the
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
     * The STRUCTURE_ID, {@code AGENCY:ID(VERSION)} or {@code AGENCY:ID}.
     *
     * @param strukturId the data structure's id, e.g. {@value #STRUKTUR_ID}
     * @return this builder
     * @throws IllegalArgumentException quoting an id not of that form
     */
    public Builder strukturId(String strukturId) {
      requireNonNull(strukturId, "strukturId");
      if (!strukturId.matches("[A-Za-z0-9_@$.-]+:[A-Za-z0-9_@$-]+(\\([0-9][0-9A-Za-z.+-]*\\))?")) {
        throw new IllegalArgumentException(
            "STRUCTURE_ID needs the form AGENCY:ID(VERSION) such as '"
                + STRUKTUR_ID
                + "', got '"
                + strukturId
                + "'");
      }
      this.strukturId = strukturId;
      return this;
    }

    /**
     * Separator and decimal mark: {@code ','} with {@code '.'} (the default) or {@code ';'} with
     * {@code ','} (German locale).
     *
     * @param trennzeichen the field separator, {@code ','} or {@code ';'}
     * @param dezimalzeichen the decimal mark, {@code '.'} or (after {@code ';'}) {@code ','}
     * @return this builder
     * @throws IllegalArgumentException for any other pair
     */
    public Builder trennzeichen(char trennzeichen, char dezimalzeichen) {
      boolean ok =
          (trennzeichen == ',' && dezimalzeichen == '.')
              || (trennzeichen == ';' && (dezimalzeichen == ',' || dezimalzeichen == '.'));
      if (!ok) {
        throw new IllegalArgumentException(
            "separator and decimal mark need ',' and '.' or ';' and ',', got '"
                + trennzeichen
                + "' and '"
                + dezimalzeichen
                + "'");
      }
      this.trennzeichen = trennzeichen;
      this.dezimalzeichen = dezimalzeichen;
      return this;
    }

    /**
     * The indicator versions of the observations (needed for OBS_VALUE and UNIT_MEASURE).
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
     * Builds the writer.
     *
     * @return the writer, immutable
     */
    public MesswertSdmxCsvWriter build() {
      return new MesswertSdmxCsvWriter(this);
    }
  }
}
