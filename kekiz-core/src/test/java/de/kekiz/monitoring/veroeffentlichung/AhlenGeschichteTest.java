package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dated history of Ahlen's chain since 2017 ({@link KekizFixtures#ahlen()}, synthetic apart
 * from the accession in 2017) in a release as the demo makes it (reference date 31.12.2024, the
 * main job's Sozialindex of four indicators, standard protection), and the release of a past
 * reference date.
 *
 * <p>Hand computation of "Kita-Einstieg" on the U3 care rate (Handlungsziel 1.1, begun 1 January
 * 2021 in Ahlen-Süd and Ahlen-Ost): vorher 2020, nachher 2024; the counts below are the sums of the
 * fixture's own observations of the areas (checked against them in the test). Shares p = x / n;
 * Wilson 95 % interval with z = 1.959964: centre (x + z²/2) / (n + z²), half-width z / (n + z²) ·
 * sqrt(x (n − x) / n + z²/4); DiD = (p₂ − p₁) − (p₄ − p₃); lower limit DiD − sqrt((p₂ − l₂)² + (u₁
 * − p₁)² + (u₄ − p₄)² + (p₃ − l₃)²), upper limit DiD + sqrt((u₂ − p₂)² + (p₁ − l₁)² + (p₄ − l₄)² +
 * (u₃ − p₃)²) (MOVER). The test computes these with {@code double} independently of the core's
 * {@code BigDecimal} arithmetic and compares to 6 decimal places.
 */
@DisplayName("Ahlen's dated chain: effect comparison and past reference dates")
class AhlenGeschichteTest {

  private static final List<IndikatorKey> SOZIALINDEX =
      List.of(
          Indikatoren.SGB2_QUOTE_U15,
          Indikatoren.SEU_SPRACHE,
          Indikatoren.BETREUUNGSQUOTE_U3,
          Indikatoren.U8_U9_TEILNAHME);

  static Berichtsteil teil(LocalDate stichtag) {
    Beispielkommune b = KekizFixtures.ahlen();
    return Berichtsdaten.teil(
        b.kommune(),
        b.leitbild(),
        b.kette(),
        b.indikatoren(),
        b.messwerte(),
        Veroeffentlichungsauftrag.am(stichtag).withSozialindexIndikatoren(SOZIALINDEX));
  }

  private static Wirkungsvergleich vergleich(Berichtsteil t, String schluessel, IndikatorKey k) {
    return t.wirkung().alleVergleiche().stream()
        .filter(v -> v.schluessel().equals(schluessel) && v.indikator().equals(k))
        .findFirst()
        .orElseThrow();
  }

  /** The sum of the fixture's raw numerators and denominators of {@code codes} in period p. */
  private static long[] summe(IndikatorKey key, Periode p, String... codes) {
    long z = 0;
    long n = 0;
    for (Messwert m : KekizFixtures.ahlen().messwerte()) {
      if (m.indikator().key().equals(key)
          && m.periode().equals(p)
          && m.raum() instanceof SozialraumBezug s
          && List.of(codes).contains(s.sozialraum().id().code())) {
        z += m.zaehler().longValueExact();
        n += m.nenner().longValueExact();
      }
    }
    return new long[] {z, n};
  }

  private static final double Z = 1.959963984540054;

  private static double[] wilson(long x, long n) {
    double z2 = Z * Z;
    double mitte = (x + z2 / 2) / (n + z2);
    double halb = Z / (n + z2) * Math.sqrt((double) x * (n - x) / n + z2 / 4);
    return new double[] {(double) x / n, mitte - halb, mitte + halb};
  }

  @Nested
  @DisplayName("on 31.12.2024 (the demo's reference date)")
  class Heute {

    private final Berichtsteil t = teil(LocalDate.of(2024, 12, 31));

    @Test
    @DisplayName("compares Kita-Einstieg on the U3 care rate: the hand computation from the counts")
    void kitaEinstieg() {
      Wirkungsvergleich v = vergleich(t, "kita-einstieg", Indikatoren.BETREUUNGSQUOTE_U3);
      assertThat(v.beginn()).isEqualTo(KekizFixtures.AHLEN_KITA_EINSTIEG);
      assertThat(v.handlungsziel()).isEqualTo("1.1");
      assertThat(v.mitMassnahme())
          .extracting(Berichtsgebiet::name)
          .containsExactly("Ahlen-Süd", "Ahlen-Ost");
      assertThat(v.vergleichsgruppe())
          .extracting(Berichtsgebiet::name)
          .containsExactly("Innenstadt (Gebietsstand 2)", "Ahlen-Nord", "Vorhelm");
      Gruppenvergleich g = v.werteWert().orElseThrow();
      assertThat(g.vorher()).isEqualTo(Periode.jahr(2020));
      assertThat(g.nachher()).isEqualTo(Periode.jahr(2024));
      // the group sums are the sums of the fixture's own (publishable) observations
      long[] mv = summe(Indikatoren.BETREUUNGSQUOTE_U3, Periode.jahr(2020), "sued", "ost");
      long[] mn = summe(Indikatoren.BETREUUNGSQUOTE_U3, Periode.jahr(2024), "sued", "ost");
      long[] ov =
          summe(
              Indikatoren.BETREUUNGSQUOTE_U3, Periode.jahr(2020), "innenstadt", "nord", "vorhelm");
      long[] on =
          summe(
              Indikatoren.BETREUUNGSQUOTE_U3, Periode.jahr(2024), "innenstadt", "nord", "vorhelm");
      assertThat(g.mitVorher()).isEqualTo(new Gruppenwert(mv[0], mv[1]));
      assertThat(g.mitNachher()).isEqualTo(new Gruppenwert(mn[0], mn[1]));
      assertThat(g.ohneVorher()).isEqualTo(new Gruppenwert(ov[0], ov[1]));
      assertThat(g.ohneNachher()).isEqualTo(new Gruppenwert(on[0], on[1]));
      // pinned: the fixture's counts (a change of the fixture shows here first)
      assertThat(List.of(mv[0], mv[1], mn[0], mn[1], ov[0], ov[1], on[0], on[1]))
          .containsExactly(HAND[0], HAND[1], HAND[2], HAND[3], HAND[4], HAND[5], HAND[6], HAND[7]);
      double[] w1 = wilson(mv[0], mv[1]);
      double[] w2 = wilson(mn[0], mn[1]);
      double[] w3 = wilson(ov[0], ov[1]);
      double[] w4 = wilson(on[0], on[1]);
      double did = (w2[0] - w1[0]) - (w4[0] - w3[0]);
      double unten =
          did
              - Math.sqrt(
                  sq(w2[0] - w2[1]) + sq(w1[2] - w1[0]) + sq(w4[2] - w4[0]) + sq(w3[0] - w3[1]));
      double oben =
          did
              + Math.sqrt(
                  sq(w2[2] - w2[0]) + sq(w1[0] - w1[1]) + sq(w4[0] - w4[1]) + sq(w3[2] - w3[0]));
      assertThat(g.mitVorher().wilson().untere().doubleValue()).isCloseTo(w1[1], within(1e-6));
      assertThat(g.mitNachher().wilson().obere().doubleValue()).isCloseTo(w2[2], within(1e-6));
      assertThat(g.differenzDerDifferenzen().doubleValue()).isCloseTo(did, within(1e-6));
      assertThat(g.intervall().untere().doubleValue()).isCloseTo(unten, within(1e-6));
      assertThat(g.intervall().obere().doubleValue()).isCloseTo(oben, within(1e-6));
      assertThat(did).isCloseTo(HAND_DID, within(1e-6));
      assertThat(g.mitVorher().anteil()).isEqualByComparingTo("0.324800");
      // the interval holds 0: a difference of +4.4 points that the counts cannot establish
      assertThat(unten).isNegative();
      assertThat(oben).isPositive();
      assertThat(v.befund()).isEqualTo(Befund.KEIN_UNTERSCHIED);
    }

    @Test
    @DisplayName(
        "compares the Familienbegleitung on the SGB-II-Quote: the comparison group falls too, its areas further")
    void vergleichsgruppeBewegtSich() {
      Wirkungsvergleich v =
          vergleich(t, "aufsuchende-familienbegleitung", Indikatoren.SGB2_QUOTE_U15);
      Gruppenvergleich g = v.werteWert().orElseThrow();
      assertThat(g.veraenderungMit()).isNegative();
      assertThat(g.veraenderungOhne()).isNegative();
      assertThat(g.veraenderungMit()).isLessThan(g.veraenderungOhne());
      // the whole interval below 0 on an indicator where lower is better
      assertThat(g.intervall().obere()).isNegative();
      assertThat(v.befund()).isEqualTo(Befund.GUENSTIGER);
    }

    @Test
    @DisplayName(
        "leaves the Sprachbrücke and the Kita → Grundschule measurement not evaluable: suppressed figures")
    void gesperrt() {
      Wirkungsvergleich v = vergleich(t, "sprachbruecke-kita-grundschule", Indikatoren.SEU_SPRACHE);
      assertThat(v.auswertbar()).isFalse();
      assertThat(v.grund().orElseThrow()).contains("gesperrt");
      Uebergangsmessung kitaGs =
          t.wirkung().uebergaenge().stream()
              .filter(u -> u.key().equals("kita-grundschule"))
              .findFirst()
              .orElseThrow();
      assertThat(kitaGs.indikatoren()).containsExactly(Indikatoren.SEU_SPRACHE);
      assertThat(kitaGs.vergleiche())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.massnahme()).contains("Sprachbrücke Kita – Grundschule");
                assertThat(x.beginn()).isEqualTo(KekizFixtures.AHLEN_SPRACHBRUECKE);
              });
      Wirkungsvergleich cafe = vergleich(t, "familiencafe-sued-ost", Indikatoren.SGB2_QUOTE_U15);
      assertThat(cafe.grund().orElseThrow()).contains("Ebene der Berichtstabellen");
    }

    @Test
    @DisplayName("has the 2021 Angebote and every Zielbeitrag with its beginning")
    void kette() {
      Berichtsteil x = t;
      assertThat(x.zielarbeit())
          .extracting(Zielarbeit::name)
          .contains(
              "Sprachbrücke Kita – Grundschule", "Kita-Einstieg: Brücken bauen in frühe Bildung");
      assertThat(x.zielarbeit())
          .allSatisfy(
              z -> {
                assertThat(z.seitWert()).isEqualTo(java.util.Optional.ofNullable(z.seit()));
                assertThat(z.aufgabeWert()).isEqualTo(java.util.Optional.ofNullable(z.aufgabe()));
              })
          .anySatisfy(z -> assertThat(z.seit()).isNotNull())
          .anySatisfy(z -> assertThat(z.aufgabe()).isNotNull());
      assertThat(
              x.reife().aktuell().orElseThrow().ergebnis(Reifekriterium.ZIELBEITRAEGE).erfuellt())
          .isTrue();
    }
  }

  @Nested
  @DisplayName("on 31.12.2018 (a reference date in the past)")
  class Damals {

    private final Berichtsteil t = teil(LocalDate.of(2018, 12, 31));

    @Test
    @DisplayName("shows the chain as it was then: the pilot bridge, none of the 2021 Angebote")
    void ketteDamals() {
      List<String> angebote =
          t.ketteWert().orElseThrow().angebote().stream().map(a -> a.id().wert()).toList();
      assertThat(angebote)
          .contains("kita-gs-kooperationskalender", "familiencafe-sued-ost", "hebammensprechstunde")
          .doesNotContain(
              "sprachbruecke-kita-grundschule", "kita-einstieg", "aufsuchende-familienbegleitung");
      assertThat(t.zielarbeit())
          .extracting(Zielarbeit::name)
          .doesNotContain("Sprachbrücke Kita – Grundschule")
          .contains("Familiencafé im Familienzentrum Regenbogen");
      // the Familiencafé (Zielbeitrag) and Kita → Grundschule, bridged then by the pilot
      assertThat(t.wirkung().alleVergleiche())
          .extracting(Wirkungsvergleich::schluessel)
          .containsOnly("familiencafe-sued-ost", "kita-grundschule");
      assertThat(t.wirkung().alleVergleiche())
          .filteredOn(v -> v.schluessel().equals("kita-grundschule"))
          .singleElement()
          .satisfies(v -> assertThat(v.massnahme()).contains("Kooperationskalender"));
      assertThat(t.reife().aktuell().orElseThrow().stichtag())
          .isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    @DisplayName("and today the pilot has ended while the Sprachbrücke runs")
    void heute() {
      Berichtsteil h = teil(LocalDate.of(2024, 12, 31));
      List<AngebotId> ids =
          h.ketteWert().orElseThrow().angebote().stream().map(Angebot::id).toList();
      assertThat(ids)
          .contains(AngebotId.of("sprachbruecke-kita-grundschule"))
          .doesNotContain(AngebotId.of("kita-gs-kooperationskalender"));
    }
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The fixture's counts: mit vorher, mit nachher, ohne vorher, ohne nachher (x, n each). */
  private static final long[] HAND = {203, 625, 278, 657, 312, 887, 345, 871};

  /**
   * (278/657 − 203/625) − (345/871 − 312/887) = (0.423135 − 0.324800) − (0.396096 − 0.351747) =
   * 0.098335 − 0.044349 = 0.053986, by hand from {@link #HAND}.
   */
  private static final double HAND_DID = 0.053986;
}
