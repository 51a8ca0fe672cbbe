package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How far a value may lie from its reference and still count as "as expected": either an absolute
 * band in the indicator's unit (e.g. ±2 percentage points) or a band relative to the reference
 * value (e.g. ±10 % of the Kommune's value). The band includes its limits.
 *
 * <p>The default {@link #STANDARD} is ±10 % of the reference value: wide enough that ordinary
 * year-to-year noise of a district is not flagged, narrow enough that a district with a Kinderarmut
 * rate of 22 % against the Kommune's 18 % (+22 %) is. Immutable and thread-safe.
 *
 * @param art absolute or relative
 * @param betrag the half-width of the band: in the indicator's unit ({@link Art#ABSOLUT}) or in
 *     percent of the reference value ({@link Art#RELATIV}); not negative
 */
public record Toleranz(Art art, BigDecimal betrag) {

  /** ±10 % of the reference value. */
  public static final Toleranz STANDARD = new Toleranz(Art.RELATIV, BigDecimal.TEN);

  /** Whether the band is absolute or relative to the reference. */
  public enum Art {
    /** The band is {@code betrag} in the indicator's unit. */
    ABSOLUT,
    /** The band is {@code betrag} percent of the reference value's magnitude. */
    RELATIV
  }

  /**
   * Checks the band.
   *
   * @param art absolute or relative
   * @param betrag the half-width of the band: in the indicator's unit ({@link Art#ABSOLUT}) or in
   *     percent of the reference value ({@link Art#RELATIV}); not negative
   * @throws IllegalArgumentException quoting a negative {@code betrag}
   */
  public Toleranz {
    requireNonNull(art, "art");
    requireNonNull(betrag, "betrag");
    if (betrag.signum() < 0) {
      throw new IllegalArgumentException(
          "Toleranz needs a band of at least 0, got " + betrag.toPlainString());
    }
  }

  /**
   * A band of ±{@code betrag} in the indicator's unit, e.g. {@code "2"} percentage points.
   *
   * @param betrag the half-width of the band in the indicator's unit, a decimal number with a
   *     point, not negative
   * @return the band
   * @throws IllegalArgumentException if {@code betrag} is not a decimal number or negative
   */
  public static Toleranz absolut(String betrag) {
    return new Toleranz(Art.ABSOLUT, zahl(betrag));
  }

  /**
   * A band of ±{@code prozent} percent of the reference value, e.g. {@code "10"}.
   *
   * @param prozent the half-width of the band in percent of the reference value, a decimal number
   *     with a point, not negative
   * @return the band
   * @throws IllegalArgumentException if {@code prozent} is not a decimal number or negative
   */
  public static Toleranz relativ(String prozent) {
    return new Toleranz(Art.RELATIV, zahl(prozent));
  }

  private static BigDecimal zahl(String text) {
    requireNonNull(text, "betrag");
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Toleranz needs a decimal number such as 10 or 2.5, got '" + text + "'", e);
    }
  }

  /**
   * Whether {@code abweichung} (value minus reference) lies inside the band around {@code
   * referenz}; exact, no rounding. A relative band around a reference of 0 is 0 wide.
   *
   * @param abweichung value minus reference
   * @param referenz the reference value, for a relative band
   * @return whether the deviation's magnitude is at most the band's half-width (the edges belong to
   *     the band)
   */
  public boolean enthaelt(BigDecimal abweichung, BigDecimal referenz) {
    if (art == Art.ABSOLUT) {
      return abweichung.abs().compareTo(betrag) <= 0;
    }
    // |abweichung| ≤ |referenz| × betrag / 100  ⇔  100 × |abweichung| ≤ |referenz| × betrag
    return enthaelt(abweichung, abweichung.scaleByPowerOfTen(2), referenz);
  }

  /**
   * {@link #enthaelt(BigDecimal, BigDecimal)} with {@code abweichung × 100} already at hand as
   * {@code hundertfach} (any scale: only its value is compared).
   */
  boolean enthaelt(BigDecimal abweichung, BigDecimal hundertfach, BigDecimal referenz) {
    if (art == Art.ABSOLUT) {
      return abweichung.abs().compareTo(betrag) <= 0;
    }
    // decided in double where the two sides lie far further apart than its rounding errors (a
    // few units in the 16th digit), exactly otherwise
    double links = Math.abs(naeherung(hundertfach));
    double rechts = Math.abs(naeherung(referenz)) * naeherung(betrag);
    double abstand = links - rechts; // NaN if a number has no approximation
    double unschaerfe = 1e-9 * Math.max(links, rechts);
    if (abstand > unschaerfe) {
      return false;
    }
    if (-abstand > unschaerfe) {
      return true;
    }
    return hundertfach.abs().compareTo(referenz.abs().multiply(betrag)) <= 0;
  }

  /**
   * {@link #enthaelt(BigDecimal, BigDecimal, BigDecimal)} for the deviation {@code abweichung ×
   * 10^-skala} and the reference {@code referenz × 10^-referenzskala}, given by their digits:
   * exactly, in {@code long} ({@code 100·|a| ≤ |r|·betrag} at a common scale for a relative band);
   * {@code null} where a number does not fit a {@code long} (then {@link BigDecimal} decides).
   *
   * @param abweichung the digits of value minus reference, not {@link Long#MIN_VALUE}
   * @param skala their scale, within ±1,000,000
   * @param referenz the digits of the reference value, at most 18 of them
   * @param referenzskala their scale, within ±1,000,000
   */
  @Nullable Boolean enthaelt(long abweichung, int skala, long referenz, int referenzskala) {
    if (betrag.precision() > 18) {
      return null;
    }
    int bs = betrag.scale();
    try {
      long b = Ziffern.aufSkala(betrag, bs);
      long links;
      long rechts;
      if (art == Art.ABSOLUT) {
        // |a|·10^-skala ≤ b·10^-bs
        long s = Math.max(skala, bs);
        links = Math.multiplyExact(Math.abs(abweichung), zehnHoch(s - skala));
        rechts = Math.multiplyExact(b, zehnHoch(s - bs));
      } else {
        // 100·|a|·10^-skala ≤ |r|·b·10^-(referenzskala + bs)
        long rb = (long) referenzskala + bs;
        long s = Math.max(skala, rb);
        links =
            Math.multiplyExact(Math.multiplyExact(Math.abs(abweichung), 100), zehnHoch(s - skala));
        rechts = Math.multiplyExact(Math.multiplyExact(Math.abs(referenz), b), zehnHoch(s - rb));
      }
      return links <= rechts;
    } catch (ArithmeticException e) {
      return null; // does not fit in a long
    }
  }

  /** 10<sup>n</sup>; an {@link ArithmeticException} unless 0 ≤ n ≤ 18. */
  private static long zehnHoch(long n) {
    if (n < 0 || n > 18) {
      throw new ArithmeticException("10^" + n + " does not fit in a long");
    }
    return Ziffern.zehnHoch((int) n);
  }

  /** The exact powers of ten a {@code double} holds. */
  private static final double[] ZEHN = new double[23];

  static {
    ZEHN[0] = 1;
    for (int i = 1; i < ZEHN.length; i++) {
      ZEHN[i] = ZEHN[i - 1] * 10;
    }
  }

  /**
   * {@code x} as a {@code double} to within a few units in its last place (its digits and the power
   * of ten each rounded once), or NaN if its digits or scale lie outside that quick way.
   */
  static double naeherung(BigDecimal x) {
    int s = x.scale();
    if (x.precision() > 18 || s < -22 || s > 22) {
      return Double.NaN;
    }
    double u = (double) x.scaleByPowerOfTen(s).longValueExact();
    return s >= 0 ? u / ZEHN[s] : u * ZEHN[-s];
  }

  /** E.g. {@code ±10 %} or {@code ±2 (absolut)}. */
  @Override
  public String toString() {
    return "±" + betrag.toPlainString() + (art == Art.RELATIV ? " %" : " (absolut)");
  }
}
