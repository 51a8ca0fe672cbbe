package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.programm.Programmphase;
import org.jspecify.annotations.Nullable;

/**
 * One phase of a programme in the programme report: its participants as the programme counts them
 * (a Kreis with its Verbund once), every Kommune involved, the Gemeinden it reaches and its reach
 * in the whole population and, where every Gemeinde records one, in the child population. Immutable
 * and thread-safe.
 *
 * @param phase the phase with its dates, stated counts and sources
 * @param teilnehmer the participants, a joint participation counted once (the 2017 stage: 40)
 * @param kommunen every Kommune involved, Verbund Gemeinden included (the 2017 stage: 46)
 * @param gemeindenErreicht how many Gemeinden the phase reaches (through their own participation, a
 *     Verbund or the Kreisjugendamt of a participating Kreis)
 * @param einwohner the reach in the whole population, or {@code null} if no Gemeinde has a figure
 * @param kinder the reach in the child population, or {@code null} if not every Gemeinde records
 *     one (the reach is then not shown rather than mixed with whole-population figures)
 * @param gemeindenOhneKinderzahl how many Gemeinden have no child figure
 */
public record Phasenreichweite(
    Programmphase phase,
    int teilnehmer,
    int kommunen,
    int gemeindenErreicht,
    @Nullable Reichweitenwert einwohner,
    @Nullable Reichweitenwert kinder,
    int gemeindenOhneKinderzahl) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param phase the phase with its dates, stated counts and sources
   * @param teilnehmer the participants, a joint participation counted once (the 2017 stage: 40)
   * @param kommunen every Kommune involved, Verbund Gemeinden included (the 2017 stage: 46)
   * @param gemeindenErreicht how many Gemeinden the phase reaches (through their own participation,
   *     a Verbund or the Kreisjugendamt of a participating Kreis)
   * @param einwohner the reach in the whole population, or {@code null} if no Gemeinde has a figure
   * @param kinder the reach in the child population, or {@code null} if not every Gemeinde records
   *     one (the reach is then not shown rather than mixed with whole-population figures)
   * @param gemeindenOhneKinderzahl how many Gemeinden have no child figure
   */
  public Phasenreichweite {
    requireNonNull(phase, "phase");
  }
}
