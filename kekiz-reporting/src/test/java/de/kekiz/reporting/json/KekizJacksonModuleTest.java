package de.kekiz.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableSortedMap;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Regionalschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.reporting.BeispielDaten;
import de.kekiz.reporting.SchemaPruefung;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("KekizJacksonModule")
class KekizJacksonModuleTest {

  private static final String SCHEMA = "classpath:de/kekiz/reporting/json/kekiz.schema.json";

  private final ObjectMapper veroeffentlichung = KekizJacksonModule.objectMapper();
  private final ObjectMapper intern =
      new ObjectMapper().registerModule(KekizJacksonModule.ungeschuetzt());

  /** One example per domain type (several for the aggregates), with the type to read it as. */
  static Stream<Arguments> beispiele() {
    List<Arguments> b = new ArrayList<>();
    beispiel(b, AkteurId.of("fz-regenbogen"), AkteurId.class);
    beispiel(b, AngebotFixtures.KALENDER, AngebotId.class);
    beispiel(b, Altersspanne.of(6, 14), Altersspanne.class);
    beispiel(b, Altersspanne.ab(80), Altersspanne.class);
    beispiel(b, Geldbetrag.of("29958.39"), Geldbetrag.class);
    beispiel(b, Geldbetrag.of("98765432109876543210.10"), Geldbetrag.class);
    beispiel(b, Stellenanteil.of("0.0125"), Stellenanteil.class);
    beispiel(b, BeispielDaten.AHLEN, Gemeindeschluessel.class);
    beispiel(b, Kreisschluessel.parse("05978"), Kreisschluessel.class);
    beispiel(b, Regionalschluessel.parse("059780036036"), Regionalschluessel.class);
    beispiel(b, AngebotFixtures.SUED_OST, SozialraumId.class);
    beispiel(b, BeispielDaten.NORD, SozialraumRef.class);
    beispiel(b, IndikatorKey.of("sgb2-quote-u15"), IndikatorKey.class);
    beispiel(b, IndikatorRef.of("sgb2-quote-u15", 2), IndikatorRef.class);
    beispiel(b, Raumbezug.of(BeispielDaten.KOELN), KommuneBezug.class);
    beispiel(b, Raumbezug.of(BeispielDaten.SUED_OST), SozialraumBezug.class);
    beispiel(b, Raumbezug.of(BeispielDaten.SUED_OST), Raumbezug.class);
    beispiel(b, Raumbezug.of(BeispielDaten.KOELN), Raumbezug.class);
    for (String p : List.of("2023", "2023-S2", "2023-Q1", "2023-03", "2023/24", "1999/00")) {
      beispiel(b, Periode.parse(p), Periode.class);
    }
    beispiel(b, LeitbildId.parse("05570004/1"), LeitbildId.class);
    beispiel(b, Zeitraum.jahr(2017), Zeitraum.class);
    beispiel(b, Zeitraum.ab(LocalDate.of(2020, 1, 1)), Zeitraum.class);
    beispiel(b, Aufschluesselung.INSGESAMT, Aufschluesselung.class);
    beispiel(
        b,
        Aufschluesselung.of("geschlecht", "w").mit("staatsangehoerigkeit", "ausländisch"),
        Aufschluesselung.class);
    beispiel(
        b,
        Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), 412),
        Bevoelkerungsstand.class);
    beispiel(
        b,
        Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")),
        Foerderung.class);
    beispiel(b, Programm.KINDERSTARK, Programm.class);
    for (Programmteilnahme t : BeispielDaten.ahlen().teilnahmen()) {
      beispiel(b, t, Programmteilnahme.class);
    }
    for (Kommune k : BeispielDaten.kommunen()) {
      k.sozialraeume().forEach(s -> beispiel(b, s, Sozialraum.class));
      beispiel(b, k, Kommune.class);
    }
    BeispielDaten.indikatoren().forEach(i -> beispiel(b, i, Indikator.class));
    BeispielDaten.messwerte().forEach(m -> beispiel(b, m, Messwert.class));
    beispiel(b, BeispielDaten.messwerte().get(4).schluessel(), MesswertSchluessel.class);
    Leitbild leitbild = LeitbildFixtures.ahlen();
    for (Leitziel l : leitbild.leitziele()) {
      beispiel(b, l, Leitziel.class);
      for (Handlungsziel h : l.handlungsziele()) {
        beispiel(b, h, Handlungsziel.class);
        h.zielwerte().forEach(z -> beispiel(b, z, Zielwert.class));
      }
    }
    beispiel(b, leitbild, Leitbild.class);
    beispiel(
        b,
        Leitbild.builder(BeispielDaten.BOENEN, 2, "Leitbild ohne Beschluss").build(),
        Leitbild.class);
    beispiel(b, Adresse.of("Kampstraße 12", "59229", "Ahlen"), Adresse.class);
    beispiel(b, Koordinate.of("-89.999999999", "179.0000001"), Koordinate.class);
    Praeventionskette kette = KetteFixtures.ahlen();
    for (Angebot a : kette.angebote()) {
      a.standorte().forEach(s -> beispiel(b, s, Standort.class));
      a.zeitplaene().forEach(z -> beispiel(b, z, Zeitplan.class));
      a.kosten().forEach(k -> beispiel(b, k, Kostenoption.class));
      a.kapazitaet().ifPresent(k -> beispiel(b, k, Kapazitaet.class));
      beispiel(b, a, Angebot.class);
    }
    beispiel(b, schlichtesAngebot(), Angebot.class);
    beispiel(b, Zeitplan.of("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1;COUNT=3"), Zeitplan.class);
    beispiel(b, Kapazitaet.of(20, "Kinder"), Kapazitaet.class);
    kette.lebensphasen().forEach(l -> beispiel(b, l, Lebensphase.class));
    kette.handlungsfelder().forEach(h -> beispiel(b, h, Handlungsfeld.class));
    kette.uebergaenge().forEach(u -> beispiel(b, u, Uebergang.class));
    kette.akteure().forEach(a -> beispiel(b, a, Akteur.class));
    kette.netzwerke().forEach(n -> beispiel(b, n, Netzwerk.class));
    kette.steuerung().alleMitglieder().forEach(m -> beispiel(b, m, Mitglied.class));
    beispiel(b, KetteFixtures.steuerungsgruppe(), Steuerungsgruppe.class);
    KetteFixtures.ags().forEach(a -> beispiel(b, a, Arbeitsgemeinschaft.class));
    beispiel(b, KetteFixtures.koordination(), Koordination.class);
    beispiel(
        b,
        new Koordination("Koordination", null, "Jugendamt", Set.of(), null, null),
        Koordination.class);
    beispiel(b, KetteFixtures.steuerung(), Steuerung.class);
    beispiel(b, Steuerung.KEINE, Steuerung.class);
    beispiel(b, kette, Praeventionskette.class);
    beispiel(b, Praeventionskette.builder(BeispielDaten.BOENEN).build(), Praeventionskette.class);
    beispiel(b, grosseUndKleineZahlen(), Messwert.class);
    for (Class<? extends Enum<?>> art : ENUMS) {
      for (Enum<?> e : art.getEnumConstants()) {
        beispiel(b, e, art);
      }
    }
    beispiel(
        b,
        de.kekiz.domain.kommune.RegierungsbezirkNrw.MUENSTER,
        de.kekiz.domain.kommune.RegierungsbezirkNrw.class);
    return b.stream();
  }

  private static void beispiel(List<Arguments> liste, Object wert, Class<?> art) {
    liste.add(Arguments.of(art.getSimpleName(), wert, art));
  }

  /** An Angebot with only the required parts: no Standort, age, eligibility, capacity, fees. */
  static Angebot schlichtesAngebot() {
    return Angebot.builder(AngebotId.of("elternbrief"), "Elternbriefe", KetteFixtures.JUGENDAMT)
        .beschreibung("Briefe an alle Eltern im ersten Lebensjahr des Kindes.")
        .ebenen(Praeventionsebene.UNIVERSELL)
        .lebensphasen("schwangerschaft-geburt")
        .handlungsfelder("jugendhilfe")
        .sozialraeume(AngebotFixtures.NORD)
        .build();
  }

  /** An absolute value with 30 digits before and 9 after the point and one of 10^-18. */
  static Messwert grosseUndKleineZahlen() {
    return new Messwert(
        BeispielDaten.WANDERUNGSSALDO_REF,
        Raumbezug.of(BeispielDaten.AHLEN),
        Periode.quartal(2024, 4),
        Aufschluesselung.INSGESAMT,
        new BigDecimal("-123456789012345678901234567890.123456789"),
        new BigDecimal("0.000000000000000001"),
        ObsStatus.E,
        ConfStatus.F);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("beispiele")
  @DisplayName("reads every domain type back to an equal object (internal variant)")
  void rundreiseIntern(String typ, Object wert, Class<?> art) throws IOException {
    byte[] json = intern.writeValueAsBytes(wert);
    assertThat(intern.readValue(json, art)).isEqualTo(wert);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("beispiele")
  @DisplayName("reads every unsuppressed value back to an equal object (publication variant)")
  void rundreiseVeroeffentlichung(String typ, Object wert, Class<?> art) throws IOException {
    byte[] json = veroeffentlichung.writeValueAsBytes(wert);
    Object wieder = veroeffentlichung.readValue(json, art);
    if (wert instanceof Messwert m && !m.confStatus().veroeffentlichbar()) {
      assertThat(wieder).isEqualTo(m.withWerten(null, null));
    } else {
      assertThat(wieder).isEqualTo(wert);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("beispiele")
  @DisplayName("writes every domain type valid against its definition in kekiz.schema.json")
  void schema(String typ, Object wert, Class<?> art) {
    JsonNode json = intern.valueToTree(wert);
    if (json.isObject()) {
      assertThat(SchemaPruefung.fehler(SCHEMA + "#/$defs/" + definition(art), json)).isEmpty();
    }
  }

  @Test
  @DisplayName("the schema rejects an unknown field, a malformed key and a float for a decimal")
  void schemaLehntAb() {
    com.fasterxml.jackson.databind.node.ObjectNode kommune =
        intern.valueToTree(BeispielDaten.boenen());
    assertThat(SchemaPruefung.fehler(SCHEMA + "#/$defs/Kommune", kommune)).isEmpty();
    assertThat(
            SchemaPruefung.fehler(
                SCHEMA + "#/$defs/Kommune", kommune.deepCopy().put("farbe", "blau")))
        .isNotEmpty();
    assertThat(
            SchemaPruefung.fehler(
                SCHEMA + "#/$defs/Kommune", kommune.deepCopy().put("schluessel", "0597800")))
        .isNotEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode koordinate =
        intern.valueToTree(Koordinate.of("51.763", "7.891"));
    assertThat(
            SchemaPruefung.fehler(
                SCHEMA + "#/$defs/Koordinate", koordinate.deepCopy().put("breite", 51.763)))
        .isNotEmpty();
  }

  @Test
  @DisplayName("the schema names the format version the module writes")
  void schemaVersion() throws IOException {
    JsonNode schema;
    try (InputStream in =
        KekizJacksonModuleTest.class.getResourceAsStream(
            "/de/kekiz/reporting/json/kekiz.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    assertThat(schema.get("$id").asText())
        .isEqualTo("urn:kekiz:json-format:" + KekizJacksonModule.FORMATVERSION);
    assertThat(schema.get("title").asText())
        .isEqualTo("kekiz JSON format " + KekizJacksonModule.FORMATVERSION);
  }

  private static String definition(Class<?> art) {
    return art == KommuneBezug.class || art == SozialraumBezug.class
        ? "Raumbezug"
        : art.getSimpleName();
  }

  @Test
  @DisplayName("is found by ObjectMapper.findModules through META-INF/services")
  void serviceLoader() {
    List<Module> module = ObjectMapper.findModules();
    assertThat(module).anyMatch(m -> m instanceof KekizJacksonModule);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("kekiz");
  }

  @Nested
  @DisplayName("the format")
  class Format {

    @Test
    @DisplayName("matches the stored example for Ahlen field by field (format stability)")
    void golden() throws IOException {
      Map<String, Object> dokument = new LinkedHashMap<>();
      dokument.put("kommune", BeispielDaten.ahlen());
      dokument.put("messwerte", BeispielDaten.messwerte());
      JsonNode geschrieben =
          new ObjectMapper().readTree(veroeffentlichung.writeValueAsString(dokument));
      try (InputStream in =
          KekizJacksonModuleTest.class.getResourceAsStream("beispiel-ahlen.json")) {
        assertThat(in).as("stored example").isNotNull();
        JsonNode gespeichert = new ObjectMapper().readTree(in);
        assertThat(geschrieben).isEqualTo(gespeichert);
      }
    }

    @Test
    @DisplayName("writes decimals as strings in plain notation, never with an exponent")
    void dezimalen() throws IOException {
      String json = intern.writeValueAsString(grosseUndKleineZahlen());
      assertThat(json)
          .contains("\"zaehler\":\"-123456789012345678901234567890.123456789\"")
          .contains("\"nenner\":\"0.000000000000000001\"")
          .doesNotContainIgnoringCase("e-");
      Zielwert z =
          new Zielwert(
              IndikatorKey.of("x"),
              new BigDecimal("1E-7"),
              de.kekiz.domain.leitbild.Zielrichtung.HOECHSTENS,
              LocalDate.of(2030, 1, 1),
              null,
              new BigDecimal("1E+3"));
      assertThat(intern.writeValueAsString(z))
          .contains("\"wert\":\"0.0000001\"")
          .contains("\"ausgangswert\":\"1000\"");
    }

    @Test
    @DisplayName("keeps umlauts as UTF-8 characters, unescaped")
    void umlaute() throws IOException {
      byte[] json = intern.writeValueAsBytes(BeispielDaten.ahlen());
      String text = new String(json, StandardCharsets.UTF_8);
      assertThat(text).contains("\"Süd/Ost\"").contains("Äußere Wüste");
      assertThat(intern.readValue(json, Kommune.class).sozialraeume().get(1).name())
          .isEqualTo("Süd/Ost");
    }

    @Test
    @DisplayName("leaves absent optional parts out instead of writing null")
    void ohneOptionaleTeile() throws IOException {
      String koeln = intern.writeValueAsString(BeispielDaten.koeln());
      assertThat(koeln).doesNotContain("\"kreis\"").doesNotContain("null");
      String angebot = intern.writeValueAsString(schlichtesAngebot());
      assertThat(angebot)
          .doesNotContain("\"alter\"", "\"zugang\"", "\"kapazitaet\"", "\"url\"", "null")
          .contains("\"kosten\":[]");
    }

    @Test
    @DisplayName("reads an explicit null like an absent optional part")
    void nullWieFehlend() throws IOException {
      String json = "{\"strasse\":\"Kampstraße 12\",\"postleitzahl\":\"59229\",\"ort\":\"Ahlen\"}";
      assertThat(intern.readValue(json, Adresse.class)).isNotNull();
      String standort =
          "{\"id\":\"telefon\",\"name\":\"Telefon\",\"art\":\"VIRTUELL\",\"adresse\":null}";
      assertThat(intern.readValue(standort, Standort.class))
          .isEqualTo(Standort.virtuell("telefon", "Telefon"));
    }

    @Test
    @DisplayName("writes value types with a text form as that text, also as map keys")
    void textformen() throws IOException {
      Map<SozialraumId, Periode> karte = new LinkedHashMap<>();
      karte.put(AngebotFixtures.SUED_OST, Periode.schuljahr(2023));
      karte.put(AngebotFixtures.NORD, Periode.quartal(2024, 1));
      String json = intern.writeValueAsString(karte);
      assertThat(json)
          .isEqualTo("{\"05570004:sued-ost\":\"2023/24\",\"05570004:nord\":\"2024-Q1\"}");
      Map<SozialraumId, Periode> wieder =
          intern.readValue(json, new TypeReference<Map<SozialraumId, Periode>>() {});
      assertThat(wieder).isEqualTo(karte);
      Map<Aufschluesselung, Integer> schluessel =
          Map.of(Aufschluesselung.of(ImmutableSortedMap.of("alter", "0-2", "geschlecht", "w")), 1);
      String aufschluesselung = intern.writeValueAsString(schluessel);
      assertThat(aufschluesselung).isEqualTo("{\"alter=0-2,geschlecht=w\":1}");
      assertThat(
              intern.readValue(
                  aufschluesselung, new TypeReference<Map<Aufschluesselung, Integer>>() {}))
          .isEqualTo(schluessel);
    }

    @Test
    @DisplayName("writes enum constants by name even when the mapper would write indexes")
    void konstantenNamen() throws IOException {
      ObjectMapper index =
          KekizJacksonModule.objectMapper()
              .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_INDEX);
      assertThat(index.writeValueAsString(ConfStatus.A)).isEqualTo("\"A\"");
      assertThat(index.writeValueAsString(Map.of(ObsStatus.P, 1))).isEqualTo("{\"P\":1}");
      assertThatThrownBy(() -> index.readValue("\"a\"", ConfStatus.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("got 'a'");
    }

    @Test
    @DisplayName("writes a list of observations and reads it back")
    void listen() throws IOException {
      List<Messwert> messwerte =
          BeispielDaten.messwerte().stream().filter(Messwert::veroeffentlichbar).toList();
      String json = veroeffentlichung.writeValueAsString(messwerte);
      assertThat(veroeffentlichung.readValue(json, new TypeReference<List<Messwert>>() {}))
          .isEqualTo(messwerte);
    }
  }

  @Nested
  @DisplayName("small-number protection")
  class Geheimhaltung {

    @Test
    @DisplayName("the publication variant writes no numerator or denominator of a suppressed value")
    void ohneGesperrteWerte() throws IOException {
      List<Messwert> gesperrt =
          BeispielDaten.messwerte().stream()
              .filter(m -> !m.confStatus().veroeffentlichbar())
              .toList();
      assertThat(gesperrt).hasSize(2).allMatch(Messwert::hatWert);
      String json = veroeffentlichung.writeValueAsString(gesperrt);
      assertThat(json)
          .doesNotContain("\"zaehler\"", "\"nenner\"")
          .doesNotContain(BeispielDaten.GEHEIMER_NENNER.toPlainString(), "\"23\"", "1111")
          .contains("\"confStatus\":\"A\"", "\"confStatus\":\"D\"");
    }

    @Test
    @DisplayName("the internal variant keeps them, so the value reads back equal")
    void mitGesperrtenWerten() throws IOException {
      Messwert gesperrt = BeispielDaten.messwerte().get(4);
      assertThat(gesperrt.confStatus()).isEqualTo(ConfStatus.A);
      String json = intern.writeValueAsString(gesperrt);
      assertThat(json).contains("\"zaehler\":\"7\"", "\"nenner\":\"4093\"");
      assertThat(KekizJacksonModule.ungeschuetzt().schreibtGesperrteWerte()).isTrue();
      assertThat(new KekizJacksonModule().schreibtGesperrteWerte()).isFalse();
    }
  }

  @Nested
  @DisplayName("bad input")
  class Fehler {

    @Test
    @DisplayName("rejects an unknown field, naming it and its place")
    void unbekanntesFeld() {
      String json =
          "{\"strasse\":\"Kampstraße 12\",\"postleitzahl\":\"59229\",\"ort\":\"Ahlen\","
              + "\"farbe\":\"blau\"}";
      assertThatThrownBy(() -> intern.readValue(json, Adresse.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("$: unknown field 'farbe'");
    }

    @Test
    @DisplayName("skips an unknown field when FAIL_ON_UNKNOWN_PROPERTIES is off")
    void unbekanntesFeldErlaubt() throws IOException {
      String json =
          "{\"strasse\":\"Kampstraße 12\",\"postleitzahl\":\"59229\",\"ort\":\"Ahlen\","
              + "\"farbe\":\"blau\"}";
      ObjectMapper nachsichtig =
          KekizJacksonModule.objectMapper()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      assertThat(nachsichtig.readValue(json, Adresse.class))
          .isEqualTo(Adresse.of("Kampstraße 12", "59229", "Ahlen"));
    }

    @Test
    @DisplayName("reports a malformed value with its path and the domain's message as cause")
    void falscherWert() throws IOException {
      JsonNode kommune = intern.valueToTree(BeispielDaten.ahlen());
      ((com.fasterxml.jackson.databind.node.ObjectNode) kommune.get("sozialraeume").get(1))
          .put("gebietsstand", 0);
      assertThatThrownBy(() -> intern.treeToValue(kommune, Kommune.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("$.sozialraeume[1]")
          .hasMessageContaining("needs a number from 1, got 0")
          .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("reports a broken domain rule with its rule code")
    void regelverstoss() throws IOException {
      JsonNode kommune = intern.valueToTree(BeispielDaten.koeln());
      ((com.fasterxml.jackson.databind.node.ObjectNode) kommune).put("kreisfrei", false);
      assertThatThrownBy(() -> intern.treeToValue(kommune, Kommune.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("kommune.kreisfreie-stadt-nicht-kreisfrei")
          .hasRootCauseInstanceOf(RegelverstossException.class);
    }

    @Test
    @DisplayName("names a missing required field")
    void pflichtfeld() {
      assertThatThrownBy(() -> intern.readValue("{\"key\":\"gesundheit\"}", Handlungsfeld.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("$.name: is required but missing");
    }

    @Test
    @DisplayName("rejects a decimal written as a JSON floating-point number, accepts whole ones")
    void dezimalAlsZahl() throws IOException {
      assertThatThrownBy(
              () -> intern.readValue("{\"breite\":51.763,\"laenge\":\"7.891\"}", Koordinate.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("$.breite: needs a decimal number written as a string");
      assertThat(intern.readValue("{\"breite\":51,\"laenge\":\"7.891\"}", Koordinate.class))
          .isEqualTo(Koordinate.of("51", "7.891"));
    }

    @Test
    @DisplayName("rejects an enum name it does not know, listing the allowed ones")
    void konstante() {
      String json = "{\"id\":\"telefon\",\"name\":\"Telefon\",\"art\":\"virtual\"}";
      assertThatThrownBy(() -> intern.readValue(json, Standort.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining(
              "$.art: needs one of [PHYSISCH, POSTALISCH, VIRTUELL], got 'virtual'");
    }

    @Test
    @DisplayName("rejects a text form that does not parse, quoting it")
    void textform() {
      assertThatThrownBy(() -> intern.readValue("\"2023-Q5\"", Periode.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("2023-Q5");
      assertThatThrownBy(() -> intern.readValue("2023", Periode.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("needs a JSON string");
      assertThatThrownBy(() -> intern.readValue("\"05315000:404@1\"", KommuneBezug.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("KommuneBezug needs an AGS");
    }
  }

  @Test
  @DisplayName("the schema lists every constant of every enum the format writes")
  void schemaEnums() throws IOException {
    JsonNode defs;
    try (InputStream in = KekizJacksonModule.class.getResourceAsStream("kekiz.schema.json")) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    for (Class<? extends Enum<?>> art : ENUMS) {
      List<String> imSchema = new ArrayList<>();
      defs.get(art.getSimpleName()).get("enum").forEach(n -> imSchema.add(n.textValue()));
      List<String> inJava = Stream.of(art.getEnumConstants()).map(Enum::name).toList();
      assertThat(imSchema).as(art.getSimpleName()).isEqualTo(inJava);
    }
  }

  /** Every enum the format writes inside its objects. */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.<Class<? extends Enum<?>>>of(
          de.kekiz.domain.kommune.Kommunenart.class,
          de.kekiz.domain.kommune.Sozialraumebene.class,
          Finanzierungsquelle.class,
          Praeventionsebene.class,
          de.kekiz.domain.angebot.AngebotStatus.class,
          Standortart.class,
          de.kekiz.domain.kette.Akteursart.class,
          ConfStatus.class,
          ObsStatus.class,
          de.kekiz.domain.indikator.Polaritaet.class,
          de.kekiz.domain.indikator.RaeumlicheEbene.class,
          de.kekiz.domain.indikator.Periodizitaet.class,
          de.kekiz.domain.leitbild.Praeventionsleitlinie.class,
          de.kekiz.domain.leitbild.Zielrichtung.class,
          de.kekiz.domain.programm.Programmrolle.class,
          de.kekiz.domain.lernnetzwerk.Praxisart.class);

  @Test
  @DisplayName("a Standort without address but of kind PHYSISCH breaks the domain rule on reading")
  void physischOhneAdresse() {
    String json = "{\"id\":\"x\",\"name\":\"Ort\",\"art\":\"PHYSISCH\"}";
    assertThatThrownBy(() -> intern.readValue(json, Standort.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("standort.physisch-ohne-adresse");
    assertThat(LocalTime.of(15, 0).toString()).isEqualTo("15:00");
  }
}
