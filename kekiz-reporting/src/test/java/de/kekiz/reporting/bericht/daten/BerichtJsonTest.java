package de.kekiz.reporting.bericht.daten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.KoelnFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bericht.json")
class BerichtJsonTest {

  private final BerichtJson json = new BerichtJson();

  private byte[] schreibe(Monitoringbericht b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.schreibe(b, Berichtsoptionen.STANDARD, out);
    return out.toByteArray();
  }

  @Test
  @DisplayName("reads back to an equal report (Ahlen, with Leitbild, chain and suppressed values)")
  void rundreise() throws IOException {
    Monitoringbericht b = BerichtFixtures.ahlen();
    Monitoringbericht wieder = json.lies(new ByteArrayInputStream(schreibe(b)));
    assertThat(wieder).isEqualTo(b);
    assertThat(wieder.auswertungen()).isEqualTo(b.auswertungen());
  }

  @Test
  @DisplayName("reads back to an equal report for Köln with real geometry (10 indicators, 3 years)")
  void koeln() throws IOException {
    Monitoringbericht b = KoelnFixtures.koeln(12, 3);
    Monitoringbericht w = json.lies(new ByteArrayInputStream(schreibe(b)));
    assertThat(w).isEqualTo(b);
  }

  @Test
  @DisplayName("holds the core's figures and sections under documented names")
  void aufbau() throws IOException {
    JsonNode n = new ObjectMapper().readTree(schreibe(BerichtFixtures.ahlen()));
    assertThat(n.get("format").asText()).isEqualTo("kekiz-monitoringbericht");
    assertThat(n.get("formatversion").asText()).isEqualTo("2.0");
    assertThat(n.get("stichtag").asText()).isEqualTo("2022-06-30");
    assertThat(n.get("verfahren").asText()).isEqualTo("SPERRUNG");
    assertThat(n.get("messwerte").size()).isEqualTo(160);
    assertThat(
            n.get("auswertungen")
                .get(0)
                .get("gebiete")
                .get(0)
                .get("werte")
                .get(0)
                .get("art")
                .asText())
        .isEqualTo("EXAKT");
    JsonNode a = n;
    assertThat(a.get("auswertungen").size()).isEqualTo(4);
    assertThat(a.get("ziele").get(2).get("erreichung").asText()).isEqualTo("GEFAEHRDET");
    assertThat(a.get("ziele").get(2).get("periode").asText())
        .isEqualTo("2020"); // 2021 is suppressed
    assertThat(a.get("handlungsbedarf").get(0).get("rang").asInt()).isEqualTo(1);
    assertThat(a.get("luecken").get("uebergaenge")).hasSize(4);
  }

  @Test
  @DisplayName(
      "never holds a suppressed number, and does when the values are published (the search works)")
  void gesperrt() throws IOException {
    String text = new String(schreibe(BerichtFixtures.ahlen()), StandardCharsets.UTF_8);
    for (String z : GeheimhaltungAllerFormateTest.GESPERRT_IN_DATEN) {
      assertThat(text).as(z).doesNotContain(z);
    }
    String offen = new String(schreibe(BerichtFixtures.ahlenOhneSperre()), StandardCharsets.UTF_8);
    assertThat(offen).contains("7777", "6666");
  }

  @Test
  @DisplayName(
      "escapes bidirectional, zero-width and control characters of texts, and reads them back")
  void steuerzeichen() throws IOException {
    String titel = "Überblick \u202Eevil\u202C \u200B\u0085\u2028\uFEFF Ende";
    Monitoringbericht b = BerichtFixtures.ahlen().toBuilder().titel(titel).build();
    byte[] bytes = schreibe(b);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("Überblick \\u202Eevil\\u202C \\u200B\\u0085\\u2028\\uFEFF Ende");
    for (char c : new char[] {'\u202E', '\u202C', '\u200B', '\u0085', '\u2028', '\uFEFF'}) {
      assertThat(text.indexOf(c)).as("U+%04X", (int) c).isEqualTo(-1);
    }
    assertThat(json.lies(new ByteArrayInputStream(bytes)).titel()).isEqualTo(titel);
  }

  @Test
  @DisplayName("rejects another document, an unknown field or a newer version, naming the problem")
  void fehler() throws IOException {
    String gut = new String(schreibe(BerichtFixtures.ahlen()), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> lies("[]"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("JSON-Objekt");
    assertThatThrownBy(() -> lies(gut.replaceFirst("\\{", "{\"neu\":1,")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "bericht.json: Feld 'neu' ist in einem Bericht nicht vorgesehen; vorgesehen sind dort"
                + " auswertungen, ebene, ")
        .satisfies(BerichtJsonTest::deutsch);
    assertThatThrownBy(
            () -> lies(gut.replace("\"formatversion\":\"2.0\"", "\"formatversion\":\"3.0\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'3.0'");
    assertThatThrownBy(
            () -> lies(gut.replace("\"stichtag\":\"2022-06-30\"", "\"stichtag\":\"30.06.2022\"")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "bericht.json: Feld 'stichtag' ist ungültig: gefunden \"30.06.2022\", erwartet wird ein"
                + " Datum wie \"2024-06-30\"");
    assertThatThrownBy(
            () -> lies(gut.replace("\"titel\":\"Monitoringbericht Ahlen\"", "\"titel\":\" \"")))
        .isInstanceOf(IOException.class)
        .hasMessage("bericht.json: Feld 'titel' ist leer, erwartet wird ein Text");
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"art\":\"GESPERRT\"", "\"art\":\"EXAKT\"")))
        .isInstanceOf(IOException.class)
        .hasMessageMatching(
            "bericht\\.json: Feld '[a-z]+\\[\\d+].*' ist ungültig: gefunden \\{.*\"art\":\"EXAKT\".*},"
                + " erwartet wird eine Angabe der Art Zelle, deren Teile zueinander passen")
        .satisfies(BerichtJsonTest::deutsch);
  }

  /** No word of the core's or Jackson's English messages. */
  private static void deutsch(Throwable e) {
    assertThat(e.getMessage().split("[^A-Za-z]+"))
        .as(e.getMessage())
        .doesNotContain(
            "needs", "got", "Cannot", "Unrecognized", "problem", "kind", "value", "required");
  }

  private Monitoringbericht lies(String text) throws IOException {
    return json.lies(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
