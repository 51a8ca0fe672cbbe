package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Periode")
class PeriodeTest {

  /** A random period of a random kind in 1990..2059, from a seeded generator. */
  private static Periode zufaellig(Random random) {
    Periodizitaet art = Periodizitaet.values()[random.nextInt(Periodizitaet.values().length)];
    return Periode.of(art, 1990 + random.nextInt(70), 1 + random.nextInt(art.periodenProJahr()));
  }

  @Nested
  @DisplayName("text form")
  class Text {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "2023,    JAEHRLICH,     2023, 1,  2023-01-01, 2023-12-31",
      "2023-S1, HALBJAEHRLICH, 2023, 1,  2023-01-01, 2023-06-30",
      "2023-S2, HALBJAEHRLICH, 2023, 2,  2023-07-01, 2023-12-31",
      "2023-Q1, QUARTALSWEISE, 2023, 1,  2023-01-01, 2023-03-31",
      "2023-Q2, QUARTALSWEISE, 2023, 2,  2023-04-01, 2023-06-30",
      "2023-Q4, QUARTALSWEISE, 2023, 4,  2023-10-01, 2023-12-31",
      "2023-03, MONATLICH,     2023, 3,  2023-03-01, 2023-03-31",
      "2024-02, MONATLICH,     2024, 2,  2024-02-01, 2024-02-29",
      "2023-12, MONATLICH,     2023, 12, 2023-12-01, 2023-12-31",
      "2023/24, SCHULJAHR,     2023, 1,  2023-08-01, 2024-07-31",
      "1999/00, SCHULJAHR,     1999, 1,  1999-08-01, 2000-07-31",
      "2009/10, SCHULJAHR,     2009, 1,  2009-08-01, 2010-07-31",
    })
    @DisplayName("reads and writes every periodicity, with first and last day")
    void roundTrip(
        String text, Periodizitaet art, int jahr, int nummer, LocalDate beginn, LocalDate ende) {
      Periode p = Periode.parse(text);

      assertThat(p).isEqualTo(new Periode(art, jahr, nummer));
      assertThat(p.toString()).isEqualTo(text);
      assertThat(Periode.parse(p.toString())).isEqualTo(p);
      assertThat(p.beginn()).isEqualTo(beginn);
      assertThat(p.ende()).isEqualTo(ende);
      assertThat(p.zeitraum().toString()).isEqualTo(beginn + ".." + ende);
    }

    @Test
    @DisplayName("reads the school year 2023/24 as 1 August 2023 to 31 July 2024")
    void schuljahr() {
      Periode p = Periode.parse("2023/24");

      assertThat(p).isEqualTo(Periode.schuljahr(2023));
      assertThat(p.beginn()).isEqualTo(LocalDate.of(2023, 8, 1));
      assertThat(p.ende()).isEqualTo(LocalDate.of(2024, 7, 31));
    }

    @Test
    @DisplayName("rejects the school year 2023/25, naming the expected 2023/24")
    void schuljahrMitFalschemFolgejahr() {
      assertThatThrownBy(() -> Periode.parse("2023/25"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'2023/25'")
          .hasMessageContaining("'2023/24'");
    }

    @Test
    @DisplayName("ignores surrounding whitespace")
    void leerraum() {
      assertThat(Periode.parse(" 2023-Q2\t")).isEqualTo(Periode.quartal(2023, 2));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "", "23", "20233", "2023/2024", "2023-Q5", "2023-Q0", "2023-S3", "2023-S0", "2023-13",
          "2023-00", "2023-3", "2023-q2", "2023-s1", "2023Q2", "2023-W1", "abcd", "0999", "2023/2",
          "2023-Qx", "２０２３", "2023_Q2"
        })
    @DisplayName("rejects malformed text, quoting it")
    void ungueltig(String text) {
      assertThatThrownBy(() -> Periode.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("round-trips random periods of every kind")
    void zufaelligeRoundTrips() {
      Random random = new Random(20230801L);
      for (int i = 0; i < 2_000; i++) {
        Periode p = zufaellig(random);
        assertThat(Periode.parse(p.toString())).isEqualTo(p);
      }
    }
  }

  @Nested
  @DisplayName("construction")
  class Konstruktion {

    @Test
    @DisplayName("offers a factory for every kind")
    void fabriken() {
      assertThat(Periode.jahr(2023)).isEqualTo(Periode.of(Periodizitaet.JAEHRLICH, 2023, 1));
      assertThat(Periode.halbjahr(2023, 2))
          .isEqualTo(Periode.of(Periodizitaet.HALBJAEHRLICH, 2023, 2));
      assertThat(Periode.quartal(2023, 3))
          .isEqualTo(Periode.of(Periodizitaet.QUARTALSWEISE, 2023, 3));
      assertThat(Periode.monat(2023, 11)).isEqualTo(Periode.of(Periodizitaet.MONATLICH, 2023, 11));
      assertThat(Periode.schuljahr(2023)).isEqualTo(Periode.of(Periodizitaet.SCHULJAHR, 2023, 1));
    }

    @ParameterizedTest(name = "{0} {1}-{2}")
    @CsvSource({
      "JAEHRLICH,     2023, 2",
      "JAEHRLICH,     2023, 0",
      "HALBJAEHRLICH, 2023, 3",
      "QUARTALSWEISE, 2023, 5",
      "MONATLICH,     2023, 13",
      "MONATLICH,     2023, -1",
      "SCHULJAHR,     2023, 2",
    })
    @DisplayName("rejects a number outside the kind's range, quoting it")
    void nummerAusserhalb(Periodizitaet art, int jahr, int nummer) {
      assertThatThrownBy(() -> new Periode(art, jahr, nummer))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got " + nummer)
          .hasMessageContaining(art.name());
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 10_000, -2023, 0})
    @DisplayName("rejects a year without four digits, quoting it")
    void jahrAusserhalb(int jahr) {
      assertThatThrownBy(() -> Periode.jahr(jahr))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got " + jahr);
    }

    @Test
    @DisplayName("accepts the first and last year")
    void grenzjahre() {
      assertThat(Periode.jahr(Periode.KLEINSTES_JAHR).toString()).isEqualTo("1000");
      assertThat(Periode.monat(Periode.GROESSTES_JAHR, 12).toString()).isEqualTo("9999-12");
    }

    @Test
    @DisplayName("rejects a missing kind")
    void ohneArt() {
      assertThatThrownBy(() -> new Periode(null, 2023, 1))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("art");
    }
  }

  @Nested
  @DisplayName("next and previous")
  class Folge {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "2023,    2024",
      "2023-S1, 2023-S2",
      "2023-S2, 2024-S1",
      "2023-Q3, 2023-Q4",
      "2023-Q4, 2024-Q1",
      "2023-11, 2023-12",
      "2023-12, 2024-01",
      "2023/24, 2024/25",
      "1999/00, 2000/01",
      "2099/00, 2100/01",
    })
    @DisplayName("steps across year boundaries in both directions")
    void naechsteUndVorige(String von, String nach) {
      Periode p = Periode.parse(von);
      Periode q = Periode.parse(nach);

      assertThat(p.naechste()).isEqualTo(q);
      assertThat(q.vorige()).isEqualTo(p);
    }

    @Test
    @DisplayName("leaves no gap: each period starts the day after its predecessor ends")
    void lueckenlos() {
      Random random = new Random(42L);
      for (int i = 0; i < 2_000; i++) {
        Periode p = zufaellig(random);
        assertThat(p.naechste().beginn()).isEqualTo(p.ende().plusDays(1));
        assertThat(p.naechste().vorige()).isEqualTo(p);
        assertThat(p.vorige().naechste()).isEqualTo(p);
      }
    }

    @Test
    @DisplayName("refuses to step beyond the four-digit years")
    void grenze() {
      assertThatThrownBy(() -> Periode.monat(9999, 12).naechste())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("10000");
      assertThatThrownBy(() -> Periode.quartal(1000, 1).vorige())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("999");
    }
  }

  @Nested
  @DisplayName("days")
  class Tage {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
      "JAEHRLICH,     2023-06-30, 2023",
      "HALBJAEHRLICH, 2023-06-30, 2023-S1",
      "HALBJAEHRLICH, 2023-07-01, 2023-S2",
      "QUARTALSWEISE, 2023-06-30, 2023-Q2",
      "QUARTALSWEISE, 2023-10-01, 2023-Q4",
      "MONATLICH,     2024-02-29, 2024-02",
      "SCHULJAHR,     2024-07-31, 2023/24",
      "SCHULJAHR,     2024-08-01, 2024/25",
      "SCHULJAHR,     2024-01-15, 2023/24",
    })
    @DisplayName("finds the period containing a day")
    void am(Periodizitaet art, LocalDate tag, String erwartet) {
      assertThat(Periode.am(art, tag)).hasToString(erwartet);
    }

    @ParameterizedTest
    @EnumSource(Periodizitaet.class)
    @DisplayName("puts every day into exactly the period that contains it")
    void amEnthaelt(Periodizitaet art) {
      Random random = new Random(7L + art.ordinal());
      for (int i = 0; i < 1_000; i++) {
        LocalDate tag = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000));
        Periode p = Periode.am(art, tag);
        assertThat(p.enthaelt(tag)).isTrue();
        assertThat(p.naechste().enthaelt(tag)).isFalse();
        assertThat(p.vorige().enthaelt(tag)).isFalse();
      }
    }

    @Test
    @DisplayName("tells whether a day lies inside")
    void enthaelt() {
      Periode p = Periode.quartal(2023, 2);

      assertThat(p.enthaelt(LocalDate.of(2023, 4, 1))).isTrue();
      assertThat(p.enthaelt(LocalDate.of(2023, 6, 30))).isTrue();
      assertThat(p.enthaelt(LocalDate.of(2023, 3, 31))).isFalse();
      assertThat(p.enthaelt(LocalDate.of(2023, 7, 1))).isFalse();
    }

    @Test
    @DisplayName("finds the reference day in a year and in a school year")
    void stichtag() {
      MonthDay maerz = MonthDay.of(3, 1);

      assertThat(Periode.jahr(2023).stichtag(maerz)).isEqualTo(LocalDate.of(2023, 3, 1));
      assertThat(Periode.schuljahr(2023).stichtag(maerz)).isEqualTo(LocalDate.of(2024, 3, 1));
      assertThat(Periode.schuljahr(2023).stichtag(MonthDay.of(10, 15)))
          .isEqualTo(LocalDate.of(2023, 10, 15));
      assertThat(Periode.quartal(2023, 1).stichtag(maerz)).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    @DisplayName("takes 28 February for a 29 February reference day in a common year")
    void schalttag() {
      MonthDay schalttag = MonthDay.of(2, 29);

      assertThat(Periode.jahr(2023).stichtag(schalttag)).isEqualTo(LocalDate.of(2023, 2, 28));
      assertThat(Periode.jahr(2024).stichtag(schalttag)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    @DisplayName("rejects a reference day the period does not hold, quoting both")
    void stichtagAusserhalb() {
      assertThatThrownBy(() -> Periode.quartal(2023, 2).stichtag(MonthDay.of(3, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2023-Q2")
          .hasMessageContaining("--03-01");
    }
  }

  @Nested
  @DisplayName("order")
  class Ordnung {

    @Test
    @DisplayName("sorts by first day, then by kind")
    void sortierung() {
      List<Periode> perioden =
          new ArrayList<>(
              List.of(
                  Periode.parse("2023/24"),
                  Periode.parse("2023-03"),
                  Periode.parse("2023-Q1"),
                  Periode.parse("2023"),
                  Periode.parse("2022/23"),
                  Periode.parse("2023-S1"),
                  Periode.parse("2022")));
      Collections.sort(perioden);

      assertThat(perioden)
          .extracting(Periode::toString)
          .containsExactly("2022", "2022/23", "2023", "2023-S1", "2023-Q1", "2023-03", "2023/24");
    }

    @Test
    @DisplayName("is consistent with equals")
    void konsistent() {
      Random random = new Random(99L);
      for (int i = 0; i < 5_000; i++) {
        Periode a = zufaellig(random);
        Periode b =
            random.nextBoolean() ? Periode.of(a.art(), a.jahr(), a.nummer()) : zufaellig(random);
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(Integer.signum(a.compareTo(b)))
            .isEqualTo(
                a.beginn().equals(b.beginn())
                    ? Integer.signum(a.art().compareTo(b.art()))
                    : Integer.signum(a.beginn().compareTo(b.beginn())));
      }
    }
  }
}
