package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip with the writer is tested in kekiz-examples ({@code AngeboteBefehlTest}). */
@DisplayName("HsdsAngebotLeser: Angebote from HSDS 3.0")
class HsdsAngebotLeserTest {

  static final Gemeindeschluessel HAMBURG = Gemeindeschluessel.parse("02000000");

  static final String SERVICE =
      """
      {"id": "x", "name": "Elterncafé", "description": "Offener Treff", "status": "active",
       "minimum_age": 0, "maximum_age": 6,
       "organization": {"id": "o", "name": "Haus der Familie",
         "description": "Familienzentrum, Akteur der Präventionskette Hamburg (02000000)",
         "organization_identifiers": [{"id": "k", "identifier_type": "kekiz-akteur",
                                       "identifier": "hdf"}]},
       "service_areas": [{"id": "g", "uri": "urn:kekiz:sozialraum:02000000:101"}],
       "schedules": [{"id": "s", "opens_at": "09:00", "closes_at": "11:00",
                      "notes": "RRULE:FREQ=WEEKLY;BYDAY=TU (Uhrzeiten in Ortszeit)"}],
       "attributes": [{"id": "a", "value": "elterncafe",
                       "taxonomy_term": {"taxonomy": "kekiz-kennung", "code": "angebot"}},
                      {"id": "b", "taxonomy_term": {"taxonomy": "kekiz-praeventionsebene",
                                                    "code": "universell"}},
                      {"id": "c", "taxonomy_term": {"taxonomy": "kekiz-lebensphase",
                                                    "code": "kita"}},
                      {"id": "d", "taxonomy_term": {"taxonomy": "kekiz-handlungsfeld",
                                                    "code": "jugendhilfe"}}]}
      """;

  @TempDir Path ordner;

  private Path datei(String text) throws IOException {
    Path p = ordner.resolve("angebote.hsds.json");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("reads a service into an Angebot with its Träger, schedule and service area")
  void liest() throws IOException {
    Leseergebnis<Hsdsangebot> e = new HsdsAngebotLeser().lese(datei("[" + SERVICE + "]"), HAMBURG);

    assertThat(e.fehler()).isEmpty();
    Hsdsangebot h = e.objekte().get(0);
    Angebot a = h.angebot();
    assertThat(a.id().wert()).isEqualTo("elterncafe");
    assertThat(a.status()).isEqualTo(AngebotStatus.AKTIV);
    assertThat(a.alter()).hasValueSatisfying(s -> assertThat(s.toString()).isEqualTo("0-6"));
    assertThat(a.zeitplaene().get(0).rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
    assertThat(a.lebensphasen()).containsExactly("kita");
    assertThat(a.sozialraeume()).extracting(Object::toString).containsExactly("02000000:101");
    assertThat(h.traeger().id().wert()).isEqualTo("hdf");
    assertThat(h.traeger().art()).isEqualTo(Akteursart.FAMILIENZENTRUM);
  }

  @Test
  @DisplayName("names every bad value by line and JSON path and gives no Angebot")
  void nenntFehler() throws IOException {
    String falsch =
        SERVICE
            .replace("\"identifier_type\": \"kekiz-akteur\"", "\"identifier_type\": \"x\"")
            .replace("02000000:101", "05315000:101")
            .replace("\"maximum_age\": 6", "\"maximum_age\": \"sechs\"");
    Path d = datei("[" + SERVICE + ",\n" + falsch + "]");

    Leseergebnis<Hsdsangebot> e = new HsdsAngebotLeser().lese(d, HAMBURG);

    assertThat(e.objekte()).isEmpty();
    assertThat(e.fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            d
                + ", Zeile 19, Spalte 1 ([1].organization.organization_identifiers), Wert '': es"
                + " fehlt die Kennung des Trägers (identifier_type kekiz-akteur)",
            d + ", Zeile 19, Spalte 1 ([1].maximum_age), Wert 'sechs': erwartet eine ganze Zahl",
            d
                + ", Zeile 19, Spalte 1 ([1].service_areas[0].uri), Wert '05315000:101': der"
                + " Sozialraum gehört nicht zur Kommune 02000000");
  }

  @Test
  @DisplayName("refuses a file that is not a JSON array of services")
  void keinArray() throws IOException {
    Path d = datei(SERVICE);

    assertThatThrownBy(() -> new HsdsAngebotLeser().lese(d, HAMBURG))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("Zeile 1, Spalte 1: eine HSDS-Datei von kekiz ist ein JSON-Array");
  }
}
