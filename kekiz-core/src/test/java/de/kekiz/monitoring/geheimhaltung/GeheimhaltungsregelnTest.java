package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Geheimhaltungsregeln")
class GeheimhaltungsregelnTest {

  private static final Geheimhaltungsregeln STANDARD = Geheimhaltungsregeln.standard();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Nested
  @DisplayName("by default")
  class Standard {

    @Test
    @DisplayName("suppress numerators below 3 (0 included) and rates with a denominator below 100")
    void werte() {
      assertThat(STANDARD.mindestZaehler()).isEqualTo(3);
      assertThat(STANDARD.nullGeheim()).isTrue();
      assertThat(STANDARD.mindestNenner()).isEqualTo(100);
      assertThat(STANDARD.dominanzregel()).isEmpty();
      assertThat(STANDARD.rundungsregel()).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} is confidential: {2}")
    @CsvSource({
      "0, 500, true",
      "1, 500, true",
      "2, 500, true",
      "3, 500, false",
      "250, 500, false",
      "30, 99, true",
      "30, 100, false",
      "-2, 500, true",
      "-3, 500, false"
    })
    @DisplayName("decide on numerator and denominator of a rate")
    void rate(long zaehler, long nenner, boolean erwartet) {
      assertThat(STANDARD.primaer(zaehler, nenner)).isEqualTo(erwartet);
      assertThat(
              STANDARD.primaer(BigDecimal.valueOf(zaehler), BigDecimal.valueOf(nenner), List.of()))
          .isEqualTo(erwartet);
    }

    @Test
    @DisplayName("apply no denominator rule to an absolute number")
    void absolut() {
      assertThat(STANDARD.primaer(5)).isFalse();
      assertThat(STANDARD.primaer(2)).isTrue();
      assertThat(STANDARD.primaer(d("5"), null, List.of())).isFalse();
    }

    @Test
    @DisplayName("compare decimals exactly: 2.99 is below 3, 3.0 is not")
    void dezimal() {
      assertThat(STANDARD.primaer(d("2.99"), null, List.of())).isTrue();
      assertThat(STANDARD.primaer(d("3.0"), d("100.0"), List.of())).isFalse();
      assertThat(STANDARD.primaer(d("3"), d("99.9"), List.of())).isTrue();
    }

