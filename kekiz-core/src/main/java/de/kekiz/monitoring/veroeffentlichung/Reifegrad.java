package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The maturity score of a Präventionskette on one reference date (Reifegrad der Präventionskette):
 * every {@link Reifekriterium} with its result and reason, the points as a whole number of a
 * maximum, and the stage of the Qualitätskreislauf reached. {@link Reiferechnung} computes it and
 * states the rules.
 *
 * <p>Points and stage are derived from the results, so they cannot contradict them: {@link
 * #punkte()} of {@link #hoechstpunkte()}, and {@link #erreichteStufe()} the highest stage whose
 * criteria, and those of every earlier stage, are all met. Immutable and thread-safe.
 *
 * @param stichtag the reference date
 * @param ergebnisse one result per criterion, in the order of {@link Reifekriterium}
 */
public record Reifegrad(LocalDate stichtag, List<Kriteriumsergebnis> ergebnisse) {

  /**
   * Checks the results and copies them.
   *
   * @param stichtag the reference date
   * @param ergebnisse one result per criterion, in the order of {@link Reifekriterium}
   * @throws IllegalArgumentException unless there is exactly one result per criterion, in the order
   *     of {@link Reifekriterium}
   */
  public Reifegrad {
    requireNonNull(stichtag, "stichtag");
    ergebnisse = ImmutableList.copyOf(requireNonNull(ergebnisse, "ergebnisse"));
    List<Reifekriterium> kriterien =
        ergebnisse.stream().map(Kriteriumsergebnis::kriterium).toList();
    if (!kriterien.equals(List.of(Reifekriterium.values()))) {
      throw new IllegalArgumentException(
          "a Reifegrad needs one result per criterion in the order "
              + List.of(Reifekriterium.values())
              + ", got "
              + kriterien);
    }
  }

  /** {@return the points reached: the sum of the results' points} */
  public int punkte() {
    return ergebnisse.stream().mapToInt(Kriteriumsergebnis::punkte).sum();
  }

  /** {@return the points possible: every criterion met} */
  public int hoechstpunkte() {
    return ergebnisse.size() * Kriteriumsergebnis.PUNKTE_JE_KRITERIUM;
  }

  /**
   * The highest stage whose criteria are all met together with those of every earlier stage; empty
   * if a criterion of the first stage is not met.
   *
   * @return the stage reached
   */
  public Optional<Reifestufe> erreichteStufe() {
    Reifestufe erreicht = null;
    for (Reifestufe s : Reifestufe.values()) {
      if (!erfuellt(s)) {
        break;
      }
      erreicht = s;
    }
    return Optional.ofNullable(erreicht);
  }

  /**
   * Whether every criterion of {@code stufe} is met.
   *
   * @param stufe the stage
   * @return whether all its criteria are met
   */
  public boolean erfuellt(Reifestufe stufe) {
    requireNonNull(stufe, "stufe");
    return ergebnisse.stream()
        .filter(e -> e.stufe() == stufe)
        .allMatch(Kriteriumsergebnis::erfuellt);
  }

  /**
   * The result of {@code kriterium}.
   *
   * @param kriterium the criterion
   * @return its result
   */
  public Kriteriumsergebnis ergebnis(Reifekriterium kriterium) {
    requireNonNull(kriterium, "kriterium");
    return ergebnisse.get(kriterium.ordinal());
  }
}
