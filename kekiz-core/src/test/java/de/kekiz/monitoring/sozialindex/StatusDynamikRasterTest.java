package de.kekiz.monitoring.sozialindex;

import static de.kekiz.monitoring.MonitoringTestdaten.ANFANG;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kommunaldaten;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Status × Dynamik grid")
class StatusDynamikRasterTest {

  private static final Indikator ARMUT = quote("test-armut", Polaritaet.HOEHER_IST_SCHLECHTER);
  private static final Sozialindexmodell MODELL =
      Sozialindexmodell.gleichgewichtet("Status", ARMUT.key());

  @Test
  @DisplayName("classes status by standard deviations and dynamics by the 3-year change")
  void handgerechnet() {
    // 2023: 10, 10, 10, 10, 50 % → mean 18, sd 16, z = −0.5 ×4 and +2 → e "sehr niedrig"
    // 2020: 10 % everywhere → change 0, 0, 0, 0, +40 → e "negativ", the others "stabil"
    Sozialraum[] r = {raum("a"), raum("b"), raum("c"), raum("d"), raum("e")};
    List<Messwert> m = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      m.add(wert(ARMUT, r[i], 2020, 10, 100));
      m.add(wert(ARMUT, r[i], 2023, i == 4 ? 50 : 10, 100));
    }
    Kommunaldaten d = Kommunaldaten.of(unna(r), List.of(ARMUT), m);
    StatusDynamik g =
        new StatusDynamikRaster()
            .einteilen(d, MODELL, Periode.jahr(2023), Sozialraumebene.STADTTEIL);
    assertThat(g.zelle(r[4].ref()).orElseThrow().status()).isEqualTo(Statusklasse.SEHR_NIEDRIG);
    assertThat(g.zelle(r[4].ref()).orElseThrow().dynamik()).isEqualTo(Dynamikklasse.NEGATIV);
    assertThat(g.zelle(r[4].ref()).orElseThrow().name()).isEqualTo(r[4].name());
    assertThat(g.zellen()).extracting(Rasterzelle::sozialraum).contains(r[4].ref()).hasSize(5);
    assertThat(Statusklasse.SEHR_NIEDRIG.bezeichnung()).isEqualTo("sehr niedrig");
    assertThat(Dynamikklasse.NEGATIV.bezeichnung()).isEqualTo("negativ");
    assertThat(g.anzahl(Statusklasse.MITTEL, Dynamikklasse.STABIL)).isEqualTo(4);
    assertThat(g.anzahl(Statusklasse.SEHR_NIEDRIG, Dynamikklasse.NEGATIV)).isEqualTo(1);
    assertThat(g.aufmerksamkeitsgebiete())
        .extracting(Rasterzelle::sozialraum)
        .containsExactly(r[4].ref());
    assertThat(g.status().periode()).isEqualTo(Periode.jahr(2023));
  }

  @Test
  @DisplayName("gives no dynamics to a Sozialraum whose boundary changed within the span")
  void gebietsstandwechsel() {
    SozialraumId id = SozialraumId.of(UNNA, "e");
    Sozialraum alt =
        Sozialraum.of(
            id,
            1,
            "E alt",
            Sozialraumebene.STADTTEIL,
            Zeitraum.of(ANFANG, LocalDate.of(2021, 12, 31)));
    Sozialraum neu =
        Sozialraum.of(id, 2, "E", Sozialraumebene.STADTTEIL, Zeitraum.ab(LocalDate.of(2022, 1, 1)));
    Sozialraum[] r = {raum("a"), raum("b"), raum("c")};
    List<Messwert> m = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      m.add(wert(ARMUT, r[i], 2020, 10 + i, 100));
      m.add(wert(ARMUT, r[i], 2023, 10 + 2 * i, 100));
    }
    m.add(wert(ARMUT, alt, 2020, 30, 100));
    m.add(wert(ARMUT, neu, 2023, 40, 100));
    Kommunaldaten d = Kommunaldaten.of(unna(r[0], r[1], r[2], alt, neu), List.of(ARMUT), m);
    StatusDynamik g =
        new StatusDynamikRaster()
            .einteilen(d, MODELL, Periode.jahr(2023), Sozialraumebene.STADTTEIL);
    Rasterzelle e = g.zelle(neu.ref()).orElseThrow();
    assertThat(e.statusklasse()).isPresent();
    assertThat(e.dynamikklasse()).isEmpty();
    assertThat(g.zelle(r[0].ref()).orElseThrow().dynamikklasse()).isPresent();
  }

  @Test
  @DisplayName("puts the limits into the middle class")
  void schwellen() {
    Rasterschwellen s = Rasterschwellen.STANDARD;
    assertThat(s.status()).isEqualByComparingTo("1");
    assertThat(s.statusSehrNiedrig()).isEqualByComparingTo("1.5");
    assertThat(s.dynamik()).isEqualByComparingTo("1");
    assertThat(s.status(new BigDecimal("-1.0001"))).isEqualTo(Statusklasse.HOCH);
    assertThat(s.status(new BigDecimal("-1"))).isEqualTo(Statusklasse.MITTEL);
    assertThat(s.status(new BigDecimal("1"))).isEqualTo(Statusklasse.MITTEL);
    assertThat(s.status(new BigDecimal("1.5"))).isEqualTo(Statusklasse.NIEDRIG);
    assertThat(s.status(new BigDecimal("1.5001"))).isEqualTo(Statusklasse.SEHR_NIEDRIG);
    assertThat(s.dynamik(new BigDecimal("-1.01"))).isEqualTo(Dynamikklasse.POSITIV);
    assertThat(s.dynamik(new BigDecimal("1"))).isEqualTo(Dynamikklasse.STABIL);
    assertThat(s.dynamik(new BigDecimal("1.01"))).isEqualTo(Dynamikklasse.NEGATIV);
    assertThatThrownBy(
            () -> new Rasterschwellen(new BigDecimal("2"), BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusDynamikRaster(0, s))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
