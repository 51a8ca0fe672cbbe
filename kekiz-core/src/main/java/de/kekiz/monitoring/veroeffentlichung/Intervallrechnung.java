package de.kekiz.monitoring.veroeffentlichung;

import de.kekiz.monitoring.internal.Statistik;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of the effect comparison, on {@link BigDecimal} only: Wilson score intervals for
 * single proportions and the MOVER combination (method of variance estimates recovery) of them for
 * a difference of proportions (Newcombe's method 10) and a difference of differences.
 *
 * <p>Every division and square root uses {@link Statistik#MC} (16 significant digits, half-even);
 * results are rounded once, at the end, half-up to {@value #STELLEN} decimal places of the fraction
 * (0.000001 = 0.0001 percentage points).
 *
 * <p>References: E. B. Wilson, Probable inference, the law of succession, and statistical
 * inference, JASA 22 (1927) 209–212; R. G. Newcombe, Two-sided confidence intervals for the single
 * proportion, Statistics in Medicine 17 (1998) 857–872 (method 3); R. G. Newcombe, Interval
 * estimation for the difference between independent proportions, Statistics in Medicine 17 (1998)
 * 873–890 (method 10); G. Y. Zou and A. Donner, Construction of confidence limits about effect
 * measures: a general approach, Statistics in Medicine 27 (2008) 1693–1702 (MOVER for any linear
 * combination of independent parameters).
 */
final class Intervallrechnung {

  /** Decimal places of every published fraction. */
  static final int STELLEN = 6;

  /** The 97.5 % quantile of the standard normal distribution (two-sided 95 %). */
  static final BigDecimal Z = new BigDecimal("1.959963984540054");

  private static final MathContext MC = Statistik.MC;
  private static final BigDecimal Z2 = Z.multiply(Z);
  private static final BigDecimal ZWEI = BigDecimal.valueOf(2);
  private static final BigDecimal VIER = BigDecimal.valueOf(4);

  private Intervallrechnung() {}

  /** A proportion with its Wilson bounds, unrounded. */
  record Schaetzung(BigDecimal anteil, BigDecimal untere, BigDecimal obere) {}

  /** A term of a linear combination: {@code +1} or {@code -1} times a proportion. */
  record Term(int vorzeichen, Schaetzung schaetzung) {}

  /**
   * {@code zaehler / nenner} with its Wilson score interval: centre {@code (x + z²/2) / (n + z²)},
   * half width {@code z·sqrt(x(n − x)/n + z²/4) / (n + z²)}, bounds kept within [0, 1] (at x = 0 or
   * x = n the formula gives exactly 0 or 1; the clamp removes the last digit's rounding).
   */
  static Schaetzung wilson(long zaehler, long nenner) {
    BigDecimal x = BigDecimal.valueOf(zaehler);
    BigDecimal n = BigDecimal.valueOf(nenner);
    BigDecimal nz = n.add(Z2);
    BigDecimal mitte = x.add(Z2.divide(ZWEI, MC)).divide(nz, MC);
    BigDecimal radikand = x.multiply(n.subtract(x)).divide(n, MC).add(Z2.divide(VIER, MC), MC);
    BigDecimal halb = Z.multiply(radikand.sqrt(MC), MC).divide(nz, MC);
    BigDecimal untere = mitte.subtract(halb, MC).max(BigDecimal.ZERO);
    BigDecimal obere = mitte.add(halb, MC).min(BigDecimal.ONE);
    return new Schaetzung(x.divide(n, MC), untere, obere);
  }

  /**
   * The MOVER interval of {@code Σ vorzeichen·p}: with {@code D} the combination of the
   * proportions, {@code L = D − sqrt(Σ (p − l)² over + terms + Σ (u − p)² over − terms)} and {@code
   * U = D + sqrt(Σ (u − p)² over + terms + Σ (p − l)² over − terms)}. For two terms this is
   * Newcombe's method 10. The proportions must be independent.
   */
  static BigDecimal[] mover(List<Term> terme) {
    BigDecimal d = BigDecimal.ZERO;
    BigDecimal unten = BigDecimal.ZERO;
    BigDecimal oben = BigDecimal.ZERO;
    for (Term t : terme) {
      Schaetzung s = t.schaetzung();
      BigDecimal abU = s.anteil().subtract(s.untere());
      BigDecimal abO = s.obere().subtract(s.anteil());
      if (t.vorzeichen() > 0) {
        d = d.add(s.anteil());
        unten = unten.add(abU.multiply(abU));
        oben = oben.add(abO.multiply(abO));
      } else {
        d = d.subtract(s.anteil());
        unten = unten.add(abO.multiply(abO));
        oben = oben.add(abU.multiply(abU));
      }
    }
    return new BigDecimal[] {d, d.subtract(unten.sqrt(MC), MC), d.add(oben.sqrt(MC), MC)};
  }

  /** {@code x} rounded half-up to {@link #STELLEN} places. */
  static BigDecimal runde(BigDecimal x) {
    return x.setScale(STELLEN, RoundingMode.HALF_UP);
  }

  /** The rounded interval of {@link #mover(List)}'s result. */
  static Konfidenzintervall intervall(BigDecimal[] mover) {
    return new Konfidenzintervall(runde(mover[1]), runde(mover[2]));
  }
}
