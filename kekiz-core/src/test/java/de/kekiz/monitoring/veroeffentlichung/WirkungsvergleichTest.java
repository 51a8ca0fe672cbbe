package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The effect comparison: Wilson and Newcombe intervals against published reference values, the
 * difference in differences on hand-computed cases, and the comparison of a report (groups by
 * Sozialindex, periods from the chain's dates, only published figures).
 *
 * <p>Notation in the hand computations: z = 1.959964 (z² = 3.841459); Wilson centre (x + z²/2) / (n
 * + z²), half width z·sqrt(x(n − x)/n + z²/4) / (n + z²). For 300/1000: centre 301.920729 /
 * 1003.841459 = 0.300766, half width 1.959964 · sqrt(210 + 0.960365) / 1003.841459 = 1.959964 ·
 * 14.52448 / 1003.841459 = 0.028359, so 0.2724 to 0.3291; for 200/1000: 0.1764 to 0.2259; for
 * 220/1000: 0.1954 to 0.2467.
 */
@DisplayName("The effect comparison (Wirkungsvergleich)")
class WirkungsvergleichTest {

  private static BigDecimal vier(BigDecimal x) {
    return x.setScale(4, RoundingMode.HALF_UP);
  }

  private static Gruppenvergleich vergleich(
      long z0, long n0, long z1, long n1, long k0, long m0, long k1, long m1) {
    return new Gruppenvergleich(
        Periode.jahr(2018),
        Periode.jahr(2022),
        new Gruppenwert(z0, n0),
        new Gruppenwert(z1, n1),
        new Gruppenwert(k0, m0),
        new Gruppenwert(k1, m1));
  }

  @Nested
  @DisplayName("Wilson score interval of one share")
  class Wilson {

    /**
     * Reference values: Newcombe, Two-sided confidence intervals for the single proportion,
     * Statistics in Medicine 17 (1998) 857–872, Table I, method 3 (Wilson score without continuity
     * correction): 81/263, 15/148, 0/20, 1/29. The last three rows by hand with the formula of the
     * class comment: 0/10: upper z²/(10 + z²) = 3.841459 / 13.841459 = 0.2775; 5/10: centre 0.5,
     * half width 1.959964 · sqrt(2.5 + 0.960365) / 13.841459 = 0.2634, so 0.2366 to 0.7634; 50/100:
     * centre 0.5, half width 1.959964 · sqrt(25 + 0.960365) / 103.841459 = 0.0962, so 0.4038 to
     * 0.5962 (the same values as the common tables of the Wilson interval).
     */
    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
      "81, 263, 0.2553, 0.3662",
      "15, 148, 0.0624, 0.1605",
      "0, 20, 0.0000, 0.1611",
      "1, 29, 0.0061, 0.1718",
      "0, 10, 0.0000, 0.2775",
      "5, 10, 0.2366, 0.7634",
      "50, 100, 0.4038, 0.5962"
    })
    @DisplayName("matches the published reference values to four places")
    void referenz(long z, long n, String untere, String obere) {
      Konfidenzintervall k = new Gruppenwert(z, n).wilson();
      assertThat(vier(k.untere())).isEqualByComparingTo(untere);
      assertThat(vier(k.obere())).isEqualByComparingTo(obere);
    }

    @Test
    @DisplayName("keeps the share exact to six places and the bounds within 0 and 1")
    void grenzen() {
      assertThat(new Gruppenwert(1, 3).anteil()).isEqualTo(new BigDecimal("0.333333"));
      assertThat(new Gruppenwert(0, 10).wilson().untere()).isEqualTo(new BigDecimal("0.000000"));
      assertThat(new Gruppenwert(10, 10).wilson().obere()).isEqualTo(new BigDecimal("1.000000"));
    }

    @Test
    @DisplayName("rejects a numerator above its denominator, quoting both")
    void keinAnteil() {
      assertThatThrownBy(() -> new Gruppenwert(11, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("11/10");
    }
  }

  @Nested
  @DisplayName("Newcombe interval of one change")
  class Newcombe {

    /**
     * Reference values: Newcombe, Interval estimation for the difference between independent
     * proportions, Statistics in Medicine 17 (1998) 873–890, Table II, method 10: 56/70 − 48/80:
     * 0.0524 to 0.3339; 9/10 − 3/10: 0.1705 to 0.8090; 5/56 − 0/29: −0.0381 to 0.1926. Here the
     * first share is "after", the second "before".
     */
    @ParameterizedTest(name = "{2}/{3} − {0}/{1}: {4} to {5}")
    @CsvSource({
      "48, 80, 56, 70, 0.0524, 0.3339",
      "3, 10, 9, 10, 0.1705, 0.8090",
      "0, 29, 5, 56, -0.0381, 0.1926"
    })
    @DisplayName("matches the published reference values to four places")
    void referenz(long z0, long n0, long z1, long n1, String untere, String obere) {
      Gruppenvergleich g = vergleich(z0, n0, z1, n1, 1, 2, 1, 2);
      assertThat(vier(g.veraenderungMitIntervall().untere())).isEqualByComparingTo(untere);
      assertThat(vier(g.veraenderungMitIntervall().obere())).isEqualByComparingTo(obere);
      // the same change in the comparison group has the same interval
      Gruppenvergleich gespiegelt = vergleich(1, 2, 1, 2, z0, n0, z1, n1);
      assertThat(vier(gespiegelt.veraenderungOhneIntervall().untere()))
          .isEqualByComparingTo(untere);
      assertThat(vier(gespiegelt.veraenderungOhneIntervall().obere())).isEqualByComparingTo(obere);
    }
  }

  @Nested
  @DisplayName("difference in differences, computed by hand")
  class DifferenzDerDifferenzen {

    /**
     * Clear effect. With the measure 300/1000 → 200/1000 (−0.10), without 300/1000 → 300/1000 (0):
     * DiD = −0.10. MOVER: lower = −0.10 − sqrt((0.2000 − 0.1764)² + (0.3291 − 0.3000)² + (0.3291 −
     * 0.3000)² + (0.3000 − 0.2724)²) = −0.10 − sqrt(0.000557 + 0.000850 + 0.000850 + 0.000761) =
     * −0.10 − 0.0549 = −0.1549; upper = −0.10 + sqrt((0.2259 − 0.2000)² + (0.3000 − 0.2724)² +
     * (0.3000 − 0.2724)² + (0.3291 − 0.3000)²) = −0.10 + sqrt(0.000671 + 0.000761 + 0.000761 +
     * 0.000850) = −0.10 + 0.0552 = −0.0448. A lower share is better: favourable.
     */
    @Test
    @DisplayName("shows a clear effect as favourable, with its interval below 0")
    void klareWirkung() {
      Gruppenvergleich g = vergleich(300, 1000, 200, 1000, 300, 1000, 300, 1000);
      assertThat(g.differenzDerDifferenzen()).isEqualTo(new BigDecimal("-0.100000"));
      assertThat(vier(g.intervall().untere())).isEqualByComparingTo("-0.1549");
      assertThat(vier(g.intervall().obere())).isEqualByComparingTo("-0.0448");
      assertThat(befund(g, Polaritaet.HOEHER_IST_SCHLECHTER)).isEqualTo(Befund.GUENSTIGER);
      assertThat(befund(g, Polaritaet.HOEHER_IST_BESSER)).isEqualTo(Befund.UNGUENSTIGER);
      assertThat(befund(g, Polaritaet.NEUTRAL)).isEqualTo(Befund.UNTERSCHIED_OHNE_WERTUNG);
    }

    /**
     * No effect. With 30/100 → 28/100 (−0.02), without 30/100 → 29/100 (−0.01): DiD = −0.01.
     * Wilson: 30/100 0.2189–0.3958, 28/100 0.2014–0.3749, 29/100 0.2101–0.3854. Lower = −0.01 −
     * sqrt(0.0786² + 0.0958² + 0.0954² + 0.0811²) = −0.01 − 0.1762 = −0.1862; upper = −0.01 +
     * sqrt(0.0949² + 0.0811² + 0.0799² + 0.0958²) = −0.01 + 0.1765 = 0.1665. The interval holds 0.
     */
    @Test
    @DisplayName("finds no difference where the interval holds 0")
    void keineWirkung() {
      Gruppenvergleich g = vergleich(30, 100, 28, 100, 30, 100, 29, 100);
      assertThat(g.differenzDerDifferenzen()).isEqualTo(new BigDecimal("-0.010000"));
      assertThat(vier(g.intervall().untere())).isEqualByComparingTo("-0.1862");
      assertThat(vier(g.intervall().obere())).isEqualByComparingTo("0.1665");
      assertThat(befund(g, Polaritaet.HOEHER_IST_SCHLECHTER)).isEqualTo(Befund.KEIN_UNTERSCHIED);
    }

    /**
     * The comparison group moves too. With 300/1000 → 200/1000, without 300/1000 → 220/1000.
     * Before/after alone: −0.10, Newcombe interval −0.10 ∓ … = −0.1376 to −0.0619 (below 0: it
     * would look like an effect). DiD: −0.10 − (−0.08) = −0.02; lower = −0.02 − sqrt(0.0236² +
     * 0.0291² + 0.0267² + 0.0276²) = −0.02 − 0.0537 = −0.0737; upper = −0.02 + sqrt(0.0259² +
     * 0.0276² + 0.0246² + 0.0291²) = −0.02 + 0.0537 = 0.0337. The interval holds 0.
     */
    @Test
    @DisplayName("differs from the simple before/after change when the comparison group moves too")
    void vergleichsgruppeBewegtSich() {
      Gruppenvergleich g = vergleich(300, 1000, 200, 1000, 300, 1000, 220, 1000);
      assertThat(g.veraenderungMit()).isEqualTo(new BigDecimal("-0.100000"));
      assertThat(g.veraenderungMitIntervall().unterNull()).isTrue();
      assertThat(g.veraenderungOhne()).isEqualTo(new BigDecimal("-0.080000"));
      assertThat(g.differenzDerDifferenzen()).isEqualTo(new BigDecimal("-0.020000"));
      assertThat(vier(g.intervall().untere())).isEqualByComparingTo("-0.0737");
      assertThat(vier(g.intervall().obere())).isEqualByComparingTo("0.0337");
      assertThat(befund(g, Polaritaet.HOEHER_IST_SCHLECHTER)).isEqualTo(Befund.KEIN_UNTERSCHIED);
    }

    @Test
    @DisplayName("rejects an 'after' period that does not come after 'before'")
    void reihenfolge() {
      Gruppenwert g = new Gruppenwert(1, 2);
      assertThatThrownBy(
              () -> new Gruppenvergleich(Periode.jahr(2022), Periode.jahr(2022), g, g, g, g))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2022");
    }

    @Test
    @DisplayName("carries either the shares or the reason it has none, never both or neither")
    void werteOderGrund() {
      Gruppenvergleich g = vergleich(1, 2, 1, 2, 1, 2, 1, 2);
      for (String grund : new String[] {"gesperrt", null}) {
        assertThatThrownBy(
                () ->
                    new Wirkungsvergleich(
                        Massnahmenart.ANGEBOT,
                        "a",
                        "A",
                        "1.1",
                        LocalDate.of(2020, 1, 1),
                        IndikatorKey.of("x"),
                        "X",
                        Polaritaet.NEUTRAL,
                        List.of(),
                        List.of(),
                        grund == null ? null : g,
                        grund))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(grund == null ? "neither" : "both");
      }
    }

    private Befund befund(Gruppenvergleich g, Polaritaet p) {
      return new Wirkungsvergleich(
              Massnahmenart.ANGEBOT,
              "a",
              "A",
              "1.1",
              LocalDate.of(2020, 1, 1),
              IndikatorKey.of("x"),
              "X",
              p,
              List.of(),
              List.of(),
              g,
              null)
          .befund();
    }
  }

  /**
   * A report's comparison, on four Sozialräume of Ahlen (synthetic figures): the Familiencafé
   * serves Süd/Ost from 1 August 2019 and works on goal 1.1, measured by the SEU finding on
   * language (a lower share is better). Sozialindex Stufen: Süd/Ost 4, Innenstadt 3, Nord 2,
   * Vorhelm 1, so the comparison group is Innenstadt alone (Stufe 3 is one away from 4; Nord's 2 is
   * two away). Figures per school year, of 1000 children each: Süd/Ost 300 up to 2018/19, then 200;
   * Innenstadt 300 throughout; Nord 300, then 100 (it would cancel the effect if it were wrongly
   * taken into the group); Vorhelm 250. Before: 2018/19 (ends 31.07.2019, before the beginning);
   * after: 2021/22. So the groups are 300/1000 → 200/1000 and 300/1000 → 300/1000: the clear effect
   * computed by hand above.
   */
  @Nested
  @DisplayName("in a report")
  class ImBericht {
    private final SozialraumId innenstadt = Berichtsdaten.INNENSTADT;
    private final SozialraumId suedOst = Berichtsdaten.SUED_OST;
    private final SozialraumId nord = Berichtsdaten.NORD;
    private final SozialraumId vorhelm = Berichtsdaten.VORHELM;
    private final LocalDate beginn = LocalDate.of(2019, 8, 1);
    private final LocalDate stichtag = LocalDate.of(2022, 9, 30);
    private final Indikator seu = Indikatoren.seuSprache();
    private final Kommune kommune = Berichtsdaten.ahlenKommune("Süd/Ost");
    private final Leitbild leitbild =
        Leitbild.builder(Berichtsdaten.AHLEN, 1, "Leitbild")
            .leitziel(
                Leitziel.of(
                    "1",
                    "Gut in die Schule",
                    Handlungsziel.of("1.1", "Sprache fördern", Indikatoren.SEU_SPRACHE)))
            .build();

    private Praeventionskette kette(Angebot cafe, Uebergang... uebergaenge) {
      Praeventionskette.Builder b =
          KetteFixtures.ahlenOhneAngeboteBuilder()
              .angebote(cafe)
              .zielbeitraege(Zielbeitrag.angebot("1.1", AngebotFixtures.FAMILIENCAFE));
      return uebergaenge.length == 0 ? b.build() : b.uebergaenge(uebergaenge).build();
    }

    private Angebot cafe() {
      return AngebotFixtures.familiencafeBuilder().gueltigkeit(Zeitraum.ab(beginn)).build();
    }

    private List<Messwert> messwerte() {
      Map<SozialraumId, long[]> zaehler =
          Map.of(
              suedOst,
              new long[] {300, 200},
              innenstadt,
              new long[] {300, 300},
              nord,
              new long[] {300, 100},
              vorhelm,
              new long[] {250, 250});
      List<Messwert> m = new ArrayList<>();
      for (int jahr = 2016; jahr <= 2021; jahr++) {
        for (Map.Entry<SozialraumId, long[]> e : zaehler.entrySet()) {
          long z = e.getValue()[jahr <= 2018 ? 0 : 1];
          m.add(Messwert.of(seu.ref(), raum(e.getKey()), Periode.schuljahr(jahr), z, 1000));
        }
      }
      return m;
    }

    private Raumbezug raum(SozialraumId id) {
      return Raumbezug.of(SozialraumRef.of(id, 1));
    }

    private Sozialindex index() {
      List<Sozialindexwert> w = new ArrayList<>();
      int[] stufen = {3, 4, 2, 1};
      SozialraumId[] ids = {innenstadt, suedOst, nord, vorhelm};
      for (int i = 0; i < ids.length; i++) {
        w.add(new Sozialindexwert(gebiet(raum(ids[i])), null, stufen[i], 1));
      }
      return new Sozialindex(
          "m",
          List.of(Indikatoren.SEU_SPRACHE),
          List.of("Stufe 1", "Stufe 2", "Stufe 3", "Stufe 4"),
          w);
    }

    private Berichtsgebiet gebiet(Raumbezug r) {
      return new Berichtsgebiet(
          r, kommune.sozialraum(((SozialraumBezug) r).sozialraum()).orElseThrow().name());
    }

    private Wirkungsmonitoring rechne(
        Veroeffentlichungsauftrag auftrag, Praeventionskette kette, List<Messwert> werte) {
      return new Wirkungsrechnung(auftrag, List.of(seu))
          .berechne(
              kommune, kette, leitbild, werte, index(), Sozialraumebene.STADTTEIL, this::gebiet);
    }

    @Test
    @DisplayName("compares the Angebot's Sozialraum with those of the same or a neighbouring Stufe")
    void vergleich() {
      Wirkungsmonitoring w =
          rechne(Veroeffentlichungsauftrag.am(stichtag), kette(cafe()), messwerte());
      assertThat(w.vergleiche()).hasSize(1);
      Wirkungsvergleich v = w.vergleiche().get(0);
      assertThat(v.beginn()).isEqualTo(beginn);
      assertThat(v.handlungsziel()).isEqualTo("1.1");
      assertThat(v.mitMassnahme()).extracting(Berichtsgebiet::name).containsExactly("Süd/Ost");
      assertThat(v.vergleichsgruppe())
          .extracting(Berichtsgebiet::name)
          .containsExactly("Innenstadt");
      Gruppenvergleich g = v.werteWert().orElseThrow();
      assertThat(v.nichtAuswertbar()).isNull();
      assertThat(g.vorher()).isEqualTo(Periode.schuljahr(2018));
      assertThat(g.nachher()).isEqualTo(Periode.schuljahr(2021));
      assertThat(List.of(g.mitVorher(), g.mitNachher(), g.ohneVorher(), g.ohneNachher()))
          .containsExactly(
              new Gruppenwert(300, 1000),
              new Gruppenwert(200, 1000),
              new Gruppenwert(300, 1000),
              new Gruppenwert(300, 1000));
      assertThat(v.befund()).isEqualTo(Befund.GUENSTIGER);
    }

    @Test
    @DisplayName("is not evaluable when a figure it needs is suppressed, naming area and period")
    void gesperrt() {
      List<Messwert> werte = new ArrayList<>();
      for (Messwert m : messwerte()) {
        boolean treffer =
            m.raum().equals(raum(innenstadt)) && m.periode().equals(Periode.schuljahr(2018));
        werte.add(treffer ? Geheimhaltung.ohneWert(m, ConfStatus.D) : m);
      }
      Wirkungsvergleich v =
          rechne(Veroeffentlichungsauftrag.am(stichtag), kette(cafe()), werte).vergleiche().get(0);
      assertThat(v.auswertbar()).isFalse();
      assertThat(v.befund()).isEqualTo(Befund.NICHT_AUSWERTBAR);
      assertThat(v.grund().orElseThrow()).contains("Innenstadt 2018/19: gesperrt");
      assertThat(v.nichtAuswertbar()).isEqualTo(v.grund().orElseThrow());
      assertThat(v.werteWert()).isEmpty();
    }

    @Test
    @DisplayName("protects its own group sums by the release's rules")
    void gruppensummenGeschuetzt() {
      Veroeffentlichungsauftrag streng =
          Veroeffentlichungsauftrag.am(stichtag)
              .withRegeln(Geheimhaltungsregeln.standard().withMindestNenner(1001));
      Wirkungsvergleich v = rechne(streng, kette(cafe()), messwerte()).vergleiche().get(0);
      assertThat(v.grund().orElseThrow())
          .contains(
              "Gruppe mit Maßnahme 2018/19: die zusammengefasste Fallzahl fiele unter die"
                  + " Geheimhaltung");
      // an internal release does not protect: the same sums are evaluated
      Wirkungsvergleich intern =
          rechne(streng.withVerfahren(Schutzverfahren.INTERN), kette(cafe()), messwerte())
              .vergleiche()
              .get(0);
      assertThat(intern.auswertbar()).isTrue();
    }

    @Test
    @DisplayName("is not evaluable without a period before the beginning")
    void ohneVorher() {
      Angebot frueh =
          AngebotFixtures.familiencafeBuilder()
              .gueltigkeit(Zeitraum.ab(LocalDate.of(2015, 1, 1)))
              .build();
      Wirkungsvergleich v =
          rechne(Veroeffentlichungsauftrag.am(stichtag), kette(frueh), messwerte())
              .vergleiche()
              .get(0);
      assertThat(v.grund().orElseThrow())
          .isEqualTo("Es gibt keine Periode, die vor dem Beginn am 01.01.2015 endet.");
    }

    @Test
    @DisplayName("leaves out an Angebot without a recorded beginning")
    void ohneBeginn() {
      Wirkungsmonitoring w =
          rechne(
              Veroeffentlichungsauftrag.am(stichtag),
              kette(AngebotFixtures.familiencafe()),
              messwerte());
      assertThat(w.vergleiche()).isEmpty();
    }

    @Test
    @DisplayName("measures an Übergang by its own indicators where its bridging Angebot began")
    void gemessenerUebergang() {
      Angebot bruecke =
          AngebotFixtures.familiencafeBuilder()
              .uebergaenge("schwangerschaft-geburt-kita")
              .gueltigkeit(Zeitraum.ab(beginn))
              .build();
      List<Uebergang> uebergaenge = new ArrayList<>();
      for (Uebergang u : Uebergang.standard(KetteFixtures.ahlen().lebensphasen())) {
        uebergaenge.add(
            u.key().equals("schwangerschaft-geburt-kita")
                ? u.withIndikatoren(Indikatoren.SEU_SPRACHE)
                : u);
      }
      Wirkungsmonitoring w =
          rechne(
              Veroeffentlichungsauftrag.am(stichtag),
              kette(bruecke, uebergaenge.toArray(new Uebergang[0])),
              messwerte());
      Uebergangsmessung familieKita =
          w.uebergaenge().stream()
              .filter(u -> u.key().equals("schwangerschaft-geburt-kita"))
              .findFirst()
              .orElseThrow();
      assertThat(familieKita.angebote()).isEqualTo(1);
      assertThat(familieKita.vergleiche())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.art()).isEqualTo(Massnahmenart.UEBERGANG);
                assertThat(v.vergleichsgruppe())
                    .extracting(Berichtsgebiet::name)
                    .containsExactly("Innenstadt");
              });
      assertThat(familieKita.stand()).isEqualTo(Uebergangsmessung.Stand.GEMESSEN_UEBERBRUECKT);
      assertThat(w.uebergaenge())
          .filteredOn(u -> !u.key().equals("schwangerschaft-geburt-kita"))
          .allSatisfy(u -> assertThat(u.stand()).isEqualTo(Uebergangsmessung.Stand.NICHT_GEMESSEN));
    }
  }

  @Test
  @DisplayName("runs inside a release: the comparison of a dated Angebot reaches the report part")
  void inDerVeroeffentlichung() {
    LocalDate beginn = LocalDate.of(2016, 8, 1);
    Praeventionskette kette =
        KetteFixtures.ahlenOhneAngeboteBuilder()
            .angebote(
                AngebotFixtures.familiencafeBuilder().gueltigkeit(Zeitraum.ab(beginn)).build())
            .zielbeitraege(Zielbeitrag.angebot("1.1", AngebotFixtures.FAMILIENCAFE))
            .build();
    Leitbild leitbild =
        Leitbild.builder(Berichtsdaten.AHLEN, 1, "Leitbild")
            .leitziel(
                Leitziel.of(
                    "1",
                    "Gut in die Schule",
                    Handlungsziel.of("1.1", "Sprache fördern", Indikatoren.SEU_SPRACHE)))
            .build();
    Berichtsteil teil =
        Berichtsdaten.teil(
            Berichtsdaten.ahlenKommune("Süd/Ost"),
            leitbild,
            kette,
            Berichtsdaten.indikatoren(),
            Berichtsdaten.messwerte(ConfStatus.A, ConfStatus.D),
            Berichtsdaten.auftrag());
    assertThat(teil.wirkung().vergleiche())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.massnahme()).isEqualTo("Familiencafé im Familienzentrum Regenbogen");
              assertThat(v.mitMassnahme())
                  .extracting(Berichtsgebiet::name)
                  .containsExactly("Süd/Ost");
              assertThat(v.auswertbar()).as(v.grund().orElse("")).isTrue();
              assertThat(v.werteWert().orElseThrow().vorher()).isEqualTo(Periode.schuljahr(2015));
            });
  }
}
