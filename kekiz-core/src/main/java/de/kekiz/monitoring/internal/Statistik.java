package de.kekiz.monitoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistics on {@link BigDecimal}: sums are exact, every division and the square root use {@link
 * MathContext#DECIMAL64} (16 significant digits, half-even), so results are the same on every
 * machine.
 */
public final class Statistik {
  private Statistik() {}

  /** The precision of every division and square root. */
  public static final MathContext MC = MathContext.DECIMAL64;

  /** The arithmetic mean; the list must not be empty. */
  public static BigDecimal mittelwert(List<BigDecimal> werte) {
    BigDecimal summe = BigDecimal.ZERO;
    for (BigDecimal w : werte) {
      summe = summe.add(w);
    }
    return summe.divide(BigDecimal.valueOf(werte.size()), MC);
  }

  /**
   * The population standard deviation {@code sqrt(Σ(x − mean)² / n)} (divisor n, not n − 1: the
   * Sozialräume of a Kommune are the whole population, not a sample). The squared deviations are
   * summed exactly from the exact differences {@code n·x − Σx}: {@code sd = sqrt(Σ(n·x − Σx)²) /
   * n^1.5} rearranged as {@code sqrt(Σ(n·x − Σx)² / n³)}.
   */
  public static BigDecimal standardabweichung(List<BigDecimal> werte) {
    int n = werte.size();
    BigDecimal summe = BigDecimal.ZERO;
    for (BigDecimal w : werte) {
      summe = summe.add(w);
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal quadrate = BigDecimal.ZERO;
    for (BigDecimal w : werte) {
      BigDecimal d = w.multiply(bn).subtract(summe);
      quadrate = quadrate.add(d.multiply(d));
    }
    if (quadrate.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return quadrate.divide(bn.pow(3), MC).sqrt(MC);
  }

  /**
   * The z-values {@code (x − mean) / sd} of {@code werte}, in their order, with the population
   * standard deviation; computed as {@code (n·x − Σx) / (n·sd)} so that only the division and the
   * square root round. All 0 if the values do not vary (sd = 0). The list must not be empty.
   */
  public static List<BigDecimal> zWerte(List<BigDecimal> werte) {
    int n = werte.size();
    BigDecimal summe = BigDecimal.ZERO;
    for (BigDecimal w : werte) {
      summe = summe.add(w);
    }
    BigDecimal sd = standardabweichung(werte);
    List<BigDecimal> z = new ArrayList<>(n);
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal teiler = sd.multiply(bn);
    for (BigDecimal w : werte) {
      z.add(sd.signum() == 0 ? BigDecimal.ZERO : w.multiply(bn).subtract(summe).divide(teiler, MC));
    }
    return z;
  }

  /**
   * The least-squares slope of {@code y} over {@code x}: {@code (nΣxy − ΣxΣy) / (nΣx² − (Σx)²)},
   * numerator and denominator exact, one division. Needs at least two distinct x.
   */
  public static BigDecimal steigung(int[] x, List<BigDecimal> y) {
    return steigung(x, y.toArray(new BigDecimal[0]));
  }

  /**
   * The least-squares slope of {@code y} over {@code x} as {@link #steigung(int[], List)} computes
   * it, from an array. The numerator {@code nΣxy − ΣxΣy} is summed as {@code Σ y·(n·x − Σx)}: the
   * same exact value, and the same scale (the largest scale of the {@code y}), with one
   * multiplication per value; so the division, and the result, are the same.
   */
  public static BigDecimal steigung(int[] x, BigDecimal[] y) {
    int n = x.length;
    long sx = 0;
    long sxx = 0;
    for (int i = 0; i < n; i++) {
      sx += x[i];
      sxx += (long) x[i] * x[i];
    }
    long nenner = n * sxx - sx * sx;
    if (nenner == 0) {
      throw new IllegalArgumentException("a slope needs at least two distinct x values");
    }
    BigDecimal zaehler = y[0].multiply(BigDecimal.valueOf(n * (long) x[0] - sx));
    for (int i = 1; i < n; i++) {
      zaehler = zaehler.add(y[i].multiply(BigDecimal.valueOf(n * (long) x[i] - sx)));
    }
    return zaehler.divide(BigDecimal.valueOf(nenner), MC);
  }
}
