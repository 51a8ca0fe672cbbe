package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.ObsStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of a GENESIS table as read, before any mapping: a row of the current long format, or
 * one value column of a row of the older wide format.
 *
 * <p>The value is either a number ({@link #zahl()}) or a special value ({@link #sonderzeichen()}).
 * Status, following {@link GenesisSonderzeichen} for special values and the quality mark for
 * numbers:
 *
 * <table>
 *   <caption>GENESIS quality marks ({@code value_q}) of numbers</caption>
 *   <tr><th>{@code value_q}</th><th>meaning</th><th>OBS_STATUS</th></tr>
 *   <tr><td>(empty), {@code e}</td><td>normal, final value</td><td>A</td></tr>
 *   <tr><td>{@code r}</td><td>corrected value</td><td>A</td></tr>
 *   <tr><td>{@code p}</td><td>provisional value</td><td>P</td></tr>
 *   <tr><td>{@code s}</td><td>estimated value</td><td>E</td></tr>
 *   <tr><td>{@code ()}</td><td>limited validity (small sample)</td><td>E</td></tr>
 * </table>
 *
 * <p>Numbers always have CONF_STATUS F. {@code ()} becomes E because SDMX has no code for "low
 * reliability"; an estimate is the nearest: the figure is a sample extrapolation with a large
 * error. Immutable and thread-safe.
 *
 * @param zeile the line in the file, from 2 (the header is line 1)
 * @param statistik the statistics code, e.g. {@code 12411}
 * @param zeitCode the time variable, e.g. {@code STAG}, {@code JAHR}, {@code SEMEST}
 * @param zeit the time
 * @param merkmale the classifying variables in file order (the regional one among them)
 * @param wertmerkmal the value variable code, e.g. {@code BEVSTD}
 * @param wertmerkmalLabel its label
 * @param einheit the unit, e.g. {@code Anzahl}, {@code 1000}, {@code Tsd. EUR}
 * @param wertSpalte the column of the value, from 1
 * @param wertText the value as written
 * @param zahl the number, or {@code null} for a special value
 * @param sonderzeichen the special value, or {@code null} for a number
 * @param qualitaet the quality mark: empty, {@code e}, {@code r}, {@code p}, {@code s} or {@code
 *     ()}
 */
public record GenesisWert(
    long zeile,
    String statistik,
    String zeitCode,
    Zeitangabe zeit,
    ImmutableList<GenesisMerkmal> merkmale,
    String wertmerkmal,
    String wertmerkmalLabel,
    String einheit,
    int wertSpalte,
    String wertText,
    @Nullable BigDecimal zahl,
    @Nullable GenesisSonderzeichen sonderzeichen,
    String qualitaet) {

  /** The quality marks read; any other is an error of its row. */
  public static final ImmutableSet<String> QUALITAETEN =
      ImmutableSet.of("", "e", "r", "p", "s", "()");

  /**
   * Checks that exactly one of number and special value is given and the quality mark is known.
   *
   * @param zeile the line in the file, from 2 (the header is line 1)
   * @param statistik the statistics code, e.g. {@code 12411}
   * @param zeitCode the time variable, e.g. {@code STAG}, {@code JAHR}, {@code SEMEST}
   * @param zeit the time
   * @param merkmale the classifying variables in file order (the regional one among them)
   * @param wertmerkmal the value variable code, e.g. {@code BEVSTD}
   * @param wertmerkmalLabel its label
   * @param einheit the unit, e.g. {@code Anzahl}, {@code 1000}, {@code Tsd. EUR}
   * @param wertSpalte the column of the value, from 1
   * @param wertText the value as written
   * @param zahl the number, or {@code null} for a special value
   * @param sonderzeichen the special value, or {@code null} for a number
   * @param qualitaet the quality mark: empty, {@code e}, {@code r}, {@code p}, {@code s} or {@code
   *     ()}
   * @throws IllegalArgumentException otherwise, quoting the value
   */
  public GenesisWert {
    requireNonNull(statistik, "statistik");
    requireNonNull(zeitCode, "zeitCode");
    requireNonNull(zeit, "zeit");
    merkmale = ImmutableList.copyOf(merkmale);
    requireNonNull(wertmerkmal, "wertmerkmal");
    requireNonNull(wertmerkmalLabel, "wertmerkmalLabel");
    requireNonNull(einheit, "einheit");
    requireNonNull(wertText, "wertText");
    requireNonNull(qualitaet, "qualitaet");
    if ((zahl == null) == (sonderzeichen == null)) {
      throw new IllegalArgumentException(
          "GenesisWert needs either a number or a special value, got '" + wertText + "'");
    }
    if (!QUALITAETEN.contains(qualitaet)) {
      throw new IllegalArgumentException(
          "GENESIS quality mark needs one of '', 'e', 'r', 'p', 's', '()', got '"
              + qualitaet
              + "'");
    }
  }

  /**
   * The numerator a Messwert gets.
   *
   * @return the number, 0 for {@code -}, {@code null} for the other special values
   */
  public @Nullable BigDecimal zaehler() {
    if (zahl != null) {
      return zahl;
    }
    GenesisSonderzeichen z = requireNonNull(sonderzeichen);
    return z.zahl().orElse(null);
  }

  /** {@return the OBS_STATUS: see the tables in this class and in {@link GenesisSonderzeichen}} */
  public ObsStatus obsStatus() {
    if (sonderzeichen != null) {
      return sonderzeichen.obsStatus();
    }
    switch (qualitaet) {
      case "p":
        return ObsStatus.P;
      case "s":
      case "()":
        return ObsStatus.E;
      default:
        return ObsStatus.A;
    }
  }

  /**
   * {@return the CONF_STATUS: F for numbers, see {@link GenesisSonderzeichen} for special values}
   */
  public ConfStatus confStatus() {
    return sonderzeichen != null ? sonderzeichen.confStatus() : ConfStatus.F;
  }

  /**
   * The classifying variable with code {@code code}, if the row has it.
   *
   * @param code the variable's GENESIS code
   * @return the variable with its attribute, or empty
   */
  public Optional<GenesisMerkmal> merkmal(String code) {
    for (GenesisMerkmal m : merkmale) {
      if (m.code().equals(code)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
