package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An operative working group of the Steuerung, usually for one or more Lebensphasen (Ahlen: four
 * AGs, e.g. "Kita- und Grundschulalter").
 *
 * <p>The {@link Praeventionskette} checks that its phases and member actors exist there. A group
 * without recorded validity counts as existing on every day ({@link Zeitraum#gilt}). Immutable and
 * thread-safe.
 *
 * @param key the key, unique in the Steuerung (lower-case letters, digits, '-')
 * @param name the name
 * @param lebensphasen the keys of the phases it works on, sorted
 * @param mitglieder the seats in the order given
 * @param gueltigkeit when the group exists, or {@code null} if not recorded
 */
public record Arbeitsgemeinschaft(
    String key,
    String name,
    Set<String> lebensphasen,
    List<Mitglied> mitglieder,
    @Nullable Zeitraum gueltigkeit) {

  public Arbeitsgemeinschaft {
    Pruefung.key(key, "Arbeitsgemeinschaft key");
    Pruefung.text(name, "Arbeitsgemeinschaft name");
    for (String k : requireNonNull(lebensphasen, "lebensphasen")) {
      Pruefung.key(k, "Lebensphase key");
    }
    lebensphasen = ImmutableSortedSet.copyOf(lebensphasen);
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /** A group without recorded validity (existing on every day). */
  public Arbeitsgemeinschaft(
      String key, String name, Set<String> lebensphasen, List<Mitglied> mitglieder) {
    this(key, name, lebensphasen, mitglieder, null);
  }

  /** Whether the group exists on {@code tag}. */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /** The same group existing during {@code gueltigkeit} ({@code null}: not recorded). */
  public Arbeitsgemeinschaft withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Arbeitsgemeinschaft(key, name, lebensphasen, mitglieder, gueltigkeit);
  }

  /** The group as it was on {@code tag}: only the seats held that day. */
  public Arbeitsgemeinschaft am(LocalDate tag) {
    return new Arbeitsgemeinschaft(
        key,
        name,
        lebensphasen,
        mitglieder.stream().filter(m -> m.gueltigAm(tag)).collect(ImmutableList.toImmutableList()),
        gueltigkeit);
  }
}
