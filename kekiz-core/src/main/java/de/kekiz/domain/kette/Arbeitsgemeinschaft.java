package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;

/**
 * An operative working group of the Steuerung, usually for one or more Lebensphasen (Ahlen: four
 * AGs, e.g. "Kita- und Grundschulalter").
 *
 * <p>The {@link Praeventionskette} checks that its phases and member actors exist there. Immutable
 * and thread-safe.
 *
 * @param key the key, unique in the Steuerung (lower-case letters, digits, '-')
 * @param name the name
 * @param lebensphasen the keys of the phases it works on, sorted
 * @param mitglieder the seats in the order given
 */
public record Arbeitsgemeinschaft(
    String key, String name, Set<String> lebensphasen, List<Mitglied> mitglieder) {

  public Arbeitsgemeinschaft {
    Pruefung.key(key, "Arbeitsgemeinschaft key");
    Pruefung.text(name, "Arbeitsgemeinschaft name");
    for (String k : requireNonNull(lebensphasen, "lebensphasen")) {
      Pruefung.key(k, "Lebensphase key");
    }
    lebensphasen = ImmutableSortedSet.copyOf(lebensphasen);
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }
}
