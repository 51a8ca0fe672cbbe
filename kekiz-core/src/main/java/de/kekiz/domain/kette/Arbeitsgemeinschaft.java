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

  /**
   * @param key the key, unique in the Steuerung (lower-case letters, digits, '-')
   * @param name the name, not blank
   * @param lebensphasen keys of the phases it works on; stored sorted
   * @param mitglieder the seats; copied
   * @param gueltigkeit when the group exists, or {@code null} if not recorded
   * @throws IllegalArgumentException if a key is malformed or the name blank
   */
  public Arbeitsgemeinschaft {
    Pruefung.key(key, "Arbeitsgemeinschaft key");
    Pruefung.text(name, "Arbeitsgemeinschaft name");
    for (String k : requireNonNull(lebensphasen, "lebensphasen")) {
      Pruefung.key(k, "Lebensphase key");
    }
    lebensphasen = ImmutableSortedSet.copyOf(lebensphasen);
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /**
   * A group without recorded validity (existing on every day).
   *
   * @param key the key, unique in the Steuerung (lower-case letters, digits, '-')
   * @param name the name, not blank
   * @param lebensphasen keys of the phases it works on
   * @param mitglieder the seats in the order given
   * @throws IllegalArgumentException if a key is malformed or the name blank
   */
  public Arbeitsgemeinschaft(
      String key, String name, Set<String> lebensphasen, List<Mitglied> mitglieder) {
    this(key, name, lebensphasen, mitglieder, null);
  }

  /**
   * {@return whether the group exists on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /**
   * {@return the same group existing during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Arbeitsgemeinschaft withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Arbeitsgemeinschaft(key, name, lebensphasen, mitglieder, gueltigkeit);
  }

  /**
   * {@return the group as it was on {@code tag}: only the seats held that day}
   *
   * @param tag the day asked about
   */
  public Arbeitsgemeinschaft am(LocalDate tag) {
    return new Arbeitsgemeinschaft(
        key,
        name,
        lebensphasen,
        mitglieder.stream().filter(m -> m.gueltigAm(tag)).collect(ImmutableList.toImmutableList()),
        gueltigkeit);
  }
}
