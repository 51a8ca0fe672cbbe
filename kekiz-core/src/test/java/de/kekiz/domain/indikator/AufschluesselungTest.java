package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Aufschluesselung")
class AufschluesselungTest {

  private static final Aufschluesselung MAEDCHEN_U3 =
      Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2")
          .mit(Aufschluesselung.GESCHLECHT, "w");

  @Nested
  @DisplayName("text form")
  class Text {

    @Test
    @DisplayName("writes the total as 'insgesamt' and reads it back")
    void insgesamt() {
      assertThat(Aufschluesselung.INSGESAMT.toString()).isEqualTo("insgesamt");
      assertThat(Aufschluesselung.parse("insgesamt")).isEqualTo(Aufschluesselung.INSGESAMT);
      assertThat(Aufschluesselung.INSGESAMT.istInsgesamt()).isTrue();
      assertThat(Aufschluesselung.INSGESAMT.dimensionen()).isEmpty();
    }

    @Test
    @DisplayName("writes the dimensions sorted, whatever order they were added in")
    void sortiert() {
      Aufschluesselung umgekehrt =
          Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w")
              .mit(Aufschluesselung.ALTERSGRUPPE, "0-2");

      assertThat(MAEDCHEN_U3.toString()).isEqualTo("alter=0-2,geschlecht=w");
      assertThat(umgekehrt.toString()).isEqualTo("alter=0-2,geschlecht=w");
      assertThat(umgekehrt).isEqualTo(MAEDCHEN_U3).hasSameHashCodeAs(MAEDCHEN_U3);
    }

