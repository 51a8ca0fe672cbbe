package de.kekiz.monitoring.geheimhaltung;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Decides which unknowns of a linear system are uniquely determined by it: the core of the
 * attacker's linear reasoning, used by {@link Sekundaersperrung} to find suppressed cells that
 * could still be computed.
 *
 * <p>The system is given by its rows restricted to the unknowns (the known cells are constants and
 * do not matter): every row is an equation {@code Σ a_k x_k = const} with integer coefficients. An
 * unknown {@code x_j} is determined if and only if every vector of the kernel of the matrix is 0 at
 * {@code j}.
 *
 * <p>Method: sparse forward elimination over the integers with exact {@code long} arithmetic (rows
 * divided by the gcd of their entries, column order by fewest entries, pivot row by fewest
 * entries), which gives the exact rank and an echelon form. Then two kernel vectors with random
 * (but seeded, so deterministic) values of the free unknowns are computed by back substitution
 * modulo the prime 2³¹−1. A determined unknown is 0 in every kernel vector, so it is never taken
 * for undetermined; an undetermined one is 0 in both vectors only with probability below 2⁻⁶⁰, and
 * then it is taken for determined, which costs an extra suppression but never a disclosure. If a
 * {@code long} overflows or a pivot vanishes modulo the prime, the component falls back to exact
 * Gauss–Jordan elimination over {@link BigInteger}.
 *
 * <p>The work is proportional to the number of entries of the rows and the fill-in the elimination
 * creates; for the tables of Sozialraum monitoring this stays close to linear.
 */
final class Bestimmtheit {

  private static final long P = 2_147_483_647L; // 2^31 - 1, a prime

  private Bestimmtheit() {}

  /**
   * Which of {@code spalten} unknowns the rows determine.
   *
   * @param spalten the number of unknowns, numbered from 0
   * @param zeilenSpalten per row the unknowns it contains, each once
   * @param zeilenWerte per row the coefficients, parallel to {@code zeilenSpalten}, none 0
   * @return per unknown whether it is determined
   */
  static boolean[] bestimmt(int spalten, int[][] zeilenSpalten, long[][] zeilenWerte) {
    try {
      return schnell(spalten, zeilenSpalten, zeilenWerte);
    } catch (ArithmeticException e) {
      return exakt(spalten, zeilenSpalten, zeilenWerte);
    }
  }

  // ------------------------------------------------------------------ fast path

  /** A sparse row: sorted column numbers with their non-zero values. */
  private static final class Zeile {
    int[] spalten;
    long[] werte;
    int laenge;
    boolean aktiv = true;

    Zeile(int[] spalten, long[] werte) {
      int n = spalten.length;
      this.spalten = new int[n];
      this.werte = new long[n];
      if (n <= KURZ) {
        // a short row (the common case) by insertion, without boxing: stable like the sort below
        for (int i = 0; i < n; i++) {
          int s = spalten[i];
          long w = werte[i];
          int j = i - 1;
          while (j >= 0 && this.spalten[j] > s) {
            this.spalten[j + 1] = this.spalten[j];
            this.werte[j + 1] = this.werte[j];
            j--;
          }
          this.spalten[j + 1] = s;
          this.werte[j + 1] = w;
        }
      } else {
        Integer[] ordnung = new Integer[n];
        for (int i = 0; i < n; i++) {
          ordnung[i] = i;
        }
        Arrays.sort(ordnung, (a, b) -> Integer.compare(spalten[a], spalten[b]));
        for (int i = 0; i < n; i++) {
          this.spalten[i] = spalten[ordnung[i]];
          this.werte[i] = werte[ordnung[i]];
        }
      }
      this.laenge = n;
    }

    /** Rows up to this length are sorted by insertion. */
    private static final int KURZ = 32;

    long wert(int spalte) {
      int i = Arrays.binarySearch(spalten, 0, laenge, spalte);
      return i < 0 ? 0 : werte[i];
    }
  }

