package de.kekiz.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Ranks with ties, deterministic whatever the input order. */
public final class Rangfolge {
  private Rangfolge() {}

  /**
   * Competition ranks ("1224"): rank 1 for the first value in the order ({@code absteigend}: the
   * highest first, else the lowest first); equal values (by {@code compareTo}) share the best rank
   * of their group, and the next rank skips as many places as the group had members.
   *
   * @return the rank of each value, at the value's index
   */
  public static int[] raenge(List<BigDecimal> werte, boolean absteigend) {
    return raenge(werte.toArray(new BigDecimal[0]), absteigend);
  }

  /**
   * The competition ranks of {@code werte} as {@link #raenge(List, boolean)} gives them, from an
   * array.
   *
   * @return the rank of each value, at the value's index
   */
  public static int[] raenge(BigDecimal[] werte, boolean absteigend) {
    long[] schluessel = schluessel(werte);
    if (schluessel != null) {
      return raenge(schluessel, absteigend);
    }
    int n = werte.length;
    // the indexes in rank order: binary insertion, each after the equal values placed before it,
    // so equal values keep their index order
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      BigDecimal w = werte[i];
      int lo = 0;
      int hi = i;
      while (lo < hi) {
        int mitte = (lo + hi) >>> 1;
        int c = werte[idx[mitte]].compareTo(w);
        if (absteigend ? c >= 0 : c <= 0) {
          lo = mitte + 1;
        } else {
          hi = mitte;
        }
      }
      System.arraycopy(idx, lo, idx, lo + 1, i - lo);
      idx[lo] = i;
    }
    int[] rang = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int i = idx[pos];
      if (pos > 0 && werte[idx[pos - 1]].compareTo(werte[i]) == 0) {
        rang[i] = rang[idx[pos - 1]];
      } else {
        rang[i] = pos + 1;
      }
    }
    return rang;
  }

  private static final long[] ZEHNER = new long[19];

  static {
    ZEHNER[0] = 1;
    for (int i = 1; i < ZEHNER.length; i++) {
      ZEHNER[i] = ZEHNER[i - 1] * 10;
    }
  }

  /**
   * The values as unscaled longs at their largest scale (ordered and equal as the values are), or
   * {@code null} if one does not fit.
   */
  private static long @Nullable [] schluessel(BigDecimal[] werte) {
    int skala = Integer.MIN_VALUE;
    for (BigDecimal w : werte) {
      if (w.precision() > 18) {
        return null;
      }
      skala = Math.max(skala, w.scale());
    }
    long[] s = new long[werte.length];
    try {
      for (int i = 0; i < werte.length; i++) {
        long hoch = (long) skala - werte[i].scale();
        if (hoch >= ZEHNER.length) {
          return null;
        }
        long unskaliert = werte[i].scaleByPowerOfTen(werte[i].scale()).longValueExact();
        s[i] = Math.multiplyExact(unskaliert, ZEHNER[(int) hoch]);
      }
    } catch (ArithmeticException e) {
      return null; // does not fit in a long
    }
    return s;
  }

  /** {@link #raenge(BigDecimal[], boolean)} on the values as {@link #schluessel} gives them. */
  private static int[] raenge(long[] werte, boolean absteigend) {
    int n = werte.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      long w = werte[i];
      int lo = 0;
      int hi = i;
      while (lo < hi) {
        int mitte = (lo + hi) >>> 1;
        long v = werte[idx[mitte]];
        if (absteigend ? v >= w : v <= w) {
          lo = mitte + 1;
        } else {
          hi = mitte;
        }
      }
      System.arraycopy(idx, lo, idx, lo + 1, i - lo);
      idx[lo] = i;
    }
    int[] rang = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int i = idx[pos];
      if (pos > 0 && werte[idx[pos - 1]] == werte[i]) {
        rang[i] = rang[idx[pos - 1]];
      } else {
        rang[i] = pos + 1;
      }
    }
    return rang;
  }
}
