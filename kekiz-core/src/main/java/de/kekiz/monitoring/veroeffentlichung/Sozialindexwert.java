package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialindex of one area.
 *
 * @param gebiet the area
 * @param index the index value (higher = greater need), or {@code null} if the area has no index or
 *     its index may not be published (it rests on a suppressed value)
 * @param klasse the class (Stufe) from 1 (lowest need) to {@link Sozialindex#klassen()}'s size, or
 *     {@code null} if the area has no index; a class is published even where the index is not
 * @param indikatoren the number of the index's indicators with a value for the area
 */
public record Sozialindexwert(
    Berichtsgebiet gebiet, @Nullable BigDecimal index, @Nullable Integer klasse, int indikatoren) {

  /**
   * Checks the class and the count.
   *
   * @param gebiet the area
   * @param index the index value (higher = greater need), or {@code null} if the area has no index
   *     or its index may not be published (it rests on a suppressed value)
   * @param klasse the class (Stufe) from 1 (lowest need) to {@link Sozialindex#klassen()}'s size,
   *     or {@code null} if the area has no index; a class is published even where the index is not
   * @param indikatoren the number of the index's indicators with a value for the area
   * @throws IllegalArgumentException if an index has no class, the class is below 1 or the count
   *     negative
   */
  public Sozialindexwert {
    requireNonNull(gebiet, "gebiet");
    if (index != null && klasse == null) {
      throw new IllegalArgumentException(
          "an index of " + gebiet.name() + " needs its class, got index " + index + " without");
    }
    if (klasse != null && klasse < 1) {
      throw new IllegalArgumentException("a class starts at 1, got " + klasse);
    }
    if (indikatoren < 0) {
      throw new IllegalArgumentException("a count cannot be negative, got " + indikatoren);
    }
  }

  /** {@return the index value, or empty if the area has none that may be published} */
  public Optional<BigDecimal> indexWert() {
    return Optional.ofNullable(index);
  }

  /** {@return the class, or empty if the area has no class} */
  public OptionalInt klasseWert() {
    return klasse == null ? OptionalInt.empty() : OptionalInt.of(klasse);
  }
}
