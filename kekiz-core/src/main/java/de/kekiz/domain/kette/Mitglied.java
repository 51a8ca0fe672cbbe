package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import de.kekiz.domain.AkteurId;
import org.jspecify.annotations.Nullable;

/**
 * A seat in the Steuerungsgruppe or an Arbeitsgemeinschaft: the function, the area it speaks for
 * and, where the seat is held for an actor of the chain, that actor.
 *
 * <p>The {@link Praeventionskette} checks that the actor exists there. Immutable and thread-safe.
 *
 * @param funktion the function, e.g. {@code Fachbereichsleitung}
 * @param bereich the area it speaks for, e.g. {@code Jugendhilfe}, {@code Gesundheit}
 * @param akteur the actor the seat is held for, or {@code null}
 */
public record Mitglied(String funktion, String bereich, @Nullable AkteurId akteur) {

  public Mitglied {
    Pruefung.text(funktion, "Mitglied funktion");
    Pruefung.text(bereich, "Mitglied bereich");
  }

  /** A seat not tied to an actor of the chain. */
  public static Mitglied of(String funktion, String bereich) {
    return new Mitglied(funktion, bereich, null);
  }

  /** A seat held for the actor {@code akteur}. */
  public static Mitglied fuer(String funktion, String bereich, AkteurId akteur) {
    return new Mitglied(funktion, bereich, requireNonNull(akteur, "akteur"));
  }
}
