package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.programm.Beleg;

/**
 * A Kommune presents a practice of its own at a Lernnetzwerk meeting, e.g. Ahlen its
 * Steuerungsstruktur. Immutable and thread-safe.
 *
 * @param kommune the presenting Kommune
 * @param titel what was presented, in the source's words, not blank
 * @param bezug the part of the Kommune's model presented
 * @param beleg where it is reported
 */
public record Beitrag(Gemeindeschluessel kommune, String titel, Praxisbezug bezug, Beleg beleg) {

  /**
   * @param kommune the presenting Kommune
   * @param titel what was presented, in the source's words
   * @param bezug the part of the Kommune's model presented
   * @param beleg where it is reported
   * @throws IllegalArgumentException if {@code titel} is blank
   */
  public Beitrag {
    requireNonNull(kommune, "kommune");
    requireNonNull(titel, "titel");
    requireNonNull(bezug, "bezug");
    requireNonNull(beleg, "beleg");
    if (titel.isBlank()) {
      throw new IllegalArgumentException(
          "Beitrag of " + kommune + " needs a title that is not blank, got '" + titel + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param kommune the presenting Kommune
   * @param titel what was presented, in the source's words, not blank
   * @param bezug the part of the Kommune's model presented
   * @param beleg where it is reported
   * @return the contribution
   * @throws IllegalArgumentException if {@code titel} is blank
   */
  public static Beitrag of(
      Gemeindeschluessel kommune, String titel, Praxisbezug bezug, Beleg beleg) {
    return new Beitrag(kommune, titel, bezug, beleg);
  }
}
