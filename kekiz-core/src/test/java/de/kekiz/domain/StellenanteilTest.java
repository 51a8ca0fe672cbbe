package de.kekiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Stellenanteil")
class StellenanteilTest {

  @Test
  @DisplayName("strips trailing zeros, so 0.50 equals 0.5 (Ahlen's half coordinator post)")
  void normalisiert() {
    Stellenanteil halb = Stellenanteil.parse("0.50");
    assertThat(halb).isEqualTo(Stellenanteil.of("0.5")).hasToString("0.5");
    assertThat(halb).hasSameHashCodeAs(Stellenanteil.of("0.5"));
    assertThat(Stellenanteil.VOLLZEIT).isEqualTo(Stellenanteil.parse("1.00")).hasToString("1");
    assertThat(Stellenanteil.parse("10")).hasToString("10");
    assertThat(Stellenanteil.parse("1E+1")).isEqualTo(Stellenanteil.parse("10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "1", "0.0001", "2.75", "50", "12"})
  @DisplayName("reads back what it writes")
  void roundTrip(String text) {
    assertThat(Stellenanteil.parse(text)).hasToString(text);
    assertThat(Stellenanteil.parse(Stellenanteil.parse(text).toString()))
        .isEqualTo(Stellenanteil.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.5", "50.0001", "51"})
  @DisplayName("rejects shares not above 0 or above 50, quoting them")
  void rejectsRange(String text) {
    assertThatThrownBy(() -> new Stellenanteil(new BigDecimal(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  @DisplayName("rejects more than four decimal places, quoting the value")
  void rejectsScale() {
    assertThatThrownBy(() -> Stellenanteil.parse("0.33333"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.33333");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0,5", "halb", ""})
  @DisplayName("rejects text that is not a decimal number, quoting it")
  void rejectsMalformed(String text) {
    assertThatThrownBy(() -> Stellenanteil.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("orders by size")
  void ordnung() {
    assertThat(Stellenanteil.of("0.5")).isLessThan(Stellenanteil.VOLLZEIT);
    assertThat(Stellenanteil.of("0.50").compareTo(Stellenanteil.of("0.5"))).isZero();
  }
}
