package de.kekiz.examples.angriff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Periods as the files write them")
class ZeitraumTest {

  @ParameterizedTest(name = "SDMX ''{0}'' is ''{1}''")
  @CsvSource({
    "2015, 2015",
    "2015-08-01/P1Y, 2015/16",
    "2015-01-01/P1Y, 2015",
    "2021-08-01/P3Y, 2021/22–2023/24",
    "2021/P3Y, 2021–2023",
    "2023-S2, 2023-S2",
    "2023-Q3, 2023-Q3",
    "2023-M03, 2023-03",
  })
  @DisplayName("SDMX and the German form mean the same period")
  void gleich(String sdmx, String deutsch) {
    Zeitraum z = Zeitraum.sdmx(sdmx);
    assertThat(z).isEqualTo(Zeitraum.deutsch(deutsch));
    assertThat(z.deutsch()).isEqualTo(deutsch);
    assertThat(Zeitraum.sdmx(z.toString())).isEqualTo(z);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"2021/22-2023/24", "2021/22 bis 2023/24", "2021-2023", "2021 – 2023"})
  @DisplayName("reads the other ways of writing a pooled period")
  void gepoolt(String text) {
    assertThat(Zeitraum.deutsch(text).istGepoolt()).isTrue();
  }

  @Test
  @DisplayName("splits a pooled period into its single years")
  void einzeljahre() {
    assertThat(Zeitraum.sdmx("2021-08-01/P3Y").einzeljahre())
        .containsExactly(
            Zeitraum.deutsch("2021/22"), Zeitraum.deutsch("2022/23"), Zeitraum.deutsch("2023/24"));
    assertThat(Zeitraum.sdmx("2021").einzeljahre()).isEmpty();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"2023/25", "23", "2023-13", "2023-08-01/P0Y", "2025–2023"})
  @DisplayName("rejects what is no period, quoting it")
  void falsch(String text) {
    assertThatThrownBy(() -> Zeitraum.deutsch(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
