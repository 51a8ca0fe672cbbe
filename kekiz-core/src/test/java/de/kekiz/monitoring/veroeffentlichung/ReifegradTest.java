package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The chain maturity score (Reifegrad der Präventionskette): hand-computed cases for an empty
 * chain, a partial one, the Ahlen example Kommune through a release, and a chain whose parts carry
 * validity periods, scored on several dates. Each criterion counts one point, ten in all (rules in
 * {@link Reiferechnung}).
 */
@DisplayName("The chain maturity score (Reifegrad)")
class ReifegradTest {

  private static final List<Indikator> DEFINITIONEN =
      List.of(
          Indikatoren.betreuungsquoteU3(),
          Indikatoren.seuSprache(),
          Indikatoren.u8U9Teilnahme(),
          Indikatoren.sgb2QuoteU15Version2());

  private static final KommuneBezug AHLEN = new KommuneBezug(KetteFixtures.AHLEN);

  private static Messwert wert(Indikator i, Periode p) {
    return Messwert.of(i.ref(), AHLEN, p, 30, 100);
  }

  private static boolean[] erfuellt(Reifegrad r) {
    boolean[] e = new boolean[r.ergebnisse().size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = r.ergebnisse().get(i).erfuellt();
    }
    return e;
  }

  private static String grund(Reifegrad r, Reifekriterium k) {
    return r.ergebnis(k).begruendung();
  }

  @Nested
  @DisplayName("on an empty chain")
  class Leer {

    private final Praeventionskette kette = Praeventionskette.builder(KetteFixtures.AHLEN).build();
    private final LocalDate tag = LocalDate.of(2024, 12, 31);

    @Test
    @DisplayName("meets no criterion: 0 of 10 points, no stage, each reason names what is missing")
    void nichts() {
      Reifegrad r = new Reiferechnung(null, kette, List.of(), DEFINITIONEN).bewerte(tag);
      assertThat(r.punkte()).isZero();
      assertThat(r.hoechstpunkte()).isEqualTo(10);
      assertThat(r.erreichteStufe()).isEmpty();
      assertThat(erfuellt(r)).containsOnly(false);
      assertThat(grund(r, Reifekriterium.LEITBILD)).isEqualTo("Kein Leitbild erfasst.");
      assertThat(grund(r, Reifekriterium.STEUERUNGSGRUPPE)).isEqualTo("Keine Steuerungsgruppe.");
      assertThat(grund(r, Reifekriterium.KOORDINATION)).isEqualTo("Keine Koordinationsstelle.");
      assertThat(grund(r, Reifekriterium.UEBERGAENGE))
          .isEqualTo(
              "0 von 4 Übergängen überbrückt; offen: Familie → Kita, Kita → Grundschule,"
                  + " Grundschule → Weiterführende Schule, Weiterführende Schule →"
                  + " Ausbildung/Beruf.");
      assertThat(grund(r, Reifekriterium.MONITORING))
          .isEqualTo("Die Handlungsziele nennen keine Indikatoren.");
    }

    @Test
    @DisplayName("shows only the reference date when nothing in the model is dated")
    void einStichtag() {
      Kettenreife v = new Reiferechnung(null, kette, List.of(), DEFINITIONEN).verlauf(tag);
      assertThat(v.verlauf()).extracting(Reifegrad::stichtag).containsExactly(tag);
      assertThat(v.methode()).contains("Qualitätskreislauf");
    }

    @Test
    @DisplayName("has nothing to show without Leitbild and chain")
    void ohneAlles() {
      assertThat(new Reiferechnung(null, null, List.of(), List.of()).verlauf(tag).leer()).isTrue();
    }
  }

