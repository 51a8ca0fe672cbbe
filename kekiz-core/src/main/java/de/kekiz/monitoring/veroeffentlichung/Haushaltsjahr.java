package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.programm.Haushaltsansatz;
import java.util.List;

/**
 * A programme's budget of one calendar year: the budget lines as stated, their exact sum and the
 * amount of every source named that year (unknown where only a joint sum is published). Immutable
 * and thread-safe.
 *
 * @param jahr the calendar year
 * @param ansaetze the budget lines of the year, in the order given
 * @param summe the exact sum of the year over every source
 * @param quellen every source named that year, in the order of {@link
 *     de.kekiz.domain.kommune.Finanzierungsquelle}
 */
public record Haushaltsjahr(
    int jahr, List<Haushaltsansatz> ansaetze, Geldbetrag summe, List<Quellenbetrag> quellen) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param jahr the calendar year
   * @param ansaetze the budget lines of the year, in the order given
   * @param summe the exact sum of the year over every source
   * @param quellen every source named that year, in the order of {@link
   *     de.kekiz.domain.kommune.Finanzierungsquelle}
   */
  public Haushaltsjahr {
    ansaetze = ImmutableList.copyOf(requireNonNull(ansaetze, "ansaetze"));
    requireNonNull(summe, "summe");
    quellen = ImmutableList.copyOf(requireNonNull(quellen, "quellen"));
  }
}
