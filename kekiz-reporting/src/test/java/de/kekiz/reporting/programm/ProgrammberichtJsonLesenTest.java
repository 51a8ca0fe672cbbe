package de.kekiz.reporting.programm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.reporting.bericht.daten.ProgrammberichtJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("programmbericht.json read back")
class ProgrammberichtJsonLesenTest {

  private static final LocalDate TAG = LocalDate.of(2024, 12, 31);
  private static final LocalDate ERSTELLT = LocalDate.of(2025, 1, 15);

  private final ProgrammberichtJson json = new ProgrammberichtJson();

  private String schreibe(Programmveroeffentlichung v) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.schreibe(v, ERSTELLT, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private ProgrammberichtJson.Gelesen lies(String text) throws IOException {
    return json.lies(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("reads the written report back to an equal one, and writes it again byte for byte")
  void rundreise() throws IOException {
    Programmveroeffentlichung v =
        ProgrammberichtWriterTest.bericht(Veroeffentlichungsauftrag.am(TAG));
    String text = schreibe(v);
    ProgrammberichtJson.Gelesen gelesen = lies(text);
    assertThat(gelesen.bericht()).isEqualTo(v);
    assertThat(gelesen.erstelltAm()).isEqualTo(ERSTELLT);
    assertThat(schreibe(gelesen.bericht())).isEqualTo(text);
    // the suppressed child count of the model phase reads back as a cell without numbers
    assertThat(text).contains("\"art\":\"GESPERRT\"");
  }

  @Test
  @DisplayName(
      "writes an order with the Cell-Key-Verfahren with the method's parameters, never its"
          + " secret, and refuses to read it back without the secret, saying why in German")
  void cellKey() throws IOException {
    byte[] geheimnis = "ein Geheimnis, das nie in einer Datei steht".getBytes(UTF_8);
    Programmveroeffentlichung v =
        ProgrammberichtWriterTest.bericht(
            Veroeffentlichungsauftrag.am(TAG)
                .withCellKey(CellKeyVerfahren.of(Ueberlagerungsparameter.standard(), geheimnis)));

    String text = schreibe(v);

    assertThat(text)
        .contains("\"cellKey\":{\"maximaleAbweichung\":4,\"varianz\":2,\"sperrbereich\":2}")
        .contains("\"verfahren\":\"CELL_KEY\"")
        .doesNotContain("Geheimnis")
        .doesNotContain(java.util.Base64.getEncoder().encodeToString(geheimnis))
        .doesNotContain(java.util.HexFormat.of().formatHex(geheimnis));
    assertThatThrownBy(() -> lies(text))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "programmbericht.json ist mit dem Cell-Key-Verfahren (D=4, V=2, js=2) geschützt; sein"
                + " Auftrag lässt sich ohne das Geheimnis der Kommune nicht wiederherstellen, und"
                + " das Geheimnis steht in keiner Datei");
  }

  @Test
  @DisplayName("refuses a broken file with a German message naming the file and the field")
  void fehler() throws IOException {
    String gut = schreibe(ProgrammberichtWriterTest.bericht(Veroeffentlichungsauftrag.am(TAG)));
    assertThatThrownBy(() -> lies("[]"))
        .isInstanceOf(IOException.class)
        .hasMessage("programmbericht.json braucht ein JSON-Objekt auf oberster Ebene");
    assertThatThrownBy(() -> lies(gut.replace("\"kekiz-programmbericht\"", "\"anderes\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("programmbericht.json: Feld 'format'")
        .hasMessageContaining("'anderes'");
    assertThatThrownBy(
            () -> lies(gut.replace("\"formatversion\":\"1.0\"", "\"formatversion\":\"2.0\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("programmbericht.json: Feld 'formatversion'")
        .hasMessageContaining("'2.0'");
    assertThatThrownBy(
            () ->
                lies(gut.replace("\"erstelltAm\":\"2025-01-15\"", "\"erstelltAm\":\"15.01.2025\"")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("programmbericht.json: Feld 'erstelltAm'")
        .hasMessageContaining("'15.01.2025'");
    // a suppressed cell that claims to be exact breaks the core's rule
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"art\":\"GESPERRT\"", "\"art\":\"EXAKT\"")))
        .isInstanceOf(IOException.class)
        .hasMessageMatching(
            "programmbericht\\.json: Feld 'reichweiten\\[\\d+]\\.kinder\\.anteil' ist ungültig:"
                + " gefunden \\{\"wert\":null,.*\"art\":\"EXAKT\".*}, erwartet wird eine Angabe der"
                + " Art Zelle, deren Teile zueinander passen")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    assertThatThrownBy(() -> lies(gut.replace("\"haushaltGesamt\":\"", "\"haushaltGesamt\":\"x")))
        .isInstanceOf(IOException.class)
        .hasMessageMatching(
            "programmbericht\\.json: Feld 'haushaltGesamt' ist ungültig: gefunden \"x[0-9.]+\","
                + " erwartet wird ein Geldbetrag in Euro als Text wie \"1250\\.00\"")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
  }

  @Test
  @DisplayName(
      "says in German which field is broken, what it holds and what was expected, not the core's"
          + " or Jackson's English words")
  void grund() throws IOException {
    String gut = schreibe(ProgrammberichtWriterTest.bericht(Veroeffentlichungsauftrag.am(TAG)));
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"art\":\"GESPERRT\"", "\"art\":\"GEHEIM\"")))
        .hasMessageMatching(
            "programmbericht\\.json: Feld 'reichweiten\\[\\d+]\\.kinder\\.anteil\\.art' ist"
                + " ungültig: gefunden \"GEHEIM\", erwartet wird einer der Werte EXAKT, .*GESPERRT.*")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"auftrag\":\\{", "\"auftrag\":{\"x\":1,")))
        .hasMessageStartingWith(
            "programmbericht.json: Feld 'auftrag.x' ist in einem Programmbericht nicht vorgesehen;"
                + " vorgesehen sind dort cellKey, ebene, ")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    // the Förderprogramm in the kekiz JSON format: the place inside it, the value and the form
    assertThatThrownBy(
            () ->
                lies(
                    gut.replaceFirst(
                        "\"neueKommunen\":\\[\\{\"wert\":18",
                        "\"neueKommunen\":[{\"wert\":\"achtzehn\"")))
        .hasMessage(
            "programmbericht.json: Feld 'programm.phasen[0].neueKommunen[0].wert' ist ungültig:"
                + " gefunden \"achtzehn\", erwartet wird eine ganze Zahl")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    assertThatThrownBy(
            () -> lies(gut.replaceFirst("\"beginn\":\"2012-01-01\"", "\"beginn\":\"2012-13-01\"")))
        .hasMessage(
            "programmbericht.json: Feld 'programm.phasen[0].beginn' ist ungültig: gefunden"
                + " \"2012-13-01\", erwartet wird ein Datum wie \"2024-06-30\"")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"name\":\"Düsseldorf\",", "")))
        .hasMessage(
            "programmbericht.json: Feld 'programm.phasen[0].teilnehmer[0].name' ist ungültig: es"
                + " fehlt, das kekiz-JSON-Format der Art Foerderprogramm verlangt es")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
    assertThatThrownBy(() -> lies(gut.replaceFirst("\"verbund\":\\[]", "\"verbund\":[],\"y\":2")))
        .hasMessage(
            "programmbericht.json: Feld 'programm.phasen[0].teilnehmer[0].y' ist im kekiz-JSON-Format"
                + " der Art Foerderprogramm nicht vorgesehen")
        .satisfies(ProgrammberichtJsonLesenTest::deutsch);
  }

  /** No word of the core's or Jackson's English messages. */
  static void deutsch(Throwable e) {
    assertThat(e.getMessage().split("[^A-Za-z]+"))
        .as(e.getMessage())
        .doesNotContain(
            "needs", "got", "Cannot", "Unrecognized", "problem", "kind", "value", "required");
  }
}
