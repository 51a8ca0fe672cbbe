package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A cell key of the Cell Key Method: a number in {@code [0, 1)} that selects the noise of a cell
 * from its row of the {@link Ueberlagerungstabelle}. It is held as a fixed-point integer {@link
 * #wert()} in units of {@code 2^-32}, so the lookup is integer arithmetic and every key is exactly
 * representable as a decimal fraction (with at most 32 decimal places).
 *
 * <p>{@link CellKeyVerfahren#schluessel(String)} derives the key of a cell from its identity and
 * the Kommune's secret. {@link #toString()} shows the key as a decimal fraction ({@code "0.25"}),
 * which {@link #parse(String)} reads back. Immutable and thread-safe.
 *
 * @param wert the key in units of {@code 2^-32}, from 0 to {@code 2^32 − 1}
 */
public record Zellschluessel(long wert) {

  /** The number of units in {@code [0, 1)}: {@code 2^32}. */
  public static final long EINHEITEN = 1L << 32;

  private static final BigDecimal EINHEITEN_DEZIMAL = BigDecimal.valueOf(EINHEITEN);

  /**
   * Checks the key.
   *
   * @param wert the key in units of {@code 2^-32}, from 0 to {@code 2^32 − 1}
   * @throws IllegalArgumentException if {@code wert} is not from 0 to {@code 2^32 − 1}, quoting it
   */
  public Zellschluessel {
    if (wert < 0 || wert >= EINHEITEN) {
      throw new IllegalArgumentException(
          "Zellschluessel needs a value from 0 to 2^32 − 1 = " + (EINHEITEN - 1) + ", got " + wert);
    }
  }

  /**
   * The key {@code wert / 2^32}.
   *
   * @param wert the key in units of {@code 2^-32}, from 0 to {@code 2^32 − 1}
   * @return the key
   * @throws IllegalArgumentException if {@code wert} is out of range, quoting it
   */
  public static Zellschluessel of(long wert) {
    return new Zellschluessel(wert);
  }

  /**
   * Reads a key written by {@link #toString()}: a decimal fraction in {@code [0, 1)} that is a
   * multiple of {@code 2^-32}, e.g. {@code "0.25"} or {@code "0"}.
   *
   * @param text the decimal fraction
   * @return the key
   * @throws IllegalArgumentException if the text is not such a number, quoting it
   */
  public static Zellschluessel parse(String text) {
    requireNonNull(text, "text");
    BigDecimal bruch;
    try {
      bruch = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Zellschluessel needs a decimal fraction such as 0.25, got '" + text + "'", e);
    }
    BigDecimal einheiten = bruch.multiply(EINHEITEN_DEZIMAL);
    BigInteger ganz;
    try {
      ganz = einheiten.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Zellschluessel needs a multiple of 2^-32, got '" + text + "'", e);
    }
    if (ganz.signum() < 0 || ganz.compareTo(BigInteger.valueOf(EINHEITEN)) >= 0) {
      throw new IllegalArgumentException(
          "Zellschluessel needs a number from 0 (inclusive) to 1 (exclusive), got '" + text + "'");
    }
    return new Zellschluessel(ganz.longValueExact());
  }

  /** {@return the key as the exact fraction {@code wert / 2^32}} */
  public BigDecimal alsBruch() {
    BigDecimal bruch = BigDecimal.valueOf(wert).divide(EINHEITEN_DEZIMAL);
    return bruch.signum() == 0 ? BigDecimal.ZERO : bruch.stripTrailingZeros();
  }

  /** The key as an exact decimal fraction, e.g. {@code "0.25"}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return alsBruch().toPlainString();
  }
}
