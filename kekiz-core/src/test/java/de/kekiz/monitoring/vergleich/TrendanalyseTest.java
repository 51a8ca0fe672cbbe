package de.kekiz.monitoring.vergleich;

import static de.kekiz.monitoring.MonitoringTestdaten.ANFANG;
import static de.kekiz.monitoring.MonitoringTestdaten.QUOTE;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.fehlend;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.quoteBuilder;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kommunaldaten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Trendanalyse")
class TrendanalyseTest {

  private static final Indikator Q = quote();
  private static final Sozialraum NORD = raum("nord");
  private static final Sozialraum SUED = raum("sued");
  private static final Trendanalyse FUENF = new Trendanalyse(5);

  /** nord 10, 12, 14, 16, 18 % in 2019–2023 (of 100 each); sued 20 % throughout. */
  private static List<Messwert> reihe() {
    List<Messwert> m = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      m.add(wert(Q, NORD, 2019 + j, 10 + 2 * j, 100));
      m.add(wert(Q, SUED, 2019 + j, 20, 100));
    }
    return m;
  }

  private static Kommunaldaten daten(List<Messwert> m, Indikator... i) {
    return Kommunaldaten.of(unna(NORD, SUED), i.length == 0 ? List.of(Q) : List.of(i), m);
  }

  private static Trend trend(Kommunaldaten d, Sozialraum s) {
    return FUENF
        .trend(d, QUOTE, Aufschluesselung.INSGESAMT, Gebiet.sozialraum(s.ref()), Periode.jahr(2023))
        .orElseThrow();
  }

  @Test
  @DisplayName("gives change and least-squares slope per period (10 → 18 %: +8 points, 2 a year)")
  void linear() {
    Trend t = trend(daten(reihe()), NORD);
    assertThat(t.veraenderung()).isEqualByComparingTo("8");
    assertThat(t.veraenderungWert()).containsSame(t.veraenderung());
    assertThat(t.steigung()).isEqualByComparingTo("2");
    assertThat(t.anzahlWerte()).isEqualTo(5);
    assertThat(t.von()).isEqualTo(Periode.jahr(2019));
    assertThat(t.bis()).isEqualTo(Periode.jahr(2023));
    assertThat(t.anfang().wert()).isEqualByComparingTo("10");
    assertThat(t.ende().wert()).isEqualByComparingTo("18");
    assertThat(t.bewertung()).isEqualTo(Bewertung.SCHLECHTER);
    assertThat(t.confStatus()).isEqualTo(ConfStatus.F);
  }

  @Test
  @DisplayName("keeps a gap's place in time (10, 12, –, 16, 18: still 2 a year)")
  void luecke() {
    List<Messwert> m = reihe();
    m.set(4, fehlend(Q, NORD, 2021));
    Trend t = trend(daten(m), NORD);
    assertThat(t.anzahlWerte()).isEqualTo(4);
    assertThat(t.steigung()).isEqualByComparingTo("2");
  }

  @Test
  @DisplayName("fits a line through values that are not on one (10, 11, 15: 2.5 a year)")
  void nichtLinear() {
    List<Messwert> m =
        List.of(
            wert(Q, NORD, 2021, 10, 100),
            wert(Q, NORD, 2022, 11, 100),
            wert(Q, NORD, 2023, 15, 100));
    Trend t =
        new Trendanalyse(3, Toleranz.absolut("10"))
            .trend(
                daten(m),
                QUOTE,
                Aufschluesselung.INSGESAMT,
                Gebiet.sozialraum(NORD.ref()),
                Periode.jahr(2023))
            .orElseThrow();
    assertThat(t.steigung()).isEqualByComparingTo("2.5");
    assertThat(t.bewertung()).isEqualTo(Bewertung.WIE_ERWARTET);
  }

  @Test
  @DisplayName("starts after a break in the series (OBS_STATUS B)")
  void bruch() {
    List<Messwert> m = reihe();
    m.set(4, m.get(4).withObsStatus(ObsStatus.B)); // nord 2021
    Trend t = trend(daten(m), NORD);
    assertThat(t.von()).isEqualTo(Periode.jahr(2021));
    assertThat(t.anzahlWerte()).isEqualTo(3);
  }

  @Test
  @DisplayName("does not mix indicator versions: the new definition starts a new series")
  void versionswechsel() {
    Indikator v1 =
        quoteBuilder(QUOTE, Polaritaet.HOEHER_IST_SCHLECHTER)
            .gueltigkeit(Zeitraum.of(ANFANG, LocalDate.of(2020, 12, 31)))
            .build();
    Indikator v2 =
        Indikator.builder(QUOTE, 2)
            .gueltigkeit(Zeitraum.ab(LocalDate.of(2021, 1, 1)))
            .name("neu")
            .zaehlerDefinition("neu")
            .nennerDefinition("Kinder")
            .faktor(100)
            .einheit("%")
            .anteil(true)
            .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
            .quelle("Test")
            .ebene(v1.ebene())
            .periodizitaet(v1.periodizitaet())
            .aenderungshinweis("neuer Zähler")
            .build();
    List<Messwert> m = new ArrayList<>();
    for (int j = 2019; j <= 2023; j++) {
      m.add(wert(j <= 2020 ? v1 : v2, NORD, j, j - 2000, 100));
    }
    Trend t = trend(daten(m, v1, v2), NORD);
    assertThat(t.indikator()).isEqualTo(v2.ref());
    assertThat(t.von()).isEqualTo(Periode.jahr(2021));
    assertThat(t.steigung()).isEqualByComparingTo("1");
  }

  @Test
  @DisplayName("follows one boundary version: after a change the series starts anew")
  void gebietsstand() {
    SozialraumId id = SozialraumId.of(UNNA, "nord");
    Sozialraum alt =
        Sozialraum.of(
            id,
            1,
            "Nord alt",
            Sozialraumebene.STADTTEIL,
            Zeitraum.of(ANFANG, LocalDate.of(2021, 12, 31)));
    Sozialraum neu =
        Sozialraum.of(
            id, 2, "Nord", Sozialraumebene.STADTTEIL, Zeitraum.ab(LocalDate.of(2022, 1, 1)));
    List<Messwert> m = new ArrayList<>();
    for (int j = 2019; j <= 2023; j++) {
      m.add(wert(Q, j <= 2021 ? alt : neu, j, j - 2010, 100));
    }
    Kommunaldaten d = Kommunaldaten.of(unna(alt, neu), List.of(Q), m);
    Trend t =
        FUENF
            .trend(
                d,
                QUOTE,
                Aufschluesselung.INSGESAMT,
                Gebiet.sozialraum(neu.ref()),
                Periode.jahr(2023))
            .orElseThrow();
    assertThat(t.anzahlWerte()).isEqualTo(2);
    assertThat(t.von()).isEqualTo(Periode.jahr(2022));
  }

  @Test
  @DisplayName("gives no change or slope over a suppressed value, and no verdict")
  void gesperrt() {
    List<Messwert> m = reihe();
    m.set(0, m.get(0).withConfStatus(ConfStatus.A)); // nord 2019
    Trend t = trend(daten(m), NORD);
    assertThat(t.veraenderung()).isNull();
    assertThat(t.veraenderungWert()).isEmpty();
    assertThat(t.steigung()).isNull();
    assertThat(t.steigungWert()).isEmpty();
    assertThat(t.confStatus()).isEqualTo(ConfStatus.A);
    assertThat(t.bewertung()).isEqualTo(Bewertung.KEINE_AUSSAGE);
    assertThat(t.anfang().hatWert()).isFalse();
    assertThat(t.ende().hatWert()).isTrue();
  }

  @Test
  @DisplayName("needs two values for a slope, and has no trend without any value")
  void zuWenigWerte() {
    Kommunaldaten d = daten(List.of(wert(Q, NORD, 2023, 1, 10)));
    Trend t = trend(d, NORD);
    assertThat(t.anzahlWerte()).isEqualTo(1);
    assertThat(t.steigung()).isNull();
    assertThat(t.bewertung()).isEqualTo(Bewertung.KEINE_AUSSAGE);
    assertThat(
            FUENF.trend(
                d,
                QUOTE,
                Aufschluesselung.INSGESAMT,
                Gebiet.sozialraum(SUED.ref()),
                Periode.jahr(2023)))
        .isEmpty();
  }

  @Test
  @DisplayName("computes the Kommune's trend from its sums, then each Sozialraum's")
  void alleTrends() {
    List<Trend> t =
        FUENF.trends(daten(reihe()), QUOTE, Aufschluesselung.INSGESAMT, Periode.jahr(2023));
    assertThat(t)
        .extracting(x -> x.gebiet().toString())
        .containsExactly("05978036", "05978036:nord@1", "05978036:sued@1");
    // the Kommune: 30/200, 32/200, … 38/200: from 15 to 19 %, 1 point a year
    assertThat(t.get(0).steigung()).isEqualByComparingTo("1");
    assertThat(t.get(2).veraenderung()).isEqualByComparingTo("0");
    assertThat(t.get(2).bewertung()).isEqualTo(Bewertung.WIE_ERWARTET);
  }

  @Test
  @DisplayName("rejects a window below two periods and an area of another Kommune")
  void falsch() {
    assertThatThrownBy(() -> new Trendanalyse(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1");
    assertThatThrownBy(
            () ->
                FUENF.trend(
                    daten(reihe()),
                    QUOTE,
                    Aufschluesselung.INSGESAMT,
                    Gebiet.kommune(Gemeindeschluessel.parse("05978020")),
                    Periode.jahr(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("05978020");
  }
}
