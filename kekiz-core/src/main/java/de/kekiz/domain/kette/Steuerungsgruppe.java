package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;

/**
 * The high-ranking, cross-departmental body that steers the Präventionskette; in practice at least
 * Jugendhilfe, Gesundheit, Bildung, Integration and Soziales sit in it (not enforced: the areas are
 * free text). Immutable and thread-safe.
 *
 * @param name the name, e.g. {@code Steuerungsgruppe Präventionskette Ahlen}
 * @param mitglieder the seats in the order given
 */
public record Steuerungsgruppe(String name, List<Mitglied> mitglieder) {

  public Steuerungsgruppe {
    Pruefung.text(name, "Steuerungsgruppe name");
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /** The areas its members speak for, sorted. */
  public ImmutableSortedSet<String> bereiche() {
    return mitglieder.stream()
        .map(Mitglied::bereich)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }
}
