package de.kekiz.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV fields (messwerte.csv, messwerte.sdmx.csv)")
class CsvTest {

  @Test
  @DisplayName("neutralise a text a spreadsheet would run as a formula, but not a number")
  void formeln() {
    assertThat(Csv.feld("+cmd|' /C calc'!A0", ',')).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(Csv.feld("=1+2", ';')).isEqualTo("'=1+2");
    assertThat(Csv.feld("@SUMME(A1)", ';')).isEqualTo("'@SUMME(A1)");
    assertThat(Csv.feld("-A1", ';')).isEqualTo("'-A1");
    assertThat(Csv.feld("\tx", ';')).isEqualTo("'\tx");
    assertThat(Csv.feld("-12.5", ',')).isEqualTo("-12.5");
    assertThat(Csv.feld("-12,5", ';')).isEqualTo("-12,5");
    assertThat(Csv.feld("geschlecht=w", ';')).isEqualTo("geschlecht=w");
  }

  @Test
  @DisplayName("replace control and bidirectional characters, and still quote per RFC 4180")
  void steuerzeichen() {
    assertThat(Csv.feld("Süd\u202EtsO", ',')).isEqualTo("Süd\uFFFDtsO");
    assertThat(Csv.feld("a\u001B[31mb\u0000", ',')).isEqualTo("a\uFFFD[31mb\uFFFD");
    assertThat(Csv.feld("x\uD800y\uDC00\uD83D\uDE00", ',')).isEqualTo("x\uFFFDy\uFFFD\uD83D\uDE00");
    assertThat(Csv.feld("=a;b", ';')).isEqualTo("\"'=a;b\"");
    assertThat(Csv.feld("zwei\nZeilen", ',')).isEqualTo("\"zwei\nZeilen\"");
  }
}
