package de.kekiz.monitoring.internal;

import de.kekiz.internal.Langteilung;
import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    return Wurzel.wurzel(Breitteilung.teile(quadrate, bn.pow(3))); // as divide(…, MC).sqrt(MC)
  }

  /**
   * The z-values {@code (x − mean) / sd} of {@code werte}, in their order, with the population
   * standard deviation; computed as {@code (n·x − Σx) / (n·sd)} so that only the division and the
   * square root round. All 0 if the values do not vary (sd = 0). The list must not be empty.
   */
  public static List<BigDecimal> zWerte(List<BigDecimal> werte) {
    return Arrays.asList(zWerte(werte.toArray(new BigDecimal[0]), werte.size()));
  }

  /**
   * The z-values of the first {@code n} (at least 1) of {@code werte}, as {@link #zWerte(List)}
   * computes them, from an array.
   *
   * @return the z-values, in the order of the values
   */
  public static BigDecimal[] zWerte(BigDecimal[] werte, int n) {
    // as standardabweichung computes sd, with each n·x − Σx computed once for sd and z
    BigDecimal summe = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      summe = summe.add(werte[i]);
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal[] d = new BigDecimal[n];
    BigDecimal quadrate = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      d[i] = werte[i].multiply(bn).subtract(summe);
      quadrate = quadrate.add(d[i].multiply(d[i]));
    }
    BigDecimal[] z = d; // each z replaces its difference
    if (quadrate.signum() == 0) {
      Arrays.fill(z, BigDecimal.ZERO);
      return z;
    }
    // as quadrate.divide(bn.pow(3), MC).sqrt(MC), in long where the numbers fit
    BigDecimal sd = Wurzel.wurzel(Breitteilung.teile(quadrate, bn.pow(3)));
    if (sd.signum() == 0) {
      Arrays.fill(z, BigDecimal.ZERO);
      return z;
    }
    BigDecimal teiler = sd.multiply(bn);
    for (int i = 0; i < n; i++) {
      z[i] = Breitteilung.teile(d[i], teiler); // as divide(teiler, MC)
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
    BigDecimal schnell = steigungInLong(x, y, sx, nenner);
    if (schnell != null) {
      return schnell;
    }
    BigDecimal zaehler = y[0].multiply(BigDecimal.valueOf(n * (long) x[0] - sx));
    for (int i = 1; i < n; i++) {
      zaehler = zaehler.add(y[i].multiply(BigDecimal.valueOf(n * (long) x[i] - sx)));
    }
    return zaehler.divide(BigDecimal.valueOf(nenner), MC);
  }

  /**
   * The slope as {@link #steigung(int[], BigDecimal[])} computes it, in {@code long}: the numerator
   * {@code Σ y·(n·x − Σx)} as an unscaled number at the largest scale of the {@code y}, divided by
   * {@code nenner} to 16 significant digits, half-even, an exact quotient stripped of trailing
   * zeros down to that scale (the preferred one) — what {@link BigDecimal#divide(BigDecimal,
   * MathContext)} gives. {@code null} where a number does not fit (then {@link BigDecimal} does
   * it).
   */
  private static @Nullable BigDecimal steigungInLong(
      int[] x, BigDecimal[] y, long sx, long nenner) {
    int n = x.length;
    if (nenner <= 0 || nenner >= 1_000_000_000L) {
      return null;
    }
    int skala = Integer.MIN_VALUE;
    for (BigDecimal w : y) {
      if (w.precision() > 18) {
        return null;
      }
      skala = Math.max(skala, w.scale());
    }
    if (skala > 1_000_000 || skala < -1_000_000) {
      return null; // no scale arithmetic near the int limits
    }
    long zaehler = 0;
    try {
      for (int i = 0; i < n; i++) {
        long summand = Math.multiplyExact(Ziffern.aufSkala(y[i], skala), n * (long) x[i] - sx);
        zaehler = Math.addExact(zaehler, summand);
      }
    } catch (ArithmeticException e) {
      return null; // does not fit in a long
    }
    if (zaehler == 0) {
      return BigDecimal.valueOf(0, skala);
    }
    if (zaehler == Long.MIN_VALUE) {
      return null;
    }
    return Langteilung.teile(Math.abs(zaehler), nenner, skala, zaehler < 0);
  }
}
