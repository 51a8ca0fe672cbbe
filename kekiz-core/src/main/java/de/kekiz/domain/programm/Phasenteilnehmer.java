package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Regelverstoss;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.Set;

/**
 * One participant of a programme phase as the programme counts it: a Kommune, or a Kreis that took
 * part jointly with named Gemeinden of its own ({@link #verbund()}) — the Kreis Unna with
 * Bergkamen, Kamen, Lünen, Selm, Unna and Werne is one participant, not seven.
 *
 * <p>Rule, reported as a {@link Regelverstoss}: {@code programm.verbund-ausserhalb-kreis} — a joint
 * participant is a Kreis (its key ends in {@code 000}), and every Gemeinde of its Verbund lies in
 * that Kreis and is not the Kreis itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kommune the participant's key (a Kreis in its form {@code 05978000})
 * @param name its everyday name, e.g. {@code "Kreis Unna"}, not blank
 * @param verbund the Gemeinden that took part together with it (sorted), usually none
 */
public record Phasenteilnehmer(
    Gemeindeschluessel kommune, String name, Set<Gemeindeschluessel> verbund) {

  /**
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws Regelverstoss if a Gemeinde of the Verbund does not lie in the Kreis
   */
  public Phasenteilnehmer {
    requireNonNull(kommune, "kommune");
    requireNonNull(name, "name");
    verbund = ImmutableSortedSet.copyOf(requireNonNull(verbund, "verbund"));
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Phasenteilnehmer " + kommune + " needs a name that is not blank, got '" + name + "'");
    }
    for (Gemeindeschluessel g : verbund) {
      Regelverstoss.pruefe(
          kommune.kreisebene() && !g.kreisebene() && g.kreis().equals(kommune.kreis()),
          "programm.verbund-ausserhalb-kreis",
          "Programmteilnehmer " + name + " (" + kommune + ")",
          "die Gemeinde "
              + g
              + " im Verbund liegt nicht im Kreis "
              + kommune.kreis()
              + " (gemeinsam teilnehmen kann nur ein Kreis mit eigenen Gemeinden)");
    }
  }

  /** A participant on its own, without a Verbund. */
  public static Phasenteilnehmer of(Gemeindeschluessel kommune, String name) {
    return new Phasenteilnehmer(kommune, name, Set.of());
  }

  /** A Kreis taking part jointly with the Gemeinden {@code verbund}. */
  public static Phasenteilnehmer gemeinsam(
      Gemeindeschluessel kreis, String name, Set<Gemeindeschluessel> verbund) {
    return new Phasenteilnehmer(kreis, name, verbund);
  }

  /** Whether it took part jointly with Gemeinden of its own. */
  public boolean gemeinsam() {
    return !verbund.isEmpty();
  }

  /** Every Kommune this participant stands for: itself first, then its Verbund (sorted). */
  public ImmutableSortedSet<Gemeindeschluessel> kommunen() {
    return ImmutableSortedSet.<Gemeindeschluessel>naturalOrder()
        .add(kommune)
        .addAll(verbund)
        .build();
  }
}
