package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

/**
 * An organisation with a role in a programme, and the source that says so. Immutable and
 * thread-safe.
 *
 * @param name the organisation's name, not blank
 * @param rolle what it does for the programme
 * @param beleg where that is stated
 */
public record Programmakteur(String name, Programmrolle rolle, Beleg beleg) {

  /**
   * @param name the organisation's name
   * @param rolle what it does for the programme
   * @param beleg where that is stated
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Programmakteur {
    requireNonNull(name, "name");
    requireNonNull(rolle, "rolle");
    requireNonNull(beleg, "beleg");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Programmakteur (" + rolle + ") needs a name that is not blank, got '" + name + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param name the organisation's name, not blank
   * @param rolle what it does for the programme
   * @param beleg where that is stated
   * @return the organisation with its role
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Programmakteur of(String name, Programmrolle rolle, Beleg beleg) {
    return new Programmakteur(name, rolle, beleg);
  }
}
