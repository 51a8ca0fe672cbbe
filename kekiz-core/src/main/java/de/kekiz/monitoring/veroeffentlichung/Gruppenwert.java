package de.kekiz.monitoring.veroeffentlichung;

import java.math.BigDecimal;

/**
 * A group's share in one period of an effect comparison: the sum of the published numerators and
 * denominators of its Sozialräume. The share and its Wilson interval are derived, never stored.
 * Immutable and thread-safe.
 *
 * @param zaehler the sum of the numerators, at least 0
 * @param nenner the sum of the denominators, at least 1 and not below {@code zaehler}
 */
public record Gruppenwert(long zaehler, long nenner) {

  /**
   * Checks that the two make a share.
   *
   * @param zaehler the sum of the numerators, at least 0
   * @param nenner the sum of the denominators, at least 1 and not below {@code zaehler}
   * @throws IllegalArgumentException quoting both if they do not make a share
   */
  public Gruppenwert {
    if (nenner < 1 || zaehler < 0 || zaehler > nenner) {
      throw new IllegalArgumentException(
          "a share needs 0 <= zaehler <= nenner and nenner >= 1, got " + zaehler + "/" + nenner);
    }
  }

  /** {@return the share {@code zaehler / nenner} as a fraction, rounded half-up to 6 places} */
  public BigDecimal anteil() {
    return Intervallrechnung.runde(schaetzung().anteil());
  }

  /** {@return the Wilson score 95 % interval of the share} */
  public Konfidenzintervall wilson() {
    Intervallrechnung.Schaetzung s = schaetzung();
    return new Konfidenzintervall(
        Intervallrechnung.runde(s.untere()), Intervallrechnung.runde(s.obere()));
  }

  Intervallrechnung.Schaetzung schaetzung() {
    return Intervallrechnung.wilson(zaehler, nenner);
  }
}
