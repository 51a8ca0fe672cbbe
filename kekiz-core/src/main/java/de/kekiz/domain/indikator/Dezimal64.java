package de.kekiz.domain.indikator;

import de.kekiz.internal.Langteilung;
import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The division of {@link Indikator#wert(Messwert)}: {@code a.divide(b, MathContext.DECIMAL64)}, the
 * same result in value and scale, computed with {@code long} arithmetic when both are positive
 * whole numbers (scale 0) with {@code a} below 10<sup>18</sup> and {@code b} below 10<sup>9</sup> —
 * the counts of almost every indicator. Anything else is left to {@link BigDecimal}.
 *
 * <p>The quotient is developed digit by digit from the remainder (in steps of at most nine digits,
 * so the remainder times 10<sup>9</sup> stays below 10<sup>18</sup>) to 16 significant digits and
 * rounded half-even, as {@link MathContext#DECIMAL64} does; an exact quotient loses its trailing
 * zeros down to scale 0 (the preferred scale of two scale-0 operands), an inexact one keeps all 16
 * digits.
 */
final class Dezimal64 {
  private static final BigDecimal MILLIARDE = BigDecimal.valueOf(1_000_000_000L);

  private Dezimal64() {}

  /**
   * {@return {@code a / b} rounded as {@link MathContext#DECIMAL64}, with the scale {@link
   * BigDecimal#divide(BigDecimal, MathContext)} gives}
   *
   * @param a the dividend
   * @param b the divisor, not 0
   */
  static BigDecimal teile(BigDecimal a, BigDecimal b) {
    if (a.scale() != 0
        || b.scale() != 0
        || a.signum() <= 0
        || b.signum() <= 0
        || a.precision() > 18
        || b.precision() > 9) {
      return a.divide(b, MathContext.DECIMAL64);
    }
    return teile(a.longValue(), b.longValue(), a, b);
  }

  /**
   * {@return {@code zaehler × faktor / nenner} as {@link #teile(BigDecimal, BigDecimal)} gives it
   * for {@code zaehler.multiply(faktor)} and {@code nenner}}, without building the product when
   * numerator, factor and denominator are positive whole numbers below 10<sup>9</sup> (so the
   * product stays below 10<sup>18</sup>) — the common case of a count, a factor such as 100 and a
   * count.
   *
   * @param zaehler the numerator
   * @param faktor the factor
   * @param faktorGanz the factor as a {@code long} if it is a whole number below 10<sup>9</sup>,
   *     else 0
   * @param nenner the denominator, greater than 0
   */
  static BigDecimal teile(
      BigDecimal zaehler, BigDecimal faktor, long faktorGanz, BigDecimal nenner) {
    if (faktorGanz > 0
        && zaehler.scale() == 0
        && nenner.scale() == 0
        && zaehler.signum() > 0
        && zaehler.compareTo(MILLIARDE) < 0 // compact and scale 0: compares two longs
        && nenner.compareTo(MILLIARDE) < 0) {
      return teile(zaehler.longValue() * faktorGanz, nenner.longValue(), null, nenner);
    }
    return teile(zaehler.multiply(faktor), nenner);
  }

  /**
   * {@return {@code faktor} as a {@code long} if it is a whole number from 1 to 10<sup>9</sup> − 1,
   * else 0 (see {@link #teile(BigDecimal, BigDecimal, long, BigDecimal)})}
   *
   * @param faktor a factor greater than 0
   */
  static long ganzerFaktor(BigDecimal faktor) {
    return faktor.scale() == 0 && faktor.signum() > 0 && faktor.compareTo(MILLIARDE) < 0
        ? faktor.longValue()
        : 0;
  }

  /**
   * The division of two positive longs, {@code x} below 10<sup>18</sup> and {@code y} below
   * 10<sup>9</sup>; {@code a} and {@code b} are their {@link BigDecimal} forms for the rare case
   * left to {@link BigDecimal} ({@code a} is built from {@code x} if {@code null}).
   */
  private static BigDecimal teile(long x, long y, @Nullable BigDecimal a, BigDecimal b) {
    BigDecimal q = Langteilung.teile(x, y, 0, false);
    // a whole part of more than 16 digits is rounded: rare, left to BigDecimal
    return q != null ? q : (a != null ? a : BigDecimal.valueOf(x)).divide(b, MathContext.DECIMAL64);
  }
}
