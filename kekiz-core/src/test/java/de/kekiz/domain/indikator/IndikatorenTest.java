package de.kekiz.domain.indikator;

import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN_404;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Indikatoren (catalogue)")
class IndikatorenTest {

  static Stream<Indikator> standard() {
    return Indikatoren.standard().stream();
  }

  static Stream<Indikator> seu() {
    return Stream.of(
        Indikatoren.seuSprache(),
        Indikatoren.seuKoerperkoordination(),
        Indikatoren.seuUebergewicht(),
        Indikatoren.seuAdipositas(),
        Indikatoren.seuVisuomotorik(),
        Indikatoren.u8U9Teilnahme(),
        Indikatoren.masernImpfung());
  }

  @Test
  @DisplayName("holds the eleven standard indicators, the SGB-II-Quote in two versions")
  void inhalt() {
    assertThat(Indikatoren.standard())
        .extracting(i -> i.ref().toString())
        .containsExactly(
            "sgb2-quote-u15@1",
            "sgb2-quote-u15@2",
            "betreuungsquote-u3@1",
            "seu-sprache@1",
            "seu-koerperkoordination@1",
            "seu-uebergewicht@1",
            "seu-adipositas@1",
            "seu-visuomotorik@1",
            "u8-u9-teilnahme@1",
            "masern-impfung@1",
            "hze-eckwert@1",
            "uebergangsquote-gymnasium@1");
  }

  @Test
  @DisplayName("returns every factory's indicator from standard()")
  void fabrikenImStandard() {
    assertThat(Indikatoren.standard())
        .containsExactlyInAnyOrder(
            Indikatoren.sgb2QuoteU15Version1(),
            Indikatoren.sgb2QuoteU15Version2(),
            Indikatoren.betreuungsquoteU3(),
            Indikatoren.seuSprache(),
            Indikatoren.seuKoerperkoordination(),
            Indikatoren.seuUebergewicht(),
            Indikatoren.seuAdipositas(),
            Indikatoren.seuVisuomotorik(),
            Indikatoren.u8U9Teilnahme(),
            Indikatoren.masernImpfung(),
            Indikatoren.hzeEckwert(),
            Indikatoren.uebergangsquoteGymnasium());
  }

  @Test
  @DisplayName("has no overlapping versions of one indicator, and no gap between them")
  void versionenLueckenlos() {
    Map<IndikatorKey, List<Indikator>> nachKey =
        Indikatoren.standard().stream().collect(Collectors.groupingBy(Indikator::key));
    for (List<Indikator> versionen : nachKey.values()) {
      for (int n = 1; n < versionen.size(); n++) {
        Indikator vorher = versionen.get(n - 1);
        Indikator nachher = versionen.get(n);
        assertThat(nachher.version()).isEqualTo(vorher.version() + 1);
        assertThat(vorher.gueltigkeit().bis()).isNotNull();
        assertThat(vorher.gueltigkeit().bis().plusDays(1)).isEqualTo(nachher.gueltigkeit().von());
      }
      assertThat(versionen.get(versionen.size() - 1).gueltigkeit().offen()).isTrue();
    }
  }

  @Nested
  @DisplayName("SGB-II-Quote unter 15")
  class Sgb2 {

    private final Indikator v1 = Indikatoren.sgb2QuoteU15Version1();
    private final Indikator v2 = Indikatoren.sgb2QuoteU15Version2();

    @Test
    @DisplayName("version 1 runs to 2015, version 2 from 2016")
    void versionen() {
      assertThat(v1.key()).isEqualTo(Indikatoren.SGB2_QUOTE_U15).isEqualTo(v2.key());
      assertThat(v1.gueltigkeit()).hasToString("2005-01-01..2015-12-31");
      assertThat(v2.gueltigkeit()).hasToString("2016-01-01..");
    }

    @Test
    @DisplayName("version 2 notes the 2016 revision and changes the numerator only")
    void revision() {
      assertThat(v1.aenderungshinweis()).isEmpty();
      assertThat(v2.aenderungshinweis()).get().asString().contains("Revision").contains("2016");
      assertThat(v2.zaehlerDefinition()).isNotEqualTo(v1.zaehlerDefinition());
      assertThat(v2)
          .usingRecursiveComparison()
          .comparingOnlyFields(
              "name",
              "faktor",
              "einheit",
              "anteil",
              "polaritaet",
              "quelle",
              "ebene",
              "periodizitaet",
              "stichtag",
              "dimensionen")
          .isEqualTo(v1);
      assertThat(v2.nennerDefinition()).isEqualTo(v1.nennerDefinition());
    }

    @Test
    @DisplayName("is a yearly share in %, higher is worse, from the Bundesagentur")
    void eigenschaften() {
      assertThat(v2.anteil()).isTrue();
      assertThat(v2.faktor()).isEqualByComparingTo("100");
      assertThat(v2.einheit()).isEqualTo("%");
      assertThat(v2.polaritaet()).isEqualTo(Polaritaet.HOEHER_IST_SCHLECHTER);
      assertThat(v2.quelle()).contains("Bundesagentur für Arbeit");
      assertThat(v2.nennerDefinition()).get().asString().contains("unter 15");
      assertThat(v2.periodizitaet()).isEqualTo(Periodizitaet.JAEHRLICH);
      assertThat(v2.ebene()).isEqualTo(RaeumlicheEbene.GEMEINDE);
    }

