package de.kekiz.reporting.bericht;

import static de.kekiz.reporting.bericht.BerichtFixtures.AHLEN;
import static de.kekiz.reporting.bericht.BerichtFixtures.INNENSTADT;
import static de.kekiz.reporting.bericht.BerichtFixtures.NORD;
import static de.kekiz.reporting.bericht.BerichtFixtures.SUED_OST;
import static de.kekiz.reporting.bericht.BerichtFixtures.VORHELM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Regelverstoss;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The Monitoringbericht")
class MonitoringberichtTest {

  private final Monitoringbericht bericht = BerichtFixtures.ahlen();

  private static Raumbezug raum(SozialraumId id) {
    return Raumbezug.of(SozialraumRef.of(id, 1));
  }

  private static Zeitreihe zeile(Indikatorauswertung a, SozialraumId id) {
    return a.gebiete().stream().filter(z -> z.gebiet().raum().equals(raum(id))).findFirst().orElseThrow();
  }

  @Nested
  @DisplayName("keeps small numbers out")
  class Geheimhaltung {

    @Test
    @DisplayName("drops numerator and denominator of every suppressed Messwert")
    void entferntZahlen() {
      List<Messwert> gesperrt =
          bericht.messwerte().stream().filter(m -> !m.confStatus().veroeffentlichbar()).toList();
      assertThat(gesperrt).hasSize(2);
      assertThat(gesperrt).allSatisfy(m -> {
        assertThat(m.zaehler()).isNull();
        assertThat(m.nenner()).isNull();
      });
      assertThat(bericht.gesperrteMesswerte()).isEqualTo(2);
    }

    @Test
    @DisplayName("keeps the numbers of publishable Messwerte")
    void behaeltOeffentliche() {
      assertThat(BerichtFixtures.ahlenOhneSperre().messwerte())
          .anyMatch(m -> m.zaehler() != null && m.zaehler().intValue() == 7777);
    }

    @Test
    @DisplayName("shows a suppressed value as a cell without number, ranked nowhere")
    void gesperrteZelle() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      Zeitreihe vorhelm = zeile(sgb2, VORHELM);
      assertThat(vorhelm.letzte().gesperrt()).isTrue();
      assertThat(vorhelm.letzte().wert()).isNull();
      assertThat(vorhelm.rang()).isNull();
      assertThat(vorhelm.abweichung()).isNull();
    }

