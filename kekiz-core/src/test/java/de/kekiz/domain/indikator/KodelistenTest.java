package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("code lists")
class KodelistenTest {

  @Nested
  @DisplayName("ConfStatus")
  class Vertraulichkeit {

    @ParameterizedTest
    @EnumSource(ConfStatus.class)
    @DisplayName("allows publication for F only")
    void veroeffentlichbar(ConfStatus status) {
      assertThat(status.veroeffentlichbar()).isEqualTo(status == ConfStatus.F);
    }

    @ParameterizedTest
    @EnumSource(ConfStatus.class)
    @DisplayName("reads back its SDMX code")
    void code(ConfStatus status) {
      assertThat(ConfStatus.parse(status.code())).isSameAs(status);
      assertThat(status.bezeichnung()).isNotBlank();
    }

    @Test
    @DisplayName("has the six SDMX codes with German labels")
    void codes() {
      assertThat(Arrays.stream(ConfStatus.values()).map(ConfStatus::code))
          .containsExactly("F", "C", "A", "D", "S", "N");
      assertThat(ConfStatus.N.bezeichnung()).isEqualTo("nicht zur Veröffentlichung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"f", "X", "", "FF"})
    @DisplayName("rejects an unknown code, quoting it")
    void unbekannt(String code) {
      assertThatThrownBy(() -> ConfStatus.parse(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + code + "'");
    }
  }

  @Nested
  @DisplayName("ObsStatus")
  class Beobachtung {

    @ParameterizedTest
    @EnumSource(ObsStatus.class)
    @DisplayName("reads back its SDMX code")
    void code(ObsStatus status) {
      assertThat(ObsStatus.parse(status.code())).isSameAs(status);
      assertThat(status.bezeichnung()).isNotBlank();
    }

    @Test
    @DisplayName("has the six SDMX codes with German labels")
    void codes() {
      assertThat(Arrays.stream(ObsStatus.values()).map(ObsStatus::code))
          .containsExactly("A", "B", "E", "P", "M", "F");
      assertThat(ObsStatus.E.bezeichnung()).isEqualTo("geschätzter Wert");
      assertThat(ObsStatus.B.bezeichnung()).isEqualTo("Zeitreihenbruch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "X", "", "AA"})
    @DisplayName("rejects an unknown code, quoting it")
    void unbekannt(String code) {
      assertThatThrownBy(() -> ObsStatus.parse(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + code + "'");
    }
  }

  @Test
  @DisplayName("Periodizitaet knows its length and periods per year")
  void periodizitaet() {
    assertThat(Arrays.stream(Periodizitaet.values()).map(Periodizitaet::periodenProJahr))
        .containsExactly(1, 2, 4, 12, 1);
    assertThat(Arrays.stream(Periodizitaet.values()).map(Periodizitaet::monate))
        .containsExactly(12, 6, 3, 1, 12);
    assertThat(Periodizitaet.HALBJAEHRLICH.bezeichnung()).isEqualTo("halbjährlich");
  }

  @Test
  @DisplayName("Polaritaet and RaeumlicheEbene have German labels")
  void bezeichnungen() {
    assertThat(Polaritaet.HOEHER_IST_SCHLECHTER.bezeichnung()).isEqualTo("höher ist schlechter");
    assertThat(Polaritaet.NEUTRAL.bezeichnung()).contains("Kontext");
    assertThat(Arrays.stream(RaeumlicheEbene.values()).map(RaeumlicheEbene::bezeichnung))
        .containsExactly("Sozialraum", "Gemeinde", "Jugendamtsbezirk", "Kreis", "Land");
  }
}
