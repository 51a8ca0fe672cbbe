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

  public Treiber {
    requireNonNull(indikator, "indikator");
    requireNonNull(wert, "wert");
  }

  /** The contribution, if it may be shown. */
  public Optional<BigDecimal> vorhandenerBeitrag() {
    return Optional.ofNullable(beitrag);
  }
}
