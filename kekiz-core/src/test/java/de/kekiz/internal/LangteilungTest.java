package de.kekiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Langteilung#teile} gives what {@code BigDecimal.divide(…, DECIMAL64)} gives, digits and
 * scale, for any dividend, divisor, scale and sign it takes; its digit count is exact at every
 * power of ten.
 */
@DisplayName("Langteilung")
class LangteilungTest {

  @Test
  @DisplayName("the digit count is exact on both sides of every power of ten")
  void stellen() {
    long zehner = 1;
    for (int n = 1; n <= 19; n++) {
      assertThat(Ziffern.stellen(zehner)).as("10^%d", n - 1).isEqualTo(n);
      if (n > 1) {
        assertThat(Ziffern.stellen(zehner - 1)).as("10^%d − 1", n - 1).isEqualTo(n - 1);
      }
      assertThat(Ziffern.stellen(zehner + 1)).as("10^%d + 1", n - 1).isEqualTo(n);
      zehner = n < 19 ? zehner * 10 : zehner;
    }
    assertThat(Ziffern.stellen(Long.MAX_VALUE)).isEqualTo(19);
    for (int bit = 0; bit < 63; bit++) {
      long v = 1L << bit;
      assertThat(Ziffern.stellen(v)).as("2^%d", bit).isEqualTo(Long.toString(v).length());
    }
  }

  private static void gleich(long a, long b, int skala, boolean negativ) {
    BigDecimal ist = Langteilung.teile(a, b, skala, negativ);
    BigDecimal dividend = BigDecimal.valueOf(negativ ? -a : a, skala);
    BigDecimal erwartet = dividend.divide(BigDecimal.valueOf(b), MathContext.DECIMAL64);
    if (ist == null) {
      // left to BigDecimal only when the whole part has more than 16 digits
      assertThat(a / b).as("%d / %d", a, b).isGreaterThanOrEqualTo(10_000_000_000_000_000L);
      return;
    }
    assertThat(ist).as("%d / %d, scale %d, negative %s", a, b, skala, negativ).isEqualTo(erwartet);
  }

  @Test
  @DisplayName("a million random quotients of any size, scale and sign as BigDecimal gives them")
  void zufaellig() {
    Random random = new Random(20_261_206L);
    for (int i = 0; i < 1_000_000; i++) {
      long b =
          i % 7 == 0
              ? Langteilung.HOECHSTER_TEILER - random.nextInt(3)
              : 1 + (long) (Math.pow(10, random.nextDouble() * 9) - 1);
      b = Math.min(Math.max(b, 1), Langteilung.HOECHSTER_TEILER);
      long a =
          switch (i % 5) {
            case 0 -> 1 + random.nextLong(b); // below the divisor: leading zeros
            case 1 -> 1 + random.nextLong(Long.MAX_VALUE); // any size
            case 2 -> 1 + (long) Math.pow(10, random.nextDouble() * 18.9); // any number of digits
            case 3 -> b * (1 + random.nextInt(1_000_000)) / (1 << random.nextInt(20)) + 1;
            default -> Math.max(1, b * (1 + random.nextInt(1000)) / (1 << random.nextInt(12)));
          };
      gleich(a, b, random.nextInt(7) - 1, random.nextBoolean());
    }
  }

  @Test
  @DisplayName(
      "terminating quotients (divisors of powers of 2 and 5): exact ones and ties at the 17th digit")
  void endlicheQuotienten() {
    Random random = new Random(17);
    for (int zwei = 0; zwei <= 29; zwei++) {
      for (int fuenf = 0; fuenf <= 12; fuenf++) {
        long b = (1L << zwei) * Ziffern.zehnHoch(fuenf) / (1L << fuenf);
        if (b < 1 || b > Langteilung.HOECHSTER_TEILER || b % (1L << zwei) != 0) {
          continue;
        }
        for (int i = 0; i < 300; i++) {
          long a =
              switch (i % 3) {
                case 0 -> 1 + random.nextLong(b); // 0.xxx: up to 29 digits after the point
                case 1 -> 1 + (long) Math.pow(10, random.nextDouble() * 18.9);
                default -> Ziffern.zehnHoch(random.nextInt(16)) * 5 + random.nextInt(10);
              };
          gleich(a, b, random.nextInt(5), random.nextBoolean());
        }
      }
    }
  }

  @Test
  @DisplayName("quotients around 10^15 and 10^16, with and without a remainder")
  void grosseQuotienten() {
    long[] teiler = {1, 2, 3, 7, 9, 10, 999, 1_000_003, Langteilung.HOECHSTER_TEILER};
    for (long b : teiler) {
      for (long grenze : new long[] {1_000_000_000_000_000L, Ziffern.GRENZE}) {
        for (long d = -3; d <= 3; d++) {
          for (long r = 0; r < Math.min(b, 4); r++) {
            long q = grenze + d;
            if (q <= Long.MAX_VALUE / b) {
              gleich(q * b + r, b, 0, false);
              gleich(q * b - r, b, 2, true);
            }
          }
        }
      }
    }
  }

  @Test
  @DisplayName("the dividends around each power of ten below and above the divisor")
  void umZehnerpotenzen() {
    long[] teiler = {1, 3, 7, 9, 10, 11, 99, 101, 999_999, 1_000_001, Langteilung.HOECHSTER_TEILER};
    for (long b : teiler) {
      long zehner = 1;
      for (int n = 0; n < 19; n++) {
        for (long d = -2; d <= 2; d++) {
          long a = zehner + d;
          if (a >= 1) {
            gleich(a, b, 0, false);
            gleich(a, b, 3, true);
          }
        }
        zehner = n < 18 ? zehner * 10 : zehner;
      }
    }
  }
}
