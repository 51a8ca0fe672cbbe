package de.kekiz.domain.indikator;

import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.kommune.SozialraumRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Raumbezug")
class RaumbezugTest {

  @Test
  @DisplayName("reads an AGS as the whole Kommune")
  void kommune() {
    Raumbezug r = Raumbezug.parse("05315000");

    assertThat(r).isEqualTo(new KommuneBezug(KOELN)).isEqualTo(Raumbezug.of(KOELN));
    assertThat(r.kommune()).isEqualTo(KOELN);
    assertThat(r.toString()).isEqualTo("05315000");
  }

  @Test
  @DisplayName("reads a Sozialraum version and knows its Kommune")
  void sozialraum() {
    Raumbezug r = Raumbezug.parse("05315000:404@1");

    assertThat(r).isInstanceOf(SozialraumBezug.class);
    assertThat(r).isEqualTo(Raumbezug.of(SozialraumRef.parse("05315000:404@1")));
    assertThat(r.kommune()).isEqualTo(KOELN);
    assertThat(r.toString()).isEqualTo("05315000:404@1");
    assertThat(Raumbezug.parse(r.toString())).isEqualTo(r);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"0531500", "05315000:404", "05315000:@1", "05315000:404@0", "Köln", ""})
  @DisplayName("rejects malformed text, quoting it")
  void ungueltig(String text) {
    assertThatThrownBy(() -> Raumbezug.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("sorts by Kommune, the Kommune before its Sozialräume")
  void ordnung() {
    List<Raumbezug> liste =
        new ArrayList<>(
            List.of(
                Raumbezug.parse("05315000:404@2"),
                Raumbezug.parse("05315000"),
                Raumbezug.parse("05513000"),
                Raumbezug.parse("05315000:101@1"),
                Raumbezug.parse("05170008"),
                Raumbezug.parse("05315000:404@1")));
    Collections.sort(liste);

    assertThat(liste)
        .extracting(Raumbezug::toString)
        .containsExactly(
            "05170008",
            "05315000",
            "05315000:101@1",
            "05315000:404@1",
            "05315000:404@2",
            "05513000");
  }

  @Test
  @DisplayName("rejects a missing key")
  void ohneSchluessel() {
    assertThatThrownBy(() -> new KommuneBezug(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SozialraumBezug(null)).isInstanceOf(NullPointerException.class);
  }
}
