package de.kekiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Geldbetrag")
class GeldbetragTest {

  @Test
  @DisplayName("holds every amount with two decimal places, so equal amounts are equal")
  void scale() {
    Geldbetrag a = Geldbetrag.of(30000);
    assertThat(a.euro().scale()).isEqualTo(2);
    assertThat(a).isEqualTo(Geldbetrag.of("30000.00")).isEqualTo(Geldbetrag.of("30000.0"));
    assertThat(a).hasSameHashCodeAs(Geldbetrag.of("30000.00"));
    assertThat(Geldbetrag.of("1E+3")).isEqualTo(Geldbetrag.of(1000));
    assertThat(Geldbetrag.of("1.000")).isEqualTo(Geldbetrag.of(1));
  }

  @Test
  @DisplayName("writes '29958.39 EUR' and reads it back")
  void roundTrip() {
    Geldbetrag esf = Geldbetrag.of("29958.39");
    assertThat(esf).hasToString("29958.39 EUR");
    assertThat(Geldbetrag.parse(esf.toString())).isEqualTo(esf);
    assertThat(Geldbetrag.parse("29958.39")).isEqualTo(esf);
    assertThat(Geldbetrag.NULL).hasToString("0.00 EUR");
  }

  @Test
  @DisplayName("rejects a negative amount, quoting it")
  void rejectsNegative() {
    assertThatThrownBy(() -> Geldbetrag.of("-0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.01");
  }

  @Test
  @DisplayName("rejects fractions of a cent, quoting the amount")
  void rejectsFractionOfCent() {
    assertThatThrownBy(() -> new Geldbetrag(new BigDecimal("10.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.005");
  }

  @ParameterizedTest
  @ValueSource(strings = {"29.958,39", "12,50", "abc", "", "30 000"})
  @DisplayName("rejects text that is not a plain decimal number, quoting it")
  void rejectsMalformed(String text) {
    assertThatThrownBy(() -> Geldbetrag.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text.strip() + "'");
  }

  @Test
  @DisplayName("adds amounts exactly")
  void plus() {
    assertThat(Geldbetrag.of("29958.39").plus(Geldbetrag.of("41.61")))
        .isEqualTo(Geldbetrag.of(30000));
    assertThat(Geldbetrag.NULL.plus(Geldbetrag.of("0.10")).plus(Geldbetrag.of("0.20")))
        .isEqualTo(Geldbetrag.of("0.30"));
  }

  @Test
  @DisplayName("formats the German way whatever the default locale")
  void deutsch() {
    assertThat(Geldbetrag.of("29958.39").deutsch()).isEqualTo("29.958,39 €");
    assertThat(Geldbetrag.of(2300000).deutsch()).isEqualTo("2.300.000,00 €");
  }

  @Test
  @DisplayName("orders by amount")
  void ordnung() {
    assertThat(Geldbetrag.of("29958.39")).isLessThan(Geldbetrag.of(30000));
    assertThat(Geldbetrag.of(1).compareTo(Geldbetrag.of("1.00"))).isZero();
  }
}