  private static boolean[] schnell(int spalten, int[][] zs, long[][] zw) {
    int m = zs.length;
    Zeile[] zeilen = new Zeile[m];
    int[] anzahl = new int[spalten];
    int[][] zeilenDerSpalte = new int[spalten][];
    int[] zeilenDerSpalteLaenge = new int[spalten];
    for (int r = 0; r < m; r++) {
      zeilen[r] = new Zeile(zs[r], zw[r]);
      for (int c : zs[r]) {
        anzahl[c]++;
      }
    }
    for (int c = 0; c < spalten; c++) {
      zeilenDerSpalte[c] = new int[Math.max(2, anzahl[c])];
    }
    for (int r = 0; r < m; r++) {
      for (int c : zs[r]) {
        zeilenDerSpalte[c][zeilenDerSpalteLaenge[c]++] = r;
      }
    }
    Haufen warteschlange = new Haufen(Math.max(1, spalten));
    for (int c = 0; c < spalten; c++) {
      warteschlange.add(anzahl[c], c);
    }
    boolean[] erledigt = new boolean[spalten];
    int[] pivotSpalte = new int[Math.min(m, spalten)];
    Zeile[] pivotZeile = new Zeile[pivotSpalte.length];
    int rang = 0;
    int[] kandidaten = new int[m];
    int[] marke = new int[m];
    while (!warteschlange.isEmpty()) {
      long kopf = warteschlange.poll();
      int c = Haufen.spalte(kopf);
      if (erledigt[c] || Haufen.anzahl(kopf) != anzahl[c]) {
        continue;
      }
      erledigt[c] = true;
      if (anzahl[c] == 0) {
        continue; // a free unknown
      }
      // the active rows that contain c (the list may hold stale entries)
      int k = 0;
      int[] liste = zeilenDerSpalte[c];
      int neuLaenge = 0;
      for (int i = 0; i < zeilenDerSpalteLaenge[c]; i++) {
        int r = liste[i];
        if (marke[r] != c + 1 && zeilen[r].aktiv && zeilen[r].wert(c) != 0) {
          marke[r] = c + 1;
          kandidaten[k++] = r;
          liste[neuLaenge++] = r;
        }
      }
      zeilenDerSpalteLaenge[c] = neuLaenge;
      int p = -1;
      for (int j = 0; j < k; j++) {
        Zeile z = zeilen[kandidaten[j]];
        if (p < 0 || besser(z, zeilen[p], c)) {
          p = kandidaten[j];
        }
      }
      Zeile pz = zeilen[p];
      long a = pz.wert(c);
      for (int j = 0; j < k; j++) {
        int r = kandidaten[j];
        if (r == p) {
          continue;
        }
        Zeile z = zeilen[r];
        long b = z.wert(c);
        eliminiere(
            z, r, pz, a, b, c, anzahl, zeilenDerSpalte, zeilenDerSpalteLaenge, warteschlange);
        if (z.laenge == 0) {
          z.aktiv = false;
        }
      }
      pz.aktiv = false;
      for (int i = 0; i < pz.laenge; i++) {
        int s = pz.spalten[i];
        anzahl[s]--;
        if (!erledigt[s]) {
          warteschlange.add(anzahl[s], s);
        }
      }
      pivotSpalte[rang] = c;
      pivotZeile[rang] = pz;
      rang++;
    }
    boolean[] ergebnis = new boolean[spalten];
    Arrays.fill(ergebnis, true);
    for (long saat = 1; saat <= 2; saat++) {
      long[] x = new long[spalten];
      boolean[] istPivot = new boolean[spalten];
      for (int i = 0; i < rang; i++) {
        istPivot[pivotSpalte[i]] = true;
      }
      for (int c = 0; c < spalten; c++) {
        if (!istPivot[c]) {
          x[c] = zufall(saat, c);
        }
      }
      for (int i = rang - 1; i >= 0; i--) {
        int c = pivotSpalte[i];
        Zeile z = pivotZeile[i];
        long summe = 0;
        long pivot = 0;
        for (int j = 0; j < z.laenge; j++) {
          int s = z.spalten[j];
          long w = Math.floorMod(z.werte[j], P);
          if (s == c) {
            pivot = w;
          } else {
            summe = (summe + w * x[s]) % P;
          }
        }
        if (pivot == 0) {
          throw new ArithmeticException("pivot vanishes modulo the prime");
        }
        x[c] = Math.floorMod(-summe * inverse(pivot) % P, P);
      }
      for (int c = 0; c < spalten; c++) {
        if (x[c] != 0) {
          ergebnis[c] = false;
        }
      }
    }
    return ergebnis;
  }

