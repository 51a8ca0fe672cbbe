package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Dezimal64#teile} gives exactly what {@code BigDecimal.divide(…, DECIMAL64)} gives: the
 * same digits and the same scale ({@code equals}, not only {@code compareTo}).
 */
@DisplayName("Dezimal64")
class Dezimal64Test {

  private static void gleich(BigDecimal a, BigDecimal b) {
    BigDecimal erwartet = a.divide(b, MathContext.DECIMAL64);
    BigDecimal ist = Dezimal64.teile(a, b);
    assertThat(ist).as("%s / %s", a, b).isEqualTo(erwartet);
    assertThat(ist.scale()).as("scale of %s / %s", a, b).isEqualTo(erwartet.scale());
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "100, 4", // exact, whole
    "1, 8", // exact, 0.125
    "1, 3", // inexact, 16 threes
    "2, 3", // rounded up
    "123400, 5678", // the example of Indikator.wert
    "1, 999999999", // many leading zeros
    "999999999999999999, 7", // whole part of 17 digits: left to BigDecimal
    "99999999999999995, 10", // rounding of the whole part
    "5, 1", // divisor 1
    "0, 7", // zero: left to BigDecimal
    "1, 1024", // exact, more than 9 digits after the point
    "1, 2048", // exact with 17 significant digits: rounded
    "1, 4096", // exact with 17 significant digits: rounded
    "123456789012345678, 1", // 18 digits: rounded
    "1000000000000000, 3", // 16-digit whole part, no digit after the point
    "9999999999999999, 10000000", // carry at the 16th digit
    "12345678901234565, 10", // exactly half way: down to the even digit
    "12345678901234575, 10", // exactly half way: up to the even digit
    "1, 400000000", // exact, 0.0000000025
  })
  void wieBigDecimal(String a, String b) {
    gleich(new BigDecimal(a), new BigDecimal(b));
  }

  @Test
  @DisplayName("other scales, negative values and large divisors are left to BigDecimal")
  void sonstBigDecimal() {
    gleich(new BigDecimal("12.5"), new BigDecimal("3"));
    gleich(new BigDecimal("125"), new BigDecimal("0.3"));
    gleich(new BigDecimal("-125"), new BigDecimal("3"));
    gleich(new BigDecimal("125"), new BigDecimal("-3"));
    gleich(new BigDecimal("125"), new BigDecimal("30000000000"));
    gleich(new BigDecimal("1E+3"), new BigDecimal("7"));
    assertThatThrownBy(() -> Dezimal64.teile(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  @DisplayName("a million random quotients of counts as BigDecimal gives them")
  void zufaellig() {
    Random random = new Random(20_240_101L);
    for (int i = 0; i < 1_000_000; i++) {
      long nenner = 1 + (long) (Math.pow(10, random.nextDouble() * 9.2) - 1);
      long zaehler =
          switch (i % 4) {
            case 0 -> random.nextLong(nenner + 1); // a share
            case 1 -> random.nextLong(nenner + 1) * 100; // a percentage
            case 2 -> random.nextLong(1_000_000_000_000_000_000L); // any size
            default -> nenner * (1 + random.nextInt(1000)) / (1 << random.nextInt(12)); // exact
          };
      gleich(BigDecimal.valueOf(zaehler), BigDecimal.valueOf(nenner));
    }
  }

  private static void gleichMitFaktor(BigDecimal zaehler, BigDecimal faktor, BigDecimal nenner) {
    BigDecimal erwartet = zaehler.multiply(faktor).divide(nenner, MathContext.DECIMAL64);
    BigDecimal ist = Dezimal64.teile(zaehler, faktor, Dezimal64.ganzerFaktor(faktor), nenner);
    assertThat(ist).as("%s × %s / %s", zaehler, faktor, nenner).isEqualTo(erwartet);
  }

  @ParameterizedTest(name = "{0} × {1} / {2}")
  @CsvSource({
    "1234, 100, 5678", // the example of Indikator.wert
    "1, 100, 4", // exact: 25
    "999999999, 999999999, 7", // the largest product of the quick way
    "1000000000, 100, 7", // numerator of ten digits: the product is built
    "7, 1000000000, 3", // factor of ten digits: the product is built
    "7, 100, 1000000000", // denominator of ten digits: the product is built
    "0, 100, 7", // zero: left to BigDecimal
    "-5, 100, 7", // negative: left to BigDecimal
    "12.5, 100, 7", // not whole
    "5, 0.5, 7", // factor not whole
    "5, 1E+3, 7", // factor with negative scale
  })
  void mitFaktor(String zaehler, String faktor, String nenner) {
    gleichMitFaktor(new BigDecimal(zaehler), new BigDecimal(faktor), new BigDecimal(nenner));
  }

  @Test
  @DisplayName("the factor counts as whole only from 1 to 999,999,999 with scale 0")
  void ganzerFaktor() {
    assertThat(Dezimal64.ganzerFaktor(new BigDecimal("100"))).isEqualTo(100);
    assertThat(Dezimal64.ganzerFaktor(new BigDecimal("999999999"))).isEqualTo(999_999_999);
    assertThat(Dezimal64.ganzerFaktor(new BigDecimal("1000000000"))).isZero();
    assertThat(Dezimal64.ganzerFaktor(new BigDecimal("100.0"))).isZero();
    assertThat(Dezimal64.ganzerFaktor(new BigDecimal("1E+2"))).isZero();
  }

  @Test
  @DisplayName("a million random values with a factor as multiplying and dividing gives them")
  void zufaelligMitFaktor() {
    Random random = new Random(20_260_101L);
    long[] faktoren = {1, 100, 1000, 10_000, 100_000, 999_999_999};
    for (int i = 0; i < 1_000_000; i++) {
      long nenner = 1 + (long) (Math.pow(10, random.nextDouble() * 9.2) - 1);
      long zaehler =
          i % 2 == 0 ? random.nextLong(nenner + 1) : (long) Math.pow(10, random.nextDouble() * 9.5);
      gleichMitFaktor(
          BigDecimal.valueOf(zaehler),
          BigDecimal.valueOf(faktoren[i % faktoren.length]),
          BigDecimal.valueOf(nenner));
    }
  }
}
