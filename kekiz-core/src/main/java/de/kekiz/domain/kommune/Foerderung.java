package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;

/**
 * Money a Kommune receives for one calendar year of a programme participation from one source (e.g.
 * 29,958.39 € from the ESF for 2017). Immutable and thread-safe.
 *
 * @param jahr the calendar year, from {@value #FRUEHESTES_JAHR} to {@value #SPAETESTES_JAHR}
 * @param quelle where the money comes from
 * @param betrag the amount
 */
public record Foerderung(int jahr, Finanzierungsquelle quelle, Geldbetrag betrag) {

  /** The earliest year accepted; an earlier one is taken for an input error. */
  public static final int FRUEHESTES_JAHR = 1900;

  /** The latest year accepted; a later one is taken for an input error. */
  public static final int SPAETESTES_JAHR = 2999;

  /**
   * @param jahr the calendar year
   * @param quelle where the money comes from
   * @param betrag the amount
   * @throws IllegalArgumentException if {@code jahr} is out of range
   */
  public Foerderung {
    requireNonNull(quelle, "quelle");
    requireNonNull(betrag, "betrag");
    if (jahr < FRUEHESTES_JAHR || jahr > SPAETESTES_JAHR) {
      throw new IllegalArgumentException(
          "Foerderung needs a year from "
              + FRUEHESTES_JAHR
              + " to "
              + SPAETESTES_JAHR
              + ", got "
              + jahr);
    }
  }

  /**
   * Same as the constructor.
   *
   * @param jahr the calendar year, from {@value #FRUEHESTES_JAHR} to {@value #SPAETESTES_JAHR}
   * @param quelle where the money comes from
   * @param betrag the amount
   * @return the Förderung
   * @throws IllegalArgumentException if {@code jahr} is out of range
   */
  public static Foerderung of(int jahr, Finanzierungsquelle quelle, Geldbetrag betrag) {
    return new Foerderung(jahr, quelle, betrag);
  }
}
