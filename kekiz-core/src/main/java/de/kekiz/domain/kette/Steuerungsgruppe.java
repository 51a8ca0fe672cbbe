package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The high-ranking, cross-departmental body that steers the Präventionskette; in practice at least
 * Jugendhilfe, Gesundheit, Bildung, Integration and Soziales sit in it (not enforced: the areas are
 * free text). A body without recorded validity counts as existing on every day ({@link
 * Zeitraum#gilt}). Immutable and thread-safe.
 *
 * @param name the name, e.g. {@code Steuerungsgruppe Präventionskette Ahlen}
 * @param mitglieder the seats in the order given
 * @param gueltigkeit when the body exists, or {@code null} if not recorded
 */
public record Steuerungsgruppe(
    String name, List<Mitglied> mitglieder, @Nullable Zeitraum gueltigkeit) {

  /**
   * @param name the name, not blank
   * @param mitglieder the seats; copied
   * @param gueltigkeit when the body exists, or {@code null} if not recorded
   * @throws IllegalArgumentException if the name is blank
   */
  public Steuerungsgruppe {
    Pruefung.text(name, "Steuerungsgruppe name");
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /**
   * A body without recorded validity (existing on every day).
   *
   * @param name the name, not blank
   * @param mitglieder the seats in the order given
   * @throws IllegalArgumentException if the name is blank
   */
  public Steuerungsgruppe(String name, List<Mitglied> mitglieder) {
    this(name, mitglieder, null);
  }

  /** {@return the areas its members speak for, sorted, each once} */
  public ImmutableSortedSet<String> bereiche() {
    return mitglieder.stream()
        .map(Mitglied::bereich)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * {@return whether the body exists on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /**
   * {@return the same body existing during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Steuerungsgruppe withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Steuerungsgruppe(name, mitglieder, gueltigkeit);
  }

  /**
   * {@return the body as it was on {@code tag}: only the seats held that day}
   *
   * @param tag the day asked about
   */
  public Steuerungsgruppe am(LocalDate tag) {
    return new Steuerungsgruppe(
        name,
        mitglieder.stream().filter(m -> m.gueltigAm(tag)).collect(ImmutableList.toImmutableList()),
        gueltigkeit);
  }
}
