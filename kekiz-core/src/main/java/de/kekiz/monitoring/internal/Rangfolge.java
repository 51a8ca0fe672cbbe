package de.kekiz.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
    int n = werte.size();
    List<Integer> idx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    Comparator<Integer> c = (a, b) -> werte.get(a).compareTo(werte.get(b));
    if (absteigend) {
      c = c.reversed();
    }
    idx.sort(c.thenComparing(Comparator.naturalOrder()));
    int[] rang = new int[n];
    for (int pos = 0; pos < n; pos++) {
      int i = idx.get(pos);
      if (pos > 0 && werte.get(idx.get(pos - 1)).compareTo(werte.get(i)) == 0) {
        rang[i] = rang[idx.get(pos - 1)];
      } else {
        rang[i] = pos + 1;
      }
    }
    return rang;
  }
}
