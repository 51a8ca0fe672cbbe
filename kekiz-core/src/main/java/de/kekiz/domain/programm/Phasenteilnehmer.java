package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.Set;

/**
 * One participant of a programme phase as the programme counts it: a Kommune, or a Kreis that took
 * part jointly with named Gemeinden of its own ({@link #verbund()}) — the Kreis Unna with
 * Bergkamen, Kamen, Lünen, Selm, Unna and Werne is one participant, not seven.
 *
 * <p>Rule, reported as a {@link RegelverstossException}: {@code programm.verbund-ausserhalb-kreis}
 * — a joint participant is a Kreis (its key ends in {@code 000}), and every Gemeinde of its Verbund
 * lies in that Kreis and is not the Kreis itself.
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
   * @param kommune the participant's key
   * @param name its everyday name
   * @param verbund the Gemeinden that took part together with it; stored sorted
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws RegelverstossException if a Gemeinde of the Verbund does not lie in the Kreis
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
      RegelverstossException.pruefe(
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

  /**
   * {@return a participant on its own, without a Verbund}
   *
   * @param kommune the participant's key
   * @param name its everyday name, not blank
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Phasenteilnehmer of(Gemeindeschluessel kommune, String name) {
    return new Phasenteilnehmer(kommune, name, Set.of());
  }

  /**
   * {@return a Kreis taking part jointly with the Gemeinden {@code verbund}}
   *
   * @param kreis the Kreis's key in its form {@code 05978000}
   * @param name its everyday name, e.g. {@code "Kreis Unna"}, not blank
   * @param verbund Gemeinden of that Kreis
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws RegelverstossException if {@code kreis} is no Kreis or a Gemeinde does not lie in it
   */
  public static Phasenteilnehmer gemeinsam(
      Gemeindeschluessel kreis, String name, Set<Gemeindeschluessel> verbund) {
    return new Phasenteilnehmer(kreis, name, verbund);
  }

  /** {@return whether it took part jointly with Gemeinden of its own} */
  public boolean gemeinsam() {
    return !verbund.isEmpty();
  }

  /**
   * {@return every Kommune this participant stands for, sorted by key (a Kreis key ends in {@code
   * 000}, so it comes before its Gemeinden)}
   */
  public ImmutableSortedSet<Gemeindeschluessel> kommunen() {
    return ImmutableSortedSet.<Gemeindeschluessel>naturalOrder()
        .add(kommune)
        .addAll(verbund)
        .build();
  }
}
