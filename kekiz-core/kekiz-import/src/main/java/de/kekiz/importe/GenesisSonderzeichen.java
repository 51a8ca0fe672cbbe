package de.kekiz.importe;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.ObsStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The special values GENESIS writes instead of a number (the Destatis "Zeichenerklärung"), and the
 * SDMX status each one is imported with.
 *
 * <table>
 *   <caption>GENESIS special values and their SDMX status</caption>
 *   <tr><th>text</th><th>meaning</th><th>numerator</th><th>OBS_STATUS</th><th>CONF_STATUS</th></tr>
 *   <tr><td>{@code -}</td><td>nothing there: exactly zero</td><td>0</td><td>A</td><td>F</td></tr>
 *   <tr><td>{@code .}</td><td>figure unknown or kept secret</td><td>none</td><td>M</td>
 *       <td>C</td></tr>
 *   <tr><td>{@code ...}</td><td>figure due later</td><td>none</td><td>M</td><td>F</td></tr>
 *   <tr><td>{@code /}</td><td>no figure: not reliable enough</td><td>none</td><td>M</td>
 *       <td>F</td></tr>
 *   <tr><td>{@code x}</td><td>cell blocked: a figure makes no sense</td><td>none</td><td>M</td>
 *       <td>F</td></tr>
 *   <tr><td>(empty)</td><td>no figure given</td><td>none</td><td>M</td><td>F</td></tr>
 * </table>
 *
 * <p>Decisions behind the table:
 *
 * <ul>
 *   <li>{@code .} cannot tell "unknown" from "secret", so it takes the stricter reading: missing
 *       <em>and</em> confidential (C). A cell the office suppressed must not be recomputed from
 *       totals downstream; marking it only missing would lose that.
 *   <li>{@code ...} is missing for now, not a forecast: SDMX F (forecast) would claim a value that
 *       does not exist.
 *   <li>{@code /} is a statement about sampling reliability (Mikrozensus), not about
 *       confidentiality, so it is missing with CONF_STATUS F. (Small counts suppressed for data
 *       protection appear as {@code .}.)
 *   <li>{@code -} is a real zero, a normal value.
 * </ul>
 *
 * <p>Quality marks ({@code value_q}, only in exports with {@code quality=on}) refine the status of
 * a number; see {@link GenesisWert#obsStatus()}.
 */
public enum GenesisSonderzeichen {
  /** {@code -}: nothing there, exactly zero. */
  NICHTS("-", "nichts vorhanden (genau null)", BigDecimal.ZERO, ObsStatus.A, ConfStatus.F),
  /** {@code .}: figure unknown or kept secret. */
  UNBEKANNT_ODER_GEHEIM(
      ".", "Zahlenwert unbekannt oder geheim zu halten", null, ObsStatus.M, ConfStatus.C),
  /** {@code ...}: figure due later. */
  FAELLT_SPAETER_AN("...", "Angabe fällt später an", null, ObsStatus.M, ConfStatus.F),
  /** {@code /}: no figure, because it is not reliable enough. */
  NICHT_SICHER_GENUG(
      "/", "keine Angabe, da Zahlenwert nicht sicher genug", null, ObsStatus.M, ConfStatus.F),
  /** {@code x}: cell blocked because a figure makes no sense. */
  GESPERRT(
      "x", "Tabellenfach gesperrt, weil Aussage nicht sinnvoll", null, ObsStatus.M, ConfStatus.F),
  /** An empty value: no figure given. */
  LEER("", "kein Wert angegeben", null, ObsStatus.M, ConfStatus.F);

  private final String zeichen;
  private final String bedeutung;
  private final @Nullable BigDecimal zahl;
  private final ObsStatus obsStatus;
  private final ConfStatus confStatus;

  GenesisSonderzeichen(
      String zeichen,
      String bedeutung,
      @Nullable BigDecimal zahl,
      ObsStatus obsStatus,
      ConfStatus confStatus) {
    this.zeichen = zeichen;
    this.bedeutung = bedeutung;
    this.zahl = zahl;
    this.obsStatus = obsStatus;
    this.confStatus = confStatus;
  }

  /** {@return the text GENESIS writes, e.g. {@code "..."}; empty for {@link #LEER}} */
  public String zeichen() {
    return zeichen;
  }

  /** {@return the German meaning, with umlauts} */
  public String bedeutung() {
    return bedeutung;
  }

  /** {@return the number it stands for: 0 for {@link #NICHTS}, empty for all others} */
  public Optional<BigDecimal> zahl() {
    return Optional.ofNullable(zahl);
  }

  /** {@return the OBS_STATUS a value with this sign is imported with} */
  public ObsStatus obsStatus() {
    return obsStatus;
  }

  /** {@return the CONF_STATUS a value with this sign is imported with} */
  public ConfStatus confStatus() {
    return confStatus;
  }

  /**
   * The special value written as {@code text} (surrounding whitespace ignored).
   *
   * @param text a value as GENESIS writes it
   * @return the special value, or empty if the text is none
   */
  public static Optional<GenesisSonderzeichen> von(String text) {
    String s = text.strip();
    for (GenesisSonderzeichen z : values()) {
      if (z.zeichen.equals(s)) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }
}
