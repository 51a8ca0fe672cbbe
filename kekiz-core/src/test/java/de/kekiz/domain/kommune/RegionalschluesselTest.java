package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Regionalschluessel (ARS)")
class RegionalschluesselTest {

  @Test
  @DisplayName("reads back the 12 digits it writes")
  void roundTrip() {
    Regionalschluessel ars = Regionalschluessel.parse(" 059780036036 ");
    assertThat(ars).hasToString("059780036036");
    assertThat(Regionalschluessel.parse(ars.toString())).isEqualTo(ars);
  }

  @ParameterizedTest
  @ValueSource(strings = {"05978003603", "0597800360366", "05978003603X", ""})
  @DisplayName("rejects what is not 12 digits, quoting it")
  void rejects(String text) {
    assertThatThrownBy(() -> Regionalschluessel.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ARS needs 12 digits")
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("splits Unna's ARS into Kreis, Verband and Gemeinde part")
  void teile() {
    Regionalschluessel unna = Regionalschluessel.parse("059780036036");
    assertThat(unna.kreis()).isEqualTo(Kreisschluessel.parse("05978"));
    assertThat(unna.verbandsteil()).isEqualTo("0036");
    assertThat(unna.gemeindeteil()).isEqualTo("036");
    assertThat(unna.toGemeindeschluessel()).isEqualTo(Gemeindeschluessel.parse("05978036"));
  }

  @Test
  @DisplayName("gives back Köln's AGS")
  void koeln() {
    assertThat(Regionalschluessel.parse("053150000000").toGemeindeschluessel())
        .isEqualTo(Gemeindeschluessel.parse("05315000"));
  }

  @Test
  @DisplayName("orders by its digits")
  void ordnung() {
    assertThat(Regionalschluessel.parse("053150000000"))
        .isLessThan(Regionalschluessel.parse("059780036036"));
  }
}
