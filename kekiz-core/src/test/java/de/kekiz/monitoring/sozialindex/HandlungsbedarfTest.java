package de.kekiz.monitoring.sozialindex;

import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.A;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.ARMUT;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.BETREUUNG;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.C;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.D;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.MODELL;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.daten;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.werte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Handlungsbedarf")
class HandlungsbedarfTest {

  private static List<Bedarfsrang> rangfolge(List<Messwert> m, int treiber) {
    return new Handlungsbedarf(treiber)
        .rangfolge(daten(m), MODELL, Periode.jahr(2023), Sozialraumebene.STADTTEIL);
  }

  @Test
  @DisplayName("ranks by need and names the drivers, strongest first")
  void rangfolgeMitTreibern() {
    List<Bedarfsrang> r = rangfolge(werte(2023), 3);
    assertThat(r)
        .extracting(Bedarfsrang::sozialraum)
        .containsExactly(D.ref(), C.ref(), SozialindexTestdaten.B.ref(), A.ref());
    assertThat(r.get(0).rang()).isEqualTo(1);
    assertThat(r.get(0).rangplatz()).hasValue(1);
    assertThat(r.get(0).name()).isEqualTo(D.name());
    assertThat(r.get(0).index().indexWert()).containsSame(r.get(0).index().index());
    assertThat(r.get(0).index().rangplatz()).hasValue(r.get(0).index().rang());
    // d: armut contributes 2 · 1.3416 / 3 = 0.894, betreuung 1.4142 / 3 = 0.471
    assertThat(r.get(0).treiber())
        .extracting(Treiber::indikator)
        .containsExactly(ARMUT.key(), BETREUUNG.key());
    assertThat(r.get(0).treiber().get(0).beitrag())
        .isGreaterThan(r.get(0).treiber().get(1).beitrag());
    // c: only armut is above average; a is below average everywhere
    assertThat(r.get(1).treiber()).extracting(Treiber::indikator).containsExactly(ARMUT.key());
    assertThat(r.get(3).treiber()).isEmpty();
  }

  @Test
  @DisplayName("names at most the number of drivers asked for")
  void anzahl() {
    assertThat(rangfolge(werte(2023), 1).get(0).treiber()).hasSize(1);
    assertThatThrownBy(() -> new Handlungsbedarf(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("names a suppressed driver without its contribution")
  void gesperrterTreiber() {
    List<Messwert> m = new ArrayList<>(werte(2023));
    m.set(6, m.get(6).withConfStatus(ConfStatus.A)); // armut of d
    Bedarfsrang d = rangfolge(m, 3).get(0);
    assertThat(d.treiber().get(0).indikator()).isEqualTo(ARMUT.key());
    assertThat(d.treiber().get(0).beitrag()).isNull();
    assertThat(d.treiber().get(0).wert().hatWert()).isFalse();
    assertThat(d.treiber().get(1).beitragWert()).isPresent();
  }
}