  /**
   * Ahlen's unit fixtures (KetteFixtures, LeitbildFixtures) on 31.12.2021, by hand:
   *
   * <ol>
   *   <li>LEITBILD met: adopted 26.05.2016 by the Rat der Stadt Ahlen (+1);
   *   <li>LEITLINIEN met: 4 of the 7 Präventionsleitlinien (+1);
   *   <li>STEUERUNGSGRUPPE met: seats for Jugendhilfe, Gesundheit, Bildung, Integration, Soziales
   *       and the Verwaltungsspitze, so all four core fields (+1);
   *   <li>KOORDINATION not met: one post of 0.5 without recorded funding;
   *   <li>HANDLUNGSZIELE met: 1.1, 1.2 and 2.1 each name an indicator (+1);
   *   <li>ZIELWERTE not met: 2.1 has no Zielwert (2 of 3);
   *   <li>ZIELBEITRAEGE not met: no contribution recorded (0 of 3);
   *   <li>UEBERGAENGE not met: the Kooperationskalender bridges Kita → Grundschule and the
   *       Hebammensprechstunde Familie → Kita, two of the four standard transitions;
   *   <li>MONITORING not met: the four indicators of the goals; Betreuungsquote 2020 (ended
   *       31.12.2020, within 31.12.2019 to 31.12.2021) counts; SEU Sprache 2017/18 ended
   *       31.07.2018, too early; U8/U9 2021 is suppressed; SGB-II-Quote 2022 ended after the date:
   *       1 of 4;
   *   <li>FORTSCHREIBUNG not met: Fassung 1.
   * </ol>
   *
   * Total 4 of 10 points; stage 1 is complete and stage 2 misses KOORDINATION, so stage 1.
   */
  @Nested
  @DisplayName("on a partial chain (Ahlen's unit fixtures)")
  class Teilweise {

    private final LocalDate tag = LocalDate.of(2021, 12, 31);

    private List<Messwert> messwerte() {
      return List.of(
          wert(Indikatoren.betreuungsquoteU3(), Periode.jahr(2020)),
          wert(Indikatoren.seuSprache(), Periode.schuljahr(2017)),
          wert(Indikatoren.u8U9Teilnahme(), Periode.jahr(2021)).withConfStatus(ConfStatus.A),
          wert(Indikatoren.sgb2QuoteU15Version2(), Periode.jahr(2022)));
    }

    private Reifegrad reifegrad() {
      return new Reiferechnung(
              LeitbildFixtures.ahlen(), KetteFixtures.ahlen(), messwerte(), DEFINITIONEN)
          .bewerte(tag);
    }

    @Test
    @DisplayName("counts 4 of 10 points and reaches stage 1")
    void punkte() {
      Reifegrad r = reifegrad();
      assertThat(erfuellt(r))
          .containsExactly(true, true, true, false, true, false, false, false, false, false);
      assertThat(r.punkte()).isEqualTo(4);
      assertThat(r.hoechstpunkte()).isEqualTo(10);
      assertThat(r.erreichteStufe()).contains(Reifestufe.LEITBILD_VISION);
      assertThat(r.erfuellt(Reifestufe.LEITBILD_VISION)).isTrue();
      assertThat(r.erfuellt(Reifestufe.STEUERUNG_ZIELENTWICKLUNG)).isFalse();
    }

