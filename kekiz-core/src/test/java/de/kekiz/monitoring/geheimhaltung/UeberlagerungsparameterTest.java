package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Ueberlagerungsparameter")
class UeberlagerungsparameterTest {

  @Test
  @DisplayName("default to D = 4, V = 2, js = 2, with the symmetric row from 7")
  void standard() {
    Ueberlagerungsparameter p = Ueberlagerungsparameter.standard();
    assertThat(p.maximaleAbweichung()).isEqualTo(4);
    assertThat(p.varianz()).isEqualByComparingTo("2");
    assertThat(p.sperrbereich()).isEqualTo(2);
    assertThat(p.symmetrieAb()).isEqualTo(7);
    assertThat(p).hasToString("D=4, V=2, js=2");
  }

  @Test
  @DisplayName("start the symmetric row at D without a blocked range, as ptable does")
  void symmetrieOhneSperrbereich() {
    assertThat(Ueberlagerungsparameter.of(3, BigDecimal.ONE, 0).symmetrieAb()).isEqualTo(3);
  }

  @Test
  @DisplayName("treat 2.0 and 2 as the same variance")
  void skala() {
    assertThat(Ueberlagerungsparameter.of(4, new BigDecimal("2.00"), 2))
        .isEqualTo(Ueberlagerungsparameter.standard());
  }

  @Test
  @DisplayName("withers change one parameter and check the three together")
  void withers() {
    Ueberlagerungsparameter p = Ueberlagerungsparameter.standard();
    assertThat(p.withMaximaleAbweichung(5))
        .isEqualTo(Ueberlagerungsparameter.of(5, BigDecimal.valueOf(2), 2));
    assertThat(p.withVarianz(new BigDecimal("2.5")))
        .isEqualTo(Ueberlagerungsparameter.of(4, new BigDecimal("2.5"), 2));
    assertThat(p.withSperrbereich(0))
        .isEqualTo(Ueberlagerungsparameter.of(4, BigDecimal.valueOf(2), 0));
    // js must stay below D, V at most D(D+1)/3
    assertThatThrownBy(() -> p.withMaximaleAbweichung(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withSperrbereich(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withVarianz(BigDecimal.valueOf(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("read back their text form, with or without spaces")
  void parse() {
    Ueberlagerungsparameter p = Ueberlagerungsparameter.of(5, new BigDecimal("2.5"), 1);
    assertThat(Ueberlagerungsparameter.parse(p.toString())).isEqualTo(p);
    assertThat(Ueberlagerungsparameter.parse("D=4,V=2,js=2"))
        .isEqualTo(Ueberlagerungsparameter.standard());
    assertThatThrownBy(() -> Ueberlagerungsparameter.parse("D=4; V=2; js=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'D=4; V=2; js=2'");
  }

  @ParameterizedTest(name = "D={0}, V={1}, js={2}")
  @CsvSource({
    "0, 1, 0, 'D = 0'",
    "21, 1, 0, 'D = 21'",
    "3, 1, 3, 'js = 3'",
    "3, 1, -1, 'js = -1'",
    "3, 0, 0, 'V = 0'",
    "3, -0.5, 0, 'V = -0.5'",
    "3, 4.01, 0, 'V = 4.01'",
    "1, 0.7, 0, 'V = 0.7'"
  })
  @DisplayName("reject a parameter out of range, naming it and its value")
  void ungueltig(int d, String v, int js, String erwartet) {
    assertThatThrownBy(() -> Ueberlagerungsparameter.of(d, new BigDecimal(v), js))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(erwartet);
  }

  @Test
  @DisplayName("accept the largest variance, that of uniform noise on −D…D")
  void groessteVarianz() {
    assertThat(Ueberlagerungsparameter.of(3, BigDecimal.valueOf(4), 0).varianz())
        .isEqualByComparingTo("4");
    assertThat(Ueberlagerungsparameter.of(1, new BigDecimal("0.66"), 0).varianz())
        .isEqualByComparingTo("0.66");
  }
}
