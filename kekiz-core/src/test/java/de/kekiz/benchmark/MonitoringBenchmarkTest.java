package de.kekiz.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.fixtures.NrwDatensatz;
import de.kekiz.monitoring.Gebietsaggregation;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's generator and harness on a small data set: they work, nothing is timed. */
@DisplayName("Monitoring benchmark (small data set, not timed)")
class MonitoringBenchmarkTest {

  private static final NrwDatensatz KLEIN = new NrwDatensatz(42L, 400, 3, 6);

  @Test
  @DisplayName("generates the announced number of Messwerte, the same ones every time")
  void generator() {
    assertThat(KLEIN.anzahlKommunen()).isEqualTo(394);
    assertThat(KLEIN.anzahlMesswerte()).isEqualTo(400L * 3 * 6);
    long n = 0;
    List<Messwert> erste = new ArrayList<>();
    for (Iterator<NrwDatensatz.Kommunalpaket> it = KLEIN.kommunen(); it.hasNext(); ) {
      NrwDatensatz.Kommunalpaket p = it.next();
      for (Messwert m : p.messwerte()) {
        if (n == erste.size()) {
          erste.add(m); // the first Kommune's, while they come
        }
        n++;
      }
      if (erste.size() < n) {
        erste.add(null);
      }
    }
    erste.remove(erste.size() - 1);
    assertThat(n).isEqualTo(KLEIN.anzahlMesswerte());
    List<Messwert> nochmal = new ArrayList<>();
    for (Messwert m : KLEIN.kommunen().next().messwerte()) {
      nochmal.add(m);
    }
    assertThat(nochmal).isEqualTo(erste.subList(0, nochmal.size()));
  }

  @Test
  @DisplayName("runs both passes deterministically; the Land is the sum of all Kommunen")
  void harness() {
    MonitoringBenchmark.Ergebnis a = MonitoringBenchmark.lauf(KLEIN);
    MonitoringBenchmark.Ergebnis b = MonitoringBenchmark.lauf(KLEIN);
    assertThat(a.kommunen()).isEqualTo(394);
    assertThat(a.messwerte()).isEqualTo(KLEIN.anzahlMesswerte());
    assertThat(a.pruefsumme()).isEqualTo(b.pruefsumme());
    assertThat(a.reichweite().nenner()).isPositive();
    assertThat(a.bericht()).contains("Messwerte/s", "peak heap used");

    Gebietsaggregation g = new Gebietsaggregation(KLEIN.indikatoren()).erwarte(KLEIN.gemeinden());
    BigDecimal summe = BigDecimal.ZERO;
    Reihe reihe = Reihe.insgesamt(KLEIN.indikatoren().get(2).ref());
    Periode p = Periode.jahr(KLEIN.letztesJahr());
    boolean vollstaendig = true;
    for (Iterator<NrwDatensatz.Kommunalpaket> it = KLEIN.kommunen(); it.hasNext(); ) {
      NrwDatensatz.Kommunalpaket paket = it.next();
      Kommunaldaten d = Kommunaldaten.of(paket.kommune(), KLEIN.indikatoren(), paket.messwerte());
      g.add(d);
      Messwert k = d.kommunewert(reihe, p).orElseThrow();
      if (k.zaehler() == null) {
        vollstaendig = false;
      } else {
        summe = summe.add(k.zaehler());
      }
    }
    Kennzahl land = g.land("05", reihe, p).orElseThrow();
    if (vollstaendig) {
      assertThat(land.zaehler()).isEqualByComparingTo(summe);
    } else {
      assertThat(land.hatWert()).isFalse();
    }
  }
}
