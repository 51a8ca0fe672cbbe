package de.kekiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Zeitraum")
class ZeitraumTest {

  private static final LocalDate A = LocalDate.of(2017, 1, 1);
  private static final LocalDate B = LocalDate.of(2018, 12, 31);

  @Nested
  @DisplayName("text form")
  class Text {
    @Test
    @DisplayName("writes and reads back a closed period")
    void closedRoundTrip() {
      Zeitraum z = Zeitraum.of(A, B);
      assertThat(z).hasToString("2017-01-01..2018-12-31");
      assertThat(Zeitraum.parse(z.toString())).isEqualTo(z);
    }

    @Test
    @DisplayName("writes and reads back an open-ended period")
    void openRoundTrip() {
      Zeitraum z = Zeitraum.ab(A);
      assertThat(z).hasToString("2017-01-01..");
      assertThat(Zeitraum.parse("2017-01-01..")).isEqualTo(z);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2017-01-01",
          "2017-01-01-2018-12-31",
          "..2018-12-31",
          "2017-13-01..",
          "2017-01-01..2018-12-32",
          "01.01.2017..31.12.2018",
          ""
        })
    @DisplayName("rejects malformed text, quoting it")
    void rejectsMalformed(String text) {
      assertThatThrownBy(() -> Zeitraum.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'")
          .hasMessageContaining("yyyy-mm-dd");
    }

    @Test
    @DisplayName("rejects text whose end lies before its start, quoting both days")
    void rejectsReversedText() {
      assertThatThrownBy(() -> Zeitraum.parse("2018-12-31..2017-01-01"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2018-12-31")
          .hasMessageContaining("2017-01-01");
    }
  }

  @Nested
  @DisplayName("construction")
  class Construction {
    @Test
    @DisplayName("accepts a period of a single day")
    void singleDay() {
      assertThat(Zeitraum.of(A, A).enthaelt(A)).isTrue();
    }

    @Test
    @DisplayName("rejects an end before the start, quoting both days")
    void rejectsEndBeforeStart() {
      assertThatThrownBy(() -> Zeitraum.of(B, A))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2018-12-31")
          .hasMessageContaining("2017-01-01");
    }

    @Test
    @DisplayName("rejects a missing start, and a missing end in 'of'")
    void rejectsNulls() {
      assertThatThrownBy(() -> new Zeitraum(null, B))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("von");
      assertThatThrownBy(() -> Zeitraum.of(A, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("bis");
    }

    @Test
    @DisplayName("gives a calendar year")
    void jahr() {
      assertThat(Zeitraum.jahr(2017)).isEqualTo(Zeitraum.parse("2017-01-01..2017-12-31"));
    }

    @Test
    @DisplayName("tells an open end")
    void ende() {
      assertThat(Zeitraum.ab(A).offen()).isTrue();
      assertThat(Zeitraum.ab(A).ende()).isEmpty();
      assertThat(Zeitraum.of(A, B).offen()).isFalse();
      assertThat(Zeitraum.of(A, B).ende()).contains(B);
    }
  }

  @Nested
  @DisplayName("relations")
  class Relations {
    @Test
    @DisplayName("contains both end days and nothing outside")
    void enthaelt() {
      Zeitraum z = Zeitraum.of(A, B);
      assertThat(z.enthaelt(A)).isTrue();
      assertThat(z.enthaelt(B)).isTrue();
      assertThat(z.enthaelt(A.minusDays(1))).isFalse();
      assertThat(z.enthaelt(B.plusDays(1))).isFalse();
      assertThat(Zeitraum.ab(A).enthaelt(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    @DisplayName("does not let adjacent periods overlap, but periods sharing one day do")
    void ueberlappt() {
      Zeitraum alt = Zeitraum.parse("2010-01-01..2019-12-31");
      Zeitraum neu = Zeitraum.parse("2020-01-01..");
      assertThat(alt.ueberlappt(neu)).isFalse();
      assertThat(neu.ueberlappt(alt)).isFalse();
      Zeitraum einTag = Zeitraum.parse("2019-12-31..2020-06-30");
      assertThat(alt.ueberlappt(einTag)).isTrue();
      assertThat(einTag.ueberlappt(alt)).isTrue();
      assertThat(Zeitraum.ab(A).ueberlappt(Zeitraum.ab(B))).isTrue();
      assertThat(Zeitraum.ab(B).ueberlappt(Zeitraum.of(A, B))).isTrue();
    }

    @Test
    @DisplayName("knows which periods it covers")
    void umfasst() {
      Zeitraum z = Zeitraum.of(A, B);
      assertThat(z.umfasst(Zeitraum.jahr(2017))).isTrue();
      assertThat(z.umfasst(z)).isTrue();
      assertThat(z.umfasst(Zeitraum.jahr(2019))).isFalse();
      assertThat(z.umfasst(Zeitraum.ab(A))).isFalse();
      assertThat(Zeitraum.ab(A).umfasst(Zeitraum.ab(B))).isTrue();
      assertThat(Zeitraum.ab(B).umfasst(Zeitraum.jahr(2017))).isFalse();
    }

    @Test
    @DisplayName("orders by start, then by end with open ends last")
    void ordnung() {
      Zeitraum offen = Zeitraum.ab(A);
      Zeitraum kurz = Zeitraum.jahr(2017);
      Zeitraum lang = Zeitraum.of(A, B);
      Zeitraum spaeter = Zeitraum.jahr(2018);
      List<Zeitraum> liste = new ArrayList<>(List.of(spaeter, offen, lang, kurz));
      liste.sort(null);
      assertThat(liste).containsExactly(kurz, lang, offen, spaeter);
      assertThat(offen.compareTo(Zeitraum.ab(A))).isZero();
    }
  }

  @Nested
  @DisplayName("validity of a part that may carry none")
  class Gilt {
    @Test
    @DisplayName("counts the first and the last day, not the day before or after")
    void grenzen() {
      Zeitraum z = Zeitraum.of(A, B);
      assertThat(Zeitraum.gilt(z, A)).isTrue();
      assertThat(Zeitraum.gilt(z, B)).isTrue();
      assertThat(Zeitraum.gilt(z, A.minusDays(1))).isFalse();
      assertThat(Zeitraum.gilt(z, B.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("an open-ended validity holds from its first day on, not before")
    void offen() {
      assertThat(Zeitraum.gilt(Zeitraum.ab(A), LocalDate.of(2999, 12, 31))).isTrue();
      assertThat(Zeitraum.gilt(Zeitraum.ab(A), A.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("a validity not recorded holds on every day")
    void ohne() {
      assertThat(Zeitraum.gilt(null, LocalDate.of(1900, 1, 1))).isTrue();
      assertThat(Zeitraum.gilt(null, LocalDate.of(2999, 12, 31))).isTrue();
    }
  }
}
