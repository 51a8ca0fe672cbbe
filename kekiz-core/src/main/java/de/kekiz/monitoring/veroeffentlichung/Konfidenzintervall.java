package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A 95 % confidence interval, its bounds as decimal fractions (a share of 0.25 is 25 %), rounded
 * half-up to {@value Intervallrechnung#STELLEN} decimal places. Immutable and thread-safe.
 *
 * @param untere the lower bound
 * @param obere the upper bound, not below {@code untere}
 */
public record Konfidenzintervall(BigDecimal untere, BigDecimal obere) {

  /**
   * Checks the bounds.
   *
   * @param untere the lower bound
   * @param obere the upper bound, not below {@code untere}
   * @throws IllegalArgumentException if the upper bound lies below the lower one
   */
  public Konfidenzintervall {
    requireNonNull(untere, "untere");
    requireNonNull(obere, "obere");
    if (obere.compareTo(untere) < 0) {
      throw new IllegalArgumentException(
          "an interval's upper bound cannot lie below its lower bound, got "
              + untere
              + " to "
              + obere);
    }
  }

  /** {@return whether the interval lies wholly above 0} */
  public boolean ueberNull() {
    return untere.signum() > 0;
  }

  /** {@return whether the interval lies wholly below 0} */
  public boolean unterNull() {
    return obere.signum() < 0;
  }
}
