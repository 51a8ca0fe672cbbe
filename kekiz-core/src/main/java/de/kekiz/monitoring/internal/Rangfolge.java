package de.kekiz.monitoring.internal;

import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;
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
    return schluessel != null
        ? raenge(schluessel, absteigend)
        : raenge(werte.length, (a, b) -> werte[a].compareTo(werte[b]), absteigend);
  }

  /**
   * The competition ranks of {@code schluessel} (equal keys share the best rank of their group),
   * from the keys sorted once: a key's rank is one more than the number of keys before it in the
   * order ({@code absteigend}: the greater ones, else the smaller ones), found by binary search.
   */
  private static int[] raenge(long[] schluessel, boolean absteigend) {
    int n = schluessel.length;
    int[] gepackt = gepackt(schluessel, absteigend);
    if (gepackt != null) {
      return gepackt;
    }
    long[] sortiert = schluessel.clone();
    Arrays.sort(sortiert);
    int[] rang = new int[n];
    for (int i = 0; i < n; i++) {
      long k = schluessel[i];
      rang[i] =
          absteigend ? n - ersteGroessere(sortiert, k) + 1 : ersteNichtKleinere(sortiert, k) + 1;
    }
    return rang;
  }

  /**
   * The competition ranks of {@code schluessel} from one sort of the keys packed with their
   * indexes: each key's distance from the first in the order (the smallest, or {@code absteigend}
   * the greatest) in the high bits, its index in the low ones; sorted, the ranks follow in one pass
   * (equal keys, next to each other, share the rank of the first). {@code null} if the distances
   * and indexes do not fit 63 bits together.
   */
  private static int @Nullable [] gepackt(long[] schluessel, boolean absteigend) {
    int n = schluessel.length;
    if (n == 0) {
      return new int[0];
    }
    long min = schluessel[0];
    long max = schluessel[0];
    for (long k : schluessel) {
      min = Math.min(min, k);
      max = Math.max(max, k);
    }
    int bits = 64 - Long.numberOfLeadingZeros(n - 1); // enough for the indexes 0 … n − 1
    long spanne = max - min;
    if (spanne < 0 || bits > 31 || (spanne >>> (63 - bits)) != 0) {
      return null; // the distance overflows a long, or does not leave room for the index
    }
    long[] gepackt = new long[n];
    for (int i = 0; i < n; i++) {
      long abstand = absteigend ? max - schluessel[i] : schluessel[i] - min;
      gepackt[i] = (abstand << bits) | i;
    }
    Arrays.sort(gepackt);
    long maske = (1L << bits) - 1;
    int[] rang = new int[n];
    long vorher = -1;
    int vorherRang = 0;
    for (int pos = 0; pos < n; pos++) {
      long abstand = gepackt[pos] >>> bits;
      int i = (int) (gepackt[pos] & maske);
      if (abstand != vorher) {
        vorher = abstand;
        vorherRang = pos + 1;
      }
      rang[i] = vorherRang;
    }
    return rang;
  }

  /** The index of the first key of the ascending {@code sortiert} not below {@code k}. */
  private static int ersteNichtKleinere(long[] sortiert, long k) {
    int lo = 0;
    int hi = sortiert.length;
    while (lo < hi) {
      int mitte = (lo + hi) >>> 1;
      if (sortiert[mitte] < k) {
        lo = mitte + 1;
      } else {
        hi = mitte;
      }
    }
    return lo;
  }

  /** The index of the first key of the ascending {@code sortiert} above {@code k}. */
  private static int ersteGroessere(long[] sortiert, long k) {
    return k == Long.MAX_VALUE ? sortiert.length : ersteNichtKleinere(sortiert, k + 1);
  }

  /**
   * The competition ranks of the values at the indexes 0 to {@code n} − 1, which {@code vergleich}
   * compares by their indexes.
   */
  private static int[] raenge(int n, IntBinaryOperator vergleich, boolean absteigend) {
    // the indexes in rank order: binary insertion, each after the equal values placed before it,
    // so equal values keep their index order
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = i;
      while (lo < hi) {
        int mitte = (lo + hi) >>> 1;
        int c = vergleich.applyAsInt(idx[mitte], i);
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
      if (pos > 0 && vergleich.applyAsInt(idx[pos - 1], i) == 0) {
        rang[i] = rang[idx[pos - 1]];
      } else {
        rang[i] = pos + 1;
      }
    }
    return rang;
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
        s[i] = Ziffern.aufSkala(werte[i], skala);
      }
    } catch (ArithmeticException e) {
      return null; // does not fit in a long
    }
    return s;
  }
}
