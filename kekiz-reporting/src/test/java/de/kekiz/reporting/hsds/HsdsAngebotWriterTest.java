package de.kekiz.reporting.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.reporting.BeispielDaten;
import de.kekiz.reporting.SchemaPruefung;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("angebote.hsds.json")
class HsdsAngebotWriterTest {

  /** The official HSDS 3.0 service schema, copied unchanged into the test resources. */
  static final String SERVICE_SCHEMA = "classpath:de/kekiz/reporting/hsds/schema/service.json";

  /** Ahlen's chain with two more Angebote: a yearly and a fortnightly schedule. */
  static Praeventionskette kette() {
    Angebot fest =
        Angebot.builder(
                AngebotId.of("kinderfest"), "Kinderfest im Stadtpark", KetteFixtures.JUGENDAMT)
            .beschreibung("Jährliches Fest für Familien zum Weltkindertag.")
            .zeitplaene(
                Zeitplan.of(
                    "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20",
                    LocalTime.of(11, 0),
                    LocalTime.of(17, 30)))
            .ebenen(Praeventionsebene.UNIVERSELL)
            .lebensphasen("kita", "grundschule")
            .handlungsfelder("jugendhilfe")
            .sozialraeume(AngebotFixtures.INNENSTADT)
            .build();
    Angebot sprechstunde =
        Angebot.builder(
                AngebotId.of("schuldnerberatung-sprechstunde"),
                "Sprechstunde Schuldnerberatung",
                KetteFixtures.SOZIALAMT)
            .beschreibung("Offene Sprechstunde für Familien mit Schulden.")
            .zeitplaene(Zeitplan.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20241231T235959Z"))
            .alter(de.kekiz.domain.Altersspanne.ab(18))
            .ebenen(Praeventionsebene.SELEKTIV, Praeventionsebene.INDIZIERT)
            .lebensphasen("schwangerschaft-geburt")
            .handlungsfelder("soziales")
            .sozialraeume(AngebotFixtures.NORD, AngebotFixtures.VORHELM)
            .build();
    return KetteFixtures.ahlenBuilder().angebot(fest).angebot(sprechstunde).build();
  }

  private static ArrayNode services() {
    return HsdsAngebotWriter.builder().kommune(BeispielDaten.ahlen()).build().alsHsds(kette());
  }

  private static ObjectNode service(ArrayNode services, String name) {
    return (ObjectNode)
        StreamSupport.stream(services.spliterator(), false)
            .filter(s -> s.get("name").textValue().equals(name))
            .findFirst()
            .orElseThrow();
  }

  @Test
  @DisplayName("every service validates against the official HSDS 3.0 schema, formats included")
  void schema() {
    ArrayNode services = services();
    assertThat(services).hasSize(5);
    for (JsonNode s : services) {
      assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, s)).as(s.get("name").textValue()).isEmpty();
    }
    ArrayNode ohneKommune = HsdsAngebotWriter.builder().build().alsHsds(KetteFixtures.ahlen());
    for (JsonNode s : ohneKommune) {
      assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, s)).isEmpty();
    }
  }

  @Test
  @DisplayName("the validator does reject a service that breaks the schema")
  void schemaLehntAb() {
    ObjectNode s = service(services(), "Hebammensprechstunde").deepCopy();
    assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, s.deepCopy().put("status", "offen")))
        .isNotEmpty();
    assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, s.deepCopy().put("id", "hebammen")))
        .as("id must be a UUID")
        .isNotEmpty();
    ObjectNode ohneName = s.deepCopy();
    ohneName.remove("name");
    assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, ohneName)).isNotEmpty();
    ObjectNode falscheAdresse = s.deepCopy();
    ((ObjectNode) falscheAdresse.at("/service_at_locations/0/location/addresses/0"))
        .remove("state_province");
    assertThat(SchemaPruefung.fehler(SERVICE_SCHEMA, falscheAdresse)).isNotEmpty();
  }

  @Test
  @DisplayName("maps an Angebot's own fields to the service")
  void service() {
    ObjectNode s = service(services(), "Kooperationskalender Kita – Grundschule");
    assertThat(s.get("status").textValue()).isEqualTo("active");
    assertThat(s.get("url").textValue()).isEqualTo("https://www.ahlen.de/");
    assertThat(s.get("email").textValue()).isEqualTo("praeventionskette@ahlen.de");
    assertThat(s.get("minimum_age").intValue()).isEqualTo(5);
    assertThat(s.get("maximum_age").intValue()).isEqualTo(6);
    assertThat(s.get("assured_date").textValue()).isEqualTo("2018-03-01");
    assertThat(s.get("eligibility_description").textValue()).startsWith("Kinder im letzten");
    assertThat(s.get("fees_description").textValue()).isEqualTo("kostenfrei");
    assertThat(s.get("funding"))
        .extracting(f -> f.get("source").textValue())
        .containsExactly("Land NRW / ESF (Kein Kind zurücklassen!)", "Stadt Ahlen");
    assertThat(service(services(), "Sprechstunde Schuldnerberatung").has("maximum_age")).isFalse();
  }

  @Test
  @DisplayName("takes the organization from the Träger, an Akteur of the Kette")
  void organisation() {
    ObjectNode s = service(services(), "Kooperationskalender Kita – Grundschule");
    JsonNode o = s.get("organization");
    assertThat(o.get("name").textValue()).isEqualTo("Stadt Ahlen – Jugendamt");
    assertThat(o.get("email").textValue()).isEqualTo("jugendamt@ahlen.de");
    assertThat(o.get("website").textValue()).isEqualTo("https://www.ahlen.de/");
    assertThat(o.get("description").textValue())
        .isEqualTo("Jugendamt, Akteur der Präventionskette Ahlen (05570004)");
    assertThat(s.get("organization_id")).isEqualTo(o.get("id"));
    JsonNode kennung = o.get("organization_identifiers").get(0);
    assertThat(kennung.get("identifier_type").textValue()).isEqualTo("kekiz-akteur");
    assertThat(kennung.get("identifier").textValue()).isEqualTo("ahlen-jugendamt");
  }

  @Test
  @DisplayName(
      "gives a Standort shared by two Angebote one location id, with address and Sozialraum")
  void standorte() {
    ArrayNode services = services();
    JsonNode cafe =
        service(services, "Familiencafé im Familienzentrum Regenbogen")
            .at("/service_at_locations/0");
    JsonNode hebammen = service(services, "Hebammensprechstunde").at("/service_at_locations/0");
    assertThat(cafe.get("location_id")).isEqualTo(hebammen.get("location_id"));
    assertThat(cafe.get("id")).isNotEqualTo(hebammen.get("id"));
    JsonNode ort = cafe.get("location");
    assertThat(ort.get("location_type").textValue()).isEqualTo("physical");
    JsonNode adresse = ort.at("/addresses/0");
    assertThat(adresse.get("address_1").textValue()).isEqualTo("Kampstraße 12");
    assertThat(adresse.get("postal_code").textValue()).isEqualTo("59229");
    assertThat(adresse.get("state_province").textValue()).isEqualTo("Nordrhein-Westfalen");
    assertThat(adresse.get("country").textValue()).isEqualTo("DE");
    assertThat(ort.at("/attributes/0/taxonomy_term/code").textValue())
        .isEqualTo("05570004:sued-ost");
    assertThat(ort.at("/attributes/0/taxonomy_term/name").textValue()).isEqualTo("Süd/Ost");
    JsonNode rathaus =
        service(services, "Kooperationskalender Kita – Grundschule")
            .at("/service_at_locations/0/location");
    assertThat(rathaus.get("latitude").decimalValue()).isEqualByComparingTo("51.763");
    assertThat(rathaus.get("longitude").decimalValue()).isEqualByComparingTo("7.891");
    JsonNode telefon =
        service(services, "Hebammensprechstunde").at("/service_at_locations/1/location");
    assertThat(telefon.get("location_type").textValue()).isEqualTo("virtual");
    assertThat(telefon.get("addresses")).isEmpty();
  }

  @Test
  @DisplayName("turns an RRULE into HSDS schedule fields and keeps the full rule in notes")
  void zeitplaene() {
    ArrayNode services = services();
    JsonNode monatlich =
        service(services, "Kooperationskalender Kita – Grundschule").at("/schedules/0");
    assertThat(monatlich.get("freq").textValue()).isEqualTo("MONTHLY");
    assertThat(monatlich.get("byday").textValue()).isEqualTo("2TU");
    assertThat(monatlich.get("opens_at").textValue()).isEqualTo("15:00");
    assertThat(monatlich.get("closes_at").textValue()).isEqualTo("17:00");
    assertThat(monatlich.get("description").textValue()).startsWith("Austauschtreffen");
    assertThat(monatlich.get("notes").textValue()).startsWith("RRULE:FREQ=MONTHLY;BYDAY=2TU");
    JsonNode vierzehntaegig =
        service(services, "Sprechstunde Schuldnerberatung").at("/schedules/0");
    assertThat(vierzehntaegig.get("freq").textValue()).isEqualTo("WEEKLY");
    assertThat(vierzehntaegig.get("interval").intValue()).isEqualTo(2);
    assertThat(vierzehntaegig.get("until").textValue()).isEqualTo("2024-12-31");
    JsonNode jaehrlich = service(services, "Kinderfest im Stadtpark").at("/schedules/0");
    assertThat(jaehrlich.has("freq")).as("HSDS 3.0 knows only WEEKLY and MONTHLY").isFalse();
    assertThat(jaehrlich.has("bymonthday")).isFalse();
    assertThat(jaehrlich.get("notes").textValue())
        .isEqualTo(
            "RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20 (Uhrzeiten in Ortszeit Europe/Berlin)");
    assertThat(jaehrlich.get("closes_at").textValue()).isEqualTo("17:30");
  }

  @Test
  @DisplayName("lists the Sozialräume as service areas with name, URI and GeoJSON extent")
  void gebiete() {
    JsonNode gebiete =
        service(services(), "Kooperationskalender Kita – Grundschule").get("service_areas");
    assertThat(gebiete)
        .extracting(g -> g.get("name").textValue())
        .containsExactly(
            "Innenstadt", "Nord (mit Neubaugebiet Äußere Wüste)", "Süd/Ost", "Vorhelm");
    assertThat(gebiete.get(0).get("uri").textValue())
        .isEqualTo("urn:kekiz:sozialraum:05570004:innenstadt");
    assertThat(gebiete.get(0).get("extent_type").textValue()).isEqualTo("geojson");
    assertThat(gebiete.get(0).get("extent").textValue()).startsWith("{\"type\":\"Polygon\"");
    assertThat(gebiete.get(1).has("extent")).isFalse();
    JsonNode ohneKommune =
        HsdsAngebotWriter.builder()
            .build()
            .alsHsds(KetteFixtures.ahlen())
            .get(0)
            .get("service_areas");
    assertThat(ohneKommune.get(0).get("name").textValue()).isEqualTo("innenstadt");
  }

  @Test
  @DisplayName("writes Lebensphase, Handlungsfeld, Präventionsebene and Übergang as taxonomy terms")
  void taxonomie() {
    JsonNode attribute =
        service(services(), "Kooperationskalender Kita – Grundschule").get("attributes");
    List<String> begriffe = new ArrayList<>();
    attribute.forEach(
        a ->
            begriffe.add(
                a.at("/taxonomy_term/taxonomy").textValue()
                    + "/"
                    + a.at("/taxonomy_term/code").textValue()));
    assertThat(begriffe)
        .containsExactly(
            "kekiz-kennung/angebot",
            "kekiz-praeventionsebene/universell",
            "kekiz-lebensphase/grundschule",
            "kekiz-lebensphase/kita",
            "kekiz-handlungsfeld/bildung",
            "kekiz-handlungsfeld/jugendhilfe",
            "kekiz-uebergang/kita-grundschule");
    assertThat(attribute.get(0).get("value").textValue()).isEqualTo("kita-gs-kooperationskalender");
    JsonNode kita = attribute.get(3);
    assertThat(kita.at("/taxonomy_term/name").textValue()).isEqualTo("Rund um die Kita");
    assertThat(kita.get("link_entity").textValue()).isEqualTo("service");
    assertThat(kita.get("taxonomy_term_id")).isEqualTo(kita.at("/taxonomy_term/id"));
    assertThat(attribute.get(6).at("/taxonomy_term/name").textValue())
        .isEqualTo("Kita → Grundschule");
  }

  @Test
  @DisplayName("writes capacity, for which HSDS 3.0 has no field, as attributes with values")
  void kapazitaet() {
    JsonNode attribute =
        service(services(), "Familiencafé im Familienzentrum Regenbogen").get("attributes");
    List<String> werte = new ArrayList<>();
    attribute.forEach(
        a -> {
          if (a.at("/taxonomy_term/taxonomy").textValue().equals("kekiz-kapazitaet")) {
            werte.add(a.at("/taxonomy_term/code").textValue() + "=" + a.get("value").textValue());
          }
        });
    assertThat(werte).containsExactly("plaetze=12", "freie-plaetze=3", "platzeinheit=Familien");
  }

  @Test
  @DisplayName("writes fees as cost options in EUR and a German fee description")
  void kosten() {
    ObjectNode s = service(services(), "Hebammensprechstunde");
    JsonNode kosten = s.at("/cost_options/0");
    assertThat(kosten.get("currency").textValue()).isEqualTo("EUR");
    assertThat(kosten.get("amount").decimalValue()).isEqualByComparingTo("10");
    assertThat(kosten.get("amount_description").textValue()).isEqualTo("pro Termin");
    assertThat(kosten.get("option").textValue()).startsWith("entfällt für Versicherte");
    assertThat(s.get("fees_description").textValue())
        .isEqualTo("10,00 € pro Termin (entfällt für Versicherte der gesetzlichen Krankenkassen)");
  }

  @Test
  @DisplayName("gives stable name-based UUIDs: the same Kette gives the same bytes")
  void stabileIds() throws IOException {
    HsdsAngebotWriter writer = HsdsAngebotWriter.builder().kommune(BeispielDaten.ahlen()).build();
    ByteArrayOutputStream eins = new ByteArrayOutputStream();
    ByteArrayOutputStream zwei = new ByteArrayOutputStream();
    writer.schreibe(kette(), eins);
    writer.schreibe(kette(), zwei);
    assertThat(eins.toByteArray()).isEqualTo(zwei.toByteArray());
    String id = services().get(0).get("id").textValue();
    assertThat(UUID.fromString(id).version()).isEqualTo(5);
    // RFC 4122 / Python uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    assertThat(NamensUuid.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
  }

  @Test
  @DisplayName(
      "writes indented UTF-8 JSON to the file the script checks and rejects another Kommune")
  void datei() throws IOException {
    Path ordner = Path.of("target", "hsds-beispiel");
    Files.createDirectories(ordner);
    Path datei = ordner.resolve(HsdsAngebotWriter.DATEINAME);
    HsdsAngebotWriter.builder().kommune(BeispielDaten.ahlen()).build().schreibe(kette(), datei);
    String text = Files.readString(datei, StandardCharsets.UTF_8);
    assertThat(text).startsWith("[ {").contains("\"Süd/Ost\"").endsWith("} ]\n");
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(text)).isEqualTo(m.readTree(m.writeValueAsString(services())));
    assertThat(text).contains("\"amount\" : 10.00,");
    assertThatThrownBy(
            () ->
                HsdsAngebotWriter.builder().kommune(BeispielDaten.koeln()).build().alsHsds(kette()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("05315000");
  }
}
