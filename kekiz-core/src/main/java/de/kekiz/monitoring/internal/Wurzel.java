package de.kekiz.monitoring.internal;

import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The square root {@link BigDecimal#sqrt(MathContext)} under {@link MathContext#DECIMAL64} of a
 * positive number of up to 18 digits, in {@code long} arithmetic with 128-bit intermediates: the
 * root to 16 digits is estimated in {@code double}, corrected exactly and rounded half to even (a
 * tie cannot occur), and given the scale {@link BigDecimal} gives it (the preferred scale {@code
 * scale / 2} as far as 16 digits allow, else the 16 digits). The standard deviation of the
 * Sozialindex takes one per indicator; {@link BigDecimal} takes its Newton steps in {@link
 * BigDecimal} arithmetic.
 */
public final class Wurzel {

  private static final double ZWEI_HOCH_64 = 0x1p64;

  private Wurzel() {}

  /**
   * {@code x.sqrt(DECIMAL64)}, in {@code long} for a positive {@code x} of at most 18 digits, else
   * by {@link BigDecimal}.
   *
   * @param x the radicand
   * @return the square root, equal in value and scale to {@code x.sqrt(MathContext.DECIMAL64)}
   * @throws ArithmeticException if {@code x} is negative
   */
  public static BigDecimal wurzel(BigDecimal x) {
    int s = x.scale();
    if (x.signum() <= 0 || x.precision() > 18 || s < -1_000_000 || s > 1_000_000) {
      return x.sqrt(MathContext.DECIMAL64);
    }
    long u = x.scaleByPowerOfTen(s).longValueExact();
    int d = Ziffern.stellen(u);
    // N = u·10^k with 31 or 32 digits and s + k even: sqrt(N) has 16 digits
    int k = 31 - d;
    if (((s + k) & 1) != 0) {
      k++;
    }
    int erst = 18 - d; // u·10^erst < 10^18
    long teil = u * Ziffern.zehnHoch(erst);
    long f = Ziffern.zehnHoch(k - erst); // k − erst ≤ 14
    long hoch = Math.multiplyHigh(teil, f);
    long tief = teil * f;
    long r = (long) Math.sqrt(hoch * ZWEI_HOCH_64 + Ziffern.vorzeichenlos(tief));
    while (vergleiche(r, hoch, tief) > 0) { // r² > N
      r--;
    }
    while (vergleiche(r + 1, hoch, tief) <= 0) { // (r + 1)² ≤ N
      r++;
    }
    long rest = tief - r * r; // N − r² ≤ 2r: the low 64 bits suffice
    int skala = (s + k) / 2;
    if (rest != 0 && rest > r) { // N > (r + ½)² = r² + r + ¼
      r++;
      if (r == Ziffern.GRENZE) {
        r = Ziffern.GRENZE / 10;
        skala--;
      }
    }
    int bevorzugt = s / 2;
    if (skala == bevorzugt) {
      return BigDecimal.valueOf(r, skala);
    }
    // the trailing zeros stripped, then as many as the preferred scale wants and 16 digits allow
    while (r % 10 == 0) {
      r /= 10;
      skala--;
    }
    if (skala < bevorzugt) {
      int frei = 16 - Ziffern.stellen(r);
      int mehr = Math.min(bevorzugt - skala, frei);
      r *= Ziffern.zehnHoch(mehr);
      skala += mehr;
    }
    return BigDecimal.valueOf(r, skala);
  }

  /** The sign of {@code r² − N} for {@code N} = (hoch, tief) as 128 bits, r below 2^63. */
  private static int vergleiche(long r, long hoch, long tief) {
    long qh = Math.multiplyHigh(r, r);
    long qt = r * r;
    if (qh != hoch) {
      return qh < hoch ? -1 : 1;
    }
    return Long.compareUnsigned(qt, tief);
  }
}
