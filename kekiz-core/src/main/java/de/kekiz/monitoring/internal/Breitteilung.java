package de.kekiz.monitoring.internal;

import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The division {@link BigDecimal#divide(BigDecimal, MathContext)} under {@link
 * MathContext#DECIMAL64} (16 significant digits, rounded half to even, an exact quotient with its
 * trailing zeros stripped down to the preferred scale) of two numbers whose digits fit a {@code
 * long}, in {@code long} arithmetic with 128-bit intermediates: the common case of the monitoring's
 * statistics on published values (16 digits each), whose divisors are too long for {@link
 * de.kekiz.internal.Langteilung}. The quotient's digits are estimated in {@code double} and then
 * corrected exactly, so the result is the one {@link BigDecimal} gives, digit for digit and scale
 * for scale.
 */
public final class Breitteilung {

  private static final double ZWEI_HOCH_64 = 0x1p64;

  private Breitteilung() {}

  /**
   * {@code dividend.divide(divisor, DECIMAL64)}, in {@code long} where the digits of both fit one;
   * else (or for a dividend of 0) by {@link BigDecimal}.
   *
   * @param dividend the dividend
   * @param divisor the divisor, not 0
   * @return the quotient, equal in value and scale to {@code dividend.divide(divisor,
   *     MathContext.DECIMAL64)}
   * @throws ArithmeticException if {@code divisor} is 0
   */
  public static BigDecimal teile(BigDecimal dividend, BigDecimal divisor) {
    int sa = dividend.signum();
    int sb = divisor.signum();
    if (sa != 0 && sb != 0 && dividend.precision() <= 19 && divisor.precision() <= 19) {
      long skala = (long) dividend.scale() - divisor.scale();
      if (skala > -1_000_000 && skala < 1_000_000) {
        long a = ziffern(dividend);
        long b = ziffern(divisor);
        BigDecimal q = a == 0 || b == 0 ? null : teile(a, b, (int) skala, sa != sb);
        if (q != null) {
          return q;
        }
      }
    }
    return dividend.divide(divisor, MathContext.DECIMAL64);
  }

  /** The unscaled value's magnitude, or 0 if it does not fit in a {@code long}. */
  private static long ziffern(BigDecimal x) {
    long v;
    try {
      v = x.scaleByPowerOfTen(x.scale()).longValueExact();
    } catch (ArithmeticException e) {
      return 0; // 19 digits beyond Long.MAX_VALUE
    }
    return v == Long.MIN_VALUE ? 0 : Math.abs(v);
  }

  /**
   * {@return {@code ±(a / b) × 10^-skala} as {@code BigDecimal.valueOf(a, skala).divide(
   * BigDecimal.valueOf(b), DECIMAL64)} gives it (preferred scale {@code skala}), or {@code null} if
   * the whole part of the quotient has more than 16 digits (rounding it is left to {@link
   * BigDecimal})}
   *
   * @param a the dividend's digits, at least 1
   * @param b the divisor, at least 1
   * @param skala the dividend's scale, the preferred scale of the result
   * @param negativ whether the quotient is negative
   */
  public static @Nullable BigDecimal teile(long a, long b, int skala, boolean negativ) {
    if (a < 1 || b < 1) {
      throw new IllegalArgumentException("1 ≤ a, b expected, got " + a + " and " + b);
    }
    long q = a < b ? 0 : a / b; // the relative deviation: mostly below the reference
    long r = a - q * b;
    if (q >= Ziffern.GRENZE) {
      return null;
    }
    if (r == 0) {
      return BigDecimal.valueOf(negativ ? -q : q, skala); // exact, at the preferred scale
    }
    // n digits after the point give 16 significant digits: a / b lies in [10^t, 10^(t+1)), n = 15 −
    // t
    int n;
    if (q > 0) {
      n = 16 - Ziffern.stellen(q);
    } else {
      // a·10^e has as many digits as b: below 10^19 < 2^64, compared without sign
      int e = Ziffern.stellen(b) - Ziffern.stellen(a);
      if (Long.compareUnsigned(a * Ziffern.zehnHoch(e), b) < 0) {
        e++;
      }
      n = 15 + e; // a / b in [10^-e, 10^-(e-1))
    }
    // the dividend a·10^n as 128 bits (hoch, tief): below b·10^16 < 2^117
    long hoch;
    long tief;
    int erst = Math.max(0, Math.min(n, 18 - Ziffern.stellen(a))); // a·10^erst fits; n − erst ≤ 17
    long teil = a * Ziffern.zehnHoch(erst);
    int rest = n - erst;
    if (rest == 0) {
      hoch = 0;
      tief = teil;
    } else {
      long f = Ziffern.zehnHoch(rest);
      hoch = Math.multiplyHigh(teil, f);
      tief = teil * f;
    }
    // the quotient estimated in double (off by a few units at most), then corrected exactly
    double geschaetzt = Math.floor((hoch * ZWEI_HOCH_64 + Ziffern.vorzeichenlos(tief)) / b);
    long ziffern = (long) geschaetzt;
    // rest = dividend − ziffern·b, as 128 bits
    long ph = Math.multiplyHigh(ziffern, b);
    long pt = ziffern * b;
    long rt = tief - pt;
    long rh = hoch - ph - (Long.compareUnsigned(tief, pt) < 0 ? 1 : 0);
    while (rh < 0) { // too many: give back b
      ziffern--;
      long neu = rt + b;
      rh += Long.compareUnsigned(neu, rt) < 0 ? 1 : 0;
      rt = neu;
    }
    while (rh > 0 || Long.compareUnsigned(rt, b) >= 0) { // too few: take b more
      ziffern++;
      long neu = rt - b;
      rh -= Long.compareUnsigned(rt, b) < 0 ? 1 : 0;
      rt = neu;
    }
    r = rt; // 0 ≤ r < b
    if (r == 0) {
      // exact: strip the trailing zeros down to the preferred scale
      while (n > 0 && ziffern % 10 == 0) {
        ziffern /= 10;
        n--;
      }
    } else if (r > b - r || (r == b - r && (ziffern & 1) == 1)) {
      ziffern++;
      if (ziffern == Ziffern.GRENZE) {
        ziffern = Ziffern.GRENZE / 10; // 9.99…95 up: one digit less
        n--;
      }
    }
    return BigDecimal.valueOf(negativ ? -ziffern : ziffern, skala + n);
  }
}
