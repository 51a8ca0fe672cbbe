package de.kekiz.domain.indikator;

import static de.kekiz.domain.indikator.IndikatorFixtures.ANZAHL;
import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN_404;
import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN_GESAMT;
import static de.kekiz.domain.indikator.IndikatorFixtures.QUOTE;
import static de.kekiz.domain.indikator.IndikatorFixtures.anzahl;
import static de.kekiz.domain.indikator.IndikatorFixtures.assertRegelverstoss;
import static de.kekiz.domain.indikator.IndikatorFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Indikator")
class IndikatorTest {

  private static final Indikator QUOTE_V1 = quote().build();
  private static final Indikator ANZAHL_V1 = anzahl().build();
  private static final Periode P2023 = Periode.jahr(2023);

  private static Messwert anteil(long zaehler, long nenner) {
    return Messwert.of(QUOTE_V1.ref(), KOELN_404, P2023, zaehler, nenner);
  }

  @Nested
  @DisplayName("definition")
  class Definition {

    @Test
    @DisplayName("keeps every part it was built with")
    void teile() {
      Indikator i = quote().stichtag(MonthDay.of(3, 1)).dimension("hilfeart").revision(4).build();

      assertThat(i.key()).isEqualTo(QUOTE);
      assertThat(i.version()).isEqualTo(1);
      assertThat(i.ref()).isEqualTo(IndikatorRef.of(QUOTE, 1));
      assertThat(i.gueltigkeit()).isEqualTo(Zeitraum.ab(LocalDate.of(2016, 1, 1)));
      assertThat(i.name()).isEqualTo("Testquote");
      assertThat(i.zaehlerDefinition()).isEqualTo("Kinder mit Merkmal");
      assertThat(i.nennerDefinition()).contains("Kinder");
      assertThat(i.hatNenner()).isTrue();
      assertThat(i.faktor()).isEqualTo(BigDecimal.valueOf(100));
      assertThat(i.einheit()).isEqualTo("%");
      assertThat(i.anteil()).isTrue();
      assertThat(i.polaritaet()).isEqualTo(Polaritaet.HOEHER_IST_SCHLECHTER);
      assertThat(i.quelle()).isEqualTo("Testquelle");
      assertThat(i.ebene()).isEqualTo(RaeumlicheEbene.SOZIALRAUM);
      assertThat(i.periodizitaet()).isEqualTo(Periodizitaet.JAEHRLICH);
      assertThat(i.stichtag()).contains(MonthDay.of(3, 1));
      assertThat(i.dimensionen()).containsExactly("alter", "geschlecht", "hilfeart");
      assertThat(i.aenderungshinweis()).isEmpty();
      assertThat(i.revision()).isEqualTo(4);
      assertThat(i).hasToString("Indikator test-quote@1 \"Testquote\" 2016-01-01..");
    }

    @Test
    @DisplayName("defaults to no denominator, factor 1, no share, no dimensions, revision 0")
    void vorgaben() {
      assertThat(ANZAHL_V1.nennerDefinition()).isEmpty();
      assertThat(ANZAHL_V1.hatNenner()).isFalse();
      assertThat(ANZAHL_V1.faktor()).isEqualTo(BigDecimal.ONE);
      assertThat(ANZAHL_V1.anteil()).isFalse();
      assertThat(ANZAHL_V1.stichtag()).isEmpty();
      assertThat(ANZAHL_V1.dimensionen()).isEmpty();
      assertThat(ANZAHL_V1.revision()).isZero();
    }

    @Test
    @DisplayName(
        "declares no precision by default: 0 places without denominator, 2 for factor 1, 1 else")
    void standardNachkommastellen() {
      assertThat(ANZAHL_V1.nachkommastellen()).isZero();
      assertThat(QUOTE_V1.nachkommastellen()).isEqualTo(1);
      assertThat(quote().faktor(1).anteil(false).build().nachkommastellen()).isEqualTo(2);
      assertThat(quote().faktor(10_000).build().nachkommastellen()).isEqualTo(1);
      assertThat(ANZAHL_V1.synthetisch()).isFalse();
    }