    @Test
    @DisplayName("picks version 1 for 2015 and version 2 for 2016")
    void gueltigeVersion() {
      List<Indikator> katalog = Indikatoren.standard();

      assertThat(
              Indikatoren.gueltigeVersion(katalog, Indikatoren.SGB2_QUOTE_U15, Periode.jahr(2015)))
          .contains(v1);
      assertThat(
              Indikatoren.gueltigeVersion(katalog, Indikatoren.SGB2_QUOTE_U15, Periode.jahr(2016)))
          .contains(v2);
      assertThat(
              Indikatoren.gueltigeVersion(katalog, Indikatoren.SGB2_QUOTE_U15, Periode.jahr(2004)))
          .isEmpty();
      assertThat(
              Indikatoren.gueltigeVersion(
                  katalog, Indikatoren.SGB2_QUOTE_U15, Periode.quartal(2016, 1)))
          .isEmpty();
    }
  }

  @Test
  @DisplayName("Betreuungsquote U3: yearly share at 1 March, higher is better, Jugendamt level")
  void betreuungsquote() {
    Indikator i = Indikatoren.betreuungsquoteU3();

    assertThat(i.key().wert()).isEqualTo("betreuungsquote-u3");
    assertThat(i.stichtag()).contains(MonthDay.of(3, 1));
    assertThat(i.stichtag(Periode.jahr(2023))).contains(LocalDate.of(2023, 3, 1));
    assertThat(i.periodizitaet()).isEqualTo(Periodizitaet.JAEHRLICH);
    assertThat(i.polaritaet()).isEqualTo(Polaritaet.HOEHER_IST_BESSER);
    assertThat(i.anteil()).isTrue();
    assertThat(i.ebene()).isEqualTo(RaeumlicheEbene.JUGENDAMT);
    assertThat(i.quelle()).contains("IT.NRW");
    assertThat(i.zaehlerDefinition()).contains("Kindertagespflege");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seu")
  @DisplayName("SEU indicators: share of examined children per school year of school entry")
  void seuIndikatoren(Indikator i) {
    assertThat(i.periodizitaet()).isEqualTo(Periodizitaet.SCHULJAHR);
    assertThat(i.anteil()).isTrue();
    assertThat(i.faktor()).isEqualByComparingTo("100");
    assertThat(i.nennerDefinition()).get().asString().contains("untersuchte Kinder");
    assertThat(i.quelle()).contains("Gesundheitsamt");
  }

  @Test
  @DisplayName("SEU findings are worse when higher, check-ups and vaccination better")
  void seuPolaritaet() {
    assertThat(
            Stream.of(
                Indikatoren.seuSprache(),
                Indikatoren.seuKoerperkoordination(),
                Indikatoren.seuUebergewicht(),
                Indikatoren.seuAdipositas(),
                Indikatoren.seuVisuomotorik()))
        .extracting(Indikator::polaritaet)
        .containsOnly(Polaritaet.HOEHER_IST_SCHLECHTER);
    assertThat(Indikatoren.u8U9Teilnahme().polaritaet()).isEqualTo(Polaritaet.HOEHER_IST_BESSER);
    assertThat(Indikatoren.masernImpfung().polaritaet()).isEqualTo(Polaritaet.HOEHER_IST_BESSER);
    assertThat(Indikatoren.seuUebergewicht().zaehlerDefinition()).contains("90. Perzentil");
    assertThat(Indikatoren.seuAdipositas().zaehlerDefinition()).contains("97. Perzentil");
  }

  @Test
  @DisplayName("HzE-Eckwert: per 10,000 persons under 21, context, not a share")
  void hze() {
    Indikator i = Indikatoren.hzeEckwert();

    assertThat(i.faktor()).isEqualTo(BigDecimal.valueOf(10_000));
    assertThat(i.anteil()).isFalse();
    assertThat(i.polaritaet()).isEqualTo(Polaritaet.NEUTRAL);
    assertThat(i.nennerDefinition()).get().asString().contains("unter 21");
    assertThat(i.zaehlerDefinition()).contains("andauernde").contains("beendete");
    assertThat(i.ebene()).isEqualTo(RaeumlicheEbene.JUGENDAMT);
    assertThat(i.dimensionen()).contains(Indikatoren.HILFEART);
  }

  @Test
  @DisplayName("Übergangsquote Gymnasium: per school year, context, Gemeinde level")
  void uebergang() {
    Indikator i = Indikatoren.uebergangsquoteGymnasium();

    assertThat(i.periodizitaet()).isEqualTo(Periodizitaet.SCHULJAHR);
    assertThat(i.polaritaet()).isEqualTo(Polaritaet.NEUTRAL);
    assertThat(i.anteil()).isTrue();
    assertThat(i.ebene()).isEqualTo(RaeumlicheEbene.GEMEINDE);
    assertThat(i.zaehlerDefinition()).contains("Gymnasium");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standard")
  @DisplayName("every standard indicator takes a plausible observation of 2023 and values it")
  void nimmtMesswertAn(Indikator i) {
    Periode periode = Periode.am(i.periodizitaet(), LocalDate.of(2023, 9, 1));
    if (!i.gilt(periode)) {
      periode = Periode.am(i.periodizitaet(), i.gueltigkeit().von());
    }
    Messwert m = Messwert.of(i.ref(), KOELN_404, periode, 10, 100);

    i.pruefe(m);
    assertThat(i.wert(m).orElseThrow()).isEqualByComparingTo(i.faktor().divide(BigDecimal.TEN));
    assertThat(i.name()).isNotBlank();
    assertThat(i.quelle()).isNotBlank();
    if (i.anteil()) {
      assertThat(i.einheit()).isEqualTo("%");
    }
    assertThat(i.revision()).isZero();
  }

  @Test
  @DisplayName("has unique refs")
  void eindeutig() {
    assertThat(Indikatoren.standard()).extracting(Indikator::ref).doesNotHaveDuplicates();
  }
}