    @Test
    @DisplayName("names the facts behind each result in German")
    void gruende() {
      Reifegrad r = reifegrad();
      assertThat(grund(r, Reifekriterium.LEITBILD))
          .isEqualTo(
              "Leitbild „Leitbild Präventionskette Ahlen „Kein Kind zurücklassen!““ (Fassung 1)"
                  + " am 26.05.2016 vom Gremium „Rat der Stadt Ahlen“ beschlossen.");
      assertThat(grund(r, Reifekriterium.STEUERUNGSGRUPPE))
          .isEqualTo(
              "Steuerungsgruppe „Steuerungsgruppe Präventionskette Ahlen“ mit 6 Sitzen; 4 von 4"
                  + " Kernbereichen vertreten: Gesundheit, Bildung, Kinder- und Jugendhilfe,"
                  + " Soziales.");
      assertThat(grund(r, Reifekriterium.KOORDINATION))
          .isEqualTo(
              "0 von 1 Koordinationsstelle mit erfasster Finanzierung: Koordination"
                  + " Präventionskette (Stellenanteil 0,5; ohne erfasste Finanzierung).");
      assertThat(grund(r, Reifekriterium.ZIELWERTE))
          .isEqualTo("2 von 3 Handlungszielen mit Zielwert; ohne Zielwert: 2.1.");
      assertThat(grund(r, Reifekriterium.ZIELBEITRAEGE)).startsWith("0 von 3 Handlungszielen");
      assertThat(grund(r, Reifekriterium.UEBERGAENGE))
          .isEqualTo(
              "2 von 4 Übergängen überbrückt: Familie → Kita, Kita → Grundschule; offen:"
                  + " Grundschule → Weiterführende Schule, Weiterführende Schule →"
                  + " Ausbildung/Beruf.");
      assertThat(grund(r, Reifekriterium.MONITORING))
          .startsWith("1 von 4 Indikatoren der Handlungsziele")
          .contains("vom 31.12.2019 bis zum 31.12.2021")
          .endsWith(
              "; ohne aktuellen Wert: "
                  + Indikatoren.seuSprache().name()
                  + ", "
                  + Indikatoren.u8U9Teilnahme().name()
                  + ", "
                  + Indikatoren.sgb2QuoteU15Version2().name()
                  + ".");
      assertThat(grund(r, Reifekriterium.FORTSCHREIBUNG))
          .isEqualTo("Das Leitbild gilt in Fassung 1 (noch nicht fortgeschrieben).");
    }

    @Test
    @DisplayName("treats a Leitbild adopted after the date as absent")
    void leitbildSpaeter() {
      Reifegrad r =
          new Reiferechnung(
                  LeitbildFixtures.ahlen(), KetteFixtures.ahlen(), messwerte(), DEFINITIONEN)
              .bewerte(LocalDate.of(2015, 12, 31));
      assertThat(r.ergebnis(Reifekriterium.LEITBILD).erfuellt()).isFalse();
      assertThat(grund(r, Reifekriterium.LEITBILD)).contains("erst nach dem 31.12.2015");
      assertThat(r.ergebnis(Reifekriterium.HANDLUNGSZIELE).erfuellt()).isFalse();
      // only the Steuerungsgruppe (undated, so valid then) counts
      assertThat(r.punkte()).isEqualTo(1);
      assertThat(r.erreichteStufe()).isEmpty();
    }

    @Test
    @DisplayName("misses the Steuerungsgruppe when a core field has no seat, naming the field")
    void steuerungsgruppeOhneGesundheit() {
      Steuerungsgruppe ohne =
          new Steuerungsgruppe(
              "Steuerungsgruppe Präventionskette Ahlen",
              KetteFixtures.steuerungsgruppe().mitglieder().stream()
                  .filter(m -> !m.bereich().equals("Gesundheit"))
                  .toList());
      Praeventionskette kette =
          KetteFixtures.ahlenBuilder()
              .steuerung(new Steuerung(ohne, KetteFixtures.ags(), KetteFixtures.koordination()))
              .build();
      Reifegrad r =
          new Reiferechnung(LeitbildFixtures.ahlen(), kette, messwerte(), DEFINITIONEN)
              .bewerte(tag);
      assertThat(r.ergebnis(Reifekriterium.STEUERUNGSGRUPPE).erfuellt()).isFalse();
      assertThat(grund(r, Reifekriterium.STEUERUNGSGRUPPE))
          .isEqualTo(
              "Steuerungsgruppe „Steuerungsgruppe Präventionskette Ahlen“ mit 5 Sitzen; 3 von 4"
                  + " Kernbereichen vertreten: Bildung, Kinder- und Jugendhilfe, Soziales; es"
                  + " fehlen: Gesundheit.");
      assertThat(r.punkte()).isEqualTo(3);
      assertThat(r.erreichteStufe()).contains(Reifestufe.LEITBILD_VISION);
    }

