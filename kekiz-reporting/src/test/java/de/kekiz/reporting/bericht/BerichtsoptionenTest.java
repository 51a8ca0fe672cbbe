package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.monitoring.veroeffentlichung.Zelle;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Options and German formats")
class BerichtsoptionenTest {

  @Test
  @DisplayName("default to '.' for suppressed and 'x' for missing cells")
  void standard() {
    assertThat(Berichtsoptionen.STANDARD).isEqualTo(new Berichtsoptionen(".", "x"));
    assertThat(Berichtsoptionen.STANDARD.withGesperrt("(g)").gesperrt()).isEqualTo("(g)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "0", "1.", "-3"})
  @DisplayName("reject a symbol that is blank or could be read as a number")
  void ungueltig(String symbol) {
    assertThatThrownBy(() -> Berichtsoptionen.STANDARD.withGesperrt(symbol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + symbol + "'");
  }

  @Test
  @DisplayName("reject the same symbol for suppressed and missing cells")
  void gleich() {
    assertThatThrownBy(() -> new Berichtsoptionen(".", "."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'.'");
  }

  @ParameterizedTest(name = "{0} with {1} places is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12345.678|1|12.345,7",
        "0.05|1|0,1",
        "0.04|1|0,0",
        "-1234567.891|2|-1.234.567,89",
        "999.95|1|1.000,0",
        "7|0|7",
        "1000|0|1.000",
        "0|2|0,00",
        "-0.04|1|0,0"
      })
  @DisplayName("print German numbers whatever the default locale")
  void zahl(String wert, int stellen, String text) {
    assertThat(Formatierung.zahl(new BigDecimal(wert), stellen)).isEqualTo(text);
  }

  @Test
  @DisplayName("print a difference with its sign, and no sign for zero")
  void differenz() {
    assertThat(Formatierung.differenz(new BigDecimal("2.5"), 1)).isEqualTo("+2,5");
    assertThat(Formatierung.differenz(new BigDecimal("-0.25"), 1)).isEqualTo("-0,3");
    assertThat(Formatierung.differenz(new BigDecimal("-0.04"), 1)).isEqualTo("0,0");
    assertThat(Formatierung.differenz(BigDecimal.ZERO, 2)).isEqualTo("0,00");
  }

  @Test
  @DisplayName("print dates as dd.MM.yyyy and in words")
  void datum() {
    assertThat(Formatierung.datum(LocalDate.of(2024, 3, 1))).isEqualTo("01.03.2024");
    assertThat(Formatierung.datumLang(LocalDate.of(2024, 3, 1))).isEqualTo("1. März 2024");
  }

  @Test
  @DisplayName("print a cell as its value or as the symbol, never a suppressed number")
  void zelle() {
    Berichtsoptionen o = Berichtsoptionen.STANDARD;
    assertThat(Formatierung.zelle(Zelle.exakt(new BigDecimal("21.5")), 1, o)).isEqualTo("21,5");
    assertThat(
            Formatierung.zelle(
                Zelle.gesperrt(
                    de.kekiz.domain.indikator.ObsStatus.A, de.kekiz.domain.indikator.ConfStatus.A),
                1,
                o))
        .isEqualTo(".");
    assertThat(Formatierung.zelle(Zelle.fehlend(), 1, o)).isEqualTo("x");
  }
}
