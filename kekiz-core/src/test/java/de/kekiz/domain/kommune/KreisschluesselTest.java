package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Kreisschluessel")
class KreisschluesselTest {

  @Test
  @DisplayName("reads '05978' and the conventional '05978000' as the same Kreis Unna")
  void parse() {
    Kreisschluessel kurz = Kreisschluessel.parse("05978");
    Kreisschluessel lang = Kreisschluessel.parse("05978000");
    assertThat(kurz).isEqualTo(lang).hasToString("05978");
    assertThat(Kreisschluessel.parse(kurz.toString())).isEqualTo(kurz);
    assertThat(Kreisschluessel.parse(" 05978 ")).isEqualTo(kurz);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0597", "059780", "05978036", "0597A", "05978001", ""})
  @DisplayName("rejects what is neither 5 digits nor 5 digits followed by 000, quoting it")
  void rejects(String text) {
    assertThatThrownBy(() -> Kreisschluessel.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kreisschlüssel needs 5 digits")
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("derives Land and Regierungsbezirk, empty outside NRW")
  void teile() {
    Kreisschluessel unna = Kreisschluessel.parse("05978");
    assertThat(unna.land()).isEqualTo("05");
    assertThat(unna.regierungsbezirkNrw()).contains(RegierungsbezirkNrw.ARNSBERG);
    assertThat(Kreisschluessel.parse("05334").regierungsbezirkNrw())
        .contains(RegierungsbezirkNrw.KOELN);
    assertThat(Kreisschluessel.parse("09162").regierungsbezirkNrw()).isEmpty();
  }

  @Test
  @DisplayName("gives the Kreis's conventional 8-digit key 05978000")
  void alsGemeindeschluessel() {
    assertThat(Kreisschluessel.parse("05978").alsGemeindeschluessel())
        .isEqualTo(Gemeindeschluessel.parse("05978000"));
  }

  @Test
  @DisplayName("contains Bönen, Unna and itself, not Köln")
  void enthaelt() {
    Kreisschluessel unna = Kreisschluessel.parse("05978");
    assertThat(unna.enthaelt(Gemeindeschluessel.parse("05978008"))).isTrue();
    assertThat(unna.enthaelt(Gemeindeschluessel.parse("05978036"))).isTrue();
    assertThat(unna.enthaelt(Gemeindeschluessel.parse("05978000"))).isTrue();
    assertThat(unna.enthaelt(Gemeindeschluessel.parse("05315000"))).isFalse();
  }

  @Test
  @DisplayName("orders by its digits")
  void ordnung() {
    assertThat(Kreisschluessel.parse("05315")).isLessThan(Kreisschluessel.parse("05978"));
  }
}
