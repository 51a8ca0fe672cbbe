package de.kekiz.domain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of money in euro, exact to the cent and never negative: a yearly grant, the fee of an
 * Angebot.
 *
 * <p>Always held with scale 2, so {@code 30000} and {@code 30000.00} are equal. {@link #toString()}
 * writes {@code 29958.39 EUR}, which {@link #parse(CharSequence)} reads back. Immutable and
 * thread-safe.
 *
 * @param euro the amount in euro, at most two decimal places, not negative
 */
public record Geldbetrag(BigDecimal euro) implements Comparable<Geldbetrag> {

  /** Zero euro. */
  public static final Geldbetrag NULL = new Geldbetrag(BigDecimal.ZERO);

  /**
   * @param euro the amount in euro; stored with scale 2
   * @throws IllegalArgumentException if {@code euro} is negative or has more than two decimal
   *     places (trailing zeros do not count)
   */
  public Geldbetrag {
    requireNonNull(euro, "euro");
    if (euro.signum() < 0) {
      throw new IllegalArgumentException(
          "Geldbetrag must not be negative, got " + euro.toPlainString());
    }
    if (euro.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "Geldbetrag needs at most 2 decimal places (cents), got " + euro.toPlainString());
    }
    euro = euro.setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * {@return {@code euro} euro, e.g. {@code of("29958.39")}}
   *
   * @param euro a plain decimal number with a point, no currency, e.g. {@code "29958.39"}
   * @throws IllegalArgumentException quoting {@code euro} if it is not a decimal number, or if it
   *     is negative or finer than a cent
   */
  public static Geldbetrag of(String euro) {
    try {
      return new Geldbetrag(new BigDecimal(euro));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Geldbetrag needs a decimal number, got '" + euro + "'", e);
    }
  }

  /**
   * {@return {@code euro} whole euro}
   *
   * @param euro the amount in whole euro, not negative
   * @throws IllegalArgumentException if {@code euro} is negative
   */
  public static Geldbetrag of(long euro) {
    return new Geldbetrag(BigDecimal.valueOf(euro));
  }

  /**
   * Reads the text form {@code 29958.39 EUR} (the currency suffix is optional).
   *
   * @param text the text form, as {@link #toString()} writes it
   * @return the amount
   * @throws IllegalArgumentException quoting the input if it is not an amount
   */
  public static Geldbetrag parse(CharSequence text) {
    String s = text.toString().strip();
    if (s.endsWith("EUR")) {
      s = s.substring(0, s.length() - 3).strip();
    }
    return of(s);
  }

  /**
   * {@return the sum of this and {@code other}}
   *
   * @param other the amount to add
   */
  public Geldbetrag plus(Geldbetrag other) {
    return new Geldbetrag(euro.add(other.euro));
  }

  /** {@return the German display form, e.g. {@code 29.958,39 €}} */
  public String deutsch() {
    DecimalFormat f =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    return f.format(euro) + " €";
  }

  @Override
  public int compareTo(Geldbetrag o) {
    return euro.compareTo(o.euro);
  }

  @Override
  public String toString() {
    return euro.toPlainString() + " EUR";
  }
}
