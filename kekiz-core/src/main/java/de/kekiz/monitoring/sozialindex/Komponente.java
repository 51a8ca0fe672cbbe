package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's part in a Sozialraum's index: its value, its z-value oriented to need and its
 * contribution to the index. Immutable and thread-safe.
 *
 * @param gewicht the indicator, breakdown and weight of the model
 * @param wert the value as published (missing or suppressed: no number)
 * @param z the z-value oriented to need ({@code (x − mean) / sd} across the Sozialräume, negated
 *     for a "higher is better" indicator), or {@code null} if the value is missing or may not be
 *     published
 * @param beitrag the contribution to the index, {@code gewicht × z / Σ weights available}, or
 *     {@code null} like {@code z}
 */
public record Komponente(
    Gewicht gewicht, Kennzahl wert, @Nullable BigDecimal z, @Nullable BigDecimal beitrag) {

  /**
   * Checks that no number is given for a value that may not be shown.
   *
   * @param gewicht the indicator, breakdown and weight of the model
   * @param wert the value as published (missing or suppressed: no number)
   * @param z the z-value oriented to need ({@code (x − mean) / sd} across the Sozialräume, negated
   *     for a "higher is better" indicator), or {@code null} if the value is missing or may not be
   *     published
   * @param beitrag the contribution to the index, {@code gewicht × z / Σ weights available}, or
   *     {@code null} like {@code z}
   * @throws IllegalArgumentException if a z-value or contribution is given for a value that may not
   *     be shown
   */
  public Komponente {
    requireNonNull(gewicht, "gewicht");
    requireNonNull(wert, "wert");
    if (!wert.hatWert() && (z != null || beitrag != null)) {
      throw new IllegalArgumentException(
          "component "
              + gewicht.indikator()
              + " without a shown value must carry no z-value or"
              + " contribution, got "
              + z
              + " and "
              + beitrag);
    }
  }

  /** {@return the indicator of this component (from {@link #gewicht()})} */
  public IndikatorKey indikator() {
    return gewicht.indikator();
  }

  /**
   * {@return the contribution to the index ({@link #beitrag()}), or empty if it may not be shown or
   * the value is missing}
   */
  public Optional<BigDecimal> beitragWert() {
    return Optional.ofNullable(beitrag);
  }
}
