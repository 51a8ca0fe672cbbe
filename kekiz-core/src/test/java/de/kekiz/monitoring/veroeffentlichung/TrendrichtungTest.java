package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Direction of a report trend at the indicator's precision")
class TrendrichtungTest {

  private static int gerundet(BigDecimal v, int stellen) {
    return v.setScale(stellen, RoundingMode.HALF_UP).signum();
  }

  @Test
  @DisplayName("judge a change by its sign rounded half up, a half away from 0 included")
  void grenzen() {
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("0.05"), 1)).isEqualTo(1);
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("-0.05"), 1)).isEqualTo(-1);
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("0.0499999999999999"), 1)).isZero();
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("-0.0499999999999999"), 1)).isZero();
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("0.5"), 0)).isEqualTo(1);
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("-0.4999"), 0)).isZero();
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("0.00"), 1)).isZero();
    assertThat(Berichtsprojektion.vorzeichen(new BigDecimal("1E+3"), 2)).isEqualTo(1);
  }

  @Test
  @DisplayName("give the sign of the rounded change for any change and precision")
  void wieGerundet() {
    Random zufall = new Random(20_240_101L);
    List<BigDecimal> werte = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long ungerundet =
          zufall.nextBoolean() ? zufall.nextLong() % 1_000 : zufall.nextLong() % 100_000_000_000L;
      werte.add(BigDecimal.valueOf(ungerundet, zufall.nextInt(22) - 3));
    }
    werte.add(new BigDecimal("123456789012345678901234567890.50000000000000000000001"));
    werte.add(new BigDecimal("-0.000000000000000000000050000000000000000000000"));
    for (BigDecimal v : werte) {
      for (int stellen = 0; stellen <= 5; stellen++) {
        assertThat(Berichtsprojektion.vorzeichen(v, stellen))
            .as("%s at %d places", v, stellen)
            .isEqualTo(gerundet(v, stellen));
      }
    }
  }
}