  /** Whether {@code z} is a better pivot row for column {@code c} than {@code bisher}. */
  private static boolean besser(Zeile z, Zeile bisher, int c) {
    boolean eins = Math.abs(z.wert(c)) == 1;
    boolean einsBisher = Math.abs(bisher.wert(c)) == 1;
    if (eins != einsBisher) {
      return eins;
    }
    return z.laenge < bisher.laenge;
  }

  /** Row {@code z} := z·(a/g) − pz·(b/g), then divided by the gcd of its entries. */
  private static void eliminiere(
      Zeile z,
      int r,
      Zeile pz,
      long a,
      long b,
      int c,
      int[] anzahl,
      int[][] zeilenDerSpalte,
      int[] zeilenDerSpalteLaenge,
      Haufen warteschlange) {
    long g = gcd(Math.abs(a), Math.abs(b));
    long fa = a / g;
    long fb = b / g;
    int[] neuS = new int[z.laenge + pz.laenge];
    long[] neuW = new long[z.laenge + pz.laenge];
    int n = 0;
    int i = 0;
    int j = 0;
    long teiler = 0;
    while (i < z.laenge || j < pz.laenge) {
      int si = i < z.laenge ? z.spalten[i] : Integer.MAX_VALUE;
      int sj = j < pz.laenge ? pz.spalten[j] : Integer.MAX_VALUE;
      int s;
      long w;
      boolean warDa;
      if (si == sj) {
        s = si;
        w =
            Math.subtractExact(
                Math.multiplyExact(z.werte[i], fa), Math.multiplyExact(pz.werte[j], fb));
        warDa = true;
        i++;
        j++;
      } else if (si < sj) {
        s = si;
        w = Math.multiplyExact(z.werte[i], fa);
        warDa = true;
        i++;
      } else {
        s = sj;
        w = Math.negateExact(Math.multiplyExact(pz.werte[j], fb));
        warDa = false;
        j++;
      }
      if (w != 0) {
        neuS[n] = s;
        neuW[n] = w;
        n++;
        teiler = gcd(teiler, Math.abs(w));
        if (!warDa) {
          anzahl[s]++;
          haengeAn(zeilenDerSpalte, zeilenDerSpalteLaenge, s, r);
          warteschlange.add(anzahl[s], s);
        }
      } else if (warDa) {
        anzahl[s]--;
        if (s != c) {
          warteschlange.add(anzahl[s], s);
        }
      }
    }
    if (teiler > 1) {
      for (int k = 0; k < n; k++) {
        neuW[k] /= teiler;
      }
    }
    z.spalten = neuS;
    z.werte = neuW;
    z.laenge = n;
  }

  /**
   * The columns by entry count, fewest first, then by number: a binary min-heap of {@code (anzahl,
   * spalte)} packed into one {@code long} each (the count in the high half, the column in the low
   * half), which orders exactly as the pairs do, without an object per entry. A column may be in it
   * more than once (stale entries are skipped by the caller).
   */
  private static final class Haufen {
    private long[] eintraege;
    private int groesse;

    Haufen(int kapazitaet) {
      eintraege = new long[kapazitaet];
    }

    static int spalte(long eintrag) {
      return (int) eintrag;
    }

    static int anzahl(long eintrag) {
      return (int) (eintrag >> 32);
    }

    boolean isEmpty() {
      return groesse == 0;
    }

