package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;

/**
 * A figure pooled over several consecutive periods of one indicator version ("Dreijahreswert"):
 * numerator and denominator are the sums over the periods from {@link #von()} to the period of
 * {@link #summe()}, the last one. Health reporting publishes such figures for small areas where a
 * single period's must be suppressed. A pooled figure is protected together with the single periods
 * it sums, so that it cannot be differenced against them. Immutable and thread-safe.
 *
 * @param summe the pooled figure; its period is the last period pooled, its numbers the sums (none
 *     if the figure itself is suppressed)
 * @param von the first period pooled
 * @param perioden how many periods are pooled, at least 2
 */
public record Mehrjahreswert(Messwert summe, Periode von, int perioden) {

  /**
   * Checks the periods.
   *
   * @param summe the pooled figure; its period is the last period pooled, its numbers the sums
   *     (none if the figure itself is suppressed)
   * @param von the first period pooled
   * @param perioden how many periods are pooled, at least 2
   * @throws IllegalArgumentException if fewer than 2 periods are pooled, or {@code von} is not of
   *     the kind of the last period or lies after it
   */
  public Mehrjahreswert {
    requireNonNull(summe, "summe");
    requireNonNull(von, "von");
    if (perioden < 2) {
      throw new IllegalArgumentException(
          "a pooled figure sums at least 2 periods, got " + perioden);
    }
    if (von.art() != summe.periode().art() || von.compareTo(summe.periode()) >= 0) {
      throw new IllegalArgumentException(
          "a pooled figure runs from an earlier period of the same kind, got "
              + von
              + " to "
              + summe.periode());
    }
  }

  /** {@return the last period pooled (the pooled figure's own period)} */
  public Periode bis() {
    return summe.periode();
  }
}
