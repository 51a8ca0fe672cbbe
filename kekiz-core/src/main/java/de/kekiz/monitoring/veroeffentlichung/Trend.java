package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Periode;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The development of a time series: the change from its first to its last publishable value.
 * Suppressed values take no part, so a trend never reveals one.
 *
 * @param richtung the direction
 * @param aenderung the last value minus the first, in the indicator's unit; {@code null} if unknown
 * @param von the period of the first value, {@code null} if unknown
 * @param bis the period of the last value, {@code null} if unknown
 */
public record Trend(
    Trendrichtung richtung,
    @Nullable BigDecimal aenderung,
    @Nullable Periode von,
    @Nullable Periode bis) {

  private static final Trend UNBEKANNT = new Trend(Trendrichtung.UNBEKANNT, null, null, null);

  /**
   * Checks that change and periods come with a known direction only.
   *
   * @param richtung the direction
   * @param aenderung the last value minus the first, in the indicator's unit; {@code null} if
   *     unknown
   * @param von the period of the first value, {@code null} if unknown
   * @param bis the period of the last value, {@code null} if unknown
   * @throws IllegalArgumentException if a known direction lacks change or periods, or an unknown
   *     one has them
   */
  public Trend {
    requireNonNull(richtung, "richtung");
    boolean bekannt = richtung != Trendrichtung.UNBEKANNT;
    if (bekannt != (aenderung != null) || bekannt != (von != null) || bekannt != (bis != null)) {
      throw new IllegalArgumentException(
          "a trend "
              + richtung
              + " needs change and periods exactly when its direction is known,"
              + " got aenderung "
              + aenderung
              + ", von "
              + von
              + ", bis "
              + bis);
    }
  }

  /**
   * The trend of a series with fewer than two publishable values.
   *
   * @return the trend of unknown direction, without change or periods
   */
  public static Trend unbekannt() {
    return UNBEKANNT;
  }

  /** {@return the change from first to last value, or empty if the direction is unknown} */
  public Optional<BigDecimal> aenderungWert() {
    return Optional.ofNullable(aenderung);
  }
}
