package de.kekiz.monitoring.vergleich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Polaritaet;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Toleranz and Bewertung")
class ToleranzTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  @DisplayName("includes the limits of a relative band (±10 % of 10 is ±1)")
  void relativ() {
    Toleranz t = Toleranz.STANDARD;
    assertThat(t.enthaelt(d("1"), d("10"))).isTrue();
    assertThat(t.enthaelt(d("-1"), d("10"))).isTrue();
    assertThat(t.enthaelt(d("1.0001"), d("10"))).isFalse();
    assertThat(t.enthaelt(d("0.5"), d("-5"))).isTrue();
    assertThat(t.enthaelt(d("0.01"), d("0"))).isFalse();
    assertThat(t.enthaelt(d("0"), d("0"))).isTrue();
    assertThat(t).hasToString("±10 %");
    assertThat(t.art()).isEqualTo(Toleranz.Art.RELATIV);
    assertThat(t.betrag()).isEqualByComparingTo("10");
  }

  @Test
  @DisplayName("includes the limits of an absolute band")
  void absolut() {
    Toleranz t = Toleranz.absolut("2");
    assertThat(t.enthaelt(d("-2"), d("100"))).isTrue();
    assertThat(t.enthaelt(d("2.01"), d("100"))).isFalse();
    assertThat(t).hasToString("±2 (absolut)");
    assertThat(t.art()).isEqualTo(Toleranz.Art.ABSOLUT);
    assertThat(t.betrag()).isEqualByComparingTo("2");
  }

  @Test
  @DisplayName("rejects a negative band and text that is no number, quoting it")
  void falsch() {
    assertThatThrownBy(() -> Toleranz.relativ("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Toleranz.relativ("zehn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'zehn'");
  }

  @Test
  @DisplayName("judges by polarity: higher is worse, higher is better, neutral")
  void bewertung() {
    Toleranz t = Toleranz.STANDARD;
    assertThat(Bewertung.von(Polaritaet.HOEHER_IST_SCHLECHTER, d("2"), d("10"), t))
        .isEqualTo(Bewertung.SCHLECHTER);
    assertThat(Bewertung.von(Polaritaet.HOEHER_IST_SCHLECHTER, d("-2"), d("10"), t))
        .isEqualTo(Bewertung.BESSER);
    assertThat(Bewertung.von(Polaritaet.HOEHER_IST_BESSER, d("2"), d("10"), t))
        .isEqualTo(Bewertung.BESSER);
    assertThat(Bewertung.von(Polaritaet.HOEHER_IST_BESSER, d("-2"), d("10"), t))
        .isEqualTo(Bewertung.SCHLECHTER);
    assertThat(Bewertung.von(Polaritaet.NEUTRAL, d("-2"), d("10"), t))
        .isEqualTo(Bewertung.ABWEICHEND);
    assertThat(Bewertung.von(Polaritaet.HOEHER_IST_BESSER, d("1"), d("10"), t))
        .isEqualTo(Bewertung.WIE_ERWARTET);
    assertThat(Bewertung.WIE_ERWARTET.bezeichnung()).isEqualTo("wie erwartet");
  }

  private static BigDecimal zufall(SplittableRandom r) {
    int stellen = 1 + r.nextInt(r.nextBoolean() ? 19 : 25); // beyond 18 digits: the exact way
    StringBuilder z = new StringBuilder(r.nextBoolean() ? "-" : "");
    z.append(1 + r.nextInt(9));
    for (int i = 1; i < stellen; i++) {
      z.append(r.nextInt(10));
    }
    return new BigDecimal(z.toString()).movePointLeft(r.nextInt(-25, 26));
  }

  @RepeatedTest(10)
  @DisplayName("decides the relative band as 100·|a| ≤ |r|·betrag does, also at its edge")
  void relativWieExakt(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(17L * info.getCurrentRepetition());
    for (int fall = 0; fall < 50_000; fall++) {
      Toleranz t =
          r.nextBoolean() ? Toleranz.STANDARD : new Toleranz(Toleranz.Art.RELATIV, zufall(r).abs());
      BigDecimal referenz = zufall(r);
      BigDecimal abweichung;
      switch (r.nextInt(4)) {
        case 0 -> abweichung = zufall(r);
        case 1 -> // on the edge: |r|·betrag / 100 (exact), either sign
            abweichung = referenz.abs().multiply(t.betrag()).movePointLeft(2);
        case 2 -> // a unit in the last place beyond or inside the edge
            abweichung =
                referenz
                    .abs()
                    .multiply(t.betrag())
                    .movePointLeft(2)
                    .add(
                        BigDecimal.ONE
                            .movePointLeft(r.nextInt(0, 40))
                            .negate()
                            .pow(r.nextInt(1, 3)));
        default -> // near the edge by a random factor close to 1
            abweichung =
                referenz
                    .abs()
                    .multiply(t.betrag())
                    .movePointLeft(2)
                    .multiply(new BigDecimal("1.0000000000" + r.nextInt(1000)));
      }
      if (r.nextBoolean()) {
        abweichung = abweichung.negate();
      }
      boolean exakt =
          abweichung
                  .abs()
                  .multiply(BigDecimal.valueOf(100))
                  .compareTo(referenz.abs().multiply(t.betrag()))
              <= 0;
      BigDecimal hundertfach = abweichung.scaleByPowerOfTen(2);
      assertThat(t.enthaelt(abweichung, hundertfach, referenz))
          .as("%s against %s with %s", abweichung, referenz, t)
          .isEqualTo(exakt);
      assertThat(t.enthaelt(abweichung, referenz)).isEqualTo(exakt);
    }
  }
}
