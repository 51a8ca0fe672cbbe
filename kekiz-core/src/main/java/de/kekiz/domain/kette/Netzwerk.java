package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A network of actors in a Präventionskette, e.g. the Netzwerk Frühe Hilfen.
 *
 * <p>The {@link Praeventionskette} checks that its members are Akteure there. A network without
 * recorded validity counts as existing on every day ({@link Zeitraum#gilt}). Immutable and
 * thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-')
 * @param name the name
 * @param mitglieder the member actors, sorted
 * @param gueltigkeit when the network exists, or {@code null} if not recorded
 */
public record Netzwerk(
    String key, String name, Set<AkteurId> mitglieder, @Nullable Zeitraum gueltigkeit) {

  /**
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the name, not blank
   * @param mitglieder the member actors; stored sorted
   * @param gueltigkeit when the network exists, or {@code null} if not recorded
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public Netzwerk {
    Pruefung.key(key, "Netzwerk key");
    Pruefung.text(name, "Netzwerk name");
    mitglieder = ImmutableSortedSet.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /**
   * A network without recorded validity (existing on every day).
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the name, not blank
   * @param mitglieder the member actors
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public Netzwerk(String key, String name, Set<AkteurId> mitglieder) {
    this(key, name, mitglieder, null);
  }

  /**
   * {@return a network of {@code mitglieder}, without recorded validity}
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the name, not blank
   * @param mitglieder the member actors
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public static Netzwerk of(String key, String name, AkteurId... mitglieder) {
    return new Netzwerk(key, name, ImmutableSortedSet.copyOf(Arrays.asList(mitglieder)), null);
  }

  /**
   * {@return whether the network exists on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /**
   * {@return the same network existing during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Netzwerk withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Netzwerk(key, name, mitglieder, gueltigkeit);
  }
}