    void add(int anzahl, int spalte) {
      long e = ((long) anzahl << 32) + spalte;
      if (groesse == eintraege.length) {
        eintraege = Arrays.copyOf(eintraege, 2 * groesse);
      }
      int i = groesse++;
      while (i > 0) {
        int v = (i - 1) >>> 1;
        if (eintraege[v] <= e) {
          break;
        }
        eintraege[i] = eintraege[v];
        i = v;
      }
      eintraege[i] = e;
    }

    long poll() {
      long kopf = eintraege[0];
      long letzter = eintraege[--groesse];
      int i = 0;
      int haelfte = groesse >>> 1;
      while (i < haelfte) {
        int k = 2 * i + 1;
        if (k + 1 < groesse && eintraege[k + 1] < eintraege[k]) {
          k++;
        }
        if (letzter <= eintraege[k]) {
          break;
        }
        eintraege[i] = eintraege[k];
        i = k;
      }
      eintraege[i] = letzter;
      return kopf;
    }
  }

  private static void haengeAn(int[][] listen, int[] laengen, int s, int r) {
    if (laengen[s] == listen[s].length) {
      listen[s] = Arrays.copyOf(listen[s], 2 * listen[s].length);
    }
    listen[s][laengen[s]++] = r;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** A value from 1 to P−1 for unknown {@code c} in round {@code saat} (SplitMix64, seeded). */
  private static long zufall(long saat, int c) {
    long z = saat * 0x9E3779B97F4A7C15L + c * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return 1 + Math.floorMod(z, P - 1);
  }

  /** The inverse of {@code a} modulo P (a not 0), by Fermat. */
  private static long inverse(long a) {
    long ergebnis = 1;
    long basis = a % P;
    long e = P - 2;
    while (e > 0) {
      if ((e & 1) == 1) {
        ergebnis = ergebnis * basis % P;
      }
      basis = basis * basis % P;
      e >>= 1;
    }
    return ergebnis;
  }

  // ------------------------------------------------------------------ exact fallback

  /** Exact Gauss–Jordan elimination over the integers (fraction-free) on dense rows. */
  static boolean[] exakt(int spalten, int[][] zs, long[][] zw) {
    int m = zs.length;
    BigInteger[][] a = new BigInteger[m][spalten];
    for (int r = 0; r < m; r++) {
      Arrays.fill(a[r], BigInteger.ZERO);
      for (int i = 0; i < zs[r].length; i++) {
        a[r][zs[r][i]] = BigInteger.valueOf(zw[r][i]);
      }
    }
    int[] pivotZeileDerSpalte = new int[spalten];
    Arrays.fill(pivotZeileDerSpalte, -1);
    int rang = 0;
    for (int c = 0; c < spalten && rang < m; c++) {
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
      BigInteger pivot = a[rang][c];
      for (int r = 0; r < m; r++) {
        if (r == rang || a[r][c].signum() == 0) {
          continue;
        }
        BigInteger f = a[r][c];
        BigInteger teiler = BigInteger.ZERO;
        for (int s = 0; s < spalten; s++) {
          a[r][s] = a[r][s].multiply(pivot).subtract(a[rang][s].multiply(f));
          teiler = teiler.gcd(a[r][s]);
        }
        if (teiler.compareTo(BigInteger.ONE) > 0) {
          for (int s = 0; s < spalten; s++) {
            a[r][s] = a[r][s].divide(teiler);
          }
        }
      }
      pivotZeileDerSpalte[c] = rang;
      rang++;
    }
    boolean[] ergebnis = new boolean[spalten];
    for (int c = 0; c < spalten; c++) {
      int r = pivotZeileDerSpalte[c];
      if (r < 0) {
        continue;
      }
      boolean nurPivots = true;
      for (int s = 0; s < spalten && nurPivots; s++) {
        nurPivots = s == c || a[r][s].signum() == 0 || pivotZeileDerSpalte[s] >= 0;
      }
      ergebnis[c] = nurPivots;
    }
    return ergebnis;
  }
}
