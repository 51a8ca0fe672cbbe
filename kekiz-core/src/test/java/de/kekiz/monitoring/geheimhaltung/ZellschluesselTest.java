package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Zellschluessel")
class ZellschluesselTest {

  @Test
  @DisplayName("shows the key as its exact decimal fraction")
  void alsBruch() {
    assertThat(Zellschluessel.of(0)).hasToString("0");
    assertThat(Zellschluessel.of(1L << 31)).hasToString("0.5");
    assertThat(Zellschluessel.of(1L << 30)).hasToString("0.25");
    assertThat(Zellschluessel.of(1)).hasToString("0.00000000023283064365386962890625");
    assertThat(Zellschluessel.of(Zellschluessel.EINHEITEN - 1).alsBruch())
        .isEqualTo(BigDecimal.ONE.subtract(new BigDecimal("0.00000000023283064365386962890625")));
  }

  @Test
  @DisplayName("reads back what toString writes, for seeded random keys and both ends")
  void rundreise() {
    Random zufall = new Random(7);
    for (int n = 0; n < 1000; n++) {
      Zellschluessel k = Zellschluessel.of(zufall.nextLong() >>> 32);
      assertThat(Zellschluessel.parse(k.toString())).isEqualTo(k);
    }
    assertThat(Zellschluessel.parse("0")).isEqualTo(Zellschluessel.of(0));
    Zellschluessel letzter = Zellschluessel.of(Zellschluessel.EINHEITEN - 1);
    assertThat(Zellschluessel.parse(letzter.toString())).isEqualTo(letzter);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(longs = {-1, 1L << 32, Long.MAX_VALUE})
  @DisplayName("rejects a value outside 0 … 2^32 − 1, quoting it")
  void bereich(long wert) {
    assertThatThrownBy(() -> Zellschluessel.of(wert))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got " + wert);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"1", "-0.5", "0.1", "abc", "1.5"})
  @DisplayName("rejects a text that is not a multiple of 2^-32 in [0, 1), quoting it")
  void parseFehler(String text) {
    assertThatThrownBy(() -> Zellschluessel.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