    @Test
    @DisplayName("tell an observer that a secondary cell's numerator is at least 3")
    void untergrenze() {
      assertThat(STANDARD.untergrenzeSekundaer()).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("can be configured")
  class Konfiguration {

    @Test
    @DisplayName("to publish zeros as the Bundesagentur does (only 1 and 2 suppressed)")
    void nullFrei() {
      Geheimhaltungsregeln r = STANDARD.withNullGeheim(false);
      assertThat(r.primaer(0, 500)).isFalse();
      assertThat(r.primaer(1, 500)).isTrue();
      assertThat(r.primaer(d("0"), d("500"), List.of())).isFalse();
      assertThat(r.untergrenzeSekundaer()).isZero();
    }

    @Test
    @DisplayName("to other thresholds, or none")
    void schwellen() {
      Geheimhaltungsregeln streng = STANDARD.withMindestZaehler(5).withMindestNenner(200);
      assertThat(streng.primaer(4, 500)).isTrue();
      assertThat(streng.primaer(5, 199)).isTrue();
      assertThat(streng.primaer(5, 200)).isFalse();
      Geheimhaltungsregeln keine = STANDARD.withMindestZaehler(0).withMindestNenner(0);
      assertThat(keine.primaer(0, 1)).isFalse();
      assertThat(keine.primaer(d("0"), d("1"), List.of())).isFalse();
    }

    @Test
    @DisplayName("with a dominance rule that needs the contributions")
    void dominanz() {
      Geheimhaltungsregeln r = STANDARD.withDominanz(Dominanzregel.of(1, 85));
      assertThat(r.dominanzregel()).contains(new Dominanzregel(1, 85));
      assertThat(r.primaer(d("100"), null, List.of(d("90"), d("10")))).isTrue();
      assertThat(r.primaer(d("100"), null, List.of(d("85"), d("15")))).isFalse();
      assertThat(r.primaer(d("100"), null, List.of())).isFalse();
      assertThat(STANDARD.primaer(d("100"), null, List.of(d("90"), d("10")))).isFalse();
    }

    @Test
    @DisplayName("with rounding")
    void rundung() {
      Geheimhaltungsregeln r = STANDARD.withRundung(Rundung.auf(10));
      assertThat(r.rundungsregel()).contains(new Rundung(10));
      assertThat(r.withRundung(null).rundungsregel()).isEmpty();
    }

    @Test
    @DisplayName("but not to negative thresholds")
    void negativ() {
      assertThatThrownBy(() -> STANDARD.withMindestZaehler(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mindestZaehler -1");
      assertThatThrownBy(() -> STANDARD.withMindestNenner(-5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mindestNenner -5");
    }
  }

  @Nested
  @DisplayName("Dominanzregel")
  class Dominanz {

    @Test
    @DisplayName("adds up the largest contributions, whatever their order")
    void groesste() {
      Dominanzregel zwei = Dominanzregel.of(2, 90);
      assertThat(zwei.dominiert(d("100"), List.of(d("3"), d("50"), d("41"), d("6")))).isTrue();
      assertThat(zwei.dominiert(d("100"), List.of(d("3"), d("50"), d("40"), d("7")))).isFalse();
      assertThat(zwei.dominiert(d("0"), List.of(d("0")))).isFalse();
    }

    @Test
    @DisplayName("rejects a count below 1 and a share outside 1 to 99")
    void ungueltig() {
      assertThatThrownBy(() -> Dominanzregel.of(0, 85))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("anzahl 0");
      assertThatThrownBy(() -> Dominanzregel.of(1, 100))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("prozent 100");
      assertThatThrownBy(() -> Dominanzregel.of(1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("prozent 0");
    }
  }

  @Nested
  @DisplayName("Rundung")
  class Runden {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource({"0, 0", "4, 0", "5, 10", "14, 10", "15, 20", "1234, 1230", "2.5, 0", "-15, -20"})
    @DisplayName("rounds half up to a multiple of the base")
    void halbAuf(String zaehler, String erwartet) {
      assertThat(Rundung.auf(10).runde(d(zaehler), null)).isEqualByComparingTo(erwartet);
    }

    @Test
    @DisplayName("never above the denominator: then down")
    void nichtUeberNenner() {
      assertThat(Rundung.auf(10).runde(d("105"), d("105"))).isEqualByComparingTo("100");
      assertThat(Rundung.auf(10).runde(d("104"), d("300"))).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("rejects a base below 2")
    void basis() {
      assertThatThrownBy(() -> Rundung.auf(1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 1");
    }
  }

  @ParameterizedTest(name = "{0} / {1}: scaled as BigDecimal")
  @CsvSource({
    "2.9, 1000",
    "3.0, 1000",
    "3.00, 99.99",
    "3.01, 100.0",
    "0.000, 500",
    "-2.5, 500",
    "-3.5, 500",
    "7, ",
    "2.999, ",
    "12345678901234.5678, 100"
  })
  @DisplayName("decide numbers as whole multiples of a power of ten like the numbers themselves")
  void skaliert(String zaehler, String nenner) {
    BigDecimal z = d(zaehler);
    BigDecimal n = nenner == null ? null : d(nenner);
    long zs = z.unscaledValue().longValueExact();
    long ns = n == null ? -1 : n.unscaledValue().longValueExact();
    int nSkala = n == null ? 0 : n.scale();
    assertThat(
            STANDARD.primaerMitSchwellen(
                zs, STANDARD.zaehlerSchwelle(z.scale()), ns, STANDARD.nennerSchwelle(nSkala)))
        .isEqualTo(STANDARD.primaer(z, n, List.of()));
  }
}
