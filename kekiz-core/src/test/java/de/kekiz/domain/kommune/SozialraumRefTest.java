package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SozialraumRef")
class SozialraumRefTest {

  private static final SozialraumId EHRENFELD_404 = SozialraumId.parse("05315000:404");

  @Test
  @DisplayName("reads back '05315000:404@2'")
  void roundTrip() {
    SozialraumRef ref = SozialraumRef.parse("05315000:404@2");
    assertThat(ref.id()).isEqualTo(EHRENFELD_404);
    assertThat(ref.gebietsstand()).isEqualTo(2);
    assertThat(ref).hasToString("05315000:404@2").isEqualTo(SozialraumRef.of(EHRENFELD_404, 2));
    assertThat(SozialraumRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  @DisplayName("rejects text without '@', quoting it")
  void ohneAt() {
    assertThatThrownBy(() -> SozialraumRef.parse("05315000:404"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'05315000:404'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"05315000:404@", "05315000:404@zwei", "05315000:404@1.5"})
  @DisplayName("rejects a Gebietsstand that is not a number, quoting the text")
  void keineZahl(String text) {
    assertThatThrownBy(() -> SozialraumRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  @DisplayName("rejects a Gebietsstand below 1, quoting it")
  void unterEins(int stand) {
    assertThatThrownBy(() -> SozialraumRef.of(EHRENFELD_404, stand))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got " + stand)
        .hasMessageContaining("05315000:404");
  }

  @Test
  @DisplayName("orders by Sozialraum, then by Gebietsstand")
  void ordnung() {
    List<SozialraumRef> liste =
        new ArrayList<>(
            List.of(
                SozialraumRef.parse("05315000:404@10"),
                SozialraumRef.parse("05315000:404@2"),
                SozialraumRef.parse("05315000:101@3")));
    liste.sort(null);
    assertThat(liste)
        .extracting(SozialraumRef::toString)
        .containsExactly("05315000:101@3", "05315000:404@2", "05315000:404@10");
  }
}
