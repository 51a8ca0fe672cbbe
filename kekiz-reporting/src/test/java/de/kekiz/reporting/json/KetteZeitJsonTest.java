package de.kekiz.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.reporting.SchemaPruefung;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("KekizJacksonModule: the chain over time")
class KetteZeitJsonTest {

  private final ObjectMapper mapper = KekizJacksonModule.objectMapper();

  private static final Zeitraum SEIT_2017 =
      Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31));
  private static final Zeitraum SEIT_2018 = Zeitraum.ab(LocalDate.of(2018, 8, 1));

  /**
   * Ahlen's chain with every dated part: an Angebot since 2018, a Netzwerk, the Steuerungsgruppe, a
   * seat and an AG with validity, two coordination posts (the existing one and the project's, with
   * funding, programme and period), an Übergang with its indicator, and Zielbeiträge.
   */
  static Praeventionskette datiert() {
    Praeventionskette k = KetteFixtures.ahlen();
    Angebot angebot = k.angebote().get(0).withGueltigkeit(SEIT_2018);
    Netzwerk netz = k.netzwerke().get(0).withGueltigkeit(SEIT_2017);
    Steuerung st = k.steuerung();
    Steuerungsgruppe gruppe = st.gruppe();
    assertThat(gruppe).as("Ahlen's fixture has a Steuerungsgruppe").isNotNull();
    List<Mitglied> sitze =
        gruppe.mitglieder().stream()
            .map(m -> m == gruppe.mitglieder().get(0) ? m.withGueltigkeit(SEIT_2018) : m)
            .toList();
    List<Arbeitsgemeinschaft> ags =
        st.ags().stream().map(a -> a.withGueltigkeit(SEIT_2018)).toList();
    Koordination bestehend = KetteFixtures.bestehendeKoordination();
    Koordination projekt = KetteFixtures.projektkoordination();
    Uebergang u = k.uebergaenge().get(0).withIndikatoren(Indikatoren.SEU_SPRACHE);
    List<Uebergang> uebergaenge =
        k.uebergaenge().stream().map(x -> x.key().equals(u.key()) ? u : x).toList();
    List<Netzwerk> netzwerke =
        k.netzwerke().stream().map(x -> x.key().equals(netz.key()) ? netz : x).toList();
    List<Angebot> angebote =
        k.angebote().stream().map(x -> x.id().equals(angebot.id()) ? angebot : x).toList();
    return Praeventionskette.builder(k.kommune())
        .lebensphasen(k.lebensphasen())
        .uebergaenge(uebergaenge)
        .handlungsfelder(k.handlungsfelder())
        .akteure(k.akteure())
        .netzwerke(netzwerke.toArray(new Netzwerk[0]))
        .steuerung(
            new Steuerung(
                new Steuerungsgruppe(gruppe.name(), sitze, SEIT_2017),
                ags,
                List.of(bestehend, projekt)))
        .angebote(angebote)
        .zielbeitraege(
            Zielbeitrag.angebot("1.1", angebot.id()),
            Zielbeitrag.akteur("2.1", KetteFixtures.JUGENDAMT)
                .withAufgabe("berät Familien im SGB-II-Bezug")
                .withGueltigkeit(Zeitraum.ab(LocalDate.of(2019, 1, 1))))
        .build();
  }

  @Test
  @DisplayName("reads a chain with every dated part back to an equal chain")
  void rundreise() throws Exception {
    Praeventionskette k = datiert();
    assertThat(k.steuerung().koordinationen()).hasSize(2);
    assertThat(k.zielbeitraege()).hasSize(2);

    String json = mapper.writeValueAsString(k);

    assertThat(mapper.readValue(json, Praeventionskette.class)).isEqualTo(k);
    assertThat(json)
        .contains("\"zielbeitraege\"", "\"koordinationen\"", "\"2018-08-01\"", "seu-sprache");
  }

  @Test
  @DisplayName("writes it valid against kekiz.schema.json")
  void schema() {
    JsonNode json = mapper.valueToTree(datiert());
    assertThat(
            SchemaPruefung.fehler(
                "classpath:de/kekiz/reporting/json/kekiz.schema.json#/$defs/Praeventionskette",
                json))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "writes one coordination post as format 1.0 did, so that 1.0 readers keep reading it")
  void eineKoordination() throws Exception {
    Praeventionskette k = KetteFixtures.ahlen();
    assertThat(k.steuerung().koordinationen()).hasSize(1);

    JsonNode steuerung = mapper.valueToTree(k).get("steuerung");

    assertThat(steuerung.has("koordination")).isTrue();
    assertThat(steuerung.has("koordinationen")).isFalse();
    assertThat(mapper.treeToValue(mapper.valueToTree(k), Praeventionskette.class)).isEqualTo(k);
  }
}
