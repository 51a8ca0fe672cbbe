package de.kekiz.domain.angebot;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.internal.Pruefung;
import org.jspecify.annotations.Nullable;

/**
 * How many places an Angebot has and how many are free (HSDS has no field for it; the domain needs
 * it).
 *
 * <p>Rule: there are not more free places than places ({@code kapazitaet.mehr-freie-als-plaetze}).
 * Immutable and thread-safe.
 *
 * @param plaetze the number of places, at least 1
 * @param freiePlaetze the free places now, from 0, or {@code null} if unknown
 * @param einheit what a place is, e.g. {@code Kinder}, {@code Familien}, {@code Gruppenplätze}
 */
public record Kapazitaet(int plaetze, @Nullable Integer freiePlaetze, String einheit) {

  /**
   * @param plaetze the number of places, at least 1
   * @param freiePlaetze the free places now, from 0, or {@code null} if unknown
   * @param einheit what a place is, not blank
   * @throws IllegalArgumentException if a number is out of range or {@code einheit} is blank
   * @throws RegelverstossException if there are more free places than places
   */
  public Kapazitaet {
    if (plaetze < 1) {
      throw new IllegalArgumentException("Kapazitaet needs at least 1 place, got " + plaetze);
    }
    if (freiePlaetze != null && freiePlaetze < 0) {
      throw new IllegalArgumentException(
          "Kapazitaet needs 0 or more free places, got " + freiePlaetze);
    }
    Pruefung.text(einheit, "Kapazitaet einheit");
    RegelverstossException.pruefe(
        freiePlaetze == null || freiePlaetze <= plaetze,
        "kapazitaet.mehr-freie-als-plaetze",
        "Kapazitaet " + plaetze + " " + einheit,
        freiePlaetze + " free places exceed the " + plaetze + " places");
  }

  /**
   * {@return {@code plaetze} places of {@code einheit}, free places unknown}
   *
   * @param plaetze the number of places, at least 1
   * @param einheit what a place is, e.g. {@code Kinder}, not blank
   * @throws IllegalArgumentException if {@code plaetze} is below 1 or {@code einheit} is blank
   */
  public static Kapazitaet of(int plaetze, String einheit) {
    return new Kapazitaet(plaetze, null, einheit);
  }

  /**
   * {@return the same capacity with {@code frei} free places}
   *
   * @param frei the free places now, from 0 to {@link #plaetze()}
   * @throws IllegalArgumentException if {@code frei} is negative
   * @throws RegelverstossException if {@code frei} exceeds the places
   */
  public Kapazitaet withFreienPlaetzen(int frei) {
    return new Kapazitaet(plaetze, frei, einheit);
  }

  /** {@return whether it is known that no place is free (false if the free places are unknown)} */
  public boolean ausgebucht() {
    return freiePlaetze != null && freiePlaetze == 0;
  }
}
