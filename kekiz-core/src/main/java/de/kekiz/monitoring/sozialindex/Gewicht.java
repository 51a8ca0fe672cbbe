package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorKey;
import java.math.BigDecimal;

/**
 * One indicator of a {@link Sozialindexmodell} with its weight. Immutable and thread-safe.
 *
 * @param indikator the indicator
 * @param aufschluesselung the breakdown whose values are used ({@link Aufschluesselung#INSGESAMT}
 *     for the total)
 * @param gewicht the weight, greater than 0
 */
public record Gewicht(
    IndikatorKey indikator, Aufschluesselung aufschluesselung, BigDecimal gewicht) {

  /**
   * Checks the weight.
   *
   * @param indikator the indicator
   * @param aufschluesselung the breakdown whose values are used ({@link Aufschluesselung#INSGESAMT}
   *     for the total)
   * @param gewicht the weight, greater than 0
   * @throws IllegalArgumentException quoting a weight that is not greater than 0
   */
  public Gewicht {
    requireNonNull(indikator, "indikator");
    requireNonNull(aufschluesselung, "aufschluesselung");
    requireNonNull(gewicht, "gewicht");
    if (gewicht.signum() <= 0) {
      throw new IllegalArgumentException(
          "weight of indicator "
              + indikator
              + " must be greater than 0, got "
              + gewicht.toPlainString());
    }
  }

  /**
   * The total of {@code indikator} with weight {@code gewicht}, e.g. {@code "0.25"}.
   *
   * @param indikator the indicator, whose total ({@code INSGESAMT}) is used
   * @param gewicht the weight as a decimal number with a point, greater than 0
   * @return the weight
   * @throws IllegalArgumentException if {@code gewicht} is not a decimal number or not greater than
   *     0
   */
  public static Gewicht of(IndikatorKey indikator, String gewicht) {
    requireNonNull(gewicht, "gewicht");
    try {
      return new Gewicht(indikator, Aufschluesselung.INSGESAMT, new BigDecimal(gewicht.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "weight of indicator " + indikator + " needs a decimal number, got '" + gewicht + "'", e);
    }
  }

  /**
   * The total of {@code indikator} with weight 1.
   *
   * @param indikator the indicator, whose total ({@code INSGESAMT}) is used
   * @return the weight
   */
  public static Gewicht eins(IndikatorKey indikator) {
    return new Gewicht(indikator, Aufschluesselung.INSGESAMT, BigDecimal.ONE);
  }
}
