package de.kekiz.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisbezug;
import de.kekiz.domain.lernnetzwerk.Termin;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.reporting.SchemaPruefung;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("KekizJacksonModule: programme and Lernnetzwerk")
class ProgrammJsonTest {

  private final ObjectMapper mapper = KekizJacksonModule.objectMapper();

  static Stream<Object> werte() {
    Foerderprogramm kekiz = ProgrammFixtures.kekiz();
    Lernnetzwerk netz = ProgrammFixtures.lernnetzwerk();
    return Stream.of(
        kekiz,
        kekiz.withRevision(5),
        kekiz.phasen().get(0),
        kekiz.phasen().get(1).teilnehmer().get(0),
        kekiz.akteure().get(0),
        kekiz.haushalt().get(0),
        netz,
        netz.withRevision(3),
        netz.treffen().get(0),
        netz.treffen().get(1),
        netz.treffen().get(1).arbeitsgruppen().get(0),
        netz.treffen().get(1).plenum().get(1),
        Praxisbezug.uebergang("kita-grundschule"),
        Termin.am(LocalDate.of(2017, 9, 13)),
        Termin.ohneJahr(Month.SEPTEMBER, 13),
        Termin.unbekannt());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("werte")
  @DisplayName("reads every programme and Lernnetzwerk type back to an equal object")
  void rundreise(Object wert) throws Exception {
    String json = mapper.writeValueAsString(wert);
    assertThat(mapper.readValue(json, wert.getClass())).isEqualTo(wert);
  }

  @Test
  @DisplayName(
      "reads a Lernnetzwerk or Foerderprogramm written without revision as never saved (revision 0)")
  void ohneRevision() throws Exception {
    ObjectNode netz = mapper.valueToTree(ProgrammFixtures.lernnetzwerk().withRevision(2));
    netz.remove("revision");
    assertThat(mapper.treeToValue(netz, Lernnetzwerk.class))
        .isEqualTo(ProgrammFixtures.lernnetzwerk());
    ObjectNode programm = mapper.valueToTree(ProgrammFixtures.kekiz().withRevision(2));
    programm.remove("revision");
    assertThat(mapper.treeToValue(programm, Foerderprogramm.class))
        .isEqualTo(ProgrammFixtures.kekiz());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("werte")
  @DisplayName("writes every programme and Lernnetzwerk type valid against kekiz.schema.json")
  void schema(Object wert) {
    JsonNode json = mapper.valueToTree(wert);
    assertThat(
            SchemaPruefung.fehler(
                "classpath:de/kekiz/reporting/json/kekiz.schema.json#/$defs/"
                    + wert.getClass().getSimpleName(),
                json))
        .isEmpty();
  }

  @Test
  @DisplayName("keeps both sources' counts of new Kommunen and the Verbund of the Kreis Unna")
  void format() throws Exception {
    JsonNode phase =
        mapper.readTree(mapper.writeValueAsString(ProgrammFixtures.kekiz().phasen().get(1)));
    assertThat(phase.get("neueKommunen")).hasSize(3);
    assertThat(phase.get("neueKommunen").get(2).get("wert").intValue()).isEqualTo(18);
    assertThat(phase.get("teilnehmer")).hasSize(40);
    JsonNode treffen =
        mapper.readTree(
            mapper.writeValueAsString(ProgrammFixtures.lernnetzwerk().treffen(17).orElseThrow()));
    assertThat(treffen.get("termin").toString()).isEqualTo("{\"monat\":9,\"tag\":13}");
    assertThat(treffen.get("motto")).isNull();
    assertThat(mapper.readValue(treffen.toString(), Lernnetzwerktreffen.class).ort())
        .isEqualTo("Köln");
    Programmphase wieder = mapper.readValue(phase.toString(), Programmphase.class);
    assertThat(wieder.teilnehmerzahl()).isEqualTo(40);
  }

  @Test
  @DisplayName("reports a duplicate meeting number with its rule code")
  void doppelteNummer() throws Exception {
    ObjectNode netz =
        (ObjectNode) mapper.readTree(mapper.writeValueAsString(ProgrammFixtures.lernnetzwerk()));
    ArrayNode treffen = (ArrayNode) netz.get("treffen");
    ((ObjectNode) treffen.get(1)).put("nummer", 16);
    assertThatThrownBy(() -> mapper.readValue(netz.toString(), Lernnetzwerk.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("lernnetzwerk.treffennummer-doppelt");
  }

  @Test
  @DisplayName("reports a contribution by a Kommune not taking part, naming the place")
  void beitragOhneTeilnahme() throws Exception {
    ObjectNode t =
        (ObjectNode)
            mapper.readTree(
                mapper.writeValueAsString(
                    ProgrammFixtures.lernnetzwerk().treffen(17).orElseThrow()));
    ((ArrayNode) t.get("teilnehmer")).removeAll().add("05315000").add("05170008");
    assertThatThrownBy(() -> mapper.readValue(t.toString(), Lernnetzwerktreffen.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$")
        .hasMessageContaining("lernnetzwerk.beitrag-ohne-teilnahme");
  }
}
