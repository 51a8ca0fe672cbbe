package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;

/**
 * What the values of a GENESIS value variable become: population figures ({@link Bevoelkerung}) or
 * observations of an indicator ({@link Indikator}).
 */
public sealed interface Importziel permits Importziel.Bevoelkerung, Importziel.Indikator {

  /**
   * Population figures ({@link Bevoelkerungszahl}): the value is the number of inhabitants, its
   * reference date the GENESIS time (a Stichtag as it is, a year as its 31 December); the
   * dimensions {@code alter} and {@code geschlecht} give age group and sex.
   */
  record Bevoelkerung() implements Importziel {
    /** "Bevölkerungsstand". */
    @Override
    public String toString() {
      return "Bevölkerungsstand";
    }
  }

  /**
   * Observations of an absolute indicator (without denominator): the value is the numerator of a
   * {@link de.kekiz.domain.indikator.Messwert}, its period the one of kind {@code periodizitaet}
   * that holds the GENESIS time (a year, a Stichtag, or a span such as the semester {@code
   * 2023-10P6M}, which must lie inside one period).
   *
   * @param indikator the indicator version the values belong to
   * @param periodizitaet the kind of period of that indicator
   */
  record Indikator(IndikatorRef indikator, Periodizitaet periodizitaet) implements Importziel {
    /**
     * Creates the value; each component is as the record comment describes it.
     *
     * @param indikator the indicator version the values belong to
     * @param periodizitaet the kind of period of that indicator
     */
    public Indikator {
      requireNonNull(indikator, "indikator");
      requireNonNull(periodizitaet, "periodizitaet");
    }

    /** E.g. {@code Indikator zahl-der-gemeinden@1 (jährlich)}. */
    @Override
    public String toString() {
      return "Indikator " + indikator + " (" + periodizitaet.bezeichnung() + ")";
    }
  }
}
