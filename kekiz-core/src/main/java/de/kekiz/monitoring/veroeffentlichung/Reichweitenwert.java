package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

/**
 * The reach of a programme phase in one population as published: how many people the Gemeinden
 * counted have ({@link #gesamt()}) and the share of them living in the Gemeinden the phase reaches
 * ({@link #anteil()}: the share in percent with the people reached as numerator and {@link
 * #gesamt()} as denominator). Both are counts of persons, so both went through the protection of
 * the release ({@link Programmrechnung}): a suppressed figure is a cell without number. Immutable
 * and thread-safe.
 *
 * @param bezugsgroesse what was counted, in German, e.g. {@code "Einwohner insgesamt am
 *     31.12.2024"}
 * @param gesamt the population of all Gemeinden counted, as published
 * @param anteil the share reached in percent, with numerator and denominator, as published
 * @param gemeindenOhneZahl how many Gemeinden have no figure and are left out of both counts
 */
public record Reichweitenwert(
    String bezugsgroesse, Zelle gesamt, Zelle anteil, int gemeindenOhneZahl) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param bezugsgroesse what was counted, in German
   * @param gesamt the population of all Gemeinden counted, as published
   * @param anteil the share reached in percent, with numerator and denominator, as published
   * @param gemeindenOhneZahl how many Gemeinden have no figure and are left out of both counts
   * @throws IllegalArgumentException if {@code gemeindenOhneZahl} is negative
   */
  public Reichweitenwert {
    requireNonNull(bezugsgroesse, "bezugsgroesse");
    requireNonNull(gesamt, "gesamt");
    requireNonNull(anteil, "anteil");
    if (gemeindenOhneZahl < 0) {
      throw new IllegalArgumentException(
          "gemeindenOhneZahl cannot be negative, got " + gemeindenOhneZahl);
    }
  }
}
