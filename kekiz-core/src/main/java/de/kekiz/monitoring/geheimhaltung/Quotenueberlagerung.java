package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

/**
 * A rate or share (numerator ≤ denominator, both counts) perturbed by the Cell Key Method: the
 * numerator and the denominator are perturbed as cells of their own, each with its own key. A share
 * must not exceed 100 %, so where the perturbed numerator came out above the perturbed denominator,
 * the published numerator is the perturbed denominator ({@link #begrenzt()}). This can only happen
 * when the denominator exceeds the numerator by less than {@code 2·D}, and there it biases the
 * numerator slightly downwards (by at most {@code 2·D}, in expectation much less); every other rate
 * is perturbed without bias in both parts.
 *
 * <p>Like {@link Ueberlagerung}, it holds the originals: publish {@link #ueberlagerterZaehler()}
 * and {@link #ueberlagerterNenner()} only. Immutable and thread-safe.
 *
 * @param zaehler the numerator's perturbation, before the limit to the denominator
 * @param nenner the denominator's perturbation
 */
public record Quotenueberlagerung(Ueberlagerung zaehler, Ueberlagerung nenner) {

  /**
   * Checks the two perturbations.
   *
   * @param zaehler the numerator's perturbation, before the limit to the denominator
   * @param nenner the denominator's perturbation
   * @throws IllegalArgumentException if the original numerator exceeds the original denominator or
   *     both have the same identity, quoting them
   */
  public Quotenueberlagerung {
    requireNonNull(zaehler, "zaehler");
    requireNonNull(nenner, "nenner");
    if (zaehler.wert() > nenner.wert()) {
      throw new IllegalArgumentException(
          "a rate needs a numerator of at most its denominator, got "
              + zaehler.wert()
              + " ('"
              + zaehler.zellidentitaet()
              + "') over "
              + nenner.wert()
              + " ('"
              + nenner.zellidentitaet()
              + "')");
    }
    if (zaehler.zellidentitaet().equals(nenner.zellidentitaet())) {
      throw new IllegalArgumentException(
          "numerator and denominator of a rate are different cells and need different identities,"
              + " got '"
              + zaehler.zellidentitaet()
              + "' for both");
    }
  }

  /**
   * {@return the published numerator: the perturbed numerator, but at most the perturbed
   * denominator}
   */
  public long ueberlagerterZaehler() {
    return Math.min(zaehler.ueberlagerterWert(), nenner.ueberlagerterWert());
  }

  /** {@return the published denominator: the perturbed denominator} */
  public long ueberlagerterNenner() {
    return nenner.ueberlagerterWert();
  }

  /**
   * {@return whether the perturbed numerator exceeded the perturbed denominator and was limited to
   * it}
   */
  public boolean begrenzt() {
    return zaehler.ueberlagerterWert() > nenner.ueberlagerterWert();
  }
}
