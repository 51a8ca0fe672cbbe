package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("IndikatorRef")
class IndikatorRefTest {

  @Test
  @DisplayName("writes key@version and reads it back")
  void roundTrip() {
    IndikatorRef ref = IndikatorRef.of("sgb2-quote-u15", 2);

    assertThat(ref.toString()).isEqualTo("sgb2-quote-u15@2");
    assertThat(IndikatorRef.parse("sgb2-quote-u15@2")).isEqualTo(ref);
    assertThat(IndikatorRef.parse(" sgb2-quote-u15@2 ")).isEqualTo(ref);
    assertThat(ref.key()).isEqualTo(IndikatorKey.of("sgb2-quote-u15"));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "sgb2-quote-u15",
        "sgb2-quote-u15@0",
        "sgb2-quote-u15@-1",
        "sgb2-quote-u15@x",
        "@1",
        "Sgb2@1",
        "sgb2-quote-u15@",
        "sgb2@1@2"
      })
  @DisplayName("rejects malformed text, quoting it")
  void ungueltig(String text) {
    assertThatThrownBy(() -> IndikatorRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("rejects a version below 1, quoting it")
  void versionNull() {
    assertThatThrownBy(() -> IndikatorRef.of("hze-eckwert", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0")
        .hasMessageContaining("hze-eckwert");
  }

  @Test
  @DisplayName("sorts by key, then numerically by version")
  void ordnung() {
    List<IndikatorRef> refs =
        new ArrayList<>(
            List.of(
                IndikatorRef.of("sgb2-quote-u15", 10),
                IndikatorRef.of("sgb2-quote-u15", 2),
                IndikatorRef.of("betreuungsquote-u3", 1)));
    Collections.sort(refs);

    assertThat(refs)
        .extracting(IndikatorRef::toString)
        .containsExactly("betreuungsquote-u3@1", "sgb2-quote-u15@2", "sgb2-quote-u15@10");
  }
}
