package de.kekiz.domain.indikator;

import java.math.BigDecimal;
import java.math.MathContext;

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
  private static final int STELLEN = 16;
  private static final long GRENZE = 10_000_000_000_000_000L; // 10^16: one digit too many
  private static final long[] ZEHNER = new long[19];

  static {
    ZEHNER[0] = 1;
    for (int i = 1; i < ZEHNER.length; i++) {
      ZEHNER[i] = ZEHNER[i - 1] * 10;
    }
  }

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
    long x = a.longValue();
    long y = b.longValue();
    long q = x / y;
    long r = x % y;
    if (q >= GRENZE) {
      return a.divide(b, MathContext.DECIMAL64); // rounding the whole part: rare, not done here
    }
    if (r == 0) {
      return BigDecimal.valueOf(q); // exact and whole: scale 0, the preferred one
    }
    // the digits after the point to reach 16 significant ones
    int nachkomma;
    if (q > 0) {
      nachkomma = STELLEN - stellen(q);
    } else {
      int e = 1; // x < y: the first significant digit is the e-th after the point
      while (x * ZEHNER[e] < y) {
        e++;
      }
      nachkomma = e - 1 + STELLEN;
    }
    int offen = nachkomma;
    while (offen > 0 && r != 0) {
      int k = Math.min(9, offen);
      long t = r * ZEHNER[k];
      q = q * ZEHNER[k] + t / y;
      r = t % y;
      offen -= k;
    }
    if (r == 0) {
      // exact: strip the trailing zeros down to scale 0 (offen zeros were never appended)
      int scale = nachkomma - offen;
      while (scale > 0 && q % 10 == 0) {
        q /= 10;
        scale--;
      }
      return BigDecimal.valueOf(q, scale);
    }
    long doppelt = 2 * r;
    if (doppelt > y || (doppelt == y && (q & 1) == 1)) {
      q++;
      if (q == GRENZE) {
        return BigDecimal.valueOf(GRENZE / 10, nachkomma - 1); // 9.99…95 up: one digit less
      }
    }
    return BigDecimal.valueOf(q, nachkomma);
  }

  private static int stellen(long v) {
    int n = 1;
    while (n < 19 && v >= ZEHNER[n]) {
      n++;
    }
    return n;
  }
}
