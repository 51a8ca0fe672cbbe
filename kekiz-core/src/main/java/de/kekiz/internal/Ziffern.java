package de.kekiz.internal;

/**
 * The decimal digits of a {@code long}, shared by kekiz's exact arithmetic in {@code long} ({@link
 * Langteilung}, the monitoring's {@code Breitteilung}, {@code Wurzel}, the slope of {@code
 * Statistik} and the ranks of {@code Rangfolge}). Not API.
 */
public final class Ziffern {

  /** 10<sup>16</sup>: one digit more than {@link java.math.MathContext#DECIMAL64} keeps. */
  public static final long GRENZE = 10_000_000_000_000_000L;

  private static final long[] ZEHNER = new long[19];

  static {
    ZEHNER[0] = 1;
    for (int i = 1; i < ZEHNER.length; i++) {
      ZEHNER[i] = ZEHNER[i - 1] * 10;
    }
  }

  private Ziffern() {}

  /**
   * {@return 10<sup>n</sup>}
   *
   * @param n from 0 to 18
   */
  public static long zehnHoch(int n) {
    return ZEHNER[n];
  }

  /**
   * {@return the number of digits of {@code v} (at least 1), by its bit length}
   *
   * @param v from 0 to {@link Long#MAX_VALUE}
   */
  public static int stellen(long v) {
    int d = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12; // ⌊bits × log10(2)⌋ ≤ 18
    return v >= ZEHNER[d] ? d + 1 : d;
  }

  /**
   * {@return {@code w × 10^skala}, the digits of {@code w} at the larger scale {@code skala}, as a
   * {@code long}}
   *
   * @param w a number of at most 18 digits
   * @param skala a scale at least that of {@code w}
   * @throws ArithmeticException if the result does not fit a {@code long} or {@code skala} lies
   *     more than 18 places above the scale of {@code w}
   */
  public static long aufSkala(java.math.BigDecimal w, int skala) {
    long hoch = (long) skala - w.scale();
    if (hoch < 0 || hoch >= ZEHNER.length) {
      throw new ArithmeticException("scale " + skala + " is out of reach of " + w);
    }
    long unskaliert = w.scaleByPowerOfTen(w.scale()).longValueExact();
    return Math.multiplyExact(unskaliert, ZEHNER[(int) hoch]);
  }

  /**
   * {@return {@code v} read as an unsigned 64-bit number, as a {@code double} (rounded)}
   *
   * @param v the bits of an unsigned number
   */
  public static double vorzeichenlos(long v) {
    double d = (double) (v & Long.MAX_VALUE);
    return v < 0 ? d + 0x1p63 : d;
  }
}
