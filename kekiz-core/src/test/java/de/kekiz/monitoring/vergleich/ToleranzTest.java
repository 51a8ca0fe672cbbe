package de.kekiz.monitoring.vergleich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Polaritaet;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
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
}
