package de.kekiz.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Gebiet")
class GebietTest {

  @ParameterizedTest
  @ValueSource(strings = {"05", "05978", "05315000", "05315000:404@1"})
  @DisplayName("reads back what toString writes")
  void rundreise(String text) {
    assertThat(Gebiet.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "00", "17", "0597", "0531500x", "05315000:@1", ""})
  @DisplayName("rejects malformed text, quoting it")
  void falsch(String text) {
    assertThatThrownBy(() -> Gebiet.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  @DisplayName("knows its level and orders from Land to Sozialraum")
  void ebenenUndOrdnung() {
    List<Gebiet> g =
        new ArrayList<>(
            List.of(
                Gebiet.parse("05315000:404@1"),
                Gebiet.parse("05315000"),
                Gebiet.parse("05"),
                Gebiet.parse("05978"),
                Gebiet.parse("05111000")));
    g.sort(null);
    assertThat(g)
        .extracting(Gebiet::toString)
        .containsExactly("05", "05978", "05111000", "05315000", "05315000:404@1");
    assertThat(g)
        .extracting(Gebiet::ebene)
        .containsExactly(
            RaeumlicheEbene.LAND,
            RaeumlicheEbene.KREIS,
            RaeumlicheEbene.GEMEINDE,
            RaeumlicheEbene.GEMEINDE,
            RaeumlicheEbene.SOZIALRAUM);
    assertThat(Gebiet.von(Raumbezug.parse("05315000"))).isEqualTo(Gebiet.parse("05315000"));
    assertThat(((KommuneGebiet) Gebiet.parse("05315000")).kommune())
        .isEqualTo(Gemeindeschluessel.parse("05315000"));
    assertThat(((LandGebiet) Gebiet.parse("05")).schluessel()).isEqualTo("05");
    assertThat(Gebiet.von(Raumbezug.parse("05315000:404@1")))
        .isEqualTo(Gebiet.parse("05315000:404@1"));
    assertThat(LandGebiet.NRW).isEqualTo(Gebiet.land("05"));
    assertThat(
            Gebiet.von(
                new KommuneBezug(de.kekiz.domain.kommune.Gemeindeschluessel.parse("05315000"))))
        .isInstanceOf(KommuneGebiet.class);
  }
}
