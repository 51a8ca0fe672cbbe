package de.kekiz.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The division of two whole numbers with the result {@link BigDecimal#divide(BigDecimal,
 * MathContext)} gives under {@link MathContext#DECIMAL64} (16 significant digits, rounded half to
 * even, an exact quotient with its trailing zeros stripped down to the preferred scale), computed
 * with {@code long} arithmetic: the common case of the published figures (a count and a count) and
 * of the statistics on them. Not API: used by the value of an indicator and by the monitoring's
 * statistics.
 */
public final class Langteilung {

  private static final int STELLEN = 16; // the precision of DECIMAL64

  /** The largest divisor {@link #teile} takes: below 10^9, so that a remainder × 10^9 fits. */
  public static final long HOECHSTER_TEILER = 999_999_999L;

  private Langteilung() {}

  /**
   * {@return {@code ±(a / b) × 10^-skala} as {@code BigDecimal.valueOf(a, skala).divide(
   * BigDecimal.valueOf(b), DECIMAL64)} gives it (preferred scale {@code skala}), or {@code null} if
   * the whole part of the quotient has more than 16 digits (rounding it is left to {@link
   * BigDecimal})}
   *
   * @param a the dividend's digits, from 1 to {@link Long#MAX_VALUE}
   * @param b the divisor, from 1 to {@link #HOECHSTER_TEILER}
   * @param skala the dividend's scale, the preferred scale of the result
   * @param negativ whether the quotient is negative
   */
  public static @Nullable BigDecimal teile(long a, long b, int skala, boolean negativ) {
    long q = a / b;
    long r = a - q * b;
    if (q >= Ziffern.GRENZE) {
      return null;
    }
    int nachkomma = 0; // digits after the point of the quotient's digits
    if (r != 0) {
      if (q > 0) {
        nachkomma = STELLEN - Ziffern.stellen(q);
      } else {
        // a < b: the first significant digit is the e-th after the point, e ≥ 1 the least with
        // a × 10^e ≥ b; a × 10^(stellen(b) − stellen(a)) has as many digits as b: e is that
        // difference, or one more
        int e = Ziffern.stellen(b) - Ziffern.stellen(a);
        if (a * Ziffern.zehnHoch(e) < b) {
          e++;
        }
        nachkomma = e - 1 + STELLEN;
      }
      int offen = nachkomma;
      while (offen > 0 && r != 0) {
        int k = Math.min(9, offen);
        long t = r * Ziffern.zehnHoch(k);
        long ziffern = t / b;
        q = q * Ziffern.zehnHoch(k) + ziffern;
        r = t - ziffern * b;
        offen -= k;
      }
      if (r == 0) {
        // exact: strip the trailing zeros down to the preferred scale (offen zeros never appended)
        nachkomma -= offen;
        while (nachkomma > 0 && q % 10 == 0) {
          q /= 10;
          nachkomma--;
        }
      } else {
        long doppelt = 2 * r;
        if (doppelt > b || (doppelt == b && (q & 1) == 1)) {
          q++;
          if (q == Ziffern.GRENZE) {
            q = Ziffern.GRENZE / 10; // 9.99…95 up: one digit less
            nachkomma--;
          }
        }
      }
    }
    return BigDecimal.valueOf(negativ ? -q : q, skala + nachkomma);
  }
}
