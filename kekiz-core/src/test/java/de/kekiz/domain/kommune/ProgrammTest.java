package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Programm, Foerderung and Bevoelkerungsstand")
class ProgrammTest {

  @Nested
  @DisplayName("Programm")
  class ProgrammKlasse {
    @Test
    @DisplayName("knows KeKiz and kinderstark by key and official name")
    void konstanten() {
      assertThat(Programm.KEKIZ.key()).isEqualTo("kekiz");
      assertThat(Programm.KEKIZ.name())
          .isEqualTo("Kein Kind zurücklassen! Kommunen in NRW beugen vor");
      assertThat(Programm.KINDERSTARK.key()).isEqualTo("kinderstark");
      assertThat(Programm.KINDERSTARK.name()).isEqualTo("kinderstark – NRW schafft Chancen");
      assertThat(Programm.of("kekiz", Programm.KEKIZ.name())).isEqualTo(Programm.KEKIZ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KeKiz", "1kekiz", "kein kind", "kekiz_2", "kinderstärk"})
    @DisplayName("rejects a key that is not lower-case kebab case, quoting it")
    void schlechterKey(String key) {
      assertThatThrownBy(() -> Programm.of(key, "Name"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + key + "'");
    }

    @Test
    @DisplayName("accepts a key of 40 characters and rejects 41")
    void keyLaenge() {
      assertThat(Programm.of("k" + "e".repeat(39), "Name").key()).hasSize(40);
      assertThatThrownBy(() -> Programm.of("k" + "e".repeat(40), "Name"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("rejects a blank name, quoting it")
    void leererName() {
      assertThatThrownBy(() -> Programm.of("kekiz", "  "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'  '");
    }
  }

  @Nested
  @DisplayName("Foerderung")
  class FoerderungKlasse {
    @Test
    @DisplayName("holds year, source and amount (the ESF flat rate of 2017)")
    void gut() {
      Foerderung f = Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39"));
      assertThat(f.jahr()).isEqualTo(2017);
      assertThat(f.quelle()).isEqualTo(Finanzierungsquelle.ESF);
      assertThat(f.betrag()).isEqualTo(Geldbetrag.of("29958.39"));
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 1899, 3000})
    @DisplayName("rejects an implausible year, quoting it")
    void schlechtesJahr(int jahr) {
      assertThatThrownBy(() -> Foerderung.of(jahr, Finanzierungsquelle.LAND, Geldbetrag.of(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got " + jahr);
    }
  }

  @Nested
  @DisplayName("Bevoelkerungsstand")
  class BevoelkerungsstandKlasse {
    @Test
    @DisplayName("accepts a count of 0")
    void null_() {
      assertThat(
              Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), 0).anzahl())
          .isZero();
    }

    @Test
    @DisplayName("rejects a negative count, quoting it")
    void negativ() {
      assertThatThrownBy(
              () -> Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), -4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -4")
          .hasMessageContaining("0-2")
          .hasMessageContaining("2023-12-31");
    }
  }
}
