package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.internal.Statistik;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The weighted mean of need-oriented z-values, shared by the status and the dynamics index. */
final class Indexrechnung {
  private Indexrechnung() {}

  /** Per Sozialraum: index (or null), share of weight available, z-values and contributions. */
  static final class Ergebnis {
    final Map<SozialraumRef, BigDecimal> index = new HashMap<>();
    final Map<SozialraumRef, BigDecimal> anteil = new HashMap<>();
    final Map<SozialraumRef, @Nullable BigDecimal[]> z = new HashMap<>();
    final Map<SozialraumRef, @Nullable BigDecimal[]> beitrag = new HashMap<>();
  }

  /**
   * @param raeume the Sozialräume, in a fixed order
   * @param gewichte the weight of each indicator
   * @param vorzeichen +1 or −1 per indicator (−1: higher is better)
   * @param werte per indicator, the values of the Sozialräume that have one
   * @param mindestanteil the share of the total weight a Sozialraum needs
   */
  static Ergebnis rechne(
      List<SozialraumRef> raeume,
      List<BigDecimal> gewichte,
      List<Integer> vorzeichen,
      List<Map<SozialraumRef, BigDecimal>> werte,
      BigDecimal mindestanteil) {
    int k = gewichte.size();
    Ergebnis e = new Ergebnis();
    for (SozialraumRef r : raeume) {
      e.z.put(r, new BigDecimal[k]);
      e.beitrag.put(r, new BigDecimal[k]);
    }
    for (int i = 0; i < k; i++) {
      Map<SozialraumRef, BigDecimal> w = werte.get(i);
      List<SozialraumRef> mit = new ArrayList<>();
      List<BigDecimal> x = new ArrayList<>();
      for (SozialraumRef r : raeume) {
        BigDecimal v = w.get(r);
        if (v != null) {
          mit.add(r);
          x.add(v);
        }
      }
      if (mit.isEmpty()) {
        continue;
      }
      List<BigDecimal> z = Statistik.zWerte(x);
      for (int j = 0; j < mit.size(); j++) {
        BigDecimal zj = z.get(j);
        requireNonNull(e.z.get(mit.get(j)))[i] = vorzeichen.get(i) < 0 ? zj.negate() : zj;
      }
    }
    BigDecimal gesamt = BigDecimal.ZERO;
    for (BigDecimal g : gewichte) {
      gesamt = gesamt.add(g);
    }
    BigDecimal soll = gesamt.multiply(mindestanteil);
    for (SozialraumRef r : raeume) {
      @Nullable BigDecimal[] z = requireNonNull(e.z.get(r));
      BigDecimal verfuegbar = BigDecimal.ZERO;
      BigDecimal summe = BigDecimal.ZERO;
      for (int i = 0; i < k; i++) {
        if (z[i] != null) {
          verfuegbar = verfuegbar.add(gewichte.get(i));
          summe = summe.add(gewichte.get(i).multiply(z[i]));
        }
      }
      e.anteil.put(r, verfuegbar.divide(gesamt, Statistik.MC));
      if (verfuegbar.signum() > 0 && verfuegbar.compareTo(soll) >= 0) {
        e.index.put(r, summe.divide(verfuegbar, Statistik.MC));
        @Nullable BigDecimal[] b = requireNonNull(e.beitrag.get(r));
        for (int i = 0; i < k; i++) {
          if (z[i] != null) {
            b[i] = gewichte.get(i).multiply(z[i]).divide(verfuegbar, Statistik.MC);
          }
        }
      }
    }
    return e;
  }
}
