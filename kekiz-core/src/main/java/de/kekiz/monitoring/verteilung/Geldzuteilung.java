package de.kekiz.monitoring.verteilung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;
import java.math.BigDecimal;

/**
 * One recipient's share of an allocation of money. Immutable and thread-safe if {@code K} is.
 *
 * @param <K> the kind of recipient
 * @param empfaenger the recipient
 * @param betrag the amount allocated, exact to the cent
 * @param rechnerisch the unrounded proportional share in euro ({@code DECIMAL64})
 * @param grenze whether a limit set the share
 */
public record Geldzuteilung<K>(
    K empfaenger, Geldbetrag betrag, BigDecimal rechnerisch, Grenze grenze) {

  /**
   * Checks that the recipient, the amount, the unrounded share and the limit are given.
   *
   * @param empfaenger the recipient
   * @param betrag the amount allocated, exact to the cent
   * @param rechnerisch the unrounded proportional share in euro ({@code DECIMAL64})
   * @param grenze whether a limit set the share
   * @throws NullPointerException naming a missing component
   */
  public Geldzuteilung {
    requireNonNull(empfaenger, "empfaenger");
    requireNonNull(betrag, "betrag");
    requireNonNull(rechnerisch, "rechnerisch");
    requireNonNull(grenze, "grenze");
  }
}
