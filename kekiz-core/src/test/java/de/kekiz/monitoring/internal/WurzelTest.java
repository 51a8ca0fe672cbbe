package de.kekiz.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Wurzel")
class WurzelTest {

  private static void vergleiche(BigDecimal x) {
    assertThat(Wurzel.wurzel(x)).as("sqrt %s", x).isEqualTo(x.sqrt(MathContext.DECIMAL64));
  }

  @RepeatedTest(20)
  @DisplayName("takes the root as BigDecimal.sqrt does under DECIMAL64, in value and scale")
  void wieBigDecimal(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(31L * info.getCurrentRepetition());
    for (int fall = 0; fall < 20_000; fall++) {
      int stellen = 1 + r.nextInt(18);
      long grenze = 1;
      for (int i = 0; i < stellen; i++) {
        grenze *= 10;
      }
      long u = r.nextLong(1, grenze);
      if (r.nextInt(4) == 0) { // trailing zeros
        long z = 1;
        for (int i = r.nextInt(stellen); i > 0; i--) {
          z *= 10;
        }
        u = Math.max(1, u / z * z);
      }
      vergleiche(BigDecimal.valueOf(u, r.nextInt(-12, 40)));
    }
  }

  @RepeatedTest(10)
  @DisplayName("gives an exact root the scale BigDecimal gives it")
  void exakt(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(97L * info.getCurrentRepetition());
    for (int fall = 0; fall < 20_000; fall++) {
      long v = r.nextLong(1, r.nextBoolean() ? 1_000L : 1_000_000_000L);
      if (r.nextInt(3) == 0) {
        v *= 10;
      }
      if (v >= 1_000_000_000L) {
        continue; // v² would have more than 18 digits
      }
      long u = v * v;
      vergleiche(BigDecimal.valueOf(u, r.nextInt(-12, 40)));
    }
  }

  @Test
  @DisplayName("leaves 0, 19 digits and negative numbers to BigDecimal")
  void ausserhalb() {
    vergleiche(BigDecimal.ZERO);
    vergleiche(new BigDecimal("0.000"));
    vergleiche(new BigDecimal("1234567890123456789"));
    vergleiche(new BigDecimal("4"));
    vergleiche(new BigDecimal("0.04"));
    vergleiche(new BigDecimal("400"));
    vergleiche(new BigDecimal("4E+3"));
    vergleiche(new BigDecimal("999999999999999999"));
    vergleiche(new BigDecimal("0.99999999999999999"));
    assertThatThrownBy(() -> Wurzel.wurzel(new BigDecimal("-4")))
        .isInstanceOf(ArithmeticException.class);
  }
}
