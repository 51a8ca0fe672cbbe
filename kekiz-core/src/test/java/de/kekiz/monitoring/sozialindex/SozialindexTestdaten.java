package de.kekiz.monitoring.sozialindex;

import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.monitoring.Kommunaldaten;
import java.util.ArrayList;
import java.util.List;

/**
 * Four Stadtteile a–d with two indicators, computed by hand:
 *
 * <pre>
 *          armut (higher worse, weight 2)   betreuung (higher better, weight 1)
 *   a      10 %   z = −1.3416               40 %   z = +1.4142 → oriented −1.4142
 *   b      20 %   z = −0.4472               30 %   z = 0
 *   c      30 %   z = +0.4472               30 %   z = 0
 *   d      40 %   z = +1.3416               20 %   z = −1.4142 → oriented +1.4142
 *   index = (2 · z_armut + z_betreuung') / 3:  a −1.36583, b −0.29814, c +0.29814, d +1.36583
 * </pre>
 *
 * (mean 25 and 30, population standard deviations √125 and √50).
 */
final class SozialindexTestdaten {
  private SozialindexTestdaten() {}

  static final Indikator ARMUT = quote("test-armut", Polaritaet.HOEHER_IST_SCHLECHTER);
  static final Indikator BETREUUNG = quote("test-betreuung", Polaritaet.HOEHER_IST_BESSER);
  static final Sozialraum A = raum("a");
  static final Sozialraum B = raum("b");
  static final Sozialraum C = raum("c");
  static final Sozialraum D = raum("d");
  static final Sozialindexmodell MODELL =
      Sozialindexmodell.of(
          "Testindex", Gewicht.of(ARMUT.key(), "2"), Gewicht.of(BETREUUNG.key(), "1"));

  static List<Messwert> werte(int jahr) {
    List<Messwert> m = new ArrayList<>();
    long[] armut = {10, 20, 30, 40};
    long[] betreuung = {40, 30, 30, 20};
    Sozialraum[] r = {A, B, C, D};
    for (int i = 0; i < 4; i++) {
      m.add(wert(ARMUT, r[i], jahr, armut[i], 100));
      m.add(wert(BETREUUNG, r[i], jahr, betreuung[i], 100));
    }
    return m;
  }

  static Kommunaldaten daten(List<Messwert> m, Sozialraum... weitere) {
    List<Sozialraum> raeume = new ArrayList<>(List.of(A, B, C, D));
    raeume.addAll(List.of(weitere));
    // statuses as given (the secondary suppression is tested with Kommunaldaten)
    return Kommunaldaten.builder(unna(raeume.toArray(new Sozialraum[0])), List.of(ARMUT, BETREUUNG))
        .ohneGeheimhaltung()
        .addAll(m)
        .build();
  }
}
