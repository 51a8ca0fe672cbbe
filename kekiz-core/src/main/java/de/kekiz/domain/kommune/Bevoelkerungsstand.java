package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Altersspanne;
import java.time.LocalDate;

/**
 * The number of inhabitants of one age group on one reference date, for a Kommune or for one
 * boundary version of a Sozialraum (e.g. 1,234 children aged {@code 0-2} on 2023-12-31). Immutable
 * and thread-safe.
 *
 * @param stichtag the reference date
 * @param altersgruppe the age group counted
 * @param anzahl the number of inhabitants, not negative
 */
public record Bevoelkerungsstand(LocalDate stichtag, Altersspanne altersgruppe, long anzahl) {

  /**
   * @param stichtag the reference date
   * @param altersgruppe the age group counted
   * @param anzahl the number of inhabitants
   * @throws IllegalArgumentException if {@code anzahl} is negative
   */
  public Bevoelkerungsstand {
    requireNonNull(stichtag, "stichtag");
    requireNonNull(altersgruppe, "altersgruppe");
    if (anzahl < 0) {
      throw new IllegalArgumentException(
          "Bevoelkerungsstand needs a count of at least 0, got "
              + anzahl
              + " for age group "
              + altersgruppe
              + " on "
              + stichtag);
    }
  }

  /**
   * Same as the constructor.
   *
   * @param stichtag the reference date
   * @param altersgruppe the age group counted
   * @param anzahl the number of inhabitants, not negative
   * @return the population figure
   * @throws IllegalArgumentException if {@code anzahl} is negative
   */
  public static Bevoelkerungsstand of(LocalDate stichtag, Altersspanne altersgruppe, long anzahl) {
    return new Bevoelkerungsstand(stichtag, altersgruppe, anzahl);
  }
}
