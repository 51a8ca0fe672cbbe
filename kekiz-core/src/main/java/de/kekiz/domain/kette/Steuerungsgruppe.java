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

  public Steuerungsgruppe {
    Pruefung.text(name, "Steuerungsgruppe name");
    mitglieder = ImmutableList.copyOf(requireNonNull(mitglieder, "mitglieder"));
  }

  /** A body without recorded validity (existing on every day). */
  public Steuerungsgruppe(String name, List<Mitglied> mitglieder) {
    this(name, mitglieder, null);
  }

  /** The areas its members speak for, sorted. */
  public ImmutableSortedSet<String> bereiche() {
    return mitglieder.stream()
        .map(Mitglied::bereich)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** Whether the body exists on {@code tag}. */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /** The same body existing during {@code gueltigkeit} ({@code null}: not recorded). */
  public Steuerungsgruppe withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Steuerungsgruppe(name, mitglieder, gueltigkeit);
  }

  /** The body as it was on {@code tag}: only the seats held that day. */
  public Steuerungsgruppe am(LocalDate tag) {
    return new Steuerungsgruppe(
        name,
        mitglieder.stream().filter(m -> m.gueltigAm(tag)).collect(ImmutableList.toImmutableList()),
        gueltigkeit);
  }
}
