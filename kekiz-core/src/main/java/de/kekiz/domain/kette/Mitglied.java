package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A seat in the Steuerungsgruppe or an Arbeitsgemeinschaft: the function, the area it speaks for,
 * where the seat is held for an actor of the chain that actor, and since when (and until when) the
 * seat is held.
 *
 * <p>The {@link Praeventionskette} checks that the actor exists there. A seat without recorded
 * validity counts as held on every day ({@link Zeitraum#gilt}). Immutable and thread-safe.
 *
 * @param funktion the function, e.g. {@code Fachbereichsleitung}
 * @param bereich the area it speaks for, e.g. {@code Jugendhilfe}, {@code Gesundheit}
 * @param akteur the actor the seat is held for, or {@code null}
 * @param gueltigkeit when the seat is held, or {@code null} if not recorded
 */
public record Mitglied(
    String funktion, String bereich, @Nullable AkteurId akteur, @Nullable Zeitraum gueltigkeit) {

  /**
   * @param funktion the function, not blank
   * @param bereich the area it speaks for, not blank
   * @param akteur the actor the seat is held for, or {@code null}
   * @param gueltigkeit when the seat is held, or {@code null} if not recorded
   * @throws IllegalArgumentException if a text is blank
   */
  public Mitglied {
    Pruefung.text(funktion, "Mitglied funktion");
    Pruefung.text(bereich, "Mitglied bereich");
  }

  /**
   * A seat without recorded validity (valid on every day).
   *
   * @param funktion the function, not blank
   * @param bereich the area it speaks for, not blank
   * @param akteur the actor the seat is held for, or {@code null}
   * @throws IllegalArgumentException if a text is blank
   */
  public Mitglied(String funktion, String bereich, @Nullable AkteurId akteur) {
    this(funktion, bereich, akteur, null);
  }

  /**
   * {@return a seat not tied to an actor of the chain, without recorded validity}
   *
   * @param funktion the function, e.g. {@code Fachbereichsleitung}, not blank
   * @param bereich the area it speaks for, e.g. {@code Jugendhilfe}, not blank
   * @throws IllegalArgumentException if a text is blank
   */
  public static Mitglied of(String funktion, String bereich) {
    return new Mitglied(funktion, bereich, null, null);
  }

  /**
   * {@return a seat held for the actor {@code akteur}, without recorded validity}
   *
   * @param funktion the function, not blank
   * @param bereich the area it speaks for, not blank
   * @param akteur the actor of the chain
   * @throws IllegalArgumentException if a text is blank
   */
  public static Mitglied fuer(String funktion, String bereich, AkteurId akteur) {
    return new Mitglied(funktion, bereich, requireNonNull(akteur, "akteur"), null);
  }

  /**
   * {@return the same seat held during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Mitglied withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Mitglied(funktion, bereich, akteur, gueltigkeit);
  }

  /**
   * {@return whether the seat is held on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }
}