    @Test
    @DisplayName("rejects a suppressed cell that carries a number")
    void zelleMitZahl() {
      assertThatThrownBy(() -> new Zelle(BigDecimal.ONE, null, null, de.kekiz.domain.indikator.ObsStatus.A, ConfStatus.A))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("suppressed");
    }
  }

  @Nested
  @DisplayName("builds one table per indicator")
  class Tabellen {

    @Test
    @DisplayName("sorted by key, with the periods as columns and the Kommune as reference row")
    void tabellen() {
      assertThat(bericht.auswertungen()).extracting(a -> a.indikator().key().toString())
          .containsExactly("betreuungsquote-u3", "hze-eckwert", "seu-sprache", "sgb2-quote-u15");
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      assertThat(sgb2.perioden()).hasSize(10).first().isEqualTo(Periode.jahr(2012));
      assertThat(sgb2.kommune().gebiet().name()).isEqualTo("Ahlen");
      assertThat(sgb2.gebiete()).extracting(z -> z.gebiet().name())
          .containsExactly("Innenstadt", "Süd/Ost", "Nord", "Vorhelm");
      assertThat(sgb2.kommune().letzte().wert()).isEqualByComparingTo("21.5");
    }

    @Test
    @DisplayName("titles a table with the newest definition and marks the break between versions")
    void bruch() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      assertThat(sgb2.indikator()).isEqualTo(Indikatoren.sgb2QuoteU15Version2());
      assertThat(sgb2.versionen()).hasSize(2);
      assertThat(sgb2.bruchVor(4)).isTrue(); // 2016
      assertThat(sgb2.bruchVor(3)).isFalse();
      assertThat(sgb2.bruchVor(5)).isFalse();
    }

    @Test
    @DisplayName("ranks the greatest need first: the highest value where higher is worse")
    void rangSchlechter() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      assertThat(zeile(sgb2, NORD).rang()).isEqualTo(1);
      assertThat(zeile(sgb2, SUED_OST).rang()).isEqualTo(2);
      assertThat(zeile(sgb2, INNENSTADT).rang()).isEqualTo(3);
    }

    @Test
    @DisplayName("ranks the lowest value first where higher is better")
    void rangBesser() {
      Indikatorauswertung u3 = bericht.auswertung(Indikatoren.BETREUUNGSQUOTE_U3).orElseThrow();
      assertThat(zeile(u3, INNENSTADT).rang()).isEqualTo(1);
      assertThat(zeile(u3, SUED_OST).rang()).isEqualTo(2);
      assertThat(zeile(u3, VORHELM).rang()).isEqualTo(3);
      assertThat(zeile(u3, NORD).rang()).isNull();
    }

    @Test
    @DisplayName("gives equal values the same rank and skips the next (1, 1, 3)")
    void gleicheRaenge() {
      List<Messwert> m = new ArrayList<>();
      var ref = Indikatoren.seuSprache().ref();
      Periode p = Periode.schuljahr(2020);
      m.add(Messwert.of(ref, raum(INNENSTADT), p, 30, 100));
      m.add(Messwert.of(ref, raum(SUED_OST), p, 30, 100));
      m.add(Messwert.of(ref, raum(NORD), p, 10, 100));
      Monitoringbericht b =
          Monitoringbericht.builder(BerichtFixtures.ahlenKommune("Süd/Ost"), BerichtFixtures.STICHTAG)
              .indikator(Indikatoren.seuSprache()).messwerte(m).build();
      Indikatorauswertung a = b.auswertungen().get(0);
      assertThat(a.gebiete()).extracting(Zeitreihe::rang).containsExactly(1, 1, 3);
    }

    @Test
    @DisplayName("gives each area its distance to the Kommune in the latest period")
    void abweichung() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      assertThat(zeile(sgb2, NORD).abweichung()).isEqualByComparingTo("2.5");
      assertThat(zeile(sgb2, INNENSTADT).abweichung()).isEqualByComparingTo("-7.5");
    }

    @Test
    @DisplayName("takes the trend over the monitoring's window of five periods")
    void trend() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      Trend t = zeile(sgb2, INNENSTADT).trend();
      assertThat(t.von()).isEqualTo(Periode.jahr(2017));
      assertThat(t.bis()).isEqualTo(Periode.jahr(2021));
      assertThat(t.aenderung()).isEqualByComparingTo("-2"); // 16 % in 2017, 14 % in 2021
      assertThat(t.richtung()).isEqualTo(Trendrichtung.FALLEND);
      Trend u3 = zeile(bericht.auswertung(Indikatoren.BETREUUNGSQUOTE_U3).orElseThrow(), INNENSTADT).trend();
      assertThat(u3.richtung()).isEqualTo(Trendrichtung.STEIGEND);
      assertThat(u3.aenderung()).isEqualByComparingTo("4");
      Monitoringbericht lang = bericht.toBuilder().trendperioden(10).build();
      Trend zehn = zeile(lang.auswertung(Indikatoren.BETREUUNGSQUOTE_U3).orElseThrow(), INNENSTADT).trend();
      assertThat(zehn.von()).isEqualTo(Periode.jahr(2012));
      assertThat(zehn.aenderung()).isEqualByComparingTo("9");
    }

    @Test
    @DisplayName("takes no suppressed value into a trend")
    void trendGesperrt() {
      Indikatorauswertung sgb2 = bericht.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
      Trend t = zeile(sgb2, VORHELM).trend();
      assertThat(t.bis()).isEqualTo(Periode.jahr(2020)); // the suppressed 2021 value is absent
      assertThat(t.aenderung()).isEqualByComparingTo("0"); // 31 % in 2017 and 2020
    }

    @Test
    @DisplayName("leaves the trend unknown with fewer than two publishable values")
    void trendUnbekannt() {
      var ref = Indikatoren.seuSprache().ref();
      Monitoringbericht b =
          Monitoringbericht.builder(BerichtFixtures.ahlenKommune("Süd/Ost"), BerichtFixtures.STICHTAG)
              .indikator(Indikatoren.seuSprache())
              .messwerte(List.of(Messwert.of(ref, raum(NORD), Periode.schuljahr(2020), 1, 10)))
              .build();
      assertThat(b.auswertungen().get(0).gebiete().get(0).trend()).isEqualTo(Trend.unbekannt());
    }
  }

  @Nested
  @DisplayName("judges the Leitbild's goals")
  class Ziele {

    @Test
    @DisplayName("with the latest observation up to the reference date")
    void ziele() {
      assertThat(bericht.ziele()).hasSize(3);
      Zielstatus u3 = bericht.ziele().get(0);
      assertThat(u3.gebiet().name()).isEqualTo("Ahlen");
      assertThat(u3.periode()).isEqualTo(Periode.jahr(2021));
      assertThat(u3.istwert().wert()).isEqualByComparingTo("34");
      assertThat(u3.erreichung()).isEqualTo(Zielerreichung.VERFEHLT); // deadline 1 March 2022 passed
      Zielstatus suedOst = bericht.ziele().get(1);
      assertThat(suedOst.gebiet().name()).isEqualTo("Süd/Ost");
      assertThat(suedOst.erreichung()).isEqualTo(Zielerreichung.ERREICHT);
    }

    @Test
    @DisplayName("judges a goal whose latest value is suppressed by the latest published one")
    void gesperrt() {
      Zielstatus vorhelm = bericht.ziele().get(2);
      assertThat(vorhelm.periode()).isEqualTo(Periode.jahr(2020));
      assertThat(vorhelm.istwert().wert()).isEqualByComparingTo("31");
      assertThat(vorhelm.erreichung()).isEqualTo(Zielerreichung.GEFAEHRDET);
    }

    @Test
    @DisplayName("reports no data for a goal on an indicator without observations")
    void keineDaten() {
      Monitoringbericht b =
          Monitoringbericht.builder(BerichtFixtures.ahlenKommune("Süd/Ost"), BerichtFixtures.STICHTAG)
              .leitbild(LeitbildFixtures.ahlen()).build();
      assertThat(b.ziele()).isNotEmpty().allSatisfy(z -> assertThat(z.erreichung()).isEqualTo(Zielerreichung.KEINE_DATEN));
    }
  }

  @Nested
  @DisplayName("ranks the areas by need")
  class Sozialindexe {

    @Test
    @DisplayName("from the indicators with a polarity, each area with a class")
    void index() {
      Sozialindex s = bericht.sozialindex().orElseThrow();
      assertThat(s.indikatoren()).extracting(Object::toString)
          .containsExactly("betreuungsquote-u3", "seu-sprache", "sgb2-quote-u15");
      assertThat(s.werte()).hasSize(4).allSatisfy(w -> assertThat(w.klasse()).isBetween(1, 4));
    }

    @Test
    @DisplayName("puts the area with the highest index first in the Handlungsbedarf ranking")
    void handlungsbedarf() {
      List<Handlungsbedarf> h = bericht.handlungsbedarf();
      assertThat(h).hasSize(4);
      assertThat(h.get(0).rang()).isEqualTo(1);
      for (int i = 1; i < h.size(); i++) {
        assertThat(h.get(i).index()).isLessThanOrEqualTo(h.get(i - 1).index());
      }
      // Nord: highest SGB-II quota and the worst SEU values
      assertThat(h.get(0).gebiet().name()).isEqualTo("Nord");
      assertThat(h.get(0).auffaellig()).extracting(Object::toString).contains("sgb2-quote-u15");
    }

    @Test
    @DisplayName("uses only the chosen indicators when some are chosen")
    void gewaehlt() {
      Monitoringbericht b = bericht.toBuilder().sozialindexIndikatoren(List.of(Indikatoren.SEU_SPRACHE)).build();
      assertThat(b.sozialindex().orElseThrow().indikatoren()).extracting(Object::toString).containsExactly("seu-sprache");
    }
  }

  @Test
  @DisplayName("counts the active Angebote per Lebensphase and Handlungsfeld and finds open transitions")
  void luecken() {
    Lueckenanalyse l = bericht.luecken().orElseThrow();
    assertThat(l.lebensphasen()).hasSize(5);
    int kita = 1;
    int bildung = l.handlungsfelder().stream().map(f -> f.key()).toList().indexOf("bildung");
    assertThat(l.anzahl(kita, bildung)).isEqualTo(1);
    assertThat(l.uebergaenge()).extracting(u -> u.uebergang().key() + "=" + u.angebote())
        .contains("kita-grundschule=1", "schwangerschaft-geburt-kita=1", "grundschule-weiterfuehrende-schule=0");
    assertThat(l.offeneUebergaenge()).extracting(u -> u.uebergang().key())
        .isEqualTo(KetteFixtures.ahlen().offeneUebergaenge().stream().map(u -> u.key()).toList());
  }

  @Nested
  @DisplayName("checks its inputs")
  class Regeln {

    @Test
    @DisplayName("rejects a Leitbild of another Kommune")
    void leitbildFremd() {
      var fremd = LeitbildFixtures.ahlenBuilder().build();
      Kommune koeln = Kommune.builder(Gemeindeschluessel.of("05315000"), "Köln", Kommunenart.KREISFREIE_STADT).build();
      assertThatThrownBy(() -> Monitoringbericht.builder(koeln, BerichtFixtures.STICHTAG).leitbild(fremd).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.leitbild-andere-kommune"))
          .hasMessageContaining("05570004");
    }

    @Test
    @DisplayName("rejects a Präventionskette of another Kommune")
    void ketteFremd() {
      Kommune koeln = Kommune.builder(Gemeindeschluessel.of("05315000"), "Köln", Kommunenart.KREISFREIE_STADT).build();
      assertThatThrownBy(() -> Monitoringbericht.builder(koeln, BerichtFixtures.STICHTAG).kette(KetteFixtures.ahlen()).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.kette-andere-kommune"));
    }

    @Test
    @DisplayName("rejects a Messwert of a Sozialraum the Kommune does not have")
    void fremdesGebiet() {
      Messwert m = Messwert.of(Indikatoren.seuSprache().ref(),
          raum(SozialraumId.of(AHLEN, "gibt-es-nicht")), Periode.schuljahr(2020), 1, 10);
      assertThatThrownBy(() -> Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG)
              .indikator(Indikatoren.seuSprache()).messwerte(List.of(m)).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.messwert-fremdes-gebiet"))
          .hasMessageContaining("gibt-es-nicht");
    }

    @Test
    @DisplayName("rejects a Messwert whose indicator definition is missing")
    void indikatorFehlt() {
      Messwert m = Messwert.of(Indikatoren.seuSprache().ref(), raum(NORD), Periode.schuljahr(2020), 1, 10);
      assertThatThrownBy(() -> Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG)
              .messwerte(List.of(m)).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.indikator-fehlt"))
          .hasMessageContaining("seu-sprache@1");
    }

    @Test
    @DisplayName("rejects two Messwerte with the same key")
    void doppelt() {
      Messwert m = Messwert.of(Indikatoren.seuSprache().ref(), raum(NORD), Periode.schuljahr(2020), 1, 10);
      assertThatThrownBy(() -> Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG)
              .indikator(Indikatoren.seuSprache()).messwerte(List.of(m, m)).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.messwert-doppelt"));
    }

    @Test
    @DisplayName("rejects a Messwert that does not fit its indicator")
    void passtNicht() {
      Messwert m = Messwert.of(Indikatoren.seuSprache().ref(), raum(NORD), Periode.jahr(2020), 1, 10);
      assertThatThrownBy(() -> Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG)
              .indikator(Indikatoren.seuSprache()).messwerte(List.of(m)).build())
          .isInstanceOfSatisfying(Regelverstoss.class,
              e -> assertThat(e.regel()).isEqualTo("messwert.periode-passt-nicht-zur-periodizitaet"));
    }

    @Test
    @DisplayName("rejects a Gemeinde in a report that is not about its Kreis")
    void gemeindeNichtImKreis() {
      Kommune kreis = Kommune.builder(Gemeindeschluessel.of("05978000"), "Kreis Unna", Kommunenart.KREIS).build();
      Kommune ahlen = BerichtFixtures.ahlenKommune("S");
      assertThatThrownBy(() -> Monitoringbericht.builder(kreis, BerichtFixtures.STICHTAG).gemeinden(List.of(ahlen)).build())
          .isInstanceOfSatisfying(Regelverstoss.class, e -> assertThat(e.regel()).isEqualTo("bericht.gemeinde-nicht-im-kreis"))
          .hasMessageContaining("05570004");
    }
  }

  @Test
  @DisplayName("reports on a Kreis with one row per Gemeinde")
  void kreis() {
    Kommune kreis = Kommune.builder(Gemeindeschluessel.of("05978000"), "Kreis Unna", Kommunenart.KREIS).build();
    Kommune unna = Kommune.builder(Gemeindeschluessel.of("05978036"), "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT).build();
    Kommune boenen = Kommune.builder(Gemeindeschluessel.of("05978008"), "Bönen", Kommunenart.KREISANGEHOERIGE_GEMEINDE).build();
    var ref = Indikatoren.hzeEckwert().ref();
    Periode p = Periode.jahr(2020);
    Monitoringbericht b =
        Monitoringbericht.builder(kreis, LocalDate.of(2021, 6, 30))
            .gemeinden(List.of(unna, boenen))
            .indikator(Indikatoren.hzeEckwert())
            .messwerte(List.of(
                Messwert.of(ref, Raumbezug.of(kreis.schluessel()), p, 300, 10000),
                Messwert.of(ref, Raumbezug.of(boenen.schluessel()), p, 280, 10000),
                Messwert.of(ref, Raumbezug.of(unna.schluessel()), p, 320, 10000)))
            .build();
    Indikatorauswertung a = b.auswertungen().get(0);
    assertThat(a.kommune().gebiet().name()).isEqualTo("Kreis Unna");
    assertThat(a.gebiete()).extracting(z -> z.gebiet().name()).containsExactly("Unna", "Bönen");
  }

  @Test
  @DisplayName("is equal to a report built from equal inputs, and to its own builder's copy")
  void gleichheit() {
    Monitoringbericht nochmal = BerichtFixtures.ahlen();
    assertThat(nochmal).isEqualTo(bericht).hasSameHashCodeAs(bericht);
    assertThat(bericht.toBuilder().build()).isEqualTo(bericht);
    assertThat(bericht.toBuilder().titel("anders").build()).isNotEqualTo(bericht);
    assertThat(BerichtFixtures.ahlenOhneSperre()).isNotEqualTo(bericht);
  }

  @Test
  @DisplayName("takes the core's protection: the Ahlen fixture protected by Geheimhaltung shows its small Sozialräume suppressed")
  void geheimhaltung() {
    de.kekiz.fixtures.Beispielkommune ahlen = de.kekiz.fixtures.KekizFixtures.ahlen();
    List<Messwert> geschuetzt = de.kekiz.monitoring.geheimhaltung.Geheimhaltung.schuetze(ahlen.messwerte(), ahlen.kommune());
    Monitoringbericht b = Monitoringbericht.builder(ahlen.kommune(), LocalDate.of(2025, 6, 30))
        .leitbild(ahlen.leitbild()).kette(ahlen.kette()).indikatoren(ahlen.indikatoren()).messwerte(geschuetzt).build();
    assertThat(b.gesperrteMesswerte()).isPositive();
    long gesperrteZellen = b.auswertungen().stream()
        .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.kommune()), a.gebiete().stream()))
        .flatMap(z -> z.werte().stream()).filter(Zelle::gesperrt)
        .peek(z -> assertThat(z.wert()).isNull()).count();
    assertThat(gesperrteZellen).isPositive();
    assertThat(b.auswertungen()).allSatisfy(a -> assertThat(a.gebiete()).isNotEmpty());
  }

  @Test
  @DisplayName("states the protection rules in the data-protection note")
  void hinweis() {
    var regeln = de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln.standard();
    assertThat(Monitoringbericht.datenschutzhinweis(regeln))
        .contains("weniger als 3 Fällen (auch 0)", "Bezugsgröße unter 100", "sekundäre Geheimhaltung")
        .doesNotContain("gerundet");
    assertThat(Monitoringbericht.datenschutzhinweis(regeln.withNullGeheim(false)
            .withRundung(de.kekiz.monitoring.geheimhaltung.Rundung.auf(10))))
        .contains("(außer 0)", "auf Vielfache von 10 gerundet");
  }

  @Test
  @DisplayName("defaults title and creation date, and rejects a blank title")
  void vorgaben() {
    Monitoringbericht b = Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG).build();
    assertThat(b.titel()).isEqualTo("Monitoringbericht Ahlen");
    assertThat(b.erstelltAm()).isEqualTo(BerichtFixtures.STICHTAG);
    assertThat(b.angebote()).isEmpty();
    assertThat(b.sozialindex()).isEmpty();
    assertThatThrownBy(() -> Monitoringbericht.builder(BerichtFixtures.ahlenKommune("S"), BerichtFixtures.STICHTAG).titel(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("' '");
  }

  @Test
  @DisplayName("keeps a Zeitraum-valid Sozialraum name with its Gebietsstand when several versions exist")
  void gebietsstand() {
    Kommune k = BerichtFixtures.ahlenKommune("S");
    var nordAlt = k.sozialraum(SozialraumRef.of(NORD, 1)).orElseThrow();
    Kommune zwei = k.withSozialraum(new de.kekiz.domain.kommune.Sozialraum(NORD, 1, "Nord", nordAlt.ebene(), null,
            Zeitraum.of(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)), null, List.of()))
        .withSozialraum(new de.kekiz.domain.kommune.Sozialraum(NORD, 2, "Nord", nordAlt.ebene(), null,
            Zeitraum.ab(LocalDate.of(2020, 1, 1)), null, List.of()));
    var ref = Indikatoren.seuSprache().ref();
    Monitoringbericht b = Monitoringbericht.builder(zwei, BerichtFixtures.STICHTAG).indikator(Indikatoren.seuSprache())
        .messwerte(List.of(
            Messwert.of(ref, Raumbezug.of(SozialraumRef.of(NORD, 1)), Periode.schuljahr(2018), 1, 10),
            Messwert.of(ref, Raumbezug.of(SozialraumRef.of(NORD, 2)), Periode.schuljahr(2020), 1, 10)))
        .build();
    assertThat(b.auswertungen().get(0).gebiete()).extracting(z -> z.gebiet().name())
        .containsExactly("Nord (Gebietsstand 1)", "Nord (Gebietsstand 2)");
  }
}
