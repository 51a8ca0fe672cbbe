package de.kekiz.domain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A share of a full-time position (Vollzeitäquivalent), e.g. {@code 0.5} for the half coordinator
 * post Ahlen funded from its grant.
 *
 * <p>Greater than 0, at most {@value #HOECHSTWERT} (several posts together), at most 4 decimal
 * places. Trailing zeros are stripped, so {@code 0.50} equals {@code 0.5}. {@link #toString()}
 * writes the plain number, which {@link #parse(CharSequence)} reads back. Immutable and
 * thread-safe.
 *
 * @param anteil the share of one full position
 */
public record Stellenanteil(BigDecimal anteil) implements Comparable<Stellenanteil> {

  /** The largest share accepted: more is taken for an input error. */
  public static final int HOECHSTWERT = 50;

  /**
   * @param anteil the share of one full position; stored with trailing zeros stripped
   * @throws IllegalArgumentException if {@code anteil} is not above 0 and at most {@value
   *     #HOECHSTWERT}, or has more than 4 decimal places (trailing zeros do not count)
   */
  public Stellenanteil {
    requireNonNull(anteil, "anteil");
    if (anteil.signum() <= 0 || anteil.compareTo(BigDecimal.valueOf(HOECHSTWERT)) > 0) {
      throw new IllegalArgumentException(
          "Stellenanteil needs a value above 0 and at most "
              + HOECHSTWERT
              + ", got "
              + anteil.toPlainString());
    }
    BigDecimal stripped = anteil.stripTrailingZeros();
    if (stripped.scale() > 4) {
      throw new IllegalArgumentException(
          "Stellenanteil needs at most 4 decimal places, got " + anteil.toPlainString());
    }
    anteil = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A full position. */
  public static final Stellenanteil VOLLZEIT = new Stellenanteil(BigDecimal.ONE);

  /**
   * Reads {@code 0.5}; see the class comment for what is accepted.
   *
   * @param text a plain decimal number with a point; blanks around it are ignored
   * @return the share
   * @throws IllegalArgumentException quoting the input if it is not a decimal number or out of
   *     bounds
   */
  public static Stellenanteil parse(CharSequence text) {
    try {
      return new Stellenanteil(new BigDecimal(text.toString().strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Stellenanteil needs a decimal number such as 0.5, got '" + text + "'", e);
    }
  }

  /**
   * Same as {@link #parse(CharSequence)}.
   *
   * @param anteil a plain decimal number with a point, e.g. {@code "0.5"}
   * @return the share
   * @throws IllegalArgumentException quoting the input if it is not a decimal number or out of
   *     bounds
   */
  public static Stellenanteil of(String anteil) {
    return parse(anteil);
  }

  @Override
  public int compareTo(Stellenanteil o) {
    return anteil.compareTo(o.anteil);
  }

  @Override
  public String toString() {
    return anteil.toPlainString();
  }
}
