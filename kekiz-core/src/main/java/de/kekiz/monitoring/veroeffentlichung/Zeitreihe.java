package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One row of an {@link Indikatorauswertung}: the values of one area for each period of the table,
 * with its rank, its distance to the Kommune and its trend.
 *
 * @param gebiet the area
 * @param werte one cell per period of the table, in the table's order
 * @param rang the rank among the areas in the latest period (1 = the greatest need; see {@link
 *     Indikatorauswertung}), or {@code null} if the area has no publishable value there
 * @param abweichung the area's value minus the Kommune's in the latest period, or {@code null} if
 *     either is not publishable
 * @param trend the development over the table's periods
 */
public record Zeitreihe(
    Berichtsgebiet gebiet,
    List<Zelle> werte,
    @Nullable Integer rang,
    @Nullable BigDecimal abweichung,
    Trend trend) {

  /**
   * Checks the rank and copies the cells.
   *
   * @param gebiet the area
   * @param werte one cell per period of the table, in the table's order
   * @param rang the rank among the areas in the latest period (1 = the greatest need; see {@link
   *     Indikatorauswertung}), or {@code null} if the area has no publishable value there
   * @param abweichung the area's value minus the Kommune's in the latest period, or {@code null} if
   *     either is not publishable
   * @param trend the development over the table's periods
   * @throws IllegalArgumentException if the rank is below 1
   */
  public Zeitreihe {
    requireNonNull(gebiet, "gebiet");
    werte = ImmutableList.copyOf(requireNonNull(werte, "werte"));
    requireNonNull(trend, "trend");
    if (rang != null && rang < 1) {
      throw new IllegalArgumentException("a rank starts at 1, got " + rang + " for " + gebiet);
    }
  }

  /** {@return the rank among the areas in the latest period, or empty if the area has none} */
  public OptionalInt rangWert() {
    return rang == null ? OptionalInt.empty() : OptionalInt.of(rang);
  }

  /**
   * {@return the area's value minus the Kommune's in the latest period, or empty if either is not
   * publishable}
   */
  public Optional<BigDecimal> abweichungWert() {
    return Optional.ofNullable(abweichung);
  }

  /** {@return the cell of the last period of the table} */
  public Zelle letzte() {
    return werte.get(werte.size() - 1);
  }
}
