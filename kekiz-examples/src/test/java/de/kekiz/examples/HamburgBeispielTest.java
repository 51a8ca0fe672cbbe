package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough "Bring your own Kommune: Hamburg", command by command through the real
 * command line, on a fresh data folder, with the files in {@code beispiele/hamburg}.
 */
@DisplayName("Hamburg, end to end through the command line (README: Bring your own Kommune)")
class HamburgBeispielTest {

  static final Gemeindeschluessel HAMBURG = Gemeindeschluessel.parse("02000000");

  /** The folder of the example files, relative to the module (Maven runs tests there). */
  static final Path BEISPIEL = Path.of("beispiele", "hamburg");

  @TempDir static Path ordner;

  static final List<Lauf> laeufe = new ArrayList<>();

  /** The indicators of {@code beispiele/hamburg/indikatoren.csv}. */
  static final List<String> INDIKATOREN =
      List.of(
          "hh-anteil-u18@1",
          "hh-haushalte-mit-kindern@1",
          "hh-alleinerziehende@1",
          "hh-sgb2@1",
          "hh-mindestsicherung-u15@1",
          "hh-mindestsicherung-u15-anteil@1",
          "hh-arbeitslose@1",
          "hh-arbeitslosenanteil@1",
          "hh-wanderungssaldo@1");

  /** Hamburg's Messwerte of these indicators, as stored by the walkthrough. */
  static final List<Messwert> gespeichert = new ArrayList<>();

  /** Hamburg as stored by the walkthrough. */
  static @Nullable Kommune hamburg;

  private static Path daten() {
    return ordner.resolve("daten");
  }

  private static Path bericht() {
    return ordner.resolve("bericht");
  }

  /** The walkthrough's commands, exactly as the README lists them (with H for the folder). */
  static List<List<String>> befehle(String h, String daten, String bericht) {
    return List.of(
        List.of(
            "kommune",
            "--kommune",
            "02000000",
            "--name",
            "Hamburg",
            "--art",
            "kreisfreie-stadt",
            "--daten",
            daten),
        List.of(
            "sozialraeume",
            "--kommune",
            "02000000",
            "--gueltig-ab",
            "01.01.2013",
            h + "/sozialraeume.geojson",
            "--daten",
            daten),
        List.of("indikatoren", h + "/indikatoren.csv", "--daten", daten),
        List.of(
            "import",
            "--kommune",
            "02000000",
            "--gebietstabelle",
            h + "/zuordnung.csv",
            h + "/Daten_fuer_die_Stadtteilprofile_2014.csv",
            "--daten",
            daten),
        List.of(
            "arbeitsmappe",
            "--kommune",
            "02000000",
            h + "/arbeitsmappe-uebung.xlsx",
            "--daten",
            daten),
        List.of(
            "angebote",
            "--kommune",
            "02000000",
            h + "/" + HamburgUebungsmappe.HSDS_DATEI,
            "--daten",
            daten),
        List.of(
            "report",
            "--kommune",
            "02000000",
            "--stichtag",
            "31.12.2013",
            "--ausgabe",
            bericht,
            "--daten",
            daten));
  }

  @BeforeAll
  static void walkthrough() throws IOException {
    if (Boolean.getBoolean("kekiz.uebungsmappe.schreiben")) {
      // regenerates the committed exercise workbook from its source (see QUELLEN.md there)
      HamburgUebungsmappe.schreibe(BEISPIEL.resolve("arbeitsmappe-uebung.xlsx"));
    }
    for (List<String> befehl :
        befehle(BEISPIEL.toString(), daten().toString(), bericht().toString())) {
      Lauf l = starte(befehl.toArray(String[]::new));
      assertThat(l.status()).as(befehl + "\n" + l).isZero();
      laeufe.add(l);
      if (befehl.get(0).equals("sozialraeume")
          && Boolean.getBoolean("kekiz.uebungsmappe.schreiben")) {
        // regenerates the committed exercise Angebote (HSDS) with Hamburg's Sozialräume
        HamburgUebungsmappe.schreibeHsds(
            BEISPIEL.resolve(HamburgUebungsmappe.HSDS_DATEI), kommune(daten(), HAMBURG));
      }
    }
    // one look into the database (opening and closing it for every figure is slow)
    gespeichert.addAll(
        mitDatenbank(
            daten(),
            db ->
                INDIKATOREN.stream()
                    .flatMap(
                        i ->
                            db
                                .persistenz()
                                .messwerte()
                                .findByKommuneAndIndikator(HAMBURG, IndikatorRef.parse(i).key())
                                .stream())
                    .toList()));
    hamburg = kommune(daten(), HAMBURG);
  }

