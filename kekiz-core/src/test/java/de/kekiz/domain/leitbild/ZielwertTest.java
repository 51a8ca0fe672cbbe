package de.kekiz.domain.leitbild;

import static de.kekiz.domain.leitbild.LeitbildFixtures.AHLEN_SUED_OST;
import static de.kekiz.domain.leitbild.LeitbildFixtures.BETREUUNG_U3;
import static de.kekiz.domain.leitbild.LeitbildFixtures.SGB2_U15;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Zielwert")
class ZielwertTest {
  private static final LocalDate FRIST = LocalDate.of(2020, 12, 31);

  @Test
  @DisplayName("is set for the whole Kommune unless a Sozialraum is given")
  void kommunweit() {
    Zielwert z = Zielwert.of(BETREUUNG_U3, "45", Zielrichtung.MINDESTENS, FRIST);
    assertThat(z.kommunweit()).isTrue();
    assertThat(z.sozialraum()).isNull();
    Zielwert imRaum = z.imSozialraum(AHLEN_SUED_OST);
    assertThat(imRaum.kommunweit()).isFalse();
    assertThat(imRaum.sozialraum()).isEqualTo(AHLEN_SUED_OST);
  }

  @Test
  @DisplayName("holds values without trailing zeros, so 45.0 equals 45")
  void normalisiert() {
    Zielwert a =
        Zielwert.of(BETREUUNG_U3, "45.0", Zielrichtung.MINDESTENS, FRIST).withAusgangswert("38.20");
    Zielwert b =
        Zielwert.of(BETREUUNG_U3, "45", Zielrichtung.MINDESTENS, FRIST).withAusgangswert("38.2");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.wert()).isEqualTo(new BigDecimal("45"));
    assertThat(Zielwert.of(BETREUUNG_U3, "1E+2", Zielrichtung.MINDESTENS, FRIST).wert())
        .isEqualTo(new BigDecimal("100"));
  }

  @Test
  @DisplayName("counts a value at or above the target as reached for MINDESTENS")
  void mindestens() {
    Zielwert z = Zielwert.of(BETREUUNG_U3, "45", Zielrichtung.MINDESTENS, FRIST);
    assertThat(z.erreicht(new BigDecimal("45.00"))).isTrue();
    assertThat(z.erreicht(new BigDecimal("47.1"))).isTrue();
    assertThat(z.erreicht(new BigDecimal("44.9"))).isFalse();
  }

  @Test
  @DisplayName("counts a value at or below the target as reached for HOECHSTENS")
  void hoechstens() {
    Zielwert z = Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, FRIST);
    assertThat(z.erreicht(new BigDecimal("20"))).isTrue();
    assertThat(z.erreicht(new BigDecimal("18.3"))).isTrue();
    assertThat(z.erreicht(new BigDecimal("20.1"))).isFalse();
  }

  @Test
  @DisplayName("rejects a target that is not a number, quoting it")
  void keineZahl() {
    assertThatThrownBy(() -> Zielwert.of(SGB2_U15, "zwanzig", Zielrichtung.HOECHSTENS, FRIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'zwanzig'");
  }

  @Test
  @DisplayName("rejects a missing indicator with a NullPointerException naming it")
  void nullIndikator() {
    assertThatThrownBy(
            () -> new Zielwert(null, BigDecimal.ONE, Zielrichtung.MINDESTENS, FRIST, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("indikator");
  }

  @Test
  @DisplayName("names the directions in German")
  void bezeichnung() {
    assertThat(Zielrichtung.HOECHSTENS.bezeichnung()).isEqualTo("höchstens");
    assertThat(Zielrichtung.MINDESTENS.bezeichnung()).isEqualTo("mindestens");
  }
}
