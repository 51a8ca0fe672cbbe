package de.kekiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Altersspanne")
class AltersspanneTest {

  @Nested
  @DisplayName("text form")
  class Text {
    @ParameterizedTest
    @ValueSource(strings = {"0-2", "6-14", "80+", "0-0", "0+", "130-130"})
    @DisplayName("reads back what it writes")
    void roundTrip(String text) {
      assertThat(Altersspanne.parse(text)).hasToString(text);
    }

    @Test
    @DisplayName("ignores whitespace around the numbers")
    void whitespace() {
      assertThat(Altersspanne.parse(" 6 - 14 ")).isEqualTo(Altersspanne.of(6, 14));
      assertThat(Altersspanne.parse(" 80 + ")).isEqualTo(Altersspanne.ab(80));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "", "a-b", "-5", "6-", "sechs+", "+", "6..14"})
    @DisplayName("rejects malformed text, quoting it")
    void rejectsMalformed(String text) {
      assertThatThrownBy(() -> Altersspanne.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'")
          .hasMessageContaining("'6-14' or '80+'");
    }

    @Test
    @DisplayName("rejects a reversed range read from text, quoting the upper age")
    void rejectsReversed() {
      assertThatThrownBy(() -> Altersspanne.parse("14-6"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 6");
    }
  }

  @Nested
  @DisplayName("construction")
  class Construction {
    @Test
    @DisplayName("gives children under three as 0-2")
    void unter() {
      assertThat(Altersspanne.unter(3)).isEqualTo(Altersspanne.of(0, 2));
      assertThat(Altersspanne.unter(1)).hasToString("0-0");
    }

    @Test
    @DisplayName("rejects 'unter 0', quoting the number")
    void unterNull() {
      assertThatThrownBy(() -> Altersspanne.unter(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
    }

    @Test
    @DisplayName("rejects a negative or implausibly high lower age, quoting it")
    void rejectsVon() {
      assertThatThrownBy(() -> Altersspanne.of(-1, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -1");
      assertThatThrownBy(() -> Altersspanne.ab(131))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 131");
    }

    @Test
    @DisplayName("rejects an upper age below the lower one or above the limit, quoting it")
    void rejectsBis() {
      assertThatThrownBy(() -> Altersspanne.of(6, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 5");
      assertThatThrownBy(() -> Altersspanne.of(6, 131))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 131");
    }
  }

  @Nested
  @DisplayName("relations")
  class Relations {
    @Test
    @DisplayName("contains both end ages; an open range contains every higher age")
    void enthaelt() {
      Altersspanne s = Altersspanne.of(6, 14);
      assertThat(s.enthaelt(6)).isTrue();
      assertThat(s.enthaelt(14)).isTrue();
      assertThat(s.enthaelt(5)).isFalse();
      assertThat(s.enthaelt(15)).isFalse();
      assertThat(Altersspanne.ab(80).enthaelt(130)).isTrue();
      assertThat(Altersspanne.ab(80).enthaelt(79)).isFalse();
    }

    @Test
    @DisplayName("covers ranges inside it, open or closed")
    void umfasst() {
      assertThat(Altersspanne.of(0, 5).umfasst(Altersspanne.of(0, 2))).isTrue();
      assertThat(Altersspanne.of(0, 5).umfasst(Altersspanne.of(0, 5))).isTrue();
      assertThat(Altersspanne.of(0, 5).umfasst(Altersspanne.of(3, 6))).isFalse();
      assertThat(Altersspanne.of(0, 5).umfasst(Altersspanne.ab(3))).isFalse();
      assertThat(Altersspanne.ab(80).umfasst(Altersspanne.of(80, 89))).isTrue();
      assertThat(Altersspanne.ab(80).umfasst(Altersspanne.ab(90))).isTrue();
      assertThat(Altersspanne.ab(80).umfasst(Altersspanne.of(79, 89))).isFalse();
    }

    @Test
    @DisplayName("overlaps when the ranges share an age")
    void ueberlappt() {
      assertThat(Altersspanne.of(0, 2).ueberlappt(Altersspanne.of(2, 5))).isTrue();
      assertThat(Altersspanne.of(0, 2).ueberlappt(Altersspanne.of(3, 5))).isFalse();
      assertThat(Altersspanne.of(3, 5).ueberlappt(Altersspanne.of(0, 2))).isFalse();
      assertThat(Altersspanne.ab(80).ueberlappt(Altersspanne.of(70, 80))).isTrue();
      assertThat(Altersspanne.of(70, 79).ueberlappt(Altersspanne.ab(80))).isFalse();
      assertThat(Altersspanne.ab(80).ueberlappt(Altersspanne.ab(90))).isTrue();
    }

    @Test
    @DisplayName("orders by lower age, then by upper age with open ranges last")
    void ordnung() {
      List<Altersspanne> liste =
          new ArrayList<>(
              List.of(Altersspanne.ab(0), Altersspanne.of(3, 5), Altersspanne.of(0, 2)));
      liste.sort(null);
      assertThat(liste).extracting(Altersspanne::toString).containsExactly("0-2", "0+", "3-5");
    }
  }
}
