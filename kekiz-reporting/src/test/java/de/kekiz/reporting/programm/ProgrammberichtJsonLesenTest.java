package de.kekiz.reporting.programm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        .hasMessageStartingWith("programmbericht.json: Feld 'reichweiten[")
        .hasMessageContaining("ist ungültig");
    assertThatThrownBy(() -> lies(gut.replace("\"haushaltGesamt\":\"", "\"haushaltGesamt\":\"x")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("programmbericht.json: Feld 'haushaltGesamt' ist ungültig");
  }
}
