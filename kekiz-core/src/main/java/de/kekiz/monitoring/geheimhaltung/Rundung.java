package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Rounding of published numerators to multiples of a base, as the Bundesagentur für Arbeit does
 * with base 10 in its newer products.
 *
 * <p>A numerator is rounded half up to the nearest multiple of {@link #basis()} (14 → 10, 15 → 20).
 * Denominators (the population a rate refers to) stay exact, and the value of a rate is then
 * computed from the rounded numerator, so that no published exact rate gives the exact numerator
 * away. If the rounded numerator would exceed the denominator (a share above 100 %), it is rounded
 * down instead. Rounding is applied after suppression, to published values only; it does not keep
 * totals additive (a total of 20 may have parts 10, 10 and 10). Immutable and thread-safe.
 *
 * @param basis the base, at least 2
 */
public record Rundung(int basis) {

  /**
   * Checks the base.
   *
   * @param basis the base, at least 2
   * @throws IllegalArgumentException if {@code basis} is below 2, quoting it
   */
  public Rundung {
    if (basis < 2) {
      throw new IllegalArgumentException("Rundung needs a base of at least 2, got " + basis);
    }
  }

  /**
   * Rounding to multiples of {@code basis}.
   *
   * @param basis the base, at least 2
   * @return the rounding
   * @throws IllegalArgumentException if {@code basis} is below 2
   */
  public static Rundung auf(int basis) {
    return new Rundung(basis);
  }

  /**
   * {@code zaehler} rounded half up to a multiple of the base, but never above {@code nenner} (if
   * given): then the largest multiple not above it.
   *
   * @param zaehler the numerator
   * @param nenner the denominator, or {@code null} for an absolute number
   * @return the rounded numerator
   */
  public BigDecimal runde(BigDecimal zaehler, @Nullable BigDecimal nenner) {
    requireNonNull(zaehler, "zaehler");
    BigDecimal b = BigDecimal.valueOf(basis);
    BigDecimal gerundet = zaehler.divide(b, 0, RoundingMode.HALF_UP).multiply(b);
    if (nenner != null && gerundet.compareTo(nenner) > 0) {
      gerundet = nenner.divide(b, 0, RoundingMode.FLOOR).multiply(b);
    }
    return gerundet;
  }
}
