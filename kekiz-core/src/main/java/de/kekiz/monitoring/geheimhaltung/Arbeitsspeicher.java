package de.kekiz.monitoring.geheimhaltung;

import java.util.Arrays;

/**
 * Arrays per cell that the secondary suppression needs only while it runs ({@link
 * Sekundaersperrung}), kept from one table to the next of a release ({@link
 * Verbundtabelle.Gliederungen}) instead of being made for each: grown to the largest table, handed
 * out cleared where the suppression relies on zeros. Not thread-safe, like the release's other
 * caches; one table at a time.
 */
final class Arbeitsspeicher {

  private int[] versuche = new int[0];
  private int[] ort = new int[0];
  private int[] grad = new int[0];
  private long[] unten = new long[0];
  private long[] oben = new long[0];

  /** {@return at least {@code n} zeros: how often each cell was tried} */
  int[] versuche(int n) {
    versuche = genullt(versuche, n);
    return versuche;
  }

  /** {@return at least {@code n} entries, not cleared: each is written before it is read} */
  int[] ort(int n) {
    if (ort.length < n) {
      ort = new int[groesser(ort.length, n)];
    }
    return ort;
  }

  /** {@return at least {@code n} zeros: the relations per cell, then where they start} */
  int[] grad(int n) {
    grad = genullt(grad, n);
    return grad;
  }

  /** {@return at least {@code n} entries for the lower bounds, not cleared (copied over)} */
  long[] unten(int n) {
    if (unten.length < n) {
      unten = new long[groesser(unten.length, n)];
    }
    return unten;
  }

  /** {@return at least {@code n} entries for the upper bounds, not cleared (copied over)} */
  long[] oben(int n) {
    if (oben.length < n) {
      oben = new long[groesser(oben.length, n)];
    }
    return oben;
  }

  private static int[] genullt(int[] a, int n) {
    if (a.length < n) {
      return new int[groesser(a.length, n)];
    }
    Arrays.fill(a, 0, n, 0);
    return a;
  }

  /** Room for {@code n}, with some to spare so that slowly growing tables do not grow it often. */
  private static int groesser(int bisher, int n) {
    return Math.max(n, bisher + (bisher >> 1));
  }
}
