package de.kekiz.domain.leitbild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("LeitbildId")
class LeitbildIdTest {

  @Test
  @DisplayName("writes '05570004/1' and reads it back")
  void roundTrip() {
    LeitbildId id = LeitbildId.of(Gemeindeschluessel.parse("05570004"), 1);
    assertThat(id).hasToString("05570004/1");
    assertThat(LeitbildId.parse("05570004/1")).isEqualTo(id);
    assertThat(LeitbildId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  @DisplayName("rejects Fassung 0, quoting it")
  void fassungAbEins() {
    assertThatThrownBy(() -> LeitbildId.of(Gemeindeschluessel.parse("05570004"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"05570004-1", "05570004/eins", "0557004/1", "05570004/0"})
  @DisplayName("rejects malformed text, quoting it")
  void parseFehler(String text) {
    assertThatThrownBy(() -> LeitbildId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("orders by Kommune, then by Fassung")
  void ordnung() {
    LeitbildId ahlen1 = LeitbildId.parse("05570004/1");
    LeitbildId ahlen2 = LeitbildId.parse("05570004/2");
    LeitbildId bruehl1 = LeitbildId.parse("05362012/1");
    assertThat(ahlen1).isLessThan(ahlen2);
    assertThat(bruehl1).isLessThan(ahlen1);
  }
}
