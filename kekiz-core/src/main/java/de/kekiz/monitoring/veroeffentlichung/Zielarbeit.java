package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kommune.SozialraumId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Who does what where, and since when" for one Handlungsziel, as a report of a reference date
 * shows it: one contribution (Zielbeitrag) of the Präventionskette as it was on that date, with the
 * name of the Angebot, Arbeitsgemeinschaft or Akteur, where it works and since when. No figure:
 * nothing here needs the protection of small numbers. Immutable and thread-safe.
 *
 * @param leitziel the title of the Leitziel the Handlungsziel belongs to, or {@code ""} if the
 *     Leitbild does not name the Handlungsziel
 * @param handlungszielKey the key of the Handlungsziel, e.g. {@code 1.1}
 * @param handlungsziel the title of the Handlungsziel, or its key if the Leitbild does not name it
 * @param art what kind of part works on it
 * @param name the name of the Angebot, Arbeitsgemeinschaft or Akteur
 * @param aufgabe what it does for the goal, or {@code null}
 * @param sozialraeume where an Angebot is offered (its Sozialräume); empty for an
 *     Arbeitsgemeinschaft or an Akteur, which work for the whole Kommune
 * @param seit since when it works on the goal ({@link
 *     de.kekiz.domain.kette.Praeventionskette#seit}), or {@code null} if no date is recorded
 */
public record Zielarbeit(
    String leitziel,
    String handlungszielKey,
    String handlungsziel,
    Beitragsart art,
    String name,
    @Nullable String aufgabe,
    List<SozialraumId> sozialraeume,
    @Nullable LocalDate seit) {

  /**
   * Checks that every component other than the optional ones is given, and copies the Sozialräume.
   *
   * @param leitziel the title of the Leitziel the Handlungsziel belongs to, or {@code ""} if the
   *     Leitbild does not name the Handlungsziel
   * @param handlungszielKey the key of the Handlungsziel, e.g. {@code 1.1}
   * @param handlungsziel the title of the Handlungsziel, or its key if the Leitbild does not name
   *     it
   * @param art what kind of part works on it
   * @param name the name of the Angebot, Arbeitsgemeinschaft or Akteur
   * @param aufgabe what it does for the goal, or {@code null}
   * @param sozialraeume where an Angebot is offered (its Sozialräume); empty for an
   *     Arbeitsgemeinschaft or an Akteur, which work for the whole Kommune
   * @param seit since when it works on the goal ({@link
   *     de.kekiz.domain.kette.Praeventionskette#seit}), or {@code null} if no date is recorded
   * @throws NullPointerException naming a missing component
   */
  public Zielarbeit {
    requireNonNull(leitziel, "leitziel");
    requireNonNull(handlungszielKey, "handlungszielKey");
    requireNonNull(handlungsziel, "handlungsziel");
    requireNonNull(art, "art");
    requireNonNull(name, "name");
    sozialraeume = ImmutableList.copyOf(requireNonNull(sozialraeume, "sozialraeume"));
  }

  /** {@return since when it works on the goal, or empty if not recorded} */
  public Optional<LocalDate> seitWert() {
    return Optional.ofNullable(seit);
  }

  /** {@return what it does for the goal, or empty if not recorded} */
  public Optional<String> aufgabeWert() {
    return Optional.ofNullable(aufgabe);
  }
}
