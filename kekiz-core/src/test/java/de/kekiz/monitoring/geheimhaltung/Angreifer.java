package de.kekiz.monitoring.geheimhaltung;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker of the protection tests, written independently of the production code: it knows
 * every published cell, every additive relation and that counts are non-negative integers, and
 * tries to recover the suppressed cells.
 *
 * <ul>
 *   <li>{@link #rekonstruiere}: exact linear reasoning. The relations restricted to the unknown
 *       cells form a linear system {@code A x = b}; Gauss–Jordan elimination of the augmented
 *       matrix over the rationals (fraction-free, exact; {@code long} with a {@link BigInteger}
 *       rerun on overflow) gives its reduced row echelon form, and an unknown whose pivot row has
 *       no free unknown is uniquely determined: its value is returned.
 *   <li>{@link #schranken}: interval reasoning without linear programming. Starting from lower
 *       bounds (0, or what a status flag tells) and no upper bounds, every relation narrows the
 *       bounds of its unknown cells from the bounds of the others, until nothing changes.
 * </ul>
 */
final class Angreifer {

  private Angreifer() {}

  /** A relation {@code summe = teile}: element 0 the total, the rest the parts (cell numbers). */
  static int[] beziehung(int summe, int... teile) {
    int[] r = new int[teile.length + 1];
    r[0] = summe;
    System.arraycopy(teile, 0, r, 1, teile.length);
    return r;
  }

  /**
   * The unknown cells the attacker determines, with their values.
   *
   * @param wert the value of each cell (read only where the cell is known)
   * @param unbekannt which cells are suppressed
   * @param beziehungen the relations (element 0 total, the rest parts)
   */
  static Map<Integer, BigInteger> rekonstruiere(
      long[] wert, boolean[] unbekannt, List<int[]> beziehungen) {
    int[] spalte = new int[wert.length];
    List<Integer> zellen = new ArrayList<>();
    for (int i = 0; i < wert.length; i++) {
      spalte[i] = unbekannt[i] ? zellen.size() : -1;
      if (unbekannt[i]) {
        zellen.add(i);
      }
    }
    int u = zellen.size();
    List<long[]> zeilen = new ArrayList<>();
    for (int[] r : beziehungen) {
      long[] z = new long[u + 1]; // coefficients, then the right-hand side
      boolean hatUnbekannte = false;
      for (int i = 0; i < r.length; i++) {
        long vorzeichen = i == 0 ? 1 : -1;
        int c = r[i];
        if (unbekannt[c]) {
          z[spalte[c]] += vorzeichen;
          hatUnbekannte = true;
        } else {
          z[u] -= vorzeichen * wert[c];
        }
      }
      if (hatUnbekannte) {
        zeilen.add(z);
      }
    }
    BigInteger[][] rref;
    try {
      rref = alsBig(rrefLong(zeilen.toArray(new long[0][]), u));
    } catch (ArithmeticException e) {
      BigInteger[][] big = new BigInteger[zeilen.size()][];
      for (int i = 0; i < big.length; i++) {
        big[i] =
            Arrays.stream(zeilen.get(i)).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
      }
      rref = rrefBig(big, u);
    }
    Map<Integer, BigInteger> ergebnis = new LinkedHashMap<>();
    for (BigInteger[] z : rref) {
      int pivot = -1;
      boolean eindeutig = true;
      for (int c = 0; c < u; c++) {
        if (z[c].signum() != 0) {
          if (pivot < 0) {
            pivot = c;
          } else {
            eindeutig = false;
          }
        }
      }
      if (pivot >= 0 && eindeutig) {
        BigInteger[] qr = z[u].divideAndRemainder(z[pivot]);
        if (qr[1].signum() != 0) {
          throw new AssertionError(
              "a determined cell has a non-integer value " + z[u] + "/" + z[pivot]);
        }
        ergebnis.put(zellen.get(pivot), qr[0]);
      }
    }
    return ergebnis;
  }

  /**
   * Reduced row echelon form in which a pivot column is zero outside its pivot row (rows scaled by
   * integers, divided by their gcd). Pivot rows first; zero rows dropped.
   */
  private static long[][] rrefLong(long[][] a, int u) {
    int m = a.length;
    int rang = 0;
    for (int c = 0; c < u && rang < m; c++) {
      int p = -1;
      for (int r = rang; r < m; r++) {
        if (a[r][c] != 0) {
          p = r;
          break;
        }
      }
      if (p < 0) {
        continue;
      }
      long[] t = a[p];
      a[p] = a[rang];
      a[rang] = t;
      long pv = a[rang][c];
      for (int r = 0; r < m; r++) {
        long f = a[r][c];
        if (r == rang || f == 0) {
          continue;
        }
        long g = 0;
        for (int s = 0; s <= u; s++) {
          a[r][s] =
              Math.subtractExact(
                  Math.multiplyExact(a[r][s], pv), Math.multiplyExact(a[rang][s], f));
          g = gcd(g, Math.abs(a[r][s]));
        }
        if (g > 1) {
          for (int s = 0; s <= u; s++) {
            a[r][s] /= g;
          }
        }
      }
      rang++;
    }
    return Arrays.copyOf(a, rang);
  }

  private static BigInteger[][] rrefBig(BigInteger[][] a, int u) {
    int m = a.length;
    int rang = 0;
    for (int c = 0; c < u && rang < m; c++) {
      int p = -1;
      for (int r = rang; r < m; r++) {
        if (a[r][c].signum() != 0) {
          p = r;
          break;
        }
      }
      if (p < 0) {
        continue;
      }
      BigInteger[] t = a[p];
      a[p] = a[rang];
      a[rang] = t;
      BigInteger pv = a[rang][c];
      for (int r = 0; r < m; r++) {
        BigInteger f = a[r][c];
        if (r == rang || f.signum() == 0) {
          continue;
        }
        BigInteger g = BigInteger.ZERO;
        for (int s = 0; s <= u; s++) {
          a[r][s] = a[r][s].multiply(pv).subtract(a[rang][s].multiply(f));
          g = g.gcd(a[r][s]);
        }
        if (g.compareTo(BigInteger.ONE) > 0) {
          for (int s = 0; s <= u; s++) {
            a[r][s] = a[r][s].divide(g);
          }
        }
      }
      rang++;
    }
    return Arrays.copyOf(a, rang);
  }

  private static BigInteger[][] alsBig(long[][] a) {
    BigInteger[][] b = new BigInteger[a.length][];
    for (int i = 0; i < a.length; i++) {
      b[i] = Arrays.stream(a[i]).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }
    return b;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** "No upper bound". */
  static final long UNENDLICH = Long.MAX_VALUE / 4;

  /**
   * Bounds {@code [unten, oben]} for every cell (a known cell: its value twice), narrowed over the
   * relations until nothing changes.
   *
   * @param untergrenze the lower bound the attacker starts from for each unknown cell
   */
  static long[][] schranken(
      long[] wert, boolean[] unbekannt, long[] untergrenze, List<int[]> beziehungen) {
    int n = wert.length;
    long[] unten = new long[n];
    long[] oben = new long[n];
    for (int i = 0; i < n; i++) {
      unten[i] = unbekannt[i] ? untergrenze[i] : wert[i];
      oben[i] = unbekannt[i] ? UNENDLICH : wert[i];
    }
    boolean geaendert = true;
    for (int runde = 0; geaendert && runde < 1000; runde++) {
      geaendert = false;
      for (int[] r : beziehungen) {
        long summeUnten = 0;
        long summeObenEndlich = 0;
        int obenUnendlich = 0;
        for (int i = 1; i < r.length; i++) {
          summeUnten += unten[r[i]];
          if (oben[r[i]] >= UNENDLICH) {
            obenUnendlich++;
          } else {
            summeObenEndlich += oben[r[i]];
          }
        }
        int t = r[0];
        // the total lies between the sums of the parts' bounds
        if (summeUnten > unten[t]) {
          unten[t] = summeUnten;
          geaendert = true;
        }
        if (obenUnendlich == 0 && summeObenEndlich < oben[t]) {
          oben[t] = summeObenEndlich;
          geaendert = true;
        }
        // each part is the total minus the others
        for (int i = 1; i < r.length; i++) {
          int c = r[i];
          long andereUnten = summeUnten - unten[c];
          boolean cUnendlich = oben[c] >= UNENDLICH;
          long andereOben =
              obenUnendlich - (cUnendlich ? 1 : 0) > 0
                  ? UNENDLICH
                  : summeObenEndlich - (cUnendlich ? 0 : oben[c]);
          if (oben[t] < UNENDLICH && oben[t] - andereUnten < oben[c]) {
            oben[c] = oben[t] - andereUnten;
            geaendert = true;
          }
          if (andereOben < UNENDLICH && unten[t] - andereOben > unten[c]) {
            unten[c] = unten[t] - andereOben;
            geaendert = true;
          }
        }
      }
    }
    return new long[][] {unten, oben};
  }
}
