package de.kekiz.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;

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
}
