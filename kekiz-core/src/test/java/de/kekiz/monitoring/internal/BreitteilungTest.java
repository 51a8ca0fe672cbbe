package de.kekiz.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Breitteilung")
class BreitteilungTest {

  private static long zahl(SplittableRandom r) {
    int stellen = 1 + r.nextInt(19);
    if (stellen == 19) {
      return r.nextLong(1_000_000_000_000_000_000L, Long.MAX_VALUE) / 10 * 10 + r.nextInt(8);
    }
    long grenze = 1;
    for (int i = 0; i < stellen; i++) {
      grenze *= 10;
    }
    long v = r.nextLong(1, grenze);
    if (r.nextInt(5) == 0) { // trailing zeros
      int weg = r.nextInt(stellen);
      for (int i = 0; i < weg; i++) {
        v /= 10;
      }
      for (int i = 0; i < weg; i++) {
        v *= 10;
      }
      v = Math.max(v, 1);
    }
    return v;
  }

  private static void vergleiche(BigDecimal a, BigDecimal b) {
    BigDecimal erwartet = a.divide(b, MathContext.DECIMAL64);
    assertThat(Breitteilung.teile(a, b)).as("%s / %s", a, b).isEqualTo(erwartet); // and scale
  }

  @RepeatedTest(20)
  @DisplayName("divides as BigDecimal does under DECIMAL64, in value and scale")
  void wieBigDecimal(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(4711L * info.getCurrentRepetition());
    for (int fall = 0; fall < 50_000; fall++) {
      long a = zahl(r);
      long b = zahl(r);
      int sa = r.nextInt(-4, 20);
      int sb = r.nextInt(-4, 20);
      vergleiche(
          BigDecimal.valueOf(r.nextBoolean() ? a : -a, sa),
          BigDecimal.valueOf(r.nextBoolean() ? b : -b, sb));
    }
  }

  @RepeatedTest(10)
  @DisplayName("rounds half to even and strips an exact quotient as BigDecimal does")
  void grenzfaelle(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(815L * info.getCurrentRepetition());
    for (int fall = 0; fall < 20_000; fall++) {
      // b·q (+ b/2): exact quotients and ties at the 16th digit and beyond
      long b = r.nextLong(1, 1_000_000_000L) * (r.nextBoolean() ? 2 : 1);
      long q = r.nextLong(1, 1_000_000_000L);
      if (b > Long.MAX_VALUE / q / 10) {
        continue;
      }
      long a = b * q + (r.nextBoolean() ? b / 2 : 0);
      if (a >= 1_000_000_000_000_000_000L) {
        continue;
      }
      vergleiche(BigDecimal.valueOf(a, r.nextInt(0, 20)), BigDecimal.valueOf(b, r.nextInt(0, 20)));
      vergleiche(BigDecimal.valueOf(b, r.nextInt(0, 20)), BigDecimal.valueOf(a, r.nextInt(0, 20)));
    }
  }

  @Test
  @DisplayName("divides at the limits of a long and leaves 0 and wider numbers to BigDecimal")
  void ausserhalb() {
    vergleiche(BigDecimal.ZERO, new BigDecimal("3.7"));
    vergleiche(new BigDecimal("0.000"), new BigDecimal("3.7"));
    vergleiche(new BigDecimal("1234567890123456789"), new BigDecimal("7"));
    vergleiche(new BigDecimal("9223372036854775807"), new BigDecimal("9223372036854775806"));
    vergleiche(new BigDecimal("9223372036854775808"), new BigDecimal("3"));
    vergleiche(new BigDecimal("-9223372036854775808"), new BigDecimal("3"));
    vergleiche(new BigDecimal("3"), new BigDecimal("9999999999999999999"));
    vergleiche(new BigDecimal("3"), new BigDecimal("9223372036854775807"));
    vergleiche(new BigDecimal("999999999999999999"), new BigDecimal("7"));
    vergleiche(new BigDecimal("99999999999999999.5"), new BigDecimal("0.3"));
    vergleiche(new BigDecimal("1"), new BigDecimal("999999999999999999"));
    vergleiche(new BigDecimal("999999999999999999"), new BigDecimal("999999999999999998"));
    vergleiche(new BigDecimal("2"), new BigDecimal("3"));
    vergleiche(new BigDecimal("-2"), new BigDecimal("3"));
    vergleiche(new BigDecimal("99999999999999995"), new BigDecimal("10"));
  }
}