    @Test
    @DisplayName("misses the Handlungsziele when one names no indicator")
    void handlungszielOhneIndikator() {
      Leitbild lb =
          LeitbildFixtures.ahlenBuilder()
              .leitziel(Leitziel.of("4", "Teilhabe", Handlungsziel.of("4.1", "Vereine öffnen")))
              .build();
      Reifegrad r = new Reiferechnung(lb, null, List.of(), List.of()).bewerte(tag);
      assertThat(r.ergebnis(Reifekriterium.HANDLUNGSZIELE).erfuellt()).isFalse();
      assertThat(grund(r, Reifekriterium.HANDLUNGSZIELE))
          .isEqualTo("3 von 4 Handlungszielen mit Indikator; ohne Indikator: 4.1.");
    }

    @Test
    @DisplayName("counts a revised Leitbild (Fassung 2) for the last stage")
    void fortschreibung() {
      Leitbild zwei =
          Leitbild.builder(LeitbildFixtures.AHLEN, 2, "Leitbild Ahlen 2022")
              .beschlossen(LocalDate.of(2021, 6, 1), "Rat der Stadt Ahlen")
              .build();
      Reifegrad r = new Reiferechnung(zwei, null, List.of(), List.of()).bewerte(tag);
      assertThat(r.ergebnis(Reifekriterium.FORTSCHREIBUNG).erfuellt()).isTrue();
      assertThat(r.ergebnis(Reifekriterium.LEITLINIEN).erfuellt()).isFalse();
      assertThat(r.punkte()).isEqualTo(2);
    }
  }

  /**
   * A chain with dated parts, scored on 31.12.2017 and 31.12.2021. The Leitbild (Ahlen's, adopted
   * 26.05.2016) is the same on both days: LEITBILD, LEITLINIEN and HANDLUNGSZIELE met, ZIELWERTE (2
   * of 3) and FORTSCHREIBUNG not. What changes:
   *
   * <ul>
   *   <li>the Steuerungsgruppe exists from 01.01.2018: not met in 2017, met in 2021;
   *   <li>the programme post (Land, ESF) runs 01.01.2017–31.12.2020 and a post from own funds from
   *       01.01.2021: met on both days, by different posts;
   *   <li>contributions of the Jugendamt to 1.1, 1.2 and 2.1 from 01.01.2019: 0 of 3, then 3 of 3;
   *   <li>the Hebammensprechstunde (undated) bridges Familie → Kita; the Kooperationskalender from
   *       01.08.2019 Kita → Grundschule; the Familiencafé from 01.01.2020 the other two: 1 of 4,
   *       then 4 of 4;
   *   <li>values of all four goal indicators for 2019 and 2020: none ended in
   *       31.12.2015–31.12.2017, so MONITORING is not met in 2017 and met in 2021.
   * </ul>
   *
   * 31.12.2017: 1 + 1 + 0 + 1 + 1 + 0 + 0 + 0 + 0 + 0 = 4 points, stage 1 (Steuerungsgruppe
   * missing). 31.12.2021: 1 + 1 + 1 + 1 + 1 + 0 + 1 + 1 + 1 + 0 = 8 points, stage 2 (stage 3 misses
   * ZIELWERTE).
   */
  @Nested
  @DisplayName("over time")
  class Verlauf {

    private final LocalDate y2017 = LocalDate.of(2017, 12, 31);
    private final LocalDate y2021 = LocalDate.of(2021, 12, 31);

