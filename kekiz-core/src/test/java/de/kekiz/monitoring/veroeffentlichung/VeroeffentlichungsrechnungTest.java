package de.kekiz.monitoring.veroeffentlichung;

import static de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.AHLEN;
import static de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.INNENSTADT;
import static de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.NORD;
import static de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.SUED_OST;
import static de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.VORHELM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A release (Veroeffentlichungsrechnung)")
class VeroeffentlichungsrechnungTest {

  /** Suppression only: no pooling, no coarsening, every figure as its own period decided. */
  private static final Veroeffentlichungsauftrag SCHLICHT =
      Berichtsdaten.auftrag().withPoolperioden(1).withVergroeberung(false);

  private final Berichtsteil teil = Berichtsdaten.ahlen(SCHLICHT);

  private static Raumbezug raum(SozialraumId id) {
    return Raumbezug.of(SozialraumRef.of(id, 1));
  }

  private static Zeitreihe zeile(Indikatorauswertung a, SozialraumId id) {
    return a.gebiete().stream()
        .filter(z -> z.gebiet().raum().equals(raum(id)))
        .findFirst()
        .orElseThrow();
  }

  private static Indikatorauswertung tabelle(
      Berichtsteil t, de.kekiz.domain.indikator.IndikatorKey key) {
    return t.auswertungen().stream()
        .filter(a -> a.indikator().key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static Berichtsteil einzeln(Kommune k, List<Indikator> i, List<Messwert> m) {
    return Berichtsdaten.teil(k, null, null, i, m, SCHLICHT);
  }

  @Nested
  @DisplayName("keeps small numbers out")
  class KleineZahlen {

    @Test
    @DisplayName(
        "drops numerator and denominator of every suppressed figure, also of one a source delivers with numbers")
    void entferntZahlen() {
      List<Messwert> gesperrt =
          teil.messwerte().stream().filter(m -> !m.confStatus().veroeffentlichbar()).toList();
      assertThat(gesperrt)
          .isNotEmpty()
          .allSatisfy(
              m -> {
                assertThat(m.zaehler()).isNull();
                assertThat(m.nenner()).isNull();
              });
      assertThat(teil.messwerte())
          .noneMatch(m -> m.zaehler() != null && m.zaehler().intValue() == 7777)
          .noneMatch(m -> m.zaehler() != null && m.zaehler().intValue() == 6666);
    }

    @Test
    @DisplayName("keeps the numbers of a publishable figure (the control: the search finds them)")
    void behaeltOeffentliche() {
      Berichtsteil offen =
          Berichtsdaten.ahlen("Süd/Ost", "Leitbild", ConfStatus.F, ConfStatus.F, SCHLICHT);
      assertThat(offen.messwerte())
          .anyMatch(m -> m.zaehler() != null && m.zaehler().intValue() == 7777);
    }

    @Test
    @DisplayName("shows a suppressed value as a cell without number, ranked nowhere")
    void gesperrteZelle() {
      Zeitreihe vorhelm = zeile(tabelle(teil, Indikatoren.SGB2_QUOTE_U15), VORHELM);
      assertThat(vorhelm.letzte().gesperrt()).isTrue();
      assertThat(vorhelm.letzte().art()).isEqualTo(Wertart.GESPERRT);
      assertThat(vorhelm.letzte().wert()).isNull();
      assertThat(vorhelm.rang()).isNull();
      assertThat(vorhelm.abweichung()).isNull();
      assertThat(vorhelm.letzte().zahl()).isEmpty();
      assertThat(vorhelm.rangWert()).isEmpty();
      assertThat(vorhelm.abweichungWert()).isEmpty();
    }

    @Test
    @DisplayName("refuses a part that carries a suppressed number")
    void teilMitZahl() {
      Messwert m =
          Messwert.of(Indikatoren.seuSprache().ref(), raum(NORD), Periode.schuljahr(2020), 7, 70)
              .withConfStatus(ConfStatus.A);
      Messwert frei =
          Messwert.of(Indikatoren.seuSprache().ref(), raum(NORD), Periode.schuljahr(2019), 7, 70);
      // whatever list holds it, after a publishable figure or alone
      for (List<Messwert> messwerte :
          List.of(
              List.of(m),
              com.google.common.collect.ImmutableList.of(frei, m),
              new ArrayList<>(List.of(frei, m)))) {
        assertThatThrownBy(() -> teilMit(messwerte))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("without numbers");
      }
      assertThat(teilMit(new ArrayList<>(List.of(frei))).messwerte()).containsExactly(frei);
    }

    private Berichtsteil teilMit(List<Messwert> messwerte) {
      return new Berichtsteil(
          teil.kommune(),
          List.of(),
          teil.stichtag(),
          teil.verfahren(),
          null,
          null,
          List.of(),
          messwerte,
          List.of(),
          List.of(),
          5,
          null,
          List.of(),
          List.of(),
          null,
          List.of(),
          null,
          teil.wirkung(),
          teil.reife());
    }
  }

  @Nested
  @DisplayName("builds one table per indicator")
  class Tabellen {

    @Test
    @DisplayName("sorted by key, with the periods as columns and the Kommune as reference row")
    void tabellen() {
      assertThat(teil.auswertungen())
          .extracting(a -> a.indikator().key().toString())
          .containsExactly("betreuungsquote-u3", "hze-eckwert", "seu-sprache", "sgb2-quote-u15");
      Indikatorauswertung sgb2 = tabelle(teil, Indikatoren.SGB2_QUOTE_U15);
      assertThat(sgb2.perioden()).hasSize(10).first().isEqualTo(Periode.jahr(2012));
      assertThat(sgb2.kommune().gebiet().name()).isEqualTo("Ahlen");
      assertThat(sgb2.gebiete())
          .extracting(z -> z.gebiet().name())
          .containsExactly("Innenstadt", "Süd/Ost", "Nord", "Vorhelm");
      assertThat(sgb2.kommune().letzte().wert()).isEqualByComparingTo("21.5");
      assertThat(sgb2.kommune().letzte().zahl()).containsSame(sgb2.kommune().letzte().wert());
      assertThat(sgb2.kommune().letzte().confStatus()).isEqualTo(ConfStatus.F);
    }

    @Test
    @DisplayName("titles a table with the newest definition and marks the break between versions")
    void bruch() {
      Indikatorauswertung sgb2 = tabelle(teil, Indikatoren.SGB2_QUOTE_U15);
      assertThat(sgb2.indikator()).isEqualTo(Indikatoren.sgb2QuoteU15Version2());
      assertThat(sgb2.versionen()).hasSize(2);
      assertThat(sgb2.bruchVor(4)).isTrue(); // 2016
      assertThat(sgb2.bruchVor(3)).isFalse();
    }

    @Test
    @DisplayName("ranks the greatest need first: the highest value where higher is worse")
    void rangSchlechter() {
      Indikatorauswertung sgb2 = tabelle(teil, Indikatoren.SGB2_QUOTE_U15);
      assertThat(zeile(sgb2, NORD).rang()).isEqualTo(1);
      assertThat(zeile(sgb2, NORD).rangWert()).hasValue(1);
      assertThat(zeile(sgb2, SUED_OST).rang()).isEqualTo(2);
      assertThat(zeile(sgb2, INNENSTADT).rang()).isEqualTo(3);
    }

    @Test
    @DisplayName(
        "ranks the lowest value first where higher is better, and a suppressed value nowhere")
    void rangBesser() {
      Indikatorauswertung u3 = tabelle(teil, Indikatoren.BETREUUNGSQUOTE_U3);
      assertThat(zeile(u3, INNENSTADT).rang()).isEqualTo(1);
      assertThat(zeile(u3, SUED_OST).rang()).isEqualTo(2);
      assertThat(zeile(u3, VORHELM).rang()).isEqualTo(3);
      assertThat(zeile(u3, NORD).rang()).isNull();
    }

    @Test
    @DisplayName("gives equal values the same rank and skips the next (1, 1, 3)")
    void gleicheRaenge() {
      var ref = Indikatoren.seuSprache().ref();
      Periode p = Periode.schuljahr(2020);
      List<Messwert> m =
          List.of(
              Messwert.of(ref, raum(INNENSTADT), p, 30, 100),
              Messwert.of(ref, raum(SUED_OST), p, 30, 100),
              Messwert.of(ref, raum(NORD), p, 10, 100));
      Berichtsteil t =
          einzeln(Berichtsdaten.ahlenKommune("Süd/Ost"), List.of(Indikatoren.seuSprache()), m);
      assertThat(t.auswertungen().get(0).gebiete())
          .extracting(Zeitreihe::rang)
          .containsExactly(1, 1, 3);
    }

    @Test
    @DisplayName("gives each area its distance to the Kommune in the latest period")
    void abweichung() {
      Indikatorauswertung sgb2 = tabelle(teil, Indikatoren.SGB2_QUOTE_U15);
      assertThat(zeile(sgb2, NORD).abweichung()).isEqualByComparingTo("2.5");
      assertThat(zeile(sgb2, NORD).abweichungWert()).containsSame(zeile(sgb2, NORD).abweichung());
      assertThat(zeile(sgb2, INNENSTADT).abweichung()).isEqualByComparingTo("-7.5");
    }

    @Test
    @DisplayName("takes the trend over the order's window, from published values only")
    void trend() {
      Indikatorauswertung sgb2 = tabelle(teil, Indikatoren.SGB2_QUOTE_U15);
      Trend t = zeile(sgb2, INNENSTADT).trend();
      assertThat(t.von()).isEqualTo(Periode.jahr(2017));
      assertThat(t.bis()).isEqualTo(Periode.jahr(2021));
      assertThat(t.aenderung()).isEqualByComparingTo("-2"); // 16 % in 2017, 14 % in 2021
      assertThat(t.aenderungWert()).containsSame(t.aenderung());
      assertThat(t.richtung()).isEqualTo(Trendrichtung.FALLEND);
      Trend vorhelm = zeile(sgb2, VORHELM).trend();
      assertThat(vorhelm.bis()).isEqualTo(Periode.jahr(2020)); // the suppressed 2021 is absent
      Berichtsteil lang = Berichtsdaten.ahlen(SCHLICHT.withTrendperioden(10));
      Trend zehn = zeile(tabelle(lang, Indikatoren.BETREUUNGSQUOTE_U3), INNENSTADT).trend();
      assertThat(zehn.von()).isEqualTo(Periode.jahr(2012));
      assertThat(zehn.aenderung()).isEqualByComparingTo("9");
    }

    @Test
    @DisplayName("names a Sozialraum with its Gebietsstand when several versions exist")
    void gebietsstand() {
      Kommune k = Berichtsdaten.ahlenKommune("S");
      Sozialraum nordAlt = k.sozialraum(SozialraumRef.of(NORD, 1)).orElseThrow();
      Kommune zwei =
          k.withSozialraum(
                  new Sozialraum(
                      NORD,
                      1,
                      "Nord",
                      nordAlt.ebene(),
                      null,
                      Zeitraum.of(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)),
                      null,
                      List.of()))
              .withSozialraum(
                  new Sozialraum(
                      NORD,
                      2,
                      "Nord",
                      nordAlt.ebene(),
                      null,
                      Zeitraum.ab(LocalDate.of(2020, 1, 1)),
                      null,
                      List.of()));
      var ref = Indikatoren.seuSprache().ref();
      Berichtsteil t =
          einzeln(
              zwei,
              List.of(Indikatoren.seuSprache()),
              List.of(
                  Messwert.of(
                      ref,
                      Raumbezug.of(SozialraumRef.of(NORD, 1)),
                      Periode.schuljahr(2018),
                      40,
                      100),
                  Messwert.of(
                      ref,
                      Raumbezug.of(SozialraumRef.of(NORD, 2)),
                      Periode.schuljahr(2020),
                      40,
                      100)));
      assertThat(t.auswertungen().get(0).gebiete())
          .extracting(z -> z.gebiet().name())
          .containsExactly("Nord (Gebietsstand 1)", "Nord (Gebietsstand 2)");
    }
  }

  @Nested
  @DisplayName("judges the Leitbild's goals")
  class Ziele {

    @Test
    @DisplayName("with the latest published figure up to the reference date, in one vocabulary")
    void ziele() {
      assertThat(teil.ziele()).hasSize(3);
      Zielstatus u3 = teil.ziele().get(0);
      assertThat(u3.gebiet().name()).isEqualTo("Ahlen");
      assertThat(u3.periode()).isEqualTo(Periode.jahr(2021));
      assertThat(u3.istwert().wert()).isEqualByComparingTo("34");
      assertThat(u3.erreichung()).isEqualTo(Zielerreichung.VERFEHLT);
      Zielstatus vorhelm = teil.ziele().get(2);
      assertThat(vorhelm.periode()).isEqualTo(Periode.jahr(2020)); // 2021 is suppressed
      assertThat(vorhelm.istwert().wert()).isEqualByComparingTo("31");
      assertThat(vorhelm.erreichung()).isEqualTo(Zielerreichung.GEFAEHRDET);
    }

    @Test
    @DisplayName("publishes a baseline only where a published figure shows it")
    void ausgangswert() {
      Leitbild l = teil.leitbild();
      assertThat(l).isNotNull();
      // "30" for the Kommune's U3 rate: no published figure of 2015 or earlier rounds to 30
      assertThat(l.zielwerte()).extracting(Zielwert::ausgangswert).containsOnlyNulls();
      Leitbild belegt =
          Berichtsdaten.ahlenLeitbild("L").toBuilder()
              .leitziele(List.of())
              .build()
              .withLeitziel(
                  de.kekiz.domain.leitbild.Leitziel.of(
                      "1",
                      "Betreuung",
                      new de.kekiz.domain.leitbild.Handlungsziel(
                          "1.1",
                          "U3",
                          List.of(Indikatoren.BETREUUNGSQUOTE_U3),
                          List.of(
                              Zielwert.of(
                                      Indikatoren.BETREUUNGSQUOTE_U3,
                                      "40",
                                      de.kekiz.domain.leitbild.Zielrichtung.MINDESTENS,
                                      LocalDate.of(2022, 3, 1))
                                  .withAusgangswert("28")))));
      Berichtsteil t =
          Berichtsdaten.teil(
              Berichtsdaten.ahlenKommune("S"),
              belegt,
              null,
              Berichtsdaten.indikatoren(),
              Berichtsdaten.messwerte(ConfStatus.A, ConfStatus.D),
              SCHLICHT);
      // 2015: 250 + 10·3 = 280 of 1000 = 28 %, published, decided on 26 May 2016
      assertThat(requireLeitbild(t).zielwerte().get(0).ausgangswert()).isEqualByComparingTo("28");
    }

    private Leitbild requireLeitbild(Berichtsteil t) {
      assertThat(t.leitbild()).isNotNull();
      return t.leitbild();
    }

    @Test
    @DisplayName("reports no data for a goal on an indicator without figures")
    void keineDaten() {
      Berichtsteil t =
          Berichtsdaten.teil(
              Berichtsdaten.ahlenKommune("S"),
              LeitbildFixtures.ahlen(),
              null,
              Indikatoren.standard(),
              List.of(),
              SCHLICHT);
      assertThat(t.ziele())
          .isNotEmpty()
          .allSatisfy(z -> assertThat(z.erreichung()).isEqualTo(Zielerreichung.KEINE_DATEN));
    }
  }

  @Nested
  @DisplayName("ranks the areas by need")
  class Sozialindexe {

    @Test
    @DisplayName("from the indicators with a polarity, each area with a Stufe")
    void index() {
      Sozialindex s = teil.sozialindex();
      assertThat(s).isNotNull();
      assertThat(s.indikatoren())
          .extracting(Object::toString)
          .containsExactly("betreuungsquote-u3", "seu-sprache", "sgb2-quote-u15");
      assertThat(s.klassen()).hasSize(4).first().isEqualTo("Stufe 1");
      assertThat(s.werte()).hasSize(4).allSatisfy(w -> assertThat(w.klasse()).isBetween(1, 4));
    }

    @Test
    @DisplayName("puts the area with the highest index first in the Handlungsbedarf ranking")
    void handlungsbedarf() {
      List<Handlungsbedarf> h = teil.handlungsbedarf();
      assertThat(h).hasSize(4);
      assertThat(h.get(0).rang()).isEqualTo(1);
      assertThat(h.get(0).index()).isNotNull();
      assertThat(h.get(0).indexWert()).containsSame(h.get(0).index());
      assertThat(h.get(0).gebiet().name()).isEqualTo("Nord");
      assertThat(h.get(0).auffaellig()).extracting(Object::toString).contains("sgb2-quote-u15");
    }

    @Test
    @DisplayName("uses only the chosen indicators when some are chosen")
    void gewaehlt() {
      Berichtsteil t =
          Berichtsdaten.ahlen(
              SCHLICHT.withSozialindexIndikatoren(List.of(Indikatoren.SEU_SPRACHE)));
      assertThat(t.sozialindex().indikatoren())
          .extracting(Object::toString)
          .containsExactly("seu-sprache");
      // one indicator: an area's index rests on it or on none
      assertThat(t.sozialindex().werte())
          .allSatisfy(
              w -> {
                assertThat(w.indikatoren()).isBetween(0, 1);
                assertThat(w.indexWert()).isEqualTo(java.util.Optional.ofNullable(w.index()));
                assertThat(w.klasseWert().isPresent()).isEqualTo(w.klasse() != null);
              })
          .anySatisfy(w -> assertThat(w.indikatoren()).isEqualTo(1));
    }

    @Test
    @DisplayName("rates no Sozialraum below the minimum population, and the others as before")
    void mindestEinwohner() {
      Beispielkommune ahlen = KekizFixtures.ahlen();
      LocalDate stichtag = LocalDate.of(2024, 12, 31);
      Berichtsteil alle =
          Berichtsdaten.teil(
              ahlen.kommune(),
              ahlen.leitbild(),
              ahlen.kette(),
              ahlen.indikatoren(),
              ahlen.messwerte(),
              Veroeffentlichungsauftrag.am(stichtag).withMindestEinwohner(0));
      // the largest population each Sozialraum had at any figure: the limit rules the smallest out
      Map<String, Long> einwohner = new HashMap<>();
      for (Sozialraum s : ahlen.kommune().sozialraeumeAm(stichtag)) {
        for (LocalDate stand : s.stichtage()) {
          long e = s.einwohner(stand, de.kekiz.domain.Altersspanne.ab(0)).orElseThrow();
          einwohner.merge(s.name(), e, Math::max);
        }
      }
      long kleinste = einwohner.values().stream().min(Long::compare).orElseThrow();
      String klein =
          einwohner.entrySet().stream()
              .filter(e -> e.getValue() == kleinste)
              .findFirst()
              .orElseThrow()
              .getKey();
      Berichtsteil ohneKleinste =
          Berichtsdaten.teil(
              ahlen.kommune(),
              ahlen.leitbild(),
              ahlen.kette(),
              ahlen.indikatoren(),
              ahlen.messwerte(),
              Veroeffentlichungsauftrag.am(stichtag).withMindestEinwohner(kleinste + 1));
      assertThat(alle.sozialindex().werte()).anyMatch(w -> w.gebiet().name().startsWith(klein));
      assertThat(ohneKleinste.sozialindex().werte())
          .noneMatch(w -> w.gebiet().name().startsWith(klein));
      assertThat(ohneKleinste.sozialindex().methode())
          .contains("mindestens " + (kleinste + 1) + " Einwohner");
    }
  }

  @Test
  @DisplayName(
      "counts the active Angebote per Lebensphase and Handlungsfeld and finds open transitions")
  void luecken() {
    Lueckenanalyse l = teil.luecken();
    assertThat(l).isNotNull();
    assertThat(l.lebensphasen()).hasSize(5);
    int bildung = l.handlungsfelder().stream().map(f -> f.key()).toList().indexOf("bildung");
    assertThat(l.anzahl(1, bildung)).isEqualTo(1);
    assertThat(l.angebote()).hasSize(5);
    assertThat(l.angebote().get(1).get(bildung)).isEqualTo(1);
    assertThat(l.withBrennpunkte(List.of()).brennpunkte()).isEmpty();
    assertThat(l.withBrennpunkte(l.brennpunkte())).isEqualTo(l);
    assertThat(l.offeneUebergaenge())
        .extracting(u -> u.uebergang().key())
        .isEqualTo(KetteFixtures.ahlen().offeneUebergaenge().stream().map(u -> u.key()).toList());
  }

  @Test
  @DisplayName(
      "shows the chain as it was on the reference day: an Angebot that starts later counts nowhere")
  void kettePerStichtag() {
    Praeventionskette heute = KetteFixtures.ahlen();
    int bildung =
        teil.luecken().handlungsfelder().stream().map(f -> f.key()).toList().indexOf("bildung");
    String phase = teil.luecken().lebensphasen().get(1).key();
    Angebot vorbild =
        heute.angebote().stream()
            .filter(
                a ->
                    a.aktiv()
                        && a.lebensphasen().contains(phase)
                        && a.handlungsfelder().contains("bildung"))
            .findFirst()
            .orElseThrow();
    Angebot spaeter =
        Angebot.builder(AngebotId.of("ab-stichtag"), "Neu nach dem Stichtag", vorbild.traeger())
            .beschreibung("Ein Angebot, das erst nach dem Stichtag beginnt.")
            .ebenen(vorbild.ebenen().toArray(new de.kekiz.domain.angebot.Praeventionsebene[0]))
            .lebensphasen(phase)
            .handlungsfelder("bildung")
            .sozialraeume(vorbild.sozialraeume())
            .gueltigkeit(Zeitraum.ab(Berichtsdaten.STICHTAG.plusDays(1)))
            .build();
    Praeventionskette kette = heute.toBuilder().angebot(spaeter).build();
    Berichtsteil damals = ahlenMit(kette, Berichtsdaten.STICHTAG);
    assertThat(damals.luecken().anzahl(1, bildung)).isEqualTo(1);
    assertThat(damals.ketteWert().orElseThrow().angebote()).doesNotContain(spaeter);
    Berichtsteil danach = ahlenMit(kette, Berichtsdaten.STICHTAG.plusDays(1));
    assertThat(danach.luecken().anzahl(1, bildung)).isEqualTo(2);
    assertThat(danach.ketteWert().orElseThrow().angebote()).contains(spaeter);
  }

  @Test
  @DisplayName(
      "says per Handlungsziel who works on it, where and since when, as the chain was on the"
          + " reference day")
  void zielarbeit() {
    Praeventionskette heute = KetteFixtures.ahlen();
    Angebot vorbild = heute.angebote().stream().filter(Angebot::aktiv).findFirst().orElseThrow();
    Angebot seit2018 =
        vorbild.toBuilder().gueltigkeit(Zeitraum.ab(LocalDate.of(2018, 8, 1))).build();
    Angebot spaeter =
        Angebot.builder(AngebotId.of("ab-stichtag"), "Neu nach dem Stichtag", vorbild.traeger())
            .beschreibung("Ein Angebot, das erst nach dem Stichtag beginnt.")
            .ebenen(vorbild.ebenen().toArray(new de.kekiz.domain.angebot.Praeventionsebene[0]))
            .lebensphasen(vorbild.lebensphasen().iterator().next())
            .handlungsfelder(vorbild.handlungsfelder().iterator().next())
            .sozialraeume(vorbild.sozialraeume())
            .gueltigkeit(Zeitraum.ab(Berichtsdaten.STICHTAG.plusDays(1)))
            .build();
    Akteur akteur = heute.akteure().get(0);
    Praeventionskette kette =
        heute.withAngebot(seit2018).toBuilder()
            .angebot(spaeter)
            .zielbeitraege(
                Zielbeitrag.akteur("2.1", akteur.id())
                    .withAufgabe("berät Familien im SGB-II-Bezug")
                    .withGueltigkeit(Zeitraum.ab(LocalDate.of(2019, 1, 1))),
                Zielbeitrag.angebot("1.1", seit2018.id()),
                Zielbeitrag.angebot("1.1", spaeter.id()),
                Zielbeitrag.akteur("9.9", akteur.id()))
            .build();

    List<Zielarbeit> zeilen = ahlenMit(kette, Berichtsdaten.STICHTAG).zielarbeit();

    assertThat(zeilen)
        .containsExactly(
            new Zielarbeit(
                "Alle Kinder wachsen gut auf",
                "1.1",
                "Mehr Kinder unter drei Jahren in Betreuung",
                Beitragsart.ANGEBOT,
                seit2018.name(),
                null,
                List.copyOf(seit2018.sozialraeume()),
                LocalDate.of(2018, 8, 1)),
            new Zielarbeit(
                "Teilhabe trotz Armut",
                "2.1",
                "Kinderarmut in Süd/Ost und Vorhelm senken",
                Beitragsart.AKTEUR,
                akteur.name(),
                "berät Familien im SGB-II-Bezug",
                List.of(),
                LocalDate.of(2019, 1, 1)),
            new Zielarbeit(
                "", "9.9", "9.9", Beitragsart.AKTEUR, akteur.name(), null, List.of(), null));
    assertThat(ahlenMit(kette, Berichtsdaten.STICHTAG.plusDays(1)).zielarbeit())
        .as("the next day the later Angebot works on 1.1 too")
        .hasSize(4);
    assertThat(ahlenMit(heute, Berichtsdaten.STICHTAG).zielarbeit()).isEmpty();
  }

  private static Berichtsteil ahlenMit(Praeventionskette kette, LocalDate stichtag) {
    return Berichtsdaten.teil(
        Berichtsdaten.ahlenKommune("Süd/Ost"),
        Berichtsdaten.ahlenLeitbild("Leitbild"),
        kette,
        Berichtsdaten.indikatoren(),
        Berichtsdaten.messwerte(ConfStatus.A, ConfStatus.D),
        Veroeffentlichungsauftrag.am(stichtag));
  }

  @Nested
  @DisplayName("checks its inputs")
  class Regeln {

    @Test
    @DisplayName("rejects a Leitbild or a Präventionskette of another Kommune")
    void fremd() {
      Kommune koeln =
          Kommune.builder(
                  Gemeindeschluessel.parse("05315000"), "Köln", Kommunenart.KREISFREIE_STADT)
              .build();
      assertThatThrownBy(
              () ->
                  new Veroeffentlichungsrechnung.Eingabe(
                      koeln, List.of(), LeitbildFixtures.ahlen(), null, true))
          .isInstanceOfSatisfying(
              RegelverstossException.class,
              e -> assertThat(e.regel()).isEqualTo("veroeffentlichung.leitbild-andere-kommune"))
          .hasMessageContaining("05570004");
      assertThatThrownBy(
              () ->
                  new Veroeffentlichungsrechnung.Eingabe(
                      koeln, List.of(), null, KetteFixtures.ahlen(), true))
          .isInstanceOfSatisfying(
              RegelverstossException.class,
              e -> assertThat(e.regel()).isEqualTo("veroeffentlichung.kette-andere-kommune"));
    }

    @Test
    @DisplayName("rejects a figure of a Sozialraum the Kommune does not have, naming it")
    void fremdesGebiet() {
      Messwert m =
          Messwert.of(
              Indikatoren.seuSprache().ref(),
              raum(SozialraumId.of(AHLEN, "gibt-es-nicht")),
              Periode.schuljahr(2020),
              1,
              10);
      assertThatThrownBy(
              () ->
                  einzeln(
                      Berichtsdaten.ahlenKommune("S"),
                      List.of(Indikatoren.seuSprache()),
                      List.of(m)))
          .isInstanceOfSatisfying(
              RegelverstossException.class,
              e -> assertThat(e.regel()).isEqualTo("monitoring.sozialraum-unbekannt"))
          .hasMessageContaining("gibt-es-nicht");
    }

    @Test
    @DisplayName("rejects a Kommune given twice")
    void doppelt() {
      Kommune k = Berichtsdaten.ahlenKommune("S");
      var e = new Veroeffentlichungsrechnung.Eingabe(k, List.of(), null, null, true);
      assertThatThrownBy(
              () -> new Veroeffentlichungsrechnung(SCHLICHT).berechne(List.of(e, e), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("05570004");
    }
  }

  @Nested
  @DisplayName("protects everything published together")
  class Verbund {

    private final List<Beispielkommune> kreis =
        Stream.concat(
                Stream.of(KekizFixtures.kreisUnna()), KekizFixtures.gemeindenKreisUnna().stream())
            .toList();

    private Map<Gemeindeschluessel, List<Messwert>> gemeinsam() {
      List<Veroeffentlichungsrechnung.Eingabe> e = new ArrayList<>();
      for (Beispielkommune b : kreis) {
        e.add(new Veroeffentlichungsrechnung.Eingabe(b.kommune(), b.messwerte(), null, null, true));
      }
      Veroeffentlichung v =
          new Veroeffentlichungsrechnung(SCHLICHT).berechne(e, Indikatoren.standard());
      Map<Gemeindeschluessel, List<Messwert>> m = new HashMap<>();
      for (Berichtsteil t : v.teile()) {
        m.put(t.kommune().schluessel(), t.messwerte());
      }
      return m;
    }

    /** Each Kommune protected on its own, as kekiz did before releases: the leaking control. */
    private Map<Gemeindeschluessel, List<Messwert>> einzelnGeschuetzt() {
      Map<Gemeindeschluessel, List<Messwert>> m = new HashMap<>();
      for (Beispielkommune b : kreis) {
        m.put(b.schluessel(), Geheimhaltung.schuetze(b.messwerte(), b.kommune()));
      }
      return m;
    }

    @Test
    @DisplayName("publishes a Gemeinde's total and the Kreis's Sozialraum for it alike")
    void gleich() {
      Map<Gemeindeschluessel, List<Messwert>> v = gemeinsam();
      assertThat(abweichungen(v)).isEmpty();
      assertThat(abweichungen(einzelnGeschuetzt())).isNotEmpty(); // the check can fail
    }

    @Test
    @DisplayName(
        "lets no Gemeinde be computed as the Kreis minus the others (Bönen and Holzwickede 2015/16)")
    void keineDifferenz() {
      assertThat(differenzen(gemeinsam())).isEmpty();
      List<String> vorher = differenzen(einzelnGeschuetzt());
      assertThat(vorher).contains("seu-adipositas@1 2015/16 05978016 = 1");
    }

    /** Gemeinden whose total and Kreis Sozialraum differ in being published. */
    private List<String> abweichungen(Map<Gemeindeschluessel, List<Messwert>> v) {
      Map<String, Boolean> kreisRaum = new HashMap<>();
      for (Messwert m : v.get(KekizFixtures.KREIS_UNNA)) {
        if (m.raum() instanceof SozialraumBezug s && m.aufschluesselung().istInsgesamt()) {
          kreisRaum.put(
              m.indikator() + " " + m.periode() + " " + s.sozialraum().id().code(), m.hatWert());
        }
      }
      List<String> anders = new ArrayList<>();
      for (Beispielkommune g : KekizFixtures.gemeindenKreisUnna()) {
        for (Messwert m : v.get(g.schluessel())) {
          if (m.raum() instanceof KommuneBezug && m.aufschluesselung().istInsgesamt()) {
            Boolean k =
                kreisRaum.get(m.indikator() + " " + m.periode() + " " + g.schluessel().wert());
            if (k != null && k != m.hatWert()) {
              anders.add(m.indikator() + " " + m.periode() + " " + g.schluessel());
            }
          }
        }
      }
      return anders;
    }

    /**
     * Gemeinden a reader computes as the published Kreis total minus the other Gemeinden, each
     * known from the Kreis's Sozialraum or the Gemeinde's own total: "ref period AGS = value".
     */
    private List<String> differenzen(Map<Gemeindeschluessel, List<Messwert>> v) {
      Map<String, BigDecimal> bekannt = new HashMap<>();
      Map<String, BigDecimal> kreisSumme = new HashMap<>();
      Set<String> schluessel = new HashSet<>();
      for (Map.Entry<Gemeindeschluessel, List<Messwert>> e : v.entrySet()) {
        for (Messwert m : e.getValue()) {
          if (!m.aufschluesselung().istInsgesamt() || !m.hatWert()) {
            continue;
          }
          String zelle = m.indikator() + "|" + m.periode();
          if (e.getKey().equals(KekizFixtures.KREIS_UNNA)) {
            if (m.raum() instanceof KommuneBezug) {
              kreisSumme.put(zelle, m.zaehler());
            } else if (m.raum() instanceof SozialraumBezug s) {
              bekannt.put(zelle + "|" + s.sozialraum().id().code(), m.zaehler());
            }
          } else if (m.raum() instanceof KommuneBezug) {
            bekannt.put(zelle + "|" + e.getKey().wert(), m.zaehler());
          }
          schluessel.add(zelle);
        }
      }
      List<String> gefunden = new ArrayList<>();
      for (String zelle : schluessel) {
        BigDecimal summe = kreisSumme.get(zelle);
        if (summe == null) {
          continue;
        }
        List<String> unbekannt = new ArrayList<>();
        BigDecimal rest = summe;
        for (Beispielkommune g : KekizFixtures.gemeindenKreisUnna()) {
          BigDecimal w = bekannt.get(zelle + "|" + g.schluessel().wert());
          if (w == null) {
            unbekannt.add(g.schluessel().wert());
          } else {
            rest = rest.subtract(w);
          }
        }
        if (unbekannt.size() == 1) {
          String[] t = zelle.split("\\|");
          gefunden.add(t[0] + " " + t[1] + " " + unbekannt.get(0) + " = " + rest.toPlainString());
        }
      }
      return gefunden;
    }
  }

  @Nested
  @DisplayName("keeps small areas visible without giving up safety")
  class Sichtbar {

    private final Beispielkommune bruehl = KekizFixtures.bruehl();
    private final LocalDate stichtag = LocalDate.of(2024, 12, 31);

    private Berichtsteil bruehl(Veroeffentlichungsauftrag a) {
      return Berichtsdaten.teil(
          bruehl.kommune(),
          bruehl.leitbild(),
          bruehl.kette(),
          bruehl.indikatoren(),
          bruehl.messwerte(),
          a);
    }

    @Test
    @DisplayName(
        "shows a pooled figure where the single period is suppressed: the raw sums, labelled with its first period")
    void gepoolt() {
      Berichtsteil t = bruehl(Veroeffentlichungsauftrag.am(stichtag).withVergroeberung(false));
      assertThat(t.mehrjahreswerte()).isNotEmpty();
      Map<String, Messwert> roh = new HashMap<>();
      for (Messwert m : bruehl.messwerte()) {
        roh.put(m.schluessel().toString(), m);
      }
      for (Mehrjahreswert p : t.mehrjahreswerte()) {
        assertThat(p.perioden()).isEqualTo(3);
        BigDecimal z = BigDecimal.ZERO;
        BigDecimal n = BigDecimal.ZERO;
        int gesperrt = 0;
        Periode q = p.von();
        for (int i = 0; i < 3; i++, q = q.naechste()) {
          Messwert einzeln =
              roh.get(p.summe().schluessel().toString().replace(p.bis().toString(), q.toString()));
          z = z.add(einzeln.zaehler());
          n = n.add(einzeln.nenner());
          Periode periode = q;
          Messwert publiziert =
              t.messwerte().stream()
                  .filter(
                      m ->
                          m.indikator().equals(p.summe().indikator())
                              && m.raum().equals(p.summe().raum())
                              && m.periode().equals(periode)
                              && m.aufschluesselung().equals(p.summe().aufschluesselung()))
                  .findFirst()
                  .orElseThrow();
          gesperrt += publiziert.hatWert() ? 0 : 1;
        }
        // the raw sums, scale included
        assertThat(p.summe().zaehler()).isEqualTo(z);
        assertThat(p.summe().nenner()).isEqualTo(n);
        // a pooled figure next to published single ones would give the suppressed one away
        assertThat(gesperrt).as(p.toString()).isGreaterThanOrEqualTo(2);
      }
      long gepoolteZellen =
          t.auswertungen().stream()
              .flatMap(a -> a.gebiete().stream())
              .filter(z -> z.letzte().art() == Wertart.GEPOOLT)
              .count();
      assertThat(gepoolteZellen).isPositive();
    }

    @Test
    @DisplayName("publishes no pooled figure that the published single periods would give away")
    void keinDifferenzieren() {
      var ref = Indikatoren.seuSprache().ref();
      List<Messwert> m = new ArrayList<>();
      long[][] zaehler = {{50, 50, 2}, {60, 60, 60}, {70, 70, 70}, {80, 80, 80}};
      long[] nenner = {200, 300, 300, 300};
      List<SozialraumId> raeume = List.of(INNENSTADT, SUED_OST, NORD, VORHELM);
      for (int j = 0; j < 3; j++) {
        Periode p = Periode.schuljahr(2019 + j);
        long kz = 0;
        long kn = 0;
        for (int r = 0; r < 4; r++) {
          m.add(Messwert.of(ref, raum(raeume.get(r)), p, zaehler[r][j], nenner[r]));
          kz += zaehler[r][j];
          kn += nenner[r];
        }
        m.add(Messwert.of(ref, Raumbezug.of(AHLEN), p, kz, kn));
      }
      Berichtsteil t =
          Berichtsdaten.teil(
              Berichtsdaten.ahlenKommune("S"),
              null,
              null,
              List.of(Indikatoren.seuSprache()),
              m,
              Berichtsdaten.auftrag().withVergroeberung(false));
      // Innenstadt 2021/22 (2 of 200) is suppressed, 2019/20 and 2020/21 are published: a pooled
      // 102 of 600 would give it away, so there is none; nor for the secondary cell next to it
      assertThat(zeile(t.auswertungen().get(0), INNENSTADT).letzte().gesperrt()).isTrue();
      assertThat(t.mehrjahreswerte()).isEmpty();
    }

    @Test
    @DisplayName("shows the parent's published figure in place of a dot, naming whose it is")
    void vergroebert() {
      Beispielkommune koeln = KekizFixtures.koeln();
      Berichtsteil t =
          Berichtsdaten.teil(
              koeln.kommune(),
              null,
              null,
              koeln.indikatoren(),
              koeln.messwerte(),
              Veroeffentlichungsauftrag.am(stichtag).withPoolperioden(1));
      List<Zelle> grob = new ArrayList<>();
      for (Indikatorauswertung a : t.auswertungen()) {
        for (Zeitreihe z : a.gebiete()) {
          for (int i = 0; i < z.werte().size(); i++) {
            Zelle c = z.werte().get(i);
            if (c.art() != Wertart.VERGROEBERT) {
              continue;
            }
            grob.add(c);
            Sozialraum s =
                koeln
                    .kommune()
                    .sozialraum(((SozialraumBezug) z.gebiet().raum()).sozialraum())
                    .orElseThrow();
            assertThat(c.quelle().raum())
                .isEqualTo(Raumbezug.of(SozialraumRef.of(s.uebergeordnet(), 1)));
            Periode p = a.perioden().get(i);
            Messwert eltern =
                t.messwerte().stream()
                    .filter(
                        m ->
                            m.raum().equals(c.quelle().raum())
                                && m.periode().equals(p)
                                && m.indikator().key().equals(a.indikator().key())
                                && m.aufschluesselung().istInsgesamt())
                    .findFirst()
                    .orElseThrow();
            assertThat(c.zaehler()).isEqualByComparingTo(eltern.zaehler());
          }
        }
      }
      assertThat(grob).isNotEmpty();
    }

    @Test
    @DisplayName(
        "keeps more of Köln's and Brühl's latest cells visible with pooling and coarsening than without")
    void abdeckung() {
      int ohne =
          sichtbar(
              bruehl(
                  Veroeffentlichungsauftrag.am(stichtag)
                      .withPoolperioden(1)
                      .withVergroeberung(false)));
      int mit = sichtbar(bruehl(Veroeffentlichungsauftrag.am(stichtag)));
      assertThat(mit).isGreaterThan(ohne);
    }

    private int sichtbar(Berichtsteil t) {
      return t.abdeckung().entrySet().stream()
          .filter(e -> e.getKey().hatZahl())
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    @Test
    @DisplayName(
        "perturbs every count with the Cell-Key-Verfahren: close to the exact one, zero stays zero, the same count alike in the Kreis and the Gemeinde")
    void cellKey() {
      var ck =
          de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren.of(
              de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter.standard(),
              "ein Geheimnis der Kommune, nur für Tests"
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Veroeffentlichungsauftrag a = Veroeffentlichungsauftrag.am(stichtag).withCellKey(ck);
      List<Veroeffentlichungsrechnung.Eingabe> e = new ArrayList<>();
      List<Beispielkommune> kreis = new ArrayList<>(KekizFixtures.gemeindenKreisUnna());
      kreis.add(KekizFixtures.kreisUnna());
      kreis.add(bruehl);
      Map<String, Messwert> roh = new HashMap<>();
      for (Beispielkommune b : kreis) {
        e.add(new Veroeffentlichungsrechnung.Eingabe(b.kommune(), b.messwerte(), null, null, true));
        b.messwerte().forEach(m -> roh.put(m.schluessel().toString(), m));
      }
      Veroeffentlichung v = new Veroeffentlichungsrechnung(a).berechne(e, Indikatoren.standard());
      int geaendert = 0;
      int gesperrt = 0;
      int alle = 0;
      for (Berichtsteil t : v.teile()) {
        assertThat(t.verfahren()).isEqualTo(Schutzverfahren.CELL_KEY);
        assertThat(t.mehrjahreswerte()).isEmpty();
        for (Messwert m : t.messwerte()) {
          Messwert r = roh.get(m.schluessel().toString());
          if (r == null || !r.hatWert()) {
            continue; // a sum: checked through its parts' consistency below
          }
          alle++;
          if (!m.hatWert()) {
            gesperrt++;
            continue;
          }
          long d = m.zaehler().subtract(r.zaehler()).abs().longValueExact();
          assertThat(d).as("%s", m).isLessThanOrEqualTo(4);
          if (r.zaehler().signum() == 0) {
            assertThat(m.zaehler()).isEqualByComparingTo("0");
          }
          geaendert += d == 0 ? 0 : 1;
        }
      }
      assertThat(geaendert).isPositive();
      assertThat(gesperrt).isLessThan(alle / 100); // almost every cell is published
      // the Kreis's Sozialraum for Bönen and Bönen's own total count the same: the same noise
      Berichtsteil unna = v.teil(KekizFixtures.KREIS_UNNA).orElseThrow();
      Berichtsteil boenen = v.teil(Gemeindeschluessel.parse("05978008")).orElseThrow();
      Map<String, Messwert> kreisRaum = new HashMap<>();
      for (Messwert m : unna.messwerte()) {
        if (m.raum() instanceof SozialraumBezug s
            && s.sozialraum().id().code().equals("05978008")) {
          kreisRaum.put(m.indikator() + " " + m.periode() + " " + m.aufschluesselung(), m);
        }
      }
      int verglichen = 0;
      for (Messwert m : boenen.messwerte()) {
        Messwert k = kreisRaum.get(m.indikator() + " " + m.periode() + " " + m.aufschluesselung());
        if (m.raum() instanceof KommuneBezug && k != null && m.hatWert()) {
          assertThat(k.zaehler()).as("%s", m).isEqualByComparingTo(m.zaehler());
          assertThat(k.nenner()).isEqualTo(m.nenner());
          verglichen++;
        }
      }
      assertThat(verglichen).isGreaterThan(100);
      Berichtsteil b = v.teil(bruehl.schluessel()).orElseThrow();
      assertThat(b.abdeckung().get(Wertart.UEBERLAGERT)).isPositive();
      assertThat(b.abdeckung().get(Wertart.EXAKT)).isZero();
    }

    @Test
    @DisplayName("publishes every figure unprotected in the internal mode, and says so")
    void intern() {
      Berichtsteil t =
          bruehl(Veroeffentlichungsauftrag.am(stichtag).withVerfahren(Schutzverfahren.INTERN));
      assertThat(t.verfahren().oeffentlich()).isFalse();
      assertThat(t.messwerte()).allSatisfy(m -> assertThat(m.confStatus()).isEqualTo(ConfStatus.F));
      assertThat(t.mehrjahreswerte()).isEmpty();
      Map<IndikatorRef, Integer> anzahl = new HashMap<>();
      t.messwerte().forEach(m -> anzahl.merge(m.indikator(), 1, Integer::sum));
      assertThat(anzahl).isNotEmpty();
    }
  }
}
