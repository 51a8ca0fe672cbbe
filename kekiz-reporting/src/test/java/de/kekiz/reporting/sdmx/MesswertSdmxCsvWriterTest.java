package de.kekiz.reporting.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.reporting.BeispielDaten;
import de.kekiz.reporting.internal.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("messwerte.sdmx.csv")
class MesswertSdmxCsvWriterTest {

  private static final String KOPF =
      "STRUCTURE,STRUCTURE_ID,ACTION,INDIKATOR,REF_AREA,SOZIALRAUM,ALTER,GESCHLECHT,"
          + "STAATSANGEHOERIGKEIT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE,"
          + "ZAEHLER,NENNER,INDIKATOR_VERSION,WERTART,DECIMALS,COMMENT_OBS";

  private static String schreibe(MesswertSdmxCsvWriter writer, List<Messwert> messwerte)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.schreibe(messwerte, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static MesswertSdmxCsvWriter.Builder writer() {
    return MesswertSdmxCsvWriter.builder().indikatoren(BeispielDaten.indikatoren());
  }

  private final String datei = schreibe(writer().build(), BeispielDaten.messwerte());

  MesswertSdmxCsvWriterTest() throws IOException {}

  @Test
  @DisplayName("starts with the SDMX-CSV 2.0 columns, a dimension per breakdown, then TIME_PERIOD")
  void kopf() {
    assertThat(datei).startsWith(KOPF + "\r\n");
    assertThat(datei.charAt(0)).isEqualTo('S');
  }

  @Test
  @DisplayName("writes one row per observation, all with as many fields as the header")
  void zeilen() throws IOException {
    List<Csv.Datensatz> saetze = Csv.lies(new StringReader(datei), ',');
    assertThat(saetze).hasSize(BeispielDaten.messwerte().size() + 1);
    assertThat(saetze).allSatisfy(s -> assertThat(s.felder()).hasSize(20));
    assertThat(saetze.subList(1, saetze.size()))
        .allSatisfy(
            s ->
                assertThat(s.felder().subList(0, 3))
                    .containsExactly("dataflow", "KEKIZ:MONITORING(1.0)", "I"));
  }

  @Test
  @DisplayName("writes value, statuses, unit, numerator, denominator and version of an observation")
  void zeile() {
    assertThat(datei)
        .contains(
            "\r\ndataflow,KEKIZ:MONITORING(1.0),I,sgb2-quote-u15,05570004,_T,_T,_T,_T,2023,"
                + "18.9,A,F,%,1532,8120,2,EXAKT,1,\r\n")
        .contains(",sgb2-quote-u15,05570004,_T,_T,w,_T,2023,18.6,A,F,%,741,3977,2,EXAKT,1,\r\n")
        .contains(",sgb2-quote-u15,05570004,sued-ost@1,_T,_T,_T,2023,");
  }

  @Test
  @DisplayName("writes time periods in SDMX form, a school year as a time range")
  void zeitraeume() {
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.jahr(2023))).isEqualTo("2023");
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.halbjahr(2023, 1))).isEqualTo("2023-S1");
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.quartal(2023, 1))).isEqualTo("2023-Q1");
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.monat(2023, 3))).isEqualTo("2023-M03");
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.monat(2023, 11))).isEqualTo("2023-M11");
    assertThat(MesswertSdmxCsvWriter.zeitraum(Periode.schuljahr(2023))).isEqualTo("2023-08-01/P1Y");
    assertThat(datei)
        .contains(",2023-S1,", ",2023-Q1,", ",2023-M03,", ",2023-08-01/P1Y,", ",2022-08-01/P1Y,");
  }

  @Test
  @DisplayName(
      "leaves value, numerator and denominator empty when suppressed, CONF_STATUS says why")
  void gesperrt() {
    assertThat(datei)
        .contains(",sgb2-quote-u15,05570004,innenstadt@1,_T,_T,_T,2023,,A,A,%,,,2,EXAKT,1,\r\n")
        .contains(",sgb2-quote-u15,05570004,vorhelm@1,_T,_T,_T,2023,,A,D,%,,,2,EXAKT,1,\r\n")
        .doesNotContain(BeispielDaten.GEHEIMER_NENNER.toPlainString(), "1111", ",7,", ",23,");
  }

  @Test
  @DisplayName("leaves the value of a missing observation empty with OBS_STATUS M")
  void fehlend() {
    assertThat(datei)
        .contains(",sgb2-quote-u15,05570004,nord@2,_T,_T,_T,2023,,M,F,%,,,2,EXAKT,1,\r\n");
  }

  @Test
  @DisplayName("writes a negative absolute value and quotes a code holding the separator")
  void negativUndQuoten() throws IOException {
    assertThat(datei)
        .contains(
            ",wanderungssaldo-u18,05570004,sued-ost@1,_T,_T,ausländisch,2023-Q1,-12,A,F,"
                + "Personen,-12,,1,EXAKT,0,\r\n");
    String deutsch = schreibe(writer().trennzeichen(';', ',').build(), BeispielDaten.messwerte());
    assertThat(deutsch).startsWith(KOPF.replace(',', ';')).contains(";18,9;");
  }

  @Test
  @DisplayName("rejects an observation of an unknown indicator and two with the same SDMX key")
  void fehler() {
    MesswertSdmxCsvWriter ohneKatalog = MesswertSdmxCsvWriter.builder().build();
    assertThatThrownBy(() -> schreibe(ohneKatalog, BeispielDaten.messwerte()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sgb2-quote-u15@2");
    Raumbezug ahlen = Raumbezug.of(BeispielDaten.AHLEN);
    List<Messwert> doppelt =
        List.of(
            Messwert.of(Indikatoren.sgb2QuoteU15Version1().ref(), ahlen, Periode.jahr(2015), 1, 2),
            Messwert.of(Indikatoren.sgb2QuoteU15Version2().ref(), ahlen, Periode.jahr(2015), 1, 2));
    assertThatThrownBy(() -> schreibe(writer().build(), doppelt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share the SDMX key");
    assertThatThrownBy(() -> MesswertSdmxCsvWriter.builder().strukturId("MONITORING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'MONITORING'");
    assertThatThrownBy(() -> MesswertSdmxCsvWriter.builder().trennzeichen(',', ','))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