    private Praeventionskette kette() {
      Koordination programm =
          new Koordination(
                  "Koordination Präventionskette (Programm)",
                  Stellenanteil.of("0.5"),
                  "Stadt Ahlen, Fachbereich Jugend, Soziales und Integration")
              .withFinanzierung(Set.of(Finanzierungsquelle.LAND, Finanzierungsquelle.ESF), null)
              .withGueltigkeit(Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)));
      Koordination eigen =
          new Koordination(
                  "Koordination Präventionskette",
                  Stellenanteil.VOLLZEIT,
                  "Stadt Ahlen, Fachbereich Jugend, Soziales und Integration")
              .withFinanzierung(Set.of(Finanzierungsquelle.EIGENMITTEL), null)
              .withGueltigkeit(Zeitraum.ab(LocalDate.of(2021, 1, 1)));
      Steuerung s =
          new Steuerung(
              KetteFixtures.steuerungsgruppe()
                  .withGueltigkeit(Zeitraum.ab(LocalDate.of(2018, 1, 1))),
              KetteFixtures.ags(),
              List.of(programm, eigen));
      Zeitraum ab2019 = Zeitraum.ab(LocalDate.of(2019, 1, 1));
      return KetteFixtures.ahlenOhneAngeboteBuilder()
          .steuerung(s)
          .angebote(
              AngebotFixtures.hebammensprechstunde(),
              AngebotFixtures.kooperationskalenderBuilder()
                  .gueltigkeit(Zeitraum.ab(LocalDate.of(2019, 8, 1)))
                  .build(),
              AngebotFixtures.familiencafeBuilder()
                  .uebergaenge(
                      "grundschule-weiterfuehrende-schule", "weiterfuehrende-schule-schule-beruf")
                  .gueltigkeit(Zeitraum.ab(LocalDate.of(2020, 1, 1)))
                  .build())
          .zielbeitraege(
              Zielbeitrag.akteur("1.1", KetteFixtures.JUGENDAMT).withGueltigkeit(ab2019),
              Zielbeitrag.akteur("1.2", KetteFixtures.JUGENDAMT).withGueltigkeit(ab2019),
              Zielbeitrag.akteur("2.1", KetteFixtures.JUGENDAMT).withGueltigkeit(ab2019))
          .build();
    }

    private Reiferechnung rechnung() {
      List<Messwert> m = new ArrayList<>();
      for (Indikator i : DEFINITIONEN) {
        m.add(wert(i, Periode.jahr(2019)));
        m.add(wert(i, Periode.jahr(2020)));
      }
      return new Reiferechnung(LeitbildFixtures.ahlen(), kette(), m, DEFINITIONEN);
    }

    @Test
    @DisplayName("scores 4 points (stage 1) on 31.12.2017 and 8 points (stage 2) on 31.12.2021")
    void zweiStichtage() {
      Reifegrad frueher = rechnung().bewerte(y2017);
      Reifegrad spaeter = rechnung().bewerte(y2021);
      assertThat(erfuellt(frueher))
          .containsExactly(true, true, false, true, true, false, false, false, false, false);
      assertThat(frueher.punkte()).isEqualTo(4);
      assertThat(frueher.erreichteStufe()).contains(Reifestufe.LEITBILD_VISION);
      assertThat(erfuellt(spaeter))
          .containsExactly(true, true, true, true, true, false, true, true, true, false);
      assertThat(spaeter.punkte()).isEqualTo(8);
      assertThat(spaeter.erreichteStufe()).contains(Reifestufe.STEUERUNG_ZIELENTWICKLUNG);
      assertThat(grund(frueher, Reifekriterium.KOORDINATION))
          .isEqualTo(
              "1 von 1 Koordinationsstelle mit erfasster Finanzierung: Koordination"
                  + " Präventionskette (Programm) (Stellenanteil 0,5; Land NRW, Europäischer"
                  + " Sozialfonds;"
                  + " 01.01.2017 bis 31.12.2020).");
      assertThat(grund(spaeter, Reifekriterium.KOORDINATION))
          .isEqualTo(
              "1 von 1 Koordinationsstelle mit erfasster Finanzierung: Koordination"
                  + " Präventionskette (Stellenanteil 1; Eigenmittel; seit 01.01.2021).");
      assertThat(grund(frueher, Reifekriterium.UEBERGAENGE))
          .startsWith("1 von 4 Übergängen überbrückt: Familie → Kita; offen: Kita → Grundschule");
      assertThat(grund(spaeter, Reifekriterium.UEBERGAENGE))
          .startsWith("4 von 4 Übergängen überbrückt");
    }

    @Test
    @DisplayName(
        "takes the 31 December of every year from the earliest recorded date, then the day")
    void stichtage() {
      Kettenreife v = rechnung().verlauf(y2021);
      assertThat(v.verlauf())
          .extracting(Reifegrad::stichtag)
          .containsExactly(
              LocalDate.of(2016, 12, 31),
              y2017,
              LocalDate.of(2018, 12, 31),
              LocalDate.of(2019, 12, 31),
              LocalDate.of(2020, 12, 31),
              y2021);
      // 2016: LEITBILD, LEITLINIEN, HANDLUNGSZIELE (no post yet) = 3; 2017: + the programme post =
      // 4;
      // 2018: + Steuerungsgruppe = 5; 2019: + contributions, + MONITORING (2019 ended that day),
      // Übergänge 2 of 4 = 7; 2020: + all four Übergänge = 8; 2021: the own post replaces the
      // programme post = 8
      assertThat(v.verlauf()).extracting(Reifegrad::punkte).containsExactly(3, 4, 5, 7, 8, 8);
      assertThat(v.aktuell()).contains(rechnung().bewerte(y2021));
      assertThat(rechnung().stichtage(LocalDate.of(2031, 6, 30)))
          .hasSize(Reiferechnung.HOECHSTENS_STICHTAGE)
          .startsWith(LocalDate.of(2022, 12, 31))
          .endsWith(LocalDate.of(2031, 6, 30));
    }

    @Test
    @DisplayName(
        "scores each day of the development as on its own, whether the chain changed before it or"
            + " not")
    void verlaufWieJederTag() {
      // the Leitbild as recorded, and adopted only after the chain's first changes
      Reiferechnung spaeter =
          new Reiferechnung(
              LeitbildFixtures.ahlen().withBeschluss(LocalDate.of(2019, 3, 1), "Rat"),
              kette(),
              List.of(),
              DEFINITIONEN);
      for (Reiferechnung r : List.of(rechnung(), spaeter)) {
        for (LocalDate stichtag :
            List.of(y2021, LocalDate.of(2019, 8, 1), LocalDate.of(2031, 6, 30))) {
          List<Reifegrad> einzeln = new ArrayList<>();
          for (LocalDate tag : r.stichtage(stichtag)) {
            einzeln.add(r.bewerte(tag));
          }
          assertThat(r.verlauf(stichtag).verlauf()).isEqualTo(einzeln);
        }
      }
    }
  }

  @Nested
  @DisplayName("on the example Kommune Ahlen in a release")
  class Ahlen {

    /**
     * KekizFixtures.ahlen() on 31.12.2024: the Leitbild of the unit fixture with a Zielwert for 2.1
     * and a third Leitziel (3.1, Übergangsquote, no Zielwert); the chain of KetteFixtures (same
     * Steuerungsgruppe, unfunded 0.5 post) with generated Angebote, the dated history since 2017
     * (Zielbeiträge for all four Handlungsziele by 2021) and the transition Grundschule →
     * weiterführende Schule left open. By hand: LEITBILD +1, LEITLINIEN +1, STEUERUNGSGRUPPE +1,
     * KOORDINATION 0, HANDLUNGSZIELE +1 (4 of 4), ZIELWERTE 0 (3 of 4, 3.1 without), ZIELBEITRAEGE
     * +1 (1.1 Kita-Einstieg, 1.2 AG and Sprachbrücke, 2.1 Jugendamt and others, 3.1 AG),
     * UEBERGAENGE 0 (3 of 4), MONITORING +1 (the Kommune's own yearly figures of the five goal
     * indicators are published up to 2024), FORTSCHREIBUNG 0: 6 of 10, stage 1.
     */
    @Test
    @DisplayName("scores 6 of 10 points and stage 1 on 31.12.2024, from the published figures")
    void ahlen() {
      Beispielkommune ahlen = KekizFixtures.ahlen();
      LocalDate stichtag = LocalDate.of(2024, 12, 31);
      Berichtsteil t =
          Berichtsdaten.teil(
              ahlen.kommune(),
              ahlen.leitbild(),
              ahlen.kette(),
              ahlen.indikatoren(),
              ahlen.messwerte(),
              Veroeffentlichungsauftrag.am(stichtag));
      Reifegrad r = t.reife().aktuell().orElseThrow();
      assertThat(r.stichtag()).isEqualTo(stichtag);
      assertThat(erfuellt(r))
          .containsExactly(true, true, true, false, true, false, true, false, true, false);
      assertThat(r.punkte()).isEqualTo(6);
      assertThat(r.erreichteStufe()).contains(Reifestufe.LEITBILD_VISION);
      assertThat(grund(r, Reifekriterium.ZIELWERTE))
          .isEqualTo("3 von 4 Handlungszielen mit Zielwert; ohne Zielwert: 3.1.");
      assertThat(grund(r, Reifekriterium.UEBERGAENGE))
          .startsWith("3 von 4 Übergängen überbrückt")
          .endsWith("; offen: Grundschule → Weiterführende Schule.");
      // the council decision of 26.05.2016 is the earliest recorded date
      assertThat(t.reife().verlauf())
          .extracting(Reifegrad::stichtag)
          .startsWith(LocalDate.of(2016, 12, 31))
          .endsWith(stichtag)
          .hasSize(9);
    }
  }

  @Nested
  @DisplayName("as a value")
  class Wert {

    private Reifegrad mit(boolean... erfuellt) {
      List<Kriteriumsergebnis> e = new ArrayList<>();
      for (Reifekriterium k : Reifekriterium.values()) {
        e.add(new Kriteriumsergebnis(k, erfuellt[k.ordinal()], "Grund"));
      }
      return new Reifegrad(LocalDate.of(2024, 1, 1), e);
    }

    @Test
    @DisplayName("reaches a stage only when every earlier stage is complete too")
    void stufen() {
      boolean[] alle = new boolean[10];
      Arrays.fill(alle, true);
      assertThat(mit(alle).erreichteStufe()).contains(Reifestufe.REFLEXION_NEUAUSRICHTUNG);
      assertThat(mit(alle).punkte()).isEqualTo(10);
      // stage 3 complete but KOORDINATION (stage 2) missing: stage 1
      assertThat(mit(true, true, true, false, true, true, true, true, true, true).erreichteStufe())
          .contains(Reifestufe.LEITBILD_VISION);
      // ZIELWERTE (stage 3) missing: stage 2
      assertThat(mit(true, true, true, true, true, false, true, true, true, true).erreichteStufe())
          .contains(Reifestufe.STEUERUNG_ZIELENTWICKLUNG);
      assertThat(mit(false, true, true, true, true, true, true, true, true, true).erreichteStufe())
          .isEmpty();
    }

    @Test
    @DisplayName("refuses results that miss a criterion or list them out of order")
    void vollstaendig() {
      List<Kriteriumsergebnis> e = new ArrayList<>();
      for (Reifekriterium k : Reifekriterium.values()) {
        e.add(new Kriteriumsergebnis(k, true, "Grund"));
      }
      e.remove(3);
      assertThatThrownBy(() -> new Reifegrad(LocalDate.of(2024, 1, 1), e))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one result per criterion");
      assertThatThrownBy(() -> new Kriteriumsergebnis(Reifekriterium.LEITBILD, true, " "))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("refuses a development whose dates do not increase")
    void reihenfolge() {
      boolean[] alle = new boolean[10];
      Reifegrad r = mit(alle);
      assertThatThrownBy(() -> new Kettenreife("m", List.of(r, r)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must increase");
    }
  }
}
