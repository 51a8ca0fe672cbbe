package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chain maturity across the Kommunen of a programme phase on the reference date: the score of
 * every Kommune involved, how many reached each Station and how many have each number of points.
 * Counts of Kommunen are not personal data and are shown exact. Immutable and thread-safe.
 *
 * @param stichtag the reference date
 * @param phase the key of the phase whose Kommunen are counted (the latest begun on or before the
 *     reference date), or {@code null} if none had begun
 * @param kommunen every Kommune of that phase, sorted by key
 * @param nachStufe how many Kommunen with a score reached no Station (index 0) or Station 1 to 4
 *     (index 1 to 4)
 * @param nachPunkten how many Kommunen with a score have 0, 1, … points (index = points)
 * @param ohneModell how many Kommunen have no model in the store and so no score
 */
public record Reifeverteilung(
    LocalDate stichtag,
    @Nullable String phase,
    List<Kommunenreife> kommunen,
    List<Integer> nachStufe,
    List<Integer> nachPunkten,
    int ohneModell) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param stichtag the reference date
   * @param phase the key of the phase whose Kommunen are counted (the latest begun on or before the
   *     reference date), or {@code null} if none had begun
   * @param kommunen every Kommune of that phase, sorted by key
   * @param nachStufe how many Kommunen with a score reached no Station (index 0) or Station 1 to 4
   *     (index 1 to 4)
   * @param nachPunkten how many Kommunen with a score have 0, 1, … points (index = points)
   * @param ohneModell how many Kommunen have no model in the store and so no score
   */
  public Reifeverteilung {
    requireNonNull(stichtag, "stichtag");
    kommunen = ImmutableList.copyOf(requireNonNull(kommunen, "kommunen"));
    nachStufe = ImmutableList.copyOf(requireNonNull(nachStufe, "nachStufe"));
    nachPunkten = ImmutableList.copyOf(requireNonNull(nachPunkten, "nachPunkten"));
  }

  /** {@return how many Kommunen have a score} */
  public int bewertet() {
    return kommunen.size() - ohneModell;
  }
}
