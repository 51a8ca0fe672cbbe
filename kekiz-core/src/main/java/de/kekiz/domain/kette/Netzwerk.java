package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.AkteurId;
import java.util.Arrays;
import java.util.Set;

/**
 * A network of actors in a Präventionskette, e.g. the Netzwerk Frühe Hilfen.
 *
 * <p>The {@link Praeventionskette} checks that its members are Akteure there. Immutable and
 * thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-')
 * @param name the name
 * @param mitglieder the member actors, sorted
 */
public record Netzwerk(String key, String name, Set<AkteurId> mitglieder) {

  public Netzwerk {
    Pruefung.key(key, "Netzwerk key");
    Pruefung.text(name, "Netzwerk name");
    mitglieder = ImmutableSortedSet.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /** A network of {@code mitglieder}. */
  public static Netzwerk of(String key, String name, AkteurId... mitglieder) {
    return new Netzwerk(key, name, ImmutableSortedSet.copyOf(Arrays.asList(mitglieder)));
  }
}
