package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SozialraumId")
class SozialraumIdTest {

  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");

  @ParameterizedTest
  @ValueSource(
      strings = {"05315000:404", "05315000:1", "05978036:koenigsborn_sued.2", "05570004:A-1"})
  @DisplayName("reads back the text it writes")
  void roundTrip(String text) {
    SozialraumId id = SozialraumId.parse(text);
    assertThat(id).hasToString(text);
    assertThat(SozialraumId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  @DisplayName("splits into Kommune and code")
  void teile() {
    SozialraumId id = SozialraumId.parse("05315000:404");
    assertThat(id.kommune()).isEqualTo(KOELN);
    assertThat(id.code()).isEqualTo("404");
    assertThat(SozialraumId.of(KOELN, "404")).isEqualTo(id);
  }

  @Test
  @DisplayName("rejects text without a colon, quoting it")
  void ohneDoppelpunkt() {
    assertThatThrownBy(() -> SozialraumId.parse("05315000-404"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'05315000-404'")
        .hasMessageContaining("'<AGS>:<code>'");
  }

  @Test
  @DisplayName("rejects a bad AGS, quoting it")
  void schlechterAgs() {
    assertThatThrownBy(() -> SozialraumId.parse("0531500:404"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0531500'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Mülheim", "4 04", "404:1", "404@2"})
  @DisplayName("rejects an empty code or one with other characters, quoting it")
  void schlechterCode(String code) {
    assertThatThrownBy(() -> SozialraumId.of(KOELN, code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'");
  }

  @Test
  @DisplayName("accepts 40 characters of code and rejects 41")
  void laenge() {
    assertThat(SozialraumId.of(KOELN, "a".repeat(40)).code()).hasSize(40);
    assertThatThrownBy(() -> SozialraumId.of(KOELN, "a".repeat(41)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a".repeat(41));
  }

  @Test
  @DisplayName("orders by Kommune, then by code")
  void ordnung() {
    List<SozialraumId> liste =
        new ArrayList<>(
            List.of(
                SozialraumId.parse("05978036:1"),
                SozialraumId.parse("05315000:404"),
                SozialraumId.parse("05315000:101")));
    liste.sort(null);
    assertThat(liste)
        .extracting(SozialraumId::toString)
        .containsExactly("05315000:101", "05315000:404", "05978036:1");
  }
}