    @Test
    @DisplayName("equal only with the same dimensions and the same codes")
    void gleichheit() {
      Aufschluesselung jungen =
          Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2")
              .mit(Aufschluesselung.GESCHLECHT, "m");
      Aufschluesselung andereDimension =
          Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2").mit("herkunft", "w");

      assertThat(MAEDCHEN_U3)
          .isNotEqualTo(jungen)
          .isNotEqualTo(andereDimension)
          .isNotEqualTo(Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2"))
          .isNotEqualTo(Aufschluesselung.INSGESAMT)
          .isEqualTo(Aufschluesselung.parse("alter=0-2,geschlecht=w"));
      assertThat(Aufschluesselung.INSGESAMT).isEqualTo(Aufschluesselung.of(Map.of()));
    }

    @Test
    @DisplayName("reads entries in any order and writes them sorted")
    void parseUnsortiert() {
      Aufschluesselung a = Aufschluesselung.parse("geschlecht=w,alter=0-2");

      assertThat(a).isEqualTo(MAEDCHEN_U3);
      assertThat(a.toString()).isEqualTo("alter=0-2,geschlecht=w");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "insgesamt",
          "alter=0-2",
          "alter=80+",
          "alter=0-2,geschlecht=w",
          "geschlecht=d",
          "hilfeart=p34,ort=Köln-Mülheim",
          "staatsangehoerigkeit=nicht deutsch",
          "a_1=x,b=ß"
        })
    @DisplayName("round-trips its text form, umlauts and inner spaces included")
    void roundTrip(String text) {
      Aufschluesselung a = Aufschluesselung.parse(text);

      assertThat(a.toString()).isEqualTo(text);
      assertThat(Aufschluesselung.parse(a.toString())).isEqualTo(a);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "",
          "Insgesamt",
          "alter",
          "alter=",
          "=w",
          "alter=0-2,",
          ",alter=0-2",
          "alter=0-2,alter=3-5",
          "Alter=0-2",
          "alter=0-2;geschlecht=w",
          "alter=0=2",
          "alter= 0-2",
          "alter=0-2 ,geschlecht=w"
        })
    @DisplayName("rejects malformed text, quoting it")
    void ungueltig(String text) {
      assertThatThrownBy(() -> Aufschluesselung.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("names the dimension that appears twice")
    void doppelt() {
      assertThatThrownBy(() -> Aufschluesselung.parse("alter=0-2,geschlecht=w,alter=3-5"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'alter' appears twice");
    }
  }

  @Nested
  @DisplayName("dimensions and codes")
  class Bestandteile {

    @Test
    @DisplayName("accepts a valid dimension and code")
    void gueltig() {
      Aufschluesselung a = Aufschluesselung.of("staatsangehoerigkeit_2", "EU-27");

      assertThat(a.code("staatsangehoerigkeit_2")).contains("EU-27");
      assertThat(a.code(Aufschluesselung.GESCHLECHT)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "Alter", "1alter", "_alter", "al-ter", "alter x", "älter"})
    @DisplayName("rejects a dimension that is not [a-z][a-z0-9_]*, quoting it")
    void ungueltigeDimension(String dimension) {
      assertThatThrownBy(() -> Aufschluesselung.of(dimension, "w"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + dimension + "'");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "a,b", "a=b", "a;b", " w", "w ", "\t"})
    @DisplayName("rejects an empty code, one with ',', '=' or ';', or surrounding whitespace")
    void ungueltigerCode(String code) {
      assertThatThrownBy(() -> Aufschluesselung.of(Aufschluesselung.GESCHLECHT, code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + code + "'")
          .hasMessageContaining("'geschlecht'");
    }

    @Test
    @DisplayName("'mit' adds a dimension or replaces its code")
    void mit() {
      Aufschluesselung jungen = MAEDCHEN_U3.mit(Aufschluesselung.GESCHLECHT, "m");

      assertThat(jungen.toString()).isEqualTo("alter=0-2,geschlecht=m");
      assertThat(MAEDCHEN_U3.toString()).isEqualTo("alter=0-2,geschlecht=w");
    }

    @Test
    @DisplayName("'ohne' removes a dimension and ignores an unused one")
    void ohne() {
      assertThat(MAEDCHEN_U3.ohne(Aufschluesselung.GESCHLECHT).toString()).isEqualTo("alter=0-2");
      assertThat(MAEDCHEN_U3.ohne("hilfeart")).isSameAs(MAEDCHEN_U3);
      assertThat(MAEDCHEN_U3.ohne(Aufschluesselung.GESCHLECHT).ohne(Aufschluesselung.ALTERSGRUPPE))
          .isEqualTo(Aufschluesselung.INSGESAMT);
    }

    @Test
    @DisplayName("lists its dimensions sorted")
    void dimensionen() {
      assertThat(MAEDCHEN_U3.dimensionen()).containsExactly("alter", "geschlecht");
    }

    @Test
    @DisplayName("copies any map into the natural order")
    void ausMap() {
      Map<String, String> codes = new HashMap<>();
      codes.put("geschlecht", "w");
      codes.put("alter", "0-2");
      ImmutableSortedMap<String, String> rueckwaerts =
          ImmutableSortedMap.<String, String>orderedBy(Comparator.reverseOrder())
              .put("geschlecht", "w")
              .put("alter", "0-2")
              .buildOrThrow();

      assertThat(Aufschluesselung.of(codes)).isEqualTo(MAEDCHEN_U3);
      assertThat(new Aufschluesselung(rueckwaerts)).isEqualTo(MAEDCHEN_U3);
      assertThat(new Aufschluesselung(rueckwaerts).toString()).isEqualTo("alter=0-2,geschlecht=w");
      assertThat(Aufschluesselung.of(Map.of())).isSameAs(Aufschluesselung.INSGESAMT);
    }

    @Test
    @DisplayName("rejects a missing map")
    void ohneMap() {
      assertThatThrownBy(() -> new Aufschluesselung(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("codes");
    }
  }

  @Test
  @DisplayName("sorts the total first, then entry by entry, a prefix before its extensions")
  void ordnung() {
    List<Aufschluesselung> liste =
        new ArrayList<>(
            List.of(
                Aufschluesselung.parse("geschlecht=w"),
                Aufschluesselung.parse("alter=3-5"),
                Aufschluesselung.parse("alter=0-2,geschlecht=w"),
                Aufschluesselung.INSGESAMT,
                Aufschluesselung.parse("alter=0-2"),
                Aufschluesselung.parse("alter=0-2,geschlecht=m")));
    Collections.sort(liste);

    assertThat(liste)
        .extracting(Aufschluesselung::toString)
        .containsExactly(
            "insgesamt",
            "alter=0-2",
            "alter=0-2,geschlecht=m",
            "alter=0-2,geschlecht=w",
            "alter=3-5",
            "geschlecht=w");
    assertThat(Aufschluesselung.parse("alter=0-2").compareTo(Aufschluesselung.parse("alter=0-2")))
        .isZero();
  }
}
