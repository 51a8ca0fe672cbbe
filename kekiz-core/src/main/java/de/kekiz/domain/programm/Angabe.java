package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

/**
 * One published value and the source that states it: "the model phase ran to 2016, says the press
 * release of 2017". Immutable and thread-safe if {@code T} is.
 *
 * @param <T> the type of the value
 * @param wert the value
 * @param beleg where it is stated
 */
public record Angabe<T>(T wert, Beleg beleg) {

  /**
   * @param wert the value
   * @param beleg where it is stated
   */
  public Angabe {
    requireNonNull(wert, "wert");
    requireNonNull(beleg, "beleg");
  }

  /**
   * Same as the constructor.
   *
   * @param <T> the type of the value
   * @param wert the value
   * @param beleg where it is stated
   * @return the statement
   */
  public static <T> Angabe<T> of(T wert, Beleg beleg) {
    return new Angabe<>(wert, beleg);
  }
}
