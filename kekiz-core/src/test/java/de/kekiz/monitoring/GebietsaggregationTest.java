package de.kekiz.monitoring;

import static de.kekiz.monitoring.MonitoringTestdaten.ANFANG;
import static de.kekiz.monitoring.MonitoringTestdaten.BOENEN;
import static de.kekiz.monitoring.MonitoringTestdaten.KAMEN;
import static de.kekiz.monitoring.MonitoringTestdaten.KREIS;
import static de.kekiz.monitoring.MonitoringTestdaten.KREIS_UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gebietsaggregation")
class GebietsaggregationTest {

  private static final Indikator QUOTE = quote();
  private static final Reihe REIHE = Reihe.insgesamt(QUOTE.ref());
  private static final Periode J2023 = Periode.jahr(2023);
  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");

  private static Kommune kommune(Gemeindeschluessel ags, Kommunenart art) {
    Kommune.Builder b = Kommune.builder(ags, "Kommune " + ags, art);
    switch (art) {
      case KREISFREIE_STADT:
        return b.kreisfrei(true).kreis(null).jugendamt(ags).build();
      case KREIS:
        return b.kreisfrei(false).kreis(null).jugendamt(ags).build();
      case KREISANGEHOERIGE_GEMEINDE:
        return b.kreisfrei(false).kreis(ags.kreis()).jugendamt(KREIS_UNNA).build();
      default:
        return b.kreisfrei(false).kreis(ags.kreis()).jugendamt(ags).build();
    }
  }

  private static Kommunaldaten daten(Kommune k, long zaehler, long nenner) {
    return Kommunaldaten.of(k, List.of(QUOTE), List.of(wert(QUOTE, k.id(), 2023, zaehler, nenner)));
  }

  private static final Kommune UNNA_STADT =
      kommune(UNNA, Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
  private static final Kommune KAMEN_STADT =
      kommune(KAMEN, Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT);
  private static final Kommune BOENEN_GEMEINDE =
      kommune(BOENEN, Kommunenart.KREISANGEHOERIGE_GEMEINDE);
  private static final Kommune KOELN_STADT = kommune(KOELN, Kommunenart.KREISFREIE_STADT);

  @Test
  @DisplayName("sums Gemeinden to their Kreis and all to the Land, numerators and denominators")
  void kreisUndLand() {
    Gebietsaggregation g =
        new Gebietsaggregation(List.of(QUOTE))
            .add(daten(UNNA_STADT, 100, 1000))
            .add(daten(KAMEN_STADT, 50, 250))
            .add(daten(BOENEN_GEMEINDE, 10, 250))
            .add(daten(KOELN_STADT, 300, 1500));
    Kennzahl kreis = g.kreis(KREIS, REIHE, J2023).orElseThrow();
    assertThat(kreis.gebiet()).isEqualTo(Gebiet.kreis(KREIS));
    assertThat(kreis.zaehler()).isEqualByComparingTo("160");
    assertThat(kreis.nenner()).isEqualByComparingTo("1500");
    assertThat(kreis.wert()).isEqualByComparingTo("10.66666666666667");
    Kennzahl land = g.land("05", REIHE, J2023).orElseThrow();
    assertThat(land.zaehler()).isEqualByComparingTo("460");
    assertThat(land.nenner()).isEqualByComparingTo("3000");
    // a kreisfreie Stadt is its own Kreis
    assertThat(g.kreis(Kreisschluessel.parse("05315"), REIHE, J2023).orElseThrow().zaehler())
        .isEqualByComparingTo("300");
    assertThat(g.kreise()).containsExactly(Kreisschluessel.parse("05315"), KREIS);
    assertThat(g.anzahlGemeinden()).isEqualTo(4);
    assertThat(g.kennzahlen()).hasSize(3);
  }

  @Test
  @DisplayName("leaves out figures a Kreis holds for itself, so nothing is counted twice")
  void kreisSelbstZaehltNicht() {
    Gebietsaggregation g =
        new Gebietsaggregation(List.of(QUOTE))
            .add(daten(UNNA_STADT, 100, 1000))
            .add(daten(kommune(KREIS_UNNA, Kommunenart.KREIS), 999, 9999));
    assertThat(g.kreis(KREIS, REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
  }

  @Test
  @DisplayName("reports a Kreis as missing when an expected Gemeinde has no value")
  void erwarteteGemeindeFehlt() {
    Gebietsaggregation g =
        new Gebietsaggregation(List.of(QUOTE))
            .erwarte(List.of(UNNA, KAMEN))
            .add(daten(UNNA_STADT, 100, 1000));
    Kennzahl kreis = g.kreis(KREIS, REIHE, J2023).orElseThrow();
    assertThat(kreis.obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(kreis.hatWert()).isFalse();
    // a Gemeinde that is added but has no value in the period also makes the sum missing
    Kommune sued =
        kommune(Gemeindeschluessel.parse("05978040"), Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT);
    Gebietsaggregation h =
        new Gebietsaggregation(List.of(QUOTE))
            .add(daten(UNNA_STADT, 100, 1000))
            .add(
                Kommunaldaten.of(
                    sued, List.of(QUOTE), List.of(wert(QUOTE, sued.id(), 2022, 1, 10))));
    assertThat(h.land("05", REIHE, J2023).orElseThrow().obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(h.land("05", REIHE, Periode.jahr(2022)).orElseThrow().obsStatus())
        .isEqualTo(ObsStatus.M);
  }

  @Test
  @DisplayName("counts Aachen, kreisfrei by law, to the StädteRegion its key names")
  void aachen() {
    Gemeindeschluessel aachen = Gemeindeschluessel.parse("05334002");
    Kommune a =
        Kommune.builder(aachen, "Aachen", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
            .kreisfrei(true)
            .kreis(Kreisschluessel.parse("05334"))
            .jugendamt(aachen)
            .build();
    Gebietsaggregation g = new Gebietsaggregation(List.of(QUOTE)).add(daten(a, 7, 70));
    assertThat(g.kreis(Kreisschluessel.parse("05334"), REIHE, J2023).orElseThrow().zaehler())
        .isEqualByComparingTo("7");
  }

  @Test
  @DisplayName("rejects the same Gemeinde added twice")
  void doppelt() {
    Gebietsaggregation g = new Gebietsaggregation(List.of(QUOTE)).add(daten(UNNA_STADT, 1, 10));
    assertRegelverstoss(
        () -> g.add(daten(UNNA_STADT, 1, 10)), "monitoring.kommune-doppelt", "05978036");
  }

  @Test
  @DisplayName("knows nothing about an area, series or period it never saw")
  void unbekannt() {
    Gebietsaggregation g = new Gebietsaggregation(List.of(QUOTE)).add(daten(UNNA_STADT, 1, 10));
    assertThat(g.kreis(Kreisschluessel.parse("05315"), REIHE, J2023)).isEmpty();
    assertThat(g.land("05", REIHE, Periode.jahr(2000))).isEmpty();
    assertThat(Referenzwerte.keine().land("05", REIHE, J2023)).isEmpty();
    assertThat(Zeitraum.ab(ANFANG).enthaelt(J2023.beginn())).isTrue();
  }
}
