package de.kekiz.monitoring.verteilung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One recipient's share of an allocation of whole units. Immutable and thread-safe if {@code K} is.
 *
 * @param <K> the kind of recipient
 * @param empfaenger the recipient
 * @param einheiten the units allocated
 * @param rechnerisch the unrounded proportional share in units ({@code DECIMAL64}); for a share at
 *     a limit, the limit
 * @param grenze whether a limit set the share
 */
public record Zuteilung<K>(K empfaenger, long einheiten, BigDecimal rechnerisch, Grenze grenze) {

  /**
   * Checks that the recipient, the unrounded share and the limit are given.
   *
   * @param empfaenger the recipient
   * @param einheiten the units allocated
   * @param rechnerisch the unrounded proportional share in units ({@code DECIMAL64}); for a share
   *     at a limit, the limit
   * @param grenze whether a limit set the share
   * @throws NullPointerException naming a missing component
   */
  public Zuteilung {
    requireNonNull(empfaenger, "empfaenger");
    requireNonNull(rechnerisch, "rechnerisch");
    requireNonNull(grenze, "grenze");
  }
}
