package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialindex of one area.
 *
 * @param gebiet the area
 * @param index the index value (higher = greater need), or {@code null} if too few publishable
 *     values exist for the area
 * @param klasse the class from 1 (lowest need) to {@link Sozialindex#klassen()}'s size, or
 *     {@code null} exactly when {@code index} is
 * @param indikatoren the number of indicators that went into the index
 */
public record Sozialindexwert(
    Gebiet gebiet, @Nullable BigDecimal index, @Nullable Integer klasse, int indikatoren) {

  /** @throws IllegalArgumentException if index and class are not both present or both absent */
  public Sozialindexwert {
    requireNonNull(gebiet, "gebiet");
    if ((index == null) != (klasse == null)) {
      throw new IllegalArgumentException(
          "index and class of " + gebiet.name() + " go together, got " + index + " and " + klasse);
    }
    if (klasse != null && klasse < 1) {
      throw new IllegalArgumentException("a class starts at 1, got " + klasse);
    }
    if (indikatoren < 0) {
      throw new IllegalArgumentException("a count cannot be negative, got " + indikatoren);
    }
  }

  /** The index, or empty. */
  public Optional<BigDecimal> indexWert() {
    return Optional.ofNullable(index);
  }

  /** The class, or empty. */
  public OptionalInt klasseWert() {
    return klasse == null ? OptionalInt.empty() : OptionalInt.of(klasse);
  }
}
