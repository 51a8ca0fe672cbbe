package de.kekiz.domain.angebot;

import de.kekiz.domain.Regelverstoss;
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

  public Kapazitaet {
    if (plaetze < 1) {
      throw new IllegalArgumentException("Kapazitaet needs at least 1 place, got " + plaetze);
    }
    if (freiePlaetze != null && freiePlaetze < 0) {
      throw new IllegalArgumentException(
          "Kapazitaet needs 0 or more free places, got " + freiePlaetze);
    }
    Pruefung.text(einheit, "Kapazitaet einheit");
    Regelverstoss.pruefe(
        freiePlaetze == null || freiePlaetze <= plaetze,
        "kapazitaet.mehr-freie-als-plaetze",
        "Kapazitaet " + plaetze + " " + einheit,
        freiePlaetze + " free places exceed the " + plaetze + " places");
  }

  /** {@code plaetze} places of {@code einheit}, free places unknown. */
  public static Kapazitaet of(int plaetze, String einheit) {
    return new Kapazitaet(plaetze, null, einheit);
  }

  /** The same capacity with {@code frei} free places. */
  public Kapazitaet withFreienPlaetzen(int frei) {
    return new Kapazitaet(plaetze, frei, einheit);
  }

  /** Whether it is known that no place is free. */
  public boolean ausgebucht() {
    return freiePlaetze != null && freiePlaetze == 0;
  }
}
