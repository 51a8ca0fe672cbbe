package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Gemeindeschluessel (AGS)")
class GemeindeschluesselTest {

  @Nested
  @DisplayName("parsing")
  class Parsing {
    @ParameterizedTest
    @ValueSource(strings = {"05978036", "05315000", "05334002", "05570004", "11000000"})
    @DisplayName("reads back the 8 digits it writes")
    void roundTrip(String text) {
      Gemeindeschluessel ags = Gemeindeschluessel.parse(text);
      assertThat(ags).hasToString(text);
      assertThat(Gemeindeschluessel.parse(ags.toString())).isEqualTo(ags);
      assertThat(Gemeindeschluessel.parse(text)).isEqualTo(ags);
    }

    @Test
    @DisplayName("ignores surrounding whitespace")
    void whitespace() {
      assertThat(Gemeindeschluessel.parse(" 05978036\t"))
          .isEqualTo(new Gemeindeschluessel("05978036"));
    }

    @Test
    @DisplayName("rejects an AGS with 7 digits, quoting it")
    void siebenZiffern() {
      assertThatThrownBy(() -> Gemeindeschluessel.parse("0557004"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AGS needs 8 digits")
          .hasMessageContaining("'0557004'");
    }

    @Test
    @DisplayName("rejects an AGS with a letter in it, quoting it and naming the position")
    void buchstabe() {
      assertThatThrownBy(() -> Gemeindeschluessel.parse("0597803O"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'0597803O'")
          .hasMessageContaining("'O' at position 8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "059780360", "05 978036", "05978-36", "٠٥٩٧٨٠٣٦"})
    @DisplayName("rejects anything else that is not 8 ASCII digits, quoting it")
    void sonstiges(String text) {
      assertThatThrownBy(() -> Gemeindeschluessel.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("rejects null with a NullPointerException")
    void rejectsNull() {
      assertThatThrownBy(() -> new Gemeindeschluessel(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("parts")
  class Parts {
    @Test
    @DisplayName("derives Land, Regierungsbezirk, Kreis and Gemeinde part of Unna")
    void unna() {
      Gemeindeschluessel unna = Gemeindeschluessel.parse("05978036");
      assertThat(unna.land()).isEqualTo("05");
      assertThat(unna.inNrw()).isTrue();
      assertThat(unna.regierungsbezirkZiffer()).isEqualTo("9");
      assertThat(unna.regierungsbezirkNrw()).contains(RegierungsbezirkNrw.ARNSBERG);
      assertThat(unna.kreis()).isEqualTo(Kreisschluessel.parse("05978"));
      assertThat(unna.gemeindeteil()).isEqualTo("036");
      assertThat(unna.kreisebene()).isFalse();
    }

    @ParameterizedTest(name = "{0} lies in Regierungsbezirk {1}")
    @CsvSource({
      "05315000, KOELN",
      "05334002, KOELN",
      "05570004, MUENSTER",
      "05513000, MUENSTER",
      "05111000, DUESSELDORF",
      "05170008, DUESSELDORF",
      "05711000, DETMOLD",
      "05978008, ARNSBERG"
    })
    @DisplayName("derives the Regierungsbezirk")
    void regierungsbezirk(String ags, RegierungsbezirkNrw bezirk) {
      assertThat(Gemeindeschluessel.parse(ags).regierungsbezirkNrw()).contains(bezirk);
    }

    @Test
    @DisplayName("gives no Regierungsbezirk for an unknown digit or outside NRW")
    void keinBezirk() {
      assertThat(Gemeindeschluessel.parse("05215000").regierungsbezirkNrw()).isEmpty();
      Gemeindeschluessel berlin = Gemeindeschluessel.parse("11000000");
      assertThat(berlin.inNrw()).isFalse();
      assertThat(berlin.regierungsbezirkNrw()).isEmpty();
    }

    @Test
    @DisplayName("sees the Kreis level in Köln's and Kreis Unna's key, not in Aachen's")
    void kreisebene() {
      assertThat(Gemeindeschluessel.parse("05315000").kreisebene()).isTrue();
      assertThat(Gemeindeschluessel.parse("05978000").kreisebene()).isTrue();
      assertThat(Gemeindeschluessel.parse("05334002").kreisebene()).isFalse();
      assertThat(Gemeindeschluessel.parse("05334002").kreis())
          .isEqualTo(Kreisschluessel.parse("05334"));
    }

    @Test
    @DisplayName("orders by its digits")
    void ordnung() {
      List<Gemeindeschluessel> liste =
          new ArrayList<>(
              List.of(
                  Gemeindeschluessel.parse("05978036"),
                  Gemeindeschluessel.parse("05315000"),
                  Gemeindeschluessel.parse("05978008")));
      liste.sort(null);
      assertThat(liste)
          .extracting(Gemeindeschluessel::toString)
          .containsExactly("05315000", "05978008", "05978036");
    }
  }

  @Nested
  @DisplayName("Regionalschlüssel")
  class Ars {
    @Test
    @DisplayName("turns Unna 05978036 into 059780036036")
    void unna() {
      assertThat(Gemeindeschluessel.parse("05978036").toRegionalschluessel())
          .isEqualTo(Regionalschluessel.parse("059780036036"));
      assertThat(Gemeindeschluessel.parse("05978036").toRegionalschluessel().wert())
          .isEqualTo("059780036036");
    }

    @Test
    @DisplayName("turns Köln 05315000 into 053150000000")
    void koeln() {
      assertThat(Gemeindeschluessel.parse("05315000").toRegionalschluessel())
          .hasToString("053150000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05978036", "05315000", "05334002", "05570004", "05978008"})
    @DisplayName("gives back the AGS from the ARS")
    void zurueck(String text) {
      Gemeindeschluessel ags = Gemeindeschluessel.parse(text);
      assertThat(ags.toRegionalschluessel().toGemeindeschluessel()).isEqualTo(ags);
    }

    @Test
    @DisplayName("refuses a key outside NRW, quoting it")
    void ausserhalbNrw() {
      assertThatThrownBy(() -> Gemeindeschluessel.parse("09162000").toRegionalschluessel())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("'09162000'")
          .hasMessageContaining("outside NRW");
    }
  }

  @Test
  @DisplayName("Regierungsbezirke: digit and German name")
  void regierungsbezirke() {
    assertThat(RegierungsbezirkNrw.vonZiffer("5")).contains(RegierungsbezirkNrw.MUENSTER);
    assertThat(RegierungsbezirkNrw.vonZiffer("2")).isEmpty();
    assertThat(RegierungsbezirkNrw.MUENSTER.bezeichnung()).isEqualTo("Münster");
    assertThat(RegierungsbezirkNrw.DUESSELDORF.ziffer()).isEqualTo("1");
  }
}
