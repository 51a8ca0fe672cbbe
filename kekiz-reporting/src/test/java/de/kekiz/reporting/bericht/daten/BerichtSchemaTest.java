package de.kekiz.reporting.bericht.daten;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.lernnetzwerk.Praxisbeispiel;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Dominanzregel;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.geheimhaltung.Rundung;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Brennpunkt;
import de.kekiz.monitoring.veroeffentlichung.Gebietsart;
import de.kekiz.monitoring.veroeffentlichung.Gruppenvergleich;
import de.kekiz.monitoring.veroeffentlichung.Gruppenwert;
import de.kekiz.monitoring.veroeffentlichung.Handlungsbedarf;
import de.kekiz.monitoring.veroeffentlichung.Haushaltsjahr;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Kettenreife;
import de.kekiz.monitoring.veroeffentlichung.Kommunenreife;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Lueckenanalyse;
import de.kekiz.monitoring.veroeffentlichung.Massnahmenart;
import de.kekiz.monitoring.veroeffentlichung.Mehrjahreswert;
import de.kekiz.monitoring.veroeffentlichung.Phasenreichweite;
import de.kekiz.monitoring.veroeffentlichung.Praxiseintrag;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Quellenbetrag;
import de.kekiz.monitoring.veroeffentlichung.Reichweitenwert;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Reifekriterium;
import de.kekiz.monitoring.veroeffentlichung.Reifeverteilung;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Sozialindex;
import de.kekiz.monitoring.veroeffentlichung.Sozialindexwert;
import de.kekiz.monitoring.veroeffentlichung.Trend;
import de.kekiz.monitoring.veroeffentlichung.Trendrichtung;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsabdeckung;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsmessung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Wertart;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsmonitoring;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.monitoring.veroeffentlichung.Zeitreihe;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.monitoring.veroeffentlichung.Zielerreichung;
import de.kekiz.monitoring.veroeffentlichung.Zielstatus;
import de.kekiz.reporting.Demoberichte;
import de.kekiz.reporting.SchemaPruefung;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.KoelnFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.programm.ProgrammberichtWriterTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code bericht.json} and {@code programmbericht.json} as written, against the definitions {@code
 * Monitoringbericht} and {@code Programmbericht} of {@code kekiz.schema.json}: the demo's three
 * reports, the report fixtures with every kind of cell (pooled, coarsened, perturbed, suppressed,
 * missing) and the internal mode, variants with the optional parts absent or present, and the
 * programme report. Broken documents fail with the error that names the place. Every component of
 * the core's records the schema names has its property, of the right type, nullable exactly when
 * the component is {@code @Nullable}.
 *
 * <p>Every document checked is also written to {@code target/bericht-schema/} for the second reader
 * (Python's jsonschema, {@code src/test/scripts/bericht-schema-pruefen.sh}).
 */
@DisplayName("bericht.json and programmbericht.json against kekiz.schema.json")
class BerichtSchemaTest {

  static final String SCHEMA = "classpath:de/kekiz/reporting/json/kekiz.schema.json";
  static final String MONITORINGBERICHT = SCHEMA + "#/$defs/Monitoringbericht";
  static final String PROGRAMMBERICHT = SCHEMA + "#/$defs/Programmbericht";

  /** Where every document checked here is written, for the second reader. */
  static final Path ZIEL = Path.of("target", "bericht-schema").toAbsolutePath();

  private static final ObjectMapper LESER = new ObjectMapper();
  private static final LocalDate PROGRAMMTAG = LocalDate.of(2024, 12, 31);
  private static final CellKeyVerfahren CELL_KEY =
      CellKeyVerfahren.of(
          Ueberlagerungsparameter.standard(),
          "ein Geheimnis von Länge".getBytes(StandardCharsets.UTF_8));

  /** Every document checked, by name: {@code bericht.json} first, then the programme reports. */
  static final Map<String, JsonNode> DOKUMENTE = new LinkedHashMap<>();

  /** The definition each document is checked against, by name. */
  static final Map<String, String> DEFINITION = new LinkedHashMap<>();

  @BeforeAll
  static void schreibe() throws IOException {
    Files.createDirectories(ZIEL);
    for (String n : Demoberichte.NAMEN) {
      // the file BerichtWriter wrote for the demo
      Path datei = Demoberichte.ordner(n).resolve(BerichtJson.DATEINAME);
      try (InputStream in = Files.newInputStream(datei)) {
        DOKUMENTE.put("demo-" + n, LESER.readTree(in));
        DEFINITION.put("demo-" + n, MONITORINGBERICHT);
      }
    }
    Veroeffentlichungsauftrag ahlen = Berichtsdaten.auftrag();
    Veroeffentlichungsauftrag koeln = Veroeffentlichungsauftrag.am(KoelnFixtures.STICHTAG);
    Map<String, Supplier<Monitoringbericht>> berichte = new LinkedHashMap<>();
    berichte.put("ahlen", BerichtFixtures::ahlen);
    berichte.put("ahlen-ohne-sperre", BerichtFixtures::ahlenOhneSperre);
    berichte.put("ahlen-boese-namen", BerichtFixtures::mitBoesenNamen);
    berichte.put(
        "ahlen-intern", () -> BerichtFixtures.ahlen(ahlen.withVerfahren(Schutzverfahren.INTERN)));
    berichte.put("ahlen-cell-key", () -> BerichtFixtures.ahlen(ahlen.withCellKey(CELL_KEY)));
    berichte.put("koeln", () -> koeln(koeln));
    berichte.put("koeln-cell-key", () -> koeln(koeln.withCellKey(CELL_KEY)));
    berichte.put("koeln-intern", () -> koeln(koeln.withVerfahren(Schutzverfahren.INTERN)));
    berichte.put(
        "koeln-ohne-pooling", () -> koeln(koeln.withPoolperioden(1).withVergroeberung(false)));
    berichte.put("ohne-leitbild-kette-index", BerichtSchemaTest::ohneOptionales);
    berichte.put("mit-gruppenvergleich", BerichtSchemaTest::mitGruppenvergleich);
    for (Map.Entry<String, Supplier<Monitoringbericht>> e : berichte.entrySet()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new BerichtJson().schreibe(e.getValue().get(), Berichtsoptionen.STANDARD, out);
      ablegen(e.getKey(), out.toByteArray(), MONITORINGBERICHT);
    }
    Veroeffentlichungsauftrag programm = Veroeffentlichungsauftrag.am(PROGRAMMTAG);
    Map<String, Supplier<Programmveroeffentlichung>> programme = new LinkedHashMap<>();
    programme.put("programm", () -> ProgrammberichtWriterTest.bericht(programm));
    programme.put(
        "programm-intern",
        () -> ProgrammberichtWriterTest.bericht(programm.withVerfahren(Schutzverfahren.INTERN)));
    programme.put("programm-varianten", () -> programmVarianten(programm));
    programme.put(
        "programm-cell-key",
        () -> ProgrammberichtWriterTest.bericht(programm.withCellKey(CELL_KEY)));
    for (Map.Entry<String, Supplier<Programmveroeffentlichung>> e : programme.entrySet()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new ProgrammberichtJson().schreibe(e.getValue().get(), PROGRAMMTAG, out);
      ablegen(e.getKey(), out.toByteArray(), PROGRAMMBERICHT);
    }
  }

  private static void ablegen(String name, byte[] json, String definition) throws IOException {
    Files.write(ZIEL.resolve(name + ".json"), json);
    DOKUMENTE.put(name, LESER.readTree(json));
    DEFINITION.put(name, definition);
  }

  private static Monitoringbericht koeln(Veroeffentlichungsauftrag auftrag) {
    return BerichtFixtures.bericht(KoelnFixtures.koelnTeil(12, 3, auftrag));
  }

  /** Ahlen without Leitbild, chain, level, Sozialindex and gap analysis, but with a Gemeinde. */
  private static Monitoringbericht ohneOptionales() {
    Berichtsteil t = BerichtFixtures.ahlen().teil();
    return BerichtFixtures.bericht(
        new Berichtsteil(
            t.kommune(),
            List.of(Gemeindeverzeichnis.nrw().kommune(KekizFixtures.DINSLAKEN).orElseThrow()),
            t.stichtag(),
            t.verfahren(),
            null,
            null,
            t.indikatoren(),
            t.messwerte(),
            t.mehrjahreswerte(),
            t.sozialindexIndikatoren(),
            t.trendperioden(),
            null,
            t.auswertungen(),
            t.ziele(),
            null,
            t.handlungsbedarf(),
            null,
            t.wirkung(),
            t.reife()));
  }

  /**
   * Ahlen with an evaluable effect comparison (group counts) and a Brennpunkt with its places per
   * 100 children, the parts the fixtures leave null.
   */
  private static Monitoringbericht mitGruppenvergleich() {
    Berichtsteil t = BerichtFixtures.ahlen().teil();
    Lueckenanalyse l = java.util.Objects.requireNonNull(t.luecken());
    Berichtsgebiet gebiet = t.auswertungen().get(0).gebiete().get(0).gebiet();
    List<Brennpunkt> brennpunkte = new ArrayList<>(l.brennpunkte());
    brennpunkte.add(new Brennpunkt(gebiet, 1, "Kita", 2, new BigDecimal("12.5")));
    Lueckenanalyse luecken =
        new Lueckenanalyse(
            l.lebensphasen(), l.handlungsfelder(), l.angebote(), l.uebergaenge(), brennpunkte);
    Wirkungsvergleich v =
        new Wirkungsvergleich(
            Massnahmenart.ANGEBOT,
            "fz-regenbogen",
            "Familienzentrum Regenbogen",
            "1.1",
            LocalDate.of(2020, 8, 1),
            t.auswertungen().get(0).indikator().key(),
            t.auswertungen().get(0).indikator().name(),
            t.auswertungen().get(0).indikator().polaritaet(),
            List.of(gebiet),
            List.of(t.auswertungen().get(0).gebiete().get(1).gebiet()),
            new Gruppenvergleich(
                Periode.jahr(2019),
                Periode.jahr(2021),
                new Gruppenwert(30, 400),
                new Gruppenwert(24, 410),
                new Gruppenwert(90, 1200),
                new Gruppenwert(88, 1190)),
            null);
    List<Wirkungsvergleich> vergleiche = new ArrayList<>(t.wirkung().vergleiche());
    vergleiche.add(v);
    Wirkungsmonitoring wirkung =
        new Wirkungsmonitoring(t.wirkung().methode(), vergleiche, t.wirkung().uebergaenge());
    return BerichtFixtures.bericht(
        new Berichtsteil(
            t.kommune(),
            t.gemeinden(),
            t.stichtag(),
            t.verfahren(),
            t.leitbild(),
            t.kette(),
            t.indikatoren(),
            t.messwerte(),
            t.mehrjahreswerte(),
            t.sozialindexIndikatoren(),
            t.trendperioden(),
            t.ebene(),
            t.auswertungen(),
            t.ziele(),
            t.sozialindex(),
            t.handlungsbedarf(),
            luecken,
            wirkung,
            t.reife()));
  }

  /**
   * The programme report with a dominance rule and rounding, a phase without reach figures, a known
   * amount per source and a report over all phases: the parts the fixture leaves null.
   */
  private static Programmveroeffentlichung programmVarianten(Veroeffentlichungsauftrag auftrag) {
    Veroeffentlichungsauftrag mitRegeln =
        auftrag.withRegeln(
            Geheimhaltungsregeln.standard()
                .withDominanz(Dominanzregel.of(2, 85))
                .withRundung(Rundung.auf(3)));
    Programmveroeffentlichung v = ProgrammberichtWriterTest.bericht(mitRegeln);
    Phasenreichweite p = v.reichweiten().get(0);
    List<Phasenreichweite> reichweiten = new ArrayList<>(v.reichweiten());
    reichweiten.set(
        0,
        new Phasenreichweite(
            p.phase(), p.teilnehmer(), p.kommunen(), p.gemeindenErreicht(), null, null, 0));
    Reifeverteilung r = v.reife();
    return new Programmveroeffentlichung(
        v.auftrag(),
        v.programm(),
        reichweiten,
        v.haushalt(),
        List.of(new Quellenbetrag(Finanzierungsquelle.LAND, Geldbetrag.of("4600000.00"))),
        v.haushaltGesamt(),
        new Reifeverteilung(
            r.stichtag(), null, r.kommunen(), r.nachStufe(), r.nachPunkten(), r.ohneModell()),
        v.lernnetzwerkGespeichert(),
        v.treffen(),
        v.praxis(),
        v.namen());
  }

  private static List<String> fehler(String definition, JsonNode json) {
    return SchemaPruefung.fehler(definition, json);
  }

  // ------------------------------------------------------------------ valid documents

  @Test
  @DisplayName("every demo report, fixture report and programme report is valid")
  void gueltig() {
    assertThat(DOKUMENTE).hasSize(3 + 11 + 4);
    Map<String, List<String>> ungueltig = new TreeMap<>();
    DOKUMENTE.forEach(
        (name, json) -> {
          List<String> f = fehler(DEFINITION.get(name), json);
          if (!f.isEmpty()) {
            ungueltig.put(name, f.subList(0, Math.min(f.size(), 10)));
          }
        });
    assertThat(ungueltig).isEmpty();
  }

  @Test
  @DisplayName("the documents checked show every kind of cell, and both branches of every null")
  void abdeckung() {
    Set<String> arten = new java.util.TreeSet<>();
    DOKUMENTE.values().forEach(j -> zellen(j, z -> arten.add(z.get("art").asText())));
    assertThat(arten)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.allOf(Wertart.class).stream().map(Enum::name).toList());
    // every top-level field that may be null is null in one document and not in another
    for (String feld : List.of("leitbild", "kette", "ebene", "sozialindex", "luecken")) {
      assertThat(monitoringberichte().map(j -> j.get(feld).isNull()).distinct())
          .as(feld)
          .containsExactlyInAnyOrder(true, false);
    }
    assertThat(monitoringberichte().map(j -> j.get("gemeinden").isEmpty()).distinct())
        .containsExactlyInAnyOrder(true, false);
    assertThat(
            monitoringberichte()
                .flatMap(j -> stream(j.get("wirkung").get("vergleiche")))
                .map(v -> v.get("werte").isNull())
                .distinct())
        .containsExactlyInAnyOrder(true, false);
  }

  private static Stream<JsonNode> monitoringberichte() {
    return DOKUMENTE.entrySet().stream()
        .filter(e -> DEFINITION.get(e.getKey()).equals(MONITORINGBERICHT))
        .map(Map.Entry::getValue);
  }

  private static Stream<JsonNode> stream(JsonNode liste) {
    List<JsonNode> l = new ArrayList<>();
    liste.forEach(l::add);
    return l.stream();
  }

  /** Calls {@code aktion} with every cell (an object with {@code art} and {@code confStatus}). */
  private static void zellen(JsonNode n, Consumer<JsonNode> aktion) {
    if (n.isObject() && n.has("art") && n.has("confStatus")) {
      aktion.accept(n);
    }
    if (n.isContainerNode()) {
      n.forEach(k -> zellen(k, aktion));
    }
  }

  // ------------------------------------------------------------------ invalid documents

  private static ObjectNode ahlen() {
    return DOKUMENTE.get("ahlen").deepCopy();
  }

  private static ObjectNode ersteZelle(ObjectNode bericht) {
    return (ObjectNode)
        bericht.get("auswertungen").get(0).get("gebiete").get(0).get("werte").get(0);
  }

  @Test
  @DisplayName("a cell of an unknown kind fails at its art")
  void unbekannteArt() {
    ObjectNode b = ahlen();
    ersteZelle(b).put("art", "GESCHAETZT");
    assertThat(fehler(MONITORINGBERICHT, b))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("/auswertungen/0/gebiete/0/werte/0/art")
        .contains("enum");
  }

  @Test
  @DisplayName("a missing required field fails, also where a null would be allowed")
  void fehlendesFeld() {
    ObjectNode b = ahlen();
    b.remove("reife");
    assertThat(fehler(MONITORINGBERICHT, b))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("required")
        .contains("reife");
    ObjectNode z = ahlen();
    ersteZelle(z).remove("quelle");
    assertThat(fehler(MONITORINGBERICHT, z))
        .anySatisfy(
            f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0").contains("quelle"));
  }

  @Test
  @DisplayName("a field the writer does not write fails")
  void zusaetzlichesFeld() {
    ObjectNode b = ahlen();
    ((ObjectNode) b.get("auswertungen").get(0).get("gebiete").get(0)).put("farbe", "rot");
    assertThat(fehler(MONITORINGBERICHT, b))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("/auswertungen/0/gebiete/0")
        .contains("farbe");
    ObjectNode oben = ahlen();
    oben.put("bearbeiter", "x");
    assertThat(fehler(MONITORINGBERICHT, oben))
        .anySatisfy(f -> assertThat(f).contains("bearbeiter"));
  }

  @Test
  @DisplayName(
      "a string where the writer writes a number fails, and a number where it writes a string")
  void zahlUndText() {
    ObjectNode b = ahlen();
    ObjectNode zelle = ersteZelle(b);
    zelle.put("wert", zelle.get("wert").asText());
    assertThat(fehler(MONITORINGBERICHT, b))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0/wert"))
        .anySatisfy(f -> assertThat(f).contains("string").contains("number"));
    ObjectNode p = DOKUMENTE.get("programm").deepCopy();
    p.put("haushaltGesamt", new BigDecimal("4600000.00"));
    assertThat(fehler(PROGRAMMBERICHT, p))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).contains("/haushaltGesamt"));
  }

  @Test
  @DisplayName(
      "a suppressed cell with a number fails, and so does a pooled cell without its period")
  void zellregeln() {
    ObjectNode b = ahlen();
    ObjectNode zelle = ersteZelle(b);
    assertThat(zelle.get("art").asText()).isEqualTo("EXAKT");
    zelle.put("art", "GESPERRT").put("confStatus", "A");
    assertThat(fehler(MONITORINGBERICHT, b))
        .anySatisfy(f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0/wert"))
        .anySatisfy(f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0/zaehler"));
    ObjectNode g = ahlen();
    ersteZelle(g).put("art", "GEPOOLT");
    assertThat(fehler(MONITORINGBERICHT, g))
        .anySatisfy(f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0/von"));
    ObjectNode c = ahlen();
    ersteZelle(c).put("confStatus", "D");
    assertThat(fehler(MONITORINGBERICHT, c))
        .anySatisfy(f -> assertThat(f).contains("/auswertungen/0/gebiete/0/werte/0/confStatus"));
  }

  @Test
  @DisplayName(
      "a comparison with both counts and a reason fails; a programme report's names need an AGS")
  void weitereRegeln() {
    ObjectNode b = DOKUMENTE.get("mit-gruppenvergleich").deepCopy();
    ArrayNode vergleiche = (ArrayNode) b.get("wirkung").get("vergleiche");
    ObjectNode v = (ObjectNode) vergleiche.get(vergleiche.size() - 1);
    v.put("nichtAuswertbar", "zu wenige Gebiete");
    assertThat(fehler(MONITORINGBERICHT, b))
        .anySatisfy(
            f ->
                assertThat(f)
                    .contains(
                        "/wirkung/vergleiche/" + (vergleiche.size() - 1) + "/nichtAuswertbar"));
    ObjectNode p = DOKUMENTE.get("programm").deepCopy();
    ((ObjectNode) p.get("namen")).put("Köln", "Köln");
    assertThat(fehler(PROGRAMMBERICHT, p)).anySatisfy(f -> assertThat(f).contains("Köln"));
    ObjectNode f = DOKUMENTE.get("programm").deepCopy();
    f.put("formatversion", "2.0");
    assertThat(fehler(PROGRAMMBERICHT, f))
        .anySatisfy(x -> assertThat(x).contains("/formatversion"));
    // the Cell-Key parameters exactly with the Cell-Key-Verfahren, and nothing beside them
    ObjectNode ohneParameter = DOKUMENTE.get("programm-cell-key").deepCopy();
    ((ObjectNode) ohneParameter.get("auftrag")).putNull("cellKey");
    assertThat(fehler(PROGRAMMBERICHT, ohneParameter))
        .anySatisfy(x -> assertThat(x).contains("/auftrag/cellKey"));
    ObjectNode fremdeParameter = DOKUMENTE.get("programm").deepCopy();
    ((ObjectNode) fremdeParameter.get("auftrag"))
        .set("cellKey", DOKUMENTE.get("programm-cell-key").get("auftrag").get("cellKey"));
    assertThat(fehler(PROGRAMMBERICHT, fremdeParameter))
        .anySatisfy(x -> assertThat(x).contains("/auftrag/cellKey"));
    ObjectNode mitGeheimnis = DOKUMENTE.get("programm-cell-key").deepCopy();
    ((ObjectNode) mitGeheimnis.get("auftrag").get("cellKey")).put("geheimnis", "c2VjcmV0");
    assertThat(fehler(PROGRAMMBERICHT, mitGeheimnis))
        .anySatisfy(x -> assertThat(x).contains("geheimnis"));
  }

  // ------------------------------------------------------------------ schema against the records

  /** The core's records the schema defines, by definition name; the two documents first. */
  private static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

  /** The enums the schema defines that Jackson writes by their constant names. */
  private static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          Schutzverfahren.class,
          Wertart.class,
          Trendrichtung.class,
          Zielerreichung.class,
          Reifekriterium.class,
          Massnahmenart.class,
          Praxiseintrag.Modellbezug.class);

  /** The head fields of the documents, in front of the record's components. */
  private static final Map<String, List<String>> KOPF =
      Map.of(
          "Monitoringbericht",
          List.of(
              "format",
              "formatversion",
              "titel",
              "erstelltAm",
              "datenschutzhinweis",
              "beispieldaten"),
          "Programmbericht",
          List.of("format", "formatversion", "titel", "erstelltAm", "datenschutzhinweis"));

  /**
   * Components written as another type than their own: the Cell-Key-Verfahren of an order as its
   * public parameters (its secret is never written).
   */
  private static final Map<String, Type> GESCHRIEBEN_ALS =
      Map.of("Veroeffentlichungsauftrag.cellKey", Ueberlagerungsparameter.class);

  static {
    RECORDS.put("Monitoringbericht", Berichtsteil.class);
    RECORDS.put("Programmbericht", Programmveroeffentlichung.class);
    for (Class<?> c :
        List.of(
            Berichtsgebiet.class,
            Gebietsart.class,
            Zelle.class,
            Trend.class,
            Zeitreihe.class,
            Indikatorauswertung.class,
            Mehrjahreswert.class,
            Zielstatus.class,
            Sozialindexwert.class,
            Sozialindex.class,
            Handlungsbedarf.class,
            Uebergangsabdeckung.class,
            Brennpunkt.class,
            Lueckenanalyse.class,
            Gruppenwert.class,
            Gruppenvergleich.class,
            Wirkungsvergleich.class,
            Uebergangsmessung.class,
            Wirkungsmonitoring.class,
            Kriteriumsergebnis.class,
            Reifegrad.class,
            Kettenreife.class,
            Dominanzregel.class,
            Rundung.class,
            Geheimhaltungsregeln.class,
            Veroeffentlichungsauftrag.class,
            Ueberlagerungsparameter.class,
            Reichweitenwert.class,
            Phasenreichweite.class,
            Quellenbetrag.class,
            Haushaltsjahr.class,
            Kommunenreife.class,
            Reifeverteilung.class,
            Praxisbeispiel.class,
            Praxiseintrag.class)) {
      RECORDS.put(c.getSimpleName(), c);
    }
  }

  private static JsonNode defs() throws IOException {
    try (InputStream in =
        BerichtSchemaTest.class.getResourceAsStream("/de/kekiz/reporting/json/kekiz.schema.json")) {
      return LESER.readTree(in).get("$defs");
    }
  }

  @Test
  @DisplayName(
      "every component of the records named has its property, required, of its type, null only if @Nullable")
  void jedeKomponente() throws IOException {
    JsonNode defs = defs();
    List<String> abweichungen = new ArrayList<>();
    for (Map.Entry<String, Class<?>> e : RECORDS.entrySet()) {
      String name = e.getKey();
      JsonNode def = defs.get(name);
      if (def == null) {
        abweichungen.add(name + ": no definition");
        continue;
      }
      List<String> erwartet = new ArrayList<>(KOPF.getOrDefault(name, List.of()));
      RecordComponent[] komponenten = e.getValue().getRecordComponents();
      Arrays.stream(komponenten).map(RecordComponent::getName).forEach(erwartet::add);
      List<String> eigenschaften = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(eigenschaften::add);
      List<String> pflicht = new ArrayList<>();
      def.get("required").forEach(r -> pflicht.add(r.asText()));
      if (!eigenschaften.equals(erwartet)) {
        abweichungen.add(name + ": properties " + eigenschaften + ", components " + erwartet);
      }
      if (!pflicht.equals(erwartet)) {
        abweichungen.add(name + ": required " + pflicht + ", written always " + erwartet);
      }
      if (!def.path("additionalProperties").isBoolean()
          || def.get("additionalProperties").asBoolean()) {
        abweichungen.add(name + ": additionalProperties is not false");
      }
      if (!def.path("description").isTextual()) {
        abweichungen.add(name + ": no description");
      }
      for (RecordComponent k : komponenten) {
        String ort = e.getValue().getSimpleName() + "." + k.getName();
        JsonNode p = def.get("properties").get(k.getName());
        if (p == null) {
          continue; // reported above
        }
        boolean nullbar = k.getAnnotatedType().isAnnotationPresent(Nullable.class);
        Type typ = GESCHRIEBEN_ALS.getOrDefault(ort, k.getGenericType());
        pruefe(ort, typ, p, nullbar, defs, abweichungen);
      }
    }
    for (Class<? extends Enum<?>> e : ENUMS) {
      JsonNode def = defs.get(e.getSimpleName());
      List<String> werte = new ArrayList<>();
      if (def != null) {
        def.path("enum").forEach(w -> werte.add(w.asText()));
      }
      List<String> konstanten = Arrays.stream(e.getEnumConstants()).map(Enum::name).toList();
      if (!werte.equals(konstanten)) {
        abweichungen.add(e.getSimpleName() + ": enum " + werte + ", constants " + konstanten);
      }
    }
    assertThat(abweichungen).isEmpty();
  }

  /** Adds to {@code abweichungen} where property {@code p} does not fit type {@code t}. */
  private static void pruefe(
      String ort, Type t, JsonNode p, boolean nullbar, JsonNode defs, List<String> abweichungen) {
    JsonNode kern = p;
    boolean nullErlaubt = false;
    if (p.has("anyOf")) {
      List<JsonNode> zweige = new ArrayList<>();
      p.get("anyOf").forEach(zweige::add);
      JsonNode nul = LESER.createObjectNode().put("type", "null");
      nullErlaubt = zweige.remove(nul);
      kern = zweige.size() == 1 ? zweige.get(0) : p;
    } else if (p.path("type").isArray()) {
      ObjectNode ohne = p.deepCopy();
      ArrayNode typen = LESER.createArrayNode();
      for (JsonNode x : p.get("type")) {
        if (x.asText().equals("null")) {
          nullErlaubt = true;
        } else {
          typen.add(x);
        }
      }
      ohne.set("type", typen.size() == 1 ? typen.get(0) : typen);
      kern = ohne;
    }
    if (nullErlaubt != nullbar) {
      abweichungen.add(
          ort + ": null " + (nullErlaubt ? "allowed" : "not allowed") + ", @Nullable " + nullbar);
    }
    String typ = kern.path("type").asText("");
    String ref = kern.path("$ref").asText("");
    if (t instanceof ParameterizedType pt) {
      Class<?> roh = (Class<?>) pt.getRawType();
      if (List.class.isAssignableFrom(roh)) {
        if (!typ.equals("array") || !kern.has("items")) {
          abweichungen.add(ort + ": a List needs an array with items, found " + kern);
        } else {
          pruefe(
              ort + "[]",
              pt.getActualTypeArguments()[0],
              kern.get("items"),
              false,
              defs,
              abweichungen);
        }
      } else if (Map.class.isAssignableFrom(roh)) {
        if (!typ.equals("object")
            || !kern.has("propertyNames")
            || !kern.has("additionalProperties")) {
          abweichungen.add(ort + ": a Map needs an object with propertyNames, found " + kern);
        } else {
          Type[] a = pt.getActualTypeArguments();
          pruefe(ort + "{key}", a[0], kern.get("propertyNames"), false, defs, abweichungen);
          pruefe(ort + "{}", a[1], kern.get("additionalProperties"), false, defs, abweichungen);
        }
      } else {
        abweichungen.add(ort + ": unexpected type " + t);
      }
      return;
    }
    Class<?> c = (Class<?>) t;
    String erwartet;
    if (c == BigDecimal.class) {
      erwartet = "type number";
    } else if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      erwartet = "type integer";
    } else if (c == boolean.class || c == Boolean.class) {
      erwartet = "type boolean";
    } else if (c == String.class) {
      erwartet = ref.equals("#/$defs/Text") ? "$ref #/$defs/Text" : "type string";
    } else if (c == LocalDate.class) {
      erwartet = "$ref #/$defs/Datum";
    } else {
      erwartet = "$ref #/$defs/" + c.getSimpleName();
      if (!defs.has(c.getSimpleName())) {
        abweichungen.add(ort + ": no definition " + c.getSimpleName());
      }
      boolean kekizModul =
          c.getPackageName().startsWith("de.kekiz.domain") && c != Praxisbeispiel.class;
      if (c.isRecord() && !kekizModul && RECORDS.get(c.getSimpleName()) != c) {
        abweichungen.add(ort + ": record " + c.getName() + " is not checked here");
      }
      if (c.isEnum() && !kekizModul && !ENUMS.contains(c)) {
        abweichungen.add(ort + ": enum " + c.getName() + " is not checked here");
      }
    }
    String gefunden = !ref.isEmpty() ? "$ref " + ref : "type " + typ;
    if (!gefunden.equals(erwartet)) {
      abweichungen.add(ort + ": expected " + erwartet + ", found " + kern);
    }
  }
}
