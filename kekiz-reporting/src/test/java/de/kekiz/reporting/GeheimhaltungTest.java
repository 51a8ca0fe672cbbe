package de.kekiz.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.reporting.csv.CsvFormat;
import de.kekiz.reporting.csv.MesswertCsvWriter;
import de.kekiz.reporting.json.KekizJacksonModule;
import de.kekiz.reporting.sdmx.MesswertSdmxCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Small-number protection across every output of this module that carries observations: a value
 * whose CONF_STATUS is not F must not appear as a number in any of them, even though the
 * observation still holds numerator and denominator internally.
 */
@DisplayName("small-number protection in every data format")
class GeheimhaltungTest {

  private static final Indikator SGB2 = Indikatoren.sgb2QuoteU15Version2();

  /** Numerator, denominator and value (percent) found nowhere else in the data. */
  private static final String ZAEHLER = "86421";

  private static final String NENNER = "97531";

  /**
   * 86421 / 97531 × 100 = 88.6087…, in both decimal marks, exact (JSON) and as the CSV files show
   * it at the indicator's precision (one place, a whole cell: {@code ;88,6;} and {@code ,88.6,}).
   */
  private static final List<String> WERT = List.of("88.608", "88,608", ";88,6;", ",88.6,");

  /** One suppressed observation per status other than F, each for another Sozialraum. */
  private static List<Messwert> messwerte() {
    List<Messwert> liste = new ArrayList<>(BeispielDaten.messwerte());
    List<SozialraumRef> raeume =
        List.of(
            BeispielDaten.INNENSTADT,
            BeispielDaten.SUED_OST,
            BeispielDaten.VORHELM,
            BeispielDaten.NORD,
            BeispielDaten.NORD_ALT);
    ConfStatus[] gesperrt = {ConfStatus.C, ConfStatus.A, ConfStatus.D, ConfStatus.S, ConfStatus.N};
    for (int i = 0; i < gesperrt.length; i++) {
      liste.add(
          new Messwert(
              SGB2.ref(),
              Raumbezug.of(raeume.get(i)),
              i == 4 ? Periode.jahr(2019) : Periode.jahr(2024),
              Aufschluesselung.of("geschlecht", "m"),
              new BigDecimal(ZAEHLER),
              new BigDecimal(NENNER),
              ObsStatus.A,
              gesperrt[i]));
    }
    return liste;
  }

  private static Map<String, String> ausgaben() throws IOException {
    List<Messwert> messwerte = messwerte();
    Map<String, String> ausgaben = new LinkedHashMap<>();
    ausgaben.put("bericht JSON", KekizJacksonModule.objectMapper().writeValueAsString(messwerte));
    for (CsvFormat format :
        List.of(
            CsvFormat.EXCEL_DEUTSCH,
            CsvFormat.RFC_4180,
            CsvFormat.EXCEL_DEUTSCH.withGesperrt("x"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MesswertCsvWriter.builder()
          .format(format)
          .indikatoren(BeispielDaten.indikatoren())
          .kommunen(BeispielDaten.kommunen())
          .build()
          .schreibe(messwerte, out);
      ausgaben.put("messwerte.csv " + format, out.toString(StandardCharsets.UTF_8));
    }
    for (char[] zeichen : new char[][] {{',', '.'}, {';', ','}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MesswertSdmxCsvWriter.builder()
          .trennzeichen(zeichen[0], zeichen[1])
          .indikatoren(BeispielDaten.indikatoren())
          .build()
          .schreibe(messwerte, out);
      ausgaben.put("messwerte.sdmx.csv " + zeichen[0], out.toString(StandardCharsets.UTF_8));
    }
    return ausgaben;
  }

  @Test
  @DisplayName("no output holds a suppressed numerator, denominator or value")
  void nieGesperrteZahlen() throws IOException {
    assertThat(messwerte())
        .filteredOn(m -> !m.confStatus().veroeffentlichbar())
        .hasSize(7)
        .allMatch(Messwert::hatWert);
    for (Map.Entry<String, String> e : ausgaben().entrySet()) {
      assertThat(e.getValue())
          .as(e.getKey())
          .doesNotContain(ZAEHLER, NENNER)
          .doesNotContain(WERT.toArray(String[]::new))
          .doesNotContain(BeispielDaten.GEHEIMER_NENNER.toPlainString());
    }
  }

  @Test
  @DisplayName("the same numbers do appear once the observations are free (the check can fail)")
  void gegenprobe() throws IOException {
    String json =
        KekizJacksonModule.objectMapper()
            .writeValueAsString(
                messwerte().stream().map(m -> m.withConfStatus(ConfStatus.F)).toList());
    assertThat(json).contains(ZAEHLER, NENNER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MesswertCsvWriter.builder()
        .indikatoren(BeispielDaten.indikatoren())
        .build()
        .schreibe(messwerte().stream().map(m -> m.withConfStatus(ConfStatus.F)).toList(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(ZAEHLER, NENNER, WERT.get(2));
  }
}
