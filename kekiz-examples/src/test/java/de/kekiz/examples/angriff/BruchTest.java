package de.kekiz.examples.angriff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Exact fractions")
class BruchTest {

  static Bruch b(long z, long n) {
    return Bruch.of(BigInteger.valueOf(z), BigInteger.valueOf(n));
  }

  @Test
  @DisplayName("reduce, keep the sign in the numerator and read back as text")
  void kuerzen() {
    assertThat(b(6, -4)).hasToString("-3/2").isEqualTo(b(-3, 2));
    assertThat(b(4, 2)).hasToString("2").isEqualTo(Bruch.of(2));
    assertThatThrownBy(() -> b(1, 0)).isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0}/{1} rounds to {2} and {3}")
  @CsvSource({"7, 2, 4, 3", "-7, 2, -3, -4", "6, 3, 2, 2", "-1, 3, 0, -1"})
  @DisplayName("round up and down to whole numbers")
  void runden(long z, long n, long auf, long ab) {
    assertThat(b(z, n).aufgerundet()).isEqualTo(auf);
    assertThat(b(z, n).abgerundet()).isEqualTo(ab);
  }

  @Test
  @DisplayName("stay exact beyond the range of long, against BigInteger arithmetic")
  void ueberlauf() {
    Random zufall = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      long z1 = zufall.nextLong() >> zufall.nextInt(63);
      long n1 = (zufall.nextLong() >>> 1 >> zufall.nextInt(62)) + 1;
      long z2 = zufall.nextLong() >> zufall.nextInt(63);
      long n2 = (zufall.nextLong() >>> 1 >> zufall.nextInt(62)) + 1;
      Bruch a = b(z1, n1);
      Bruch c = b(z2, n2);
      BigInteger[] summe = {
        BigInteger.valueOf(z1)
            .multiply(BigInteger.valueOf(n2))
            .add(BigInteger.valueOf(z2).multiply(BigInteger.valueOf(n1))),
        BigInteger.valueOf(n1).multiply(BigInteger.valueOf(n2))
      };
      BigInteger[] produkt = {
        BigInteger.valueOf(z1).multiply(BigInteger.valueOf(z2)),
        BigInteger.valueOf(n1).multiply(BigInteger.valueOf(n2))
      };
      assertThat(a.plus(c)).isEqualTo(Bruch.of(summe[0], summe[1]));
      assertThat(a.mal(c)).isEqualTo(Bruch.of(produkt[0], produkt[1]));
      assertThat(a.minus(c).plus(c)).isEqualTo(a);
      assertThat(Integer.signum(a.compareTo(c)))
          .isEqualTo(summe[0].signum() == 0 ? 0 : Integer.signum(a.minus(c).signum()));
      if (c.signum() != 0) {
        assertThat(a.durch(c).mal(c)).isEqualTo(a);
      }
    }
  }

  @Test
  @DisplayName("are equal, hash alike and compare alike whichever form they are held in")
  void formen() {
    Bruch gross = Bruch.of(BigInteger.TWO.pow(70)).durch(Bruch.of(BigInteger.TWO.pow(68)));
    assertThat(gross).isEqualTo(Bruch.of(4)).hasSameHashCodeAs(Bruch.of(4));
    assertThat(Bruch.of(Long.MAX_VALUE).plus(Bruch.EINS).minus(Bruch.EINS))
        .isEqualTo(Bruch.of(Long.MAX_VALUE));
    assertThat(Bruch.of(Long.MIN_VALUE).negiert())
        .isEqualTo(Bruch.of(BigInteger.valueOf(Long.MIN_VALUE).negate()));
  }
}
