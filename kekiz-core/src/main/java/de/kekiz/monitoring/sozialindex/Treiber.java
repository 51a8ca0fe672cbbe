package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator that drives a Sozialraum's need: one with a positive contribution to its index.
 * Immutable and thread-safe.
 *
 * @param indikator the indicator
 * @param wert its value in the Sozialraum as published
 * @param beitrag its contribution to the index, or {@code null} if its value may not be published
 */
public record Treiber(IndikatorKey indikator, Kennzahl wert, @Nullable BigDecimal beitrag) {

  /**
   * Checks that the indicator and the value are given.
   *
   * @param indikator the indicator
   * @param wert its value in the Sozialraum as published
   * @param beitrag its contribution to the index, or {@code null} if its value may not be published
   * @throws NullPointerException naming a missing component
   */
  public Treiber {
    requireNonNull(indikator, "indikator");
    requireNonNull(wert, "wert");
  }

  /**
   * {@return the contribution to the index ({@link #beitrag()}), or empty if it may not be shown}
   */
  public Optional<BigDecimal> beitragWert() {
    return Optional.ofNullable(beitrag);
  }
}
