package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import java.util.Set;

/**
 * Money a programme has for one calendar year from one source, or from several sources together
 * when only their sum is published ("2,3 Millionen Euro pro Jahr" from the Land and the ESF, split
 * not stated). Immutable and thread-safe.
 *
 * @param jahr the calendar year, from {@value Foerderung#FRUEHESTES_JAHR} to {@value
 *     Foerderung#SPAETESTES_JAHR}
 * @param quellen where the money comes from, at least one (sorted); several when only their sum is
 *     known
 * @param betrag the amount
 * @param beleg where it is stated
 */
public record Haushaltsansatz(
    int jahr, Set<Finanzierungsquelle> quellen, Geldbetrag betrag, Beleg beleg) {

  /**
   * @param jahr the calendar year
   * @param quellen where the money comes from; stored sorted
   * @param betrag the amount
   * @param beleg where it is stated
   * @throws IllegalArgumentException if the year is out of range or no source is given
   */
  public Haushaltsansatz {
    quellen = ImmutableSortedSet.copyOf(requireNonNull(quellen, "quellen"));
    requireNonNull(betrag, "betrag");
    requireNonNull(beleg, "beleg");
    if (jahr < Foerderung.FRUEHESTES_JAHR || jahr > Foerderung.SPAETESTES_JAHR) {
      throw new IllegalArgumentException(
          "Haushaltsansatz needs a year from "
              + Foerderung.FRUEHESTES_JAHR
              + " to "
              + Foerderung.SPAETESTES_JAHR
              + ", got "
              + jahr);
    }
    if (quellen.isEmpty()) {
      throw new IllegalArgumentException(
          "Haushaltsansatz " + jahr + " (" + betrag + ") needs at least one source");
    }
  }

  /**
   * {@return money from one source}
   *
   * @param jahr the calendar year, from {@value Foerderung#FRUEHESTES_JAHR} to {@value
   *     Foerderung#SPAETESTES_JAHR}
   * @param quelle where the money comes from
   * @param betrag the amount
   * @param beleg where it is stated
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Haushaltsansatz of(
      int jahr, Finanzierungsquelle quelle, Geldbetrag betrag, Beleg beleg) {
    return new Haushaltsansatz(jahr, Set.of(quelle), betrag, beleg);
  }

  /**
   * {@return money from several sources whose split is not known}
   *
   * @param jahr the calendar year, from {@value Foerderung#FRUEHESTES_JAHR} to {@value
   *     Foerderung#SPAETESTES_JAHR}
   * @param quellen the sources, at least one
   * @param betrag their joint amount
   * @param beleg where it is stated
   * @throws IllegalArgumentException if the year is out of range or no source is given
   */
  public static Haushaltsansatz gemeinsam(
      int jahr, Set<Finanzierungsquelle> quellen, Geldbetrag betrag, Beleg beleg) {
    return new Haushaltsansatz(jahr, quellen, betrag, beleg);
  }

  /** {@return whether the amount is the unsplit sum of several sources} */
  public boolean gemeinsam() {
    return quellen.size() > 1;
  }
}