  @Test
  @DisplayName("the README lists exactly the commands the test runs")
  void readme() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int anfang = readme.indexOf("## Bring your own Kommune: Hamburg");
    assertThat(anfang).isNotNegative();
    String abschnitt = readme.substring(anfang);
    abschnitt = abschnitt.substring(0, abschnitt.indexOf("\n## ", 3));
    for (List<String> befehl : befehle("$H", "meine-daten", "hamburg-bericht")) {
      List<String> ohneDaten = new ArrayList<>(befehl);
      int d = ohneDaten.indexOf("--daten");
      ohneDaten.subList(d, d + 2).clear();
      assertThat(abschnitt.replace("\\\n   ", "").replaceAll(" +", " "))
          .contains(
              "kekiz "
                  + String.join(" ", ohneDaten.stream().map(HamburgBeispielTest::shell).toList()));
    }
  }

  private static String shell(String wort) {
    return wort.contains(" ") ? "\"" + wort + "\"" : wort;
  }

  @Test
  @DisplayName("creates Hamburg with its 7 Bezirke and 99 Stadtteile, each Stadtteil in its Bezirk")
  void sozialraeume() {
    Kommune k = Objects.requireNonNull(hamburg, "hamburg");
    assertThat(k.name()).isEqualTo("Hamburg");
    assertThat(k.sozialraeume()).hasSize(106);
    Map<String, Sozialraum> nachSchluessel =
        k.sozialraeume().stream()
            .collect(Collectors.toMap(s -> s.id().code(), Function.identity()));
    assertThat(k.sozialraeume().stream().filter(s -> s.ebene() == Sozialraumebene.STADTBEZIRK))
        .hasSize(7);
    assertThat(nachSchluessel.get("715").name()).isEqualTo("Cranz");
    assertThat(nachSchluessel.get("114").name()).isEqualTo("Wilhelmsburg");
    assertThat(nachSchluessel.get("114").elternraum()).hasValue(SozialraumId.of(HAMBURG, "1"));
    assertThat(nachSchluessel.get("715").elternraum()).hasValue(SozialraumId.of(HAMBURG, "7"));
    assertThat(nachSchluessel.get("301").name()).isEqualTo("Eimsbüttel");
    assertThat(nachSchluessel.get("3").name()).isEqualTo("Eimsbüttel");
  }

  private static List<Messwert> messwerte(String indikator) {
    IndikatorRef ref = IndikatorRef.parse(indikator);
    return gespeichert.stream().filter(m -> m.indikator().equals(ref)).toList();
  }

  private static Messwert messwert(String indikator, String raum) {
    Raumbezug r = Raumbezug.parse(raum);
    return messwerte(indikator).stream().filter(m -> m.raum().equals(r)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "reads the real values of 2013 with numerator and denominator from the Statistikamt file")
  void werte() {
    // Hamburg-Altstadt: 40 Alleinerziehende of 107 Haushalte mit Kindern (the file: 37,4 %)
    Messwert altstadt = messwert("hh-alleinerziehende@1", "02000000:101@1");
    assertThat(altstadt.zaehler()).isEqualByComparingTo("40");
    assertThat(altstadt.nenner()).isEqualByComparingTo("107");
    // Hamburg: "1 788 994" inhabitants, "178 824" SGB II recipients
    Messwert stadt = messwert("hh-sgb2@1", "02000000");
    assertThat(stadt.zaehler()).isEqualByComparingTo("178824");
    assertThat(stadt.nenner()).isEqualByComparingTo("1788994");
    // Wilhelmsburg: Unter 15-Jährige in Mindestsicherung, and the share as published
    assertThat(messwert("hh-mindestsicherung-u15@1", "02000000:114@1").zaehler()).isPositive();
    assertThat(messwert("hh-arbeitslosenanteil@1", "02000000:101@1").zaehler())
        .isEqualByComparingTo("5.4");
    // "-  23": Hamburg-Altstadt lost 23 people by migration
    assertThat(messwert("hh-wanderungssaldo@1", "02000000:101@1").zaehler())
        .isEqualByComparingTo("-23");
    for (String indikator : INDIKATOREN) {
      assertThat(messwerte(indikator)).as(indikator).hasSize(107);
    }
    assertThat(messwerte("hh-sgb2@1")).allMatch(m -> m.obsStatus() == ObsStatus.A);
  }

  @Test
  @DisplayName("gives the Stadtteile, Bezirke and Hamburg their population of 31.12.2013")
  void bevoelkerung() {
    Kommune k = Objects.requireNonNull(hamburg, "hamburg");
    LocalDate tag = LocalDate.of(2013, 12, 31);
    Sozialraum altstadt =
        k.sozialraeume().stream()
            .filter(s -> s.id().code().equals("101"))
            .findFirst()
            .orElseThrow();
    assertThat(altstadt.bevoelkerung())
        .anySatisfy(
            b -> {
              assertThat(b.stichtag()).isEqualTo(tag);
              assertThat(b.altersgruppe().toString()).isEqualTo("0+");
              assertThat(b.anzahl()).isEqualTo(1675);
            })
        .anySatisfy(
            b -> {
              assertThat(b.altersgruppe().toString()).isEqualTo("0-17");
              assertThat(b.anzahl()).isEqualTo(162);
            });
    assertThat(laeufe.get(3).out())
        .contains(
            "107 Zeilen gelesen, 963 Messwerte, 321 Bevölkerungszahlen, 0 Werte übersprungen");
  }

  @Test
  @DisplayName("writes Hamburg's report with its Stadtteile, small numbers protected")
  void report() throws IOException {
    Path html = bericht().resolve("bericht.html");
    assertThat(html).isRegularFile();
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Sozialräume am Stichtag")
        .contains("Wilhelmsburg")
        .contains("Hamburg-Altstadt")
        .contains("Cranz");
    // protected: a Stadtteil with too few cases shows its Bezirk's value instead of its own
    assertThat(text).contains("Hammerbrook: 30,6 (Wert von Hamburg-Mitte (übergeordnetes Gebiet))");
    assertThat(text).doesNotContain("Beispieldaten – Werte synthetisch");
  }

  @Test
  @DisplayName("the committed exercise workbook is what HamburgUebungsmappe writes")
  void uebungsmappe() throws IOException {
    Path datei = BEISPIEL.resolve("arbeitsmappe-uebung.xlsx");
    Path neu = ordner.resolve("uebung-neu.xlsx");
    HamburgUebungsmappe.schreibe(neu);
    assertThat(XlsxTeile.teile(datei)).isEqualTo(XlsxTeile.teile(neu));
    try (ReadableWorkbook wb = new ReadableWorkbook(datei.toFile())) {
      assertThat(wb.findSheet("Anleitung").orElseThrow().read().get(1).getCellText(0))
          .startsWith(HamburgUebungsmappe.HINWEIS + ". Alle Ziele");
      assertThat(wb.findSheet("Leitbild").orElseThrow().read().get(1).getCellText(2))
          .isEqualTo(HamburgUebungsmappe.HINWEIS + ": Leitbild Aufwachsen im Stadtteil");
    }
  }

  @Test
  @DisplayName("stores the exercise Leitbild, chain and Angebote, and the report shows them")
  void arbeitsmappe() throws IOException {
    assertThat(laeufe.get(4).out())
        .isEqualTo(
            "Leitbild von Hamburg (02000000), Fassung 1 gespeichert: 2 Leitziele, 2"
                + " Handlungsziele, 3 Zielwerte.\n"
                + "Präventionskette von Hamburg (02000000) gespeichert: 5 Lebensphasen, 4"
                + " Übergänge, 7 Handlungsfelder, 3 Akteure, 1 Netzwerk, eine Steuerungsgruppe, 1"
                + " Arbeitsgemeinschaft, 0 Koordinationsstellen, 3 Zielbeiträge.\n"
                + "Angebote von Hamburg (02000000) gespeichert: 2 neu, 0 geändert, 0 entfernt, 0"
                + " unverändert; jetzt 2 Angebote.\n");
    String text = Files.readString(bericht().resolve("bericht.html"), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Übungsbeispiel, kein Beschluss der Freien und Hansestadt Hamburg")
        .contains("Weniger Kinder unter 15 Jahren in Mindestsicherung (Übung)")
        .contains("Elterncafé Wilhelmsburg (Übung)")
        .contains("Lernhilfe Veddel (Übung)");
  }

  @Test
  @DisplayName("the committed exercise Angebote (HSDS) are what their source writes, marked so")
  void uebungsangeboteDatei() throws IOException {
    Path datei = BEISPIEL.resolve(HamburgUebungsmappe.HSDS_DATEI);
    Path neu = ordner.resolve("angebote-neu.hsds.json");
    HamburgUebungsmappe.schreibeHsds(neu, Objects.requireNonNull(hamburg, "hamburg"));
    String text = Files.readString(datei, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(Files.readString(neu, StandardCharsets.UTF_8));
    // every service says that it is invented
    String hinweis = "\"description\" : \"Erfundenes Angebot (" + HamburgUebungsmappe.HINWEIS;
    assertThat((text.length() - text.replace(hinweis, "").length()) / hinweis.length())
        .isEqualTo(3);
  }

  @Test
  @DisplayName("imports the exercise Angebote from HSDS after the workbook; the report shows them")
  void hsdsAngebote() throws IOException {
    assertThat(laeufe.get(5).out())
        .isEqualTo(
            "Angebote von Hamburg (02000000) gespeichert: 3 neu, 0 geändert, 0 unverändert, 3"
                + " Träger neu; jetzt 5 Angebote.\n");
    String text = Files.readString(bericht().resolve("bericht.html"), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Hebammensprechstunde Billstedt (Übung)")
        .contains("Sprachförderung in der Kita Steilshoop (Übung)")
        .contains("Jugendtreff Neuallermöhe (Übung)")
        .contains("Elterncafé Wilhelmsburg (Übung)");

    Lauf nochmal =
        starte(
            "angebote",
            "--kommune",
            "02000000",
            BEISPIEL.resolve(HamburgUebungsmappe.HSDS_DATEI).toString(),
            "--daten",
            daten().toString());
    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out()).contains("alle 3 waren schon so gespeichert; nichts geändert.");
  }

  @Test
  @DisplayName(
      "a table with a number in another format stores nothing and names file, line, column")
  void falscheZahl() throws IOException {
    Path tabelle = ordner.resolve("stadtteilprofile-fehler.csv");
    String text =
        Files.readString(
            BEISPIEL.resolve("Daten_fuer_die_Stadtteilprofile_2014.csv"), StandardCharsets.UTF_8);
    Files.writeString(
        tabelle, text.replaceFirst("HafenCity; 1 914 ", "HafenCity;1.914"), StandardCharsets.UTF_8);
    long vorher = Kommandozeile.messwerte(daten(), HAMBURG);

    Lauf l =
        starte(
            "import",
            "--kommune",
            "02000000",
            "--gebietstabelle",
            BEISPIEL.resolve("zuordnung.csv").toString(),
            tabelle.toString(),
            "--daten",
            daten().toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(tabelle + ", Zeile 3, Spalte 2 (Bevölkerung), Wert '1.914': erwartet eine Zahl");
    assertThat(Kommandozeile.messwerte(daten(), HAMBURG)).isEqualTo(vorher);
  }

  @Test
  @DisplayName("a mapping with an error is refused with its line, column and value")
  void falscheZuordnung() throws IOException {
    Path zuordnung = ordner.resolve("zuordnung-fehler.csv");
    String text = Files.readString(BEISPIEL.resolve("zuordnung.csv"), StandardCharsets.UTF_8);
    Files.writeString(zuordnung, text.replace("hh-sgb2@1", "hh-sgb2"), StandardCharsets.UTF_8);

    Lauf l =
        starte(
            "import",
            "--kommune",
            "02000000",
            "--gebietstabelle",
            zuordnung.toString(),
            BEISPIEL.resolve("Daten_fuer_die_Stadtteilprofile_2014.csv").toString(),
            "--daten",
            daten().toString());

    assertThat(l.status()).as(l.toString()).isNotZero();
    assertThat(l.err())
        .contains("zuordnung-fehler.csv")
        .contains("Spalte 3 (ziel), Wert 'hh-sgb2'");
  }
}