    @Test
    @DisplayName("keeps a declared precision and rounds half-up to it")
    void nachkommastellen() {
      Indikator i = quote().nachkommastellen(2).build();

      assertThat(i.nachkommastellen()).isEqualTo(2);
      assertThat(i.toBuilder().build()).isEqualTo(i);
      assertThat(i.gerundet(new BigDecimal("23.38601660862577")))
          .isEqualTo(new BigDecimal("23.39"));
      assertThat(i.gerundet(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.13"));
      assertThat(i.gerundet(new BigDecimal("-0.125"))).isEqualTo(new BigDecimal("-0.13"));
      assertThat(QUOTE_V1.gerundet(new BigDecimal("25"))).isEqualTo(new BigDecimal("25.0"));
      assertThat(ANZAHL_V1.gerundet(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("13"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 7})
    @DisplayName("rejects a precision outside 0 to 6 places, quoting it")
    void nachkommastellenAusserhalb(int stellen) {
      assertThatThrownBy(() -> quote().nachkommastellen(stellen).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nachkommastellen of Indikator test-quote@1")
          .hasMessageContaining("got " + stellen);
    }

    @Test
    @DisplayName(
        "composes its definition of labelled parts, never one text inside another's sentence")
    void definition() {
      assertThat(quote().zaehlerDefinition("Kinder mit Merkmal.").build().definition())
          .isEqualTo("Zähler: Kinder mit Merkmal. Nenner: Kinder. Wert = Zähler ÷ Nenner × 100");
      assertThat(quote().faktor(10_000).anteil(false).build().definition())
          .endsWith("Wert = Zähler ÷ Nenner × 10.000");
      assertThat(quote().faktor(1).anteil(false).build().definition())
          .endsWith("Wert = Zähler ÷ Nenner");
      assertThat(ANZAHL_V1.definition()).isEqualTo("Gezählt: Familienzentren");
      assertThat(Indikatoren.masernImpfung().definition())
          .doesNotContain(" je ")
          .contains("Nenner: In der Schuleingangsuntersuchung");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100", "100.0", "1E+2", "100.000"})
    @DisplayName("holds the factor without trailing zeros")
    void faktorKanonisch(String faktor) {
      Indikator i = quote().faktor(new BigDecimal(faktor)).build();

      assertThat(i.faktor()).isEqualTo(new BigDecimal("100"));
      assertThat(i).isEqualTo(QUOTE_V1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-1", "-100"})
    @DisplayName("rejects a factor of 0 or less, quoting it")
    void faktorNichtPositiv(String faktor) {
      assertThatThrownBy(() -> quote().faktor(new BigDecimal(faktor)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got " + faktor)
          .hasMessageContaining("test-quote@1");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "  ", "\t"})
    @DisplayName("rejects blank texts, quoting them")
    void leereTexte(String text) {
      List<UnaryOperator<Indikator.Builder>> aenderungen =
          List.of(
              b -> b.name(text),
              b -> b.zaehlerDefinition(text),
              b -> b.nennerDefinition(text),
              b -> b.einheit(text),
              b -> b.quelle(text),
              b -> b.aenderungshinweis(text));
      for (UnaryOperator<Indikator.Builder> aenderung : aenderungen) {
        assertThatThrownBy(() -> aenderung.apply(quote()).build())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + text + "'");
      }
    }

    @Test
    @DisplayName("rejects a malformed dimension, quoting it")
    void dimension() {
      assertThatThrownBy(() -> quote().dimension("Alter").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Alter'");
    }

    @Test
    @DisplayName("rejects a version below 1 and a negative revision")
    void versionUndRevision() {
      assertThatThrownBy(() -> Indikator.builder(QUOTE, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
      assertThatThrownBy(() -> quote().revision(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -1");
    }

    @Test
    @DisplayName("names a required part that is missing")
    void pflichtteile() {
      assertThatThrownBy(() -> Indikator.builder(QUOTE, 1).build())
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("gueltigkeit");
      assertThatThrownBy(
              () ->
                  Indikator.builder(QUOTE, 1)
                      .gueltigkeit(Zeitraum.jahr(2023))
                      .zaehlerDefinition("x")
                      .build())
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("name");
    }
  }

  @Nested
  @DisplayName("rule indikator.anteil-ohne-nenner")
  class AnteilOhneNenner {

    @Test
    @DisplayName("accepts a share with a denominator and a non-share without")
    void gut() {
      assertThat(QUOTE_V1.anteil()).isTrue();
      assertThat(ANZAHL_V1.hatNenner()).isFalse();
    }

    @Test
    @DisplayName("rejects a share without denominator")
    void schlecht() {
      assertRegelverstoss(
          () -> quote().nennerDefinition(null).faktor(1).build(),
          "indikator.anteil-ohne-nenner",
          "Indikator test-quote@1",
          "anteil=true");
    }
  }

  @Nested
  @DisplayName("rule indikator.faktor-ohne-nenner")
  class FaktorOhneNenner {

    @Test
    @DisplayName("accepts factor 1 without denominator")
    void gut() {
      assertThat(anzahl().faktor(new BigDecimal("1.00")).build()).isEqualTo(ANZAHL_V1);
    }

    @Test
    @DisplayName("rejects another factor without denominator, quoting it")
    void schlecht() {
      assertRegelverstoss(
          () -> anzahl().faktor(100).build(),
          "indikator.faktor-ohne-nenner",
          "Indikator test-anzahl@1",
          "faktor 100");
    }
  }

  @Nested
  @DisplayName("rule indikator.stichtag-bei-unterjaehriger-periodizitaet")
  class Stichtag {

    @ParameterizedTest
    @EnumSource(
        value = Periodizitaet.class,
        names = {"JAEHRLICH", "SCHULJAHR"})
    @DisplayName("accepts a reference day for yearly and school-year periods")
    void gut(Periodizitaet art) {
      Indikator i = quote().periodizitaet(art).stichtag(MonthDay.of(3, 1)).build();

      assertThat(i.stichtag()).contains(MonthDay.of(3, 1));
    }

    @ParameterizedTest
    @EnumSource(
        value = Periodizitaet.class,
        names = {"HALBJAEHRLICH", "QUARTALSWEISE", "MONATLICH"})
    @DisplayName("rejects a reference day for shorter periods, quoting both")
    void schlecht(Periodizitaet art) {
      assertThat(quote().periodizitaet(art).build().stichtag()).isEmpty();
      assertRegelverstoss(
          () -> quote().periodizitaet(art).stichtag(MonthDay.of(3, 1)).build(),
          "indikator.stichtag-bei-unterjaehriger-periodizitaet",
          "--03-01",
          art.name());
    }

    @Test
    @DisplayName("gives the reference date of a period")
    void stichtagInPeriode() {
      Indikator schuljahr =
          quote().periodizitaet(Periodizitaet.SCHULJAHR).stichtag(MonthDay.of(3, 1)).build();

      assertThat(schuljahr.stichtag(Periode.schuljahr(2023))).contains(LocalDate.of(2024, 3, 1));
      assertThat(QUOTE_V1.stichtag(P2023)).isEmpty();
    }
  }

  @Nested
  @DisplayName("rule indikator.aenderungshinweis-fehlt")
  class Aenderungshinweis {

    @Test
    @DisplayName("accepts a second version that says what changed")
    void gut() {
      Indikator v2 =
          Indikator.builder(QUOTE, 2)
              .gueltigkeit(Zeitraum.ab(LocalDate.of(2020, 1, 1)))
              .name("Testquote")
              .zaehlerDefinition("Kinder mit Merkmal, neu abgegrenzt")
              .nennerDefinition("Kinder")
              .faktor(100)
              .einheit("%")
              .anteil(true)
              .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
              .quelle("Testquelle")
              .ebene(RaeumlicheEbene.SOZIALRAUM)
              .periodizitaet(Periodizitaet.JAEHRLICH)
              .aenderungshinweis("Zähler neu abgegrenzt")
              .build();

      assertThat(v2.aenderungshinweis()).contains("Zähler neu abgegrenzt");
      assertThat(v2.ref()).hasToString("test-quote@2");
    }

    @Test
    @DisplayName("rejects a second version without change note")
    void schlecht() {
      Indikator.Builder v2 =
          Indikator.builder(QUOTE, 2)
              .gueltigkeit(Zeitraum.ab(LocalDate.of(2020, 1, 1)))
              .name("Testquote")
              .zaehlerDefinition("Kinder mit Merkmal")
              .nennerDefinition("Kinder")
              .faktor(100)
              .einheit("%")
              .anteil(true)
              .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
              .quelle("Testquelle")
              .ebene(RaeumlicheEbene.SOZIALRAUM)
              .periodizitaet(Periodizitaet.JAEHRLICH);

      assertRegelverstoss(
          v2::build, "indikator.aenderungshinweis-fehlt", "Indikator test-quote@2", "version 2");
    }
  }

  @Nested
  @DisplayName("pruefe")
  class Pruefe {

    @Test
    @DisplayName("accepts a fitting observation")
    void gut() {
      QUOTE_V1.pruefe(anteil(1234, 5678));
      ANZAHL_V1.pruefe(Messwert.absolut(ANZAHL_V1.ref(), KOELN_GESAMT, P2023, 17));
    }

    @Test
    @DisplayName("rule messwert.anderer-indikator: rejects another version, naming both")
    void andererIndikator() {
      Messwert m = Messwert.of(IndikatorRef.of(QUOTE, 2), KOELN_404, P2023, 1, 2);

      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(m), "messwert.anderer-indikator", "test-quote@2", "test-quote@1");
    }

    @Test
    @DisplayName("rule messwert.periode-passt-nicht-zur-periodizitaet: rejects a quarter")
    void periodizitaet() {
      Messwert m = Messwert.of(QUOTE_V1.ref(), KOELN_404, Periode.quartal(2023, 2), 1, 2);

      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(m),
          "messwert.periode-passt-nicht-zur-periodizitaet",
          "a period must fit the indicator's periodicity",
          "2023-Q2",
          "QUARTALSWEISE",
          "JAEHRLICH");
    }

    @Test
    @DisplayName("accepts a quarter on a quarterly indicator")
    void periodizitaetGut() {
      Indikator quartal = quote().periodizitaet(Periodizitaet.QUARTALSWEISE).build();

      quartal.pruefe(Messwert.of(quartal.ref(), KOELN_404, Periode.quartal(2023, 2), 1, 2));
    }

    @Test
    @DisplayName("rule messwert.periode-ausserhalb-gueltigkeit: rejects a period before it")
    void gueltigkeit() {
      Messwert m = Messwert.of(QUOTE_V1.ref(), KOELN_404, Periode.jahr(2015), 1, 2);

      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(m),
          "messwert.periode-ausserhalb-gueltigkeit",
          "period 2015",
          "2016-01-01..");
    }

    @Test
    @DisplayName("judges validity by the period's first day, at both ends of a closed version")
    void gueltigkeitGrenzen() {
      Indikator bis2015 =
          quote()
              .periodizitaet(Periodizitaet.SCHULJAHR)
              .gueltigkeit(Zeitraum.of(LocalDate.of(2005, 8, 1), LocalDate.of(2015, 12, 31)))
              .build();

      bis2015.pruefe(Messwert.of(bis2015.ref(), KOELN_404, Periode.schuljahr(2005), 1, 2));
      bis2015.pruefe(Messwert.of(bis2015.ref(), KOELN_404, Periode.schuljahr(2015), 1, 2));
      assertRegelverstoss(
          () ->
              bis2015.pruefe(Messwert.of(bis2015.ref(), KOELN_404, Periode.schuljahr(2016), 1, 2)),
          "messwert.periode-ausserhalb-gueltigkeit",
          "2016/17");
      assertRegelverstoss(
          () ->
              bis2015.pruefe(Messwert.of(bis2015.ref(), KOELN_404, Periode.schuljahr(2004), 1, 2)),
          "messwert.periode-ausserhalb-gueltigkeit",
          "2004/05");
      assertThat(bis2015.gilt(Periode.schuljahr(2015))).isTrue();
      assertThat(bis2015.gilt(Periode.schuljahr(2016))).isFalse();
      assertThat(bis2015.gilt(Periode.jahr(2010))).isFalse();
    }

    @Test
    @DisplayName("judges validity by the day, also when a version starts or ends within a month")
    void gueltigkeitImMonat() {
      Indikator mitte =
          quote()
              .periodizitaet(Periodizitaet.MONATLICH)
              .gueltigkeit(Zeitraum.of(LocalDate.of(2016, 3, 2), LocalDate.of(2016, 9, 1)))
              .build();

      assertThat(mitte.gilt(Periode.monat(2016, 3))).isFalse(); // starts 1 March, a day early
      assertThat(mitte.gilt(Periode.monat(2016, 4))).isTrue();
      assertThat(mitte.gilt(Periode.monat(2016, 9))).isTrue(); // starts on the last valid day
      assertThat(mitte.gilt(Periode.monat(2016, 10))).isFalse();
      assertRegelverstoss(
          () -> mitte.pruefe(Messwert.of(mitte.ref(), KOELN_404, Periode.monat(2016, 3), 1, 2)),
          "messwert.periode-ausserhalb-gueltigkeit",
          "2016-03");
      mitte.pruefe(Messwert.of(mitte.ref(), KOELN_404, Periode.monat(2016, 9), 1, 2));
    }

    @Test
    @DisplayName("rule messwert.dimension-nicht-deklariert: rejects an undeclared dimension")
    void dimension() {
      Messwert gut =
          anteil(1, 2).withAufschluesselung(Aufschluesselung.parse("alter=0-2,geschlecht=w"));
      Messwert schlecht =
          anteil(1, 2)
              .withAufschluesselung(Aufschluesselung.parse("alter=0-2,staatsangehoerigkeit=x"));

      QUOTE_V1.pruefe(gut);
      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(schlecht),
          "messwert.dimension-nicht-deklariert",
          "'staatsangehoerigkeit'",
          "[alter, geschlecht]");
    }

    @Test
    @DisplayName("rule messwert.nenner-ohne-definition: rejects a denominator on an absolute value")
    void nennerOhneDefinition() {
      Messwert m = Messwert.of(ANZAHL_V1.ref(), KOELN_GESAMT, P2023, 17, 40);

      assertRegelverstoss(
          () -> ANZAHL_V1.pruefe(m), "messwert.nenner-ohne-definition", "nenner 40");
    }

    @Test
    @DisplayName("rule messwert.nenner-fehlt: rejects a share value without denominator")
    void nennerFehlt() {
      Messwert m = Messwert.absolut(QUOTE_V1.ref(), KOELN_404, P2023, 12);

      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(m), "messwert.nenner-fehlt", "zaehler 12", "(Kinder)");
    }

    @Test
    @DisplayName("accepts an absent value without denominator, and a suppressed one with it")
    void ohneWert() {
      Messwert gesperrt =
          anteil(2, 40).withConfStatus(ConfStatus.A).withWerten(null, BigDecimal.valueOf(40));

      QUOTE_V1.pruefe(Messwert.fehlend(QUOTE_V1.ref(), KOELN_404, P2023));
      QUOTE_V1.pruefe(gesperrt);
    }

    @Test
    @DisplayName("rule messwert.zaehler-groesser-als-nenner: rejects a share above its denominator")
    void zaehlerGroesser() {
      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(anteil(120, 100)),
          "messwert.zaehler-groesser-als-nenner",
          "a value of a share cannot exceed its denominator",
          "zaehler 120",
          "nenner 100",
          "Messwert test-quote@1 05315000:404@1 2023 insgesamt");
    }

    @Test
    @DisplayName("accepts a share equal to its denominator, and a rate above it")
    void zaehlerGleich() {
      Indikator rate = quote().anteil(false).faktor(10_000).build();

      QUOTE_V1.pruefe(anteil(100, 100));
      rate.pruefe(Messwert.of(rate.ref(), KOELN_404, P2023, 120, 100));
    }

    @Test
    @DisplayName("rule messwert.anteil-negativ: rejects a negative share numerator")
    void negativ() {
      Indikator saldo = quote().anteil(false).build();

      saldo.pruefe(Messwert.of(saldo.ref(), KOELN_404, P2023, -3, 100));
      assertRegelverstoss(
          () -> QUOTE_V1.pruefe(anteil(-3, 100)), "messwert.anteil-negativ", "zaehler -3");
    }
  }

  @Nested
  @DisplayName("wert")
  class Wert {

    @ParameterizedTest(name = "{0} / {1} x {2} = {3}")
    @CsvSource({
      "1234, 5678,  100,   21.73300457907714",
      "2,    3,     100,   66.66666666666667",
      "1,    4,     100,   25",
      "1,    8,     100,   12.5",
      "137,  61234, 10000, 22.37319136427475",
      "0,    5,     100,   0",
      "5,    5,     100,   100",
    })
    @DisplayName("computes zaehler x faktor / nenner with DECIMAL64")
    void quote(long zaehler, long nenner, long faktor, String erwartet) {
      Indikator i = IndikatorFixtures.quote().anteil(false).faktor(faktor).build();

      BigDecimal wert =
          i.wert(Messwert.of(i.ref(), KOELN_404, P2023, zaehler, nenner)).orElseThrow();

      assertThat(wert).isEqualByComparingTo(erwartet);
      assertThat(wert.precision()).isLessThanOrEqualTo(MathContext.DECIMAL64.getPrecision());
    }

    @Test
    @DisplayName("gives exactly 21.73300457907714 for 1234 / 5678 x 100")
    void exakt() {
      assertThat(QUOTE_V1.wert(anteil(1234, 5678))).contains(new BigDecimal("21.73300457907714"));
    }

    @Test
    @DisplayName("computes with decimal numerators")
    void dezimal() {
      Messwert m = anteil(1, 50).withWerten(new BigDecimal("12.5"), new BigDecimal("50"));

      assertThat(QUOTE_V1.wert(m).orElseThrow()).isEqualByComparingTo("25");
    }

    @Test
    @DisplayName("gives the numerator itself for an absolute indicator")
    void absolut() {
      Messwert m = Messwert.absolut(ANZAHL_V1.ref(), KOELN_GESAMT, P2023, 17);

      assertThat(ANZAHL_V1.wert(m)).contains(BigDecimal.valueOf(17));
    }

    @Test
    @DisplayName("is empty for a missing value")
    void fehlend() {
      assertThat(QUOTE_V1.wert(Messwert.fehlend(QUOTE_V1.ref(), KOELN_404, P2023))).isEmpty();
    }

    @Test
    @DisplayName("computes a suppressed value but never publishes it")
    void gesperrt() {
      Messwert gesperrt = anteil(2, 40).withConfStatus(ConfStatus.A);

      assertThat(QUOTE_V1.wert(gesperrt).orElseThrow()).isEqualByComparingTo("5");
      assertThat(QUOTE_V1.veroeffentlichbarerWert(gesperrt)).isEmpty();
      assertThat(QUOTE_V1.veroeffentlichbarerWert(anteil(2, 40)).orElseThrow())
          .isEqualByComparingTo("5");
    }

    @Test
    @DisplayName("checks the observation first")
    void prueftZuerst() {
      assertRegelverstoss(
          () -> QUOTE_V1.wert(anteil(120, 100)), "messwert.zaehler-groesser-als-nenner", "120");
    }

    @Test
    @DisplayName(
        "without the check: the same value, scale included, and no error for what the check refuses")
    void ohnePruefung() {
      for (Messwert m :
          List.of(
              anteil(1234, 5678),
              anteil(1, 8),
              anteil(0, 5),
              anteil(1, 50).withWerten(new BigDecimal("12.5"), new BigDecimal("50")),
              anteil(2, 40).withConfStatus(ConfStatus.A),
              Messwert.fehlend(QUOTE_V1.ref(), KOELN_404, P2023))) {
        assertThat(Optional.ofNullable(QUOTE_V1.wertOhnePruefung(m))).isEqualTo(QUOTE_V1.wert(m));
      }
      // without a numerator: null, not a value
      assertThat(QUOTE_V1.wertOhnePruefung(Messwert.fehlend(QUOTE_V1.ref(), KOELN_404, P2023)))
          .isNull();
      // a numerator above the denominator: wert refuses it, the unchecked value is computed
      assertThat(QUOTE_V1.wertOhnePruefung(anteil(120, 100))).isEqualByComparingTo("120");
    }
  }

  @Nested
  @DisplayName("equality and copies")
  class Gleichheit {

    @Test
    @DisplayName("equal state means equal objects")
    void gleich() {
      assertThat(quote().build()).isEqualTo(QUOTE_V1).hasSameHashCodeAs(QUOTE_V1);
      assertThat(QUOTE_V1.toBuilder().build()).isEqualTo(QUOTE_V1);
      assertThat(QUOTE_V1).isNotEqualTo(ANZAHL_V1).isNotEqualTo(null).isNotEqualTo("test-quote");
    }

    static Stream<Arguments> aenderungen() {
      return Stream.of(
          Arguments.of("revision", (UnaryOperator<Indikator.Builder>) b -> b.revision(1)),
          Arguments.of(
              "gueltigkeit",
              (UnaryOperator<Indikator.Builder>) b -> b.gueltigkeit(Zeitraum.jahr(2016))),
          Arguments.of("name", (UnaryOperator<Indikator.Builder>) b -> b.name("Andere")),
          Arguments.of(
              "zaehlerDefinition",
              (UnaryOperator<Indikator.Builder>) b -> b.zaehlerDefinition("Andere")),
          Arguments.of(
              "nennerDefinition",
              (UnaryOperator<Indikator.Builder>) b -> b.nennerDefinition("Andere")),
          Arguments.of("faktor", (UnaryOperator<Indikator.Builder>) b -> b.faktor(1000)),
          Arguments.of("einheit", (UnaryOperator<Indikator.Builder>) b -> b.einheit("‰")),
          Arguments.of("anteil", (UnaryOperator<Indikator.Builder>) b -> b.anteil(false)),
          Arguments.of(
              "polaritaet",
              (UnaryOperator<Indikator.Builder>) b -> b.polaritaet(Polaritaet.NEUTRAL)),
          Arguments.of("quelle", (UnaryOperator<Indikator.Builder>) b -> b.quelle("Andere")),
          Arguments.of(
              "ebene", (UnaryOperator<Indikator.Builder>) b -> b.ebene(RaeumlicheEbene.LAND)),
          Arguments.of(
              "periodizitaet",
              (UnaryOperator<Indikator.Builder>) b -> b.periodizitaet(Periodizitaet.SCHULJAHR)),
          Arguments.of(
              "stichtag", (UnaryOperator<Indikator.Builder>) b -> b.stichtag(MonthDay.of(3, 1))),
          Arguments.of(
              "dimensionen", (UnaryOperator<Indikator.Builder>) b -> b.dimensionen(List.of())),
          Arguments.of(
              "aenderungshinweis",
              (UnaryOperator<Indikator.Builder>) b -> b.aenderungshinweis("neu")),
          Arguments.of(
              "nachkommastellen", (UnaryOperator<Indikator.Builder>) b -> b.nachkommastellen(3)),
          Arguments.of("synthetisch", (UnaryOperator<Indikator.Builder>) b -> b.synthetisch(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aenderungen")
    @DisplayName("every part takes part in equality")
    void jederTeilZaehlt(String teil, UnaryOperator<Indikator.Builder> aenderung) {
      Indikator geaendert = aenderung.apply(QUOTE_V1.toBuilder()).build();

      assertThat(geaendert).as(teil).isNotEqualTo(QUOTE_V1);
    }

    @Test
    @DisplayName("withRevision and withGueltigkeit change only that part")
    void wither() {
      Indikator gespeichert = QUOTE_V1.withRevision(3);
      Zeitraum bis2019 = Zeitraum.of(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31));

      assertThat(gespeichert.revision()).isEqualTo(3);
      assertThat(gespeichert).isNotEqualTo(QUOTE_V1);
      assertThat(gespeichert.withRevision(0)).isEqualTo(QUOTE_V1);
      assertThat(QUOTE_V1.withGueltigkeit(bis2019).gueltigkeit()).isEqualTo(bis2019);
      assertThat(QUOTE_V1.withGueltigkeit(bis2019).withGueltigkeit(QUOTE_V1.gueltigkeit()))
          .isEqualTo(QUOTE_V1);
    }

    @Test
    @DisplayName("hands out an immutable set of dimensions")
    void unveraenderlich() {
      Set<String> dimensionen = QUOTE_V1.dimensionen();

      assertThatThrownBy(() -> dimensionen.add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("is not changed by later use of its builder")
    void builderEntkoppelt() {
      Indikator.Builder b = quote();
      Indikator i = b.build();
      b.dimension("hilfeart").name("Andere");

      assertThat(i).isEqualTo(QUOTE_V1);
    }
  }

  @Test
  @DisplayName("declares the key and version in its ref")
  void ref() {
    assertThat(ANZAHL_V1.ref()).isEqualTo(IndikatorRef.of(ANZAHL, 1));
  }
}
