package de.kekiz.monitoring.sozialindex;

import de.kekiz.monitoring.internal.Breitteilung;
import de.kekiz.monitoring.internal.Statistik;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The weighted mean of need-oriented z-values, shared by the status and the dynamics index; every
 * division as {@code divide(…, DECIMAL64)} ({@link Breitteilung}).
 */
final class Indexrechnung {
  private Indexrechnung() {}

  /**
   * Per Sozialraum, by its position: index (or null), share of weight available, z-values and
   * contributions.
   */
  static final class Ergebnis {
    final @Nullable BigDecimal[] index;
    final BigDecimal[] anteil;
    final @Nullable BigDecimal[][] z;
    final @Nullable BigDecimal[][] beitrag;

    private Ergebnis(int raeume, int indikatoren) {
      index = new BigDecimal[raeume];
      anteil = new BigDecimal[raeume];
      z = new BigDecimal[raeume][indikatoren];
      beitrag = new BigDecimal[raeume][indikatoren];
    }
  }

  /**
   * @param raeume the number of Sozialräume, in a fixed order (their positions)
   * @param gewichte the weight of each indicator
   * @param vorzeichen +1 or −1 per indicator (−1: higher is better)
   * @param werte per indicator, the value of each Sozialraum by its position (null: none)
   * @param mindestanteil the share of the total weight a Sozialraum needs
   */
  static Ergebnis rechne(
      int raeume,
      BigDecimal[] gewichte,
      int[] vorzeichen,
      List<@Nullable BigDecimal[]> werte,
      BigDecimal mindestanteil) {
    int k = gewichte.length;
    Ergebnis e = new Ergebnis(raeume, k);
    int[] mit = new int[raeume];
    BigDecimal[] x = new BigDecimal[raeume];
    for (int i = 0; i < k; i++) {
      @Nullable BigDecimal[] w = werte.get(i);
      int anzahl = 0;
      for (int r = 0; r < raeume; r++) {
        BigDecimal v = w[r];
        if (v != null) {
          mit[anzahl] = r;
          x[anzahl++] = v;
        }
      }
      if (anzahl == 0) {
        continue;
      }
      BigDecimal[] z = Statistik.zWerte(x, anzahl);
      for (int j = 0; j < anzahl; j++) {
        BigDecimal zj = z[j];
        e.z[mit[j]][i] = vorzeichen[i] < 0 ? zj.negate() : zj;
      }
    }
    BigDecimal gesamt = BigDecimal.ZERO;
    for (BigDecimal g : gewichte) {
      gesamt = gesamt.add(g);
    }
    BigDecimal soll = gesamt.multiply(mindestanteil);
    // Sozialräume with the same weight available (as a rule all: every value present) share
    // their share, computed once
    BigDecimal letzteVerfuegbar = null;
    BigDecimal letzterAnteil = null;
    BigDecimal[] produkt = new BigDecimal[k];
    for (int r = 0; r < raeume; r++) {
      @Nullable BigDecimal[] z = e.z[r];
      BigDecimal verfuegbar = BigDecimal.ZERO;
      BigDecimal summe = BigDecimal.ZERO;
      for (int i = 0; i < k; i++) {
        BigDecimal zi = z[i];
        if (zi != null) {
          verfuegbar = verfuegbar.add(gewichte[i]);
          produkt[i] = gewichte[i].multiply(zi);
          summe = summe.add(produkt[i]);
        }
      }
      // equal in value and scale: the same quotient
      if (letzteVerfuegbar == null || !letzteVerfuegbar.equals(verfuegbar)) {
        letzteVerfuegbar = verfuegbar;
        letzterAnteil = Breitteilung.teile(verfuegbar, gesamt);
      }
      e.anteil[r] = letzterAnteil;
      if (verfuegbar.signum() > 0 && verfuegbar.compareTo(soll) >= 0) {
        e.index[r] = Breitteilung.teile(summe, verfuegbar);
        @Nullable BigDecimal[] b = e.beitrag[r];
        for (int i = 0; i < k; i++) {
          if (z[i] != null) {
            b[i] = Breitteilung.teile(produkt[i], verfuegbar);
          }
        }
      }
    }
    return e;
  }
}
