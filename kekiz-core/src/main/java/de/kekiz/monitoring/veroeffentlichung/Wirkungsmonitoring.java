package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The effect monitoring of a report: the comparisons for the dated Angebote that work on a
 * Handlungsziel and the measured Übergänge, with the method in German for the reader. Immutable and
 * thread-safe.
 *
 * @param methode how the comparisons were made and what they cannot say, in German
 * @param vergleiche one comparison per Angebot with a beginning and indicator of its goals, in the
 *     chain's order of contributions
 * @param uebergaenge one measurement per Übergang of the chain, in the chain's order
 */
public record Wirkungsmonitoring(
    String methode, List<Wirkungsvergleich> vergleiche, List<Uebergangsmessung> uebergaenge) {

  /**
   * Checks that every component is given and copies the lists.
   *
   * @param methode how the comparisons were made and what they cannot say, in German
   * @param vergleiche one comparison per Angebot with a beginning and indicator of its goals, in
   *     the chain's order of contributions
   * @param uebergaenge one measurement per Übergang of the chain, in the chain's order
   * @throws NullPointerException naming a missing component
   */
  public Wirkungsmonitoring {
    requireNonNull(methode, "methode");
    vergleiche = ImmutableList.copyOf(requireNonNull(vergleiche, "vergleiche"));
    uebergaenge = ImmutableList.copyOf(requireNonNull(uebergaenge, "uebergaenge"));
  }

  /** {@return every comparison: the Angebote's, then the Übergänge'} */
  public List<Wirkungsvergleich> alleVergleiche() {
    ImmutableList.Builder<Wirkungsvergleich> b = ImmutableList.builder();
    b.addAll(vergleiche);
    uebergaenge.forEach(u -> b.addAll(u.vergleiche()));
    return b.build();
  }

  /** {@return whether there is nothing to show: no comparison and no measured Übergang} */
  public boolean leer() {
    return alleVergleiche().isEmpty()
        && uebergaenge.stream().allMatch(u -> u.stand() == Uebergangsmessung.Stand.NICHT_GEMESSEN);
  }
}
