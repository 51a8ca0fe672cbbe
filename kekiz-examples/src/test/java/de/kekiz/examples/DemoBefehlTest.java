package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.messwerte;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.bericht.daten.BerichtJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz demo")
class DemoBefehlTest {

  /** The files of every Kommune's report. */
  static final List<String> DATEIEN =
      List.of(
          "angebote.hsds.json",
          "bericht.html",
          "bericht.json",
          "bericht.pdf",
          "bericht.xlsx",
          "messwerte.csv",
          "messwerte.sdmx.csv",
          "reifegrad.csv",
          "wirkung.csv",
          "zielbeitraege.csv");

  /** The files of the programme report. */
  static final List<String> PROGRAMMDATEIEN =
      List.of(
          "programmbericht.html",
          "programmbericht.json",
          "programmbericht.pdf",
          "programmbericht.xlsx",
          "programm-reichweite.csv",
          "programm-foerderung.csv",
          "programm-reifegrad.csv");

  @TempDir static Path ordner;

  static Path daten;
  static Path aus;
  static Lauf erster;

  @BeforeAll
  static void demo() {
    daten = ordner.resolve("daten");
    aus = ordner.resolve("bericht");
    erster = starte("demo", "--daten", daten.toString(), "--ausgabe", aus.toString());
  }

  @Test
  @DisplayName("loads the example Kommunen, says where it wrote and exits 0")
  void ausgabe() {
    assertThat(erster.status()).as(erster.toString()).isZero();
    assertThat(erster.out())
        .contains("H2-Datenbank in " + daten.toAbsolutePath())
        .contains(KekizFixtures.alle().size() + " Beispielkommunen neu geladen")
        .contains("Berichte am 31.12.2024 in " + aus.toAbsolutePath())
        .contains(KekizFixtures.alle().size() + " Berichte in " + aus.toAbsolutePath())
        .contains("Köln (05315000): 10 Dateien in 05315000/")
        .contains("  Höchster Handlungsbedarf: 1. ")
        .contains("  Offene Übergänge: ")
        .contains("  Gefährdete Ziele: ")
        .containsPattern("  Reifegrad der Präventionskette: \\d+ von 10 Punkten, ");
    for (Beispielkommune b : KekizFixtures.alle()) {
      assertThat(erster.out()).contains(b.name() + " (" + b.schluessel() + ")");
    }
    int n = KekizFixtures.alle().size();
    assertThat(erster.err().lines().toList())
        .as("only progress: loading, compacting after the large load, analysing, each report")
        .startsWith(
            "Lade " + n + " Beispielkommunen in die Datenbank (vorhandene bleiben) …",
            "Verdichte die Datenbankdatei …",
            "Lade und analysiere die Daten von " + n + " Kommunen …")
        .contains("Schreibe den Bericht für Köln (05315000) …")
        .endsWith("Lade und analysiere das Programm kekiz …", "Schreibe den Programmbericht …")
        .hasSize(5 + n);
  }

  @Test
  @DisplayName("writes the programme report into programm-kekiz and prints its summary")
  void programmbericht() throws IOException {
    Path programm = aus.resolve("programm-kekiz");
    try (Stream<Path> dateien = Files.list(programm)) {
      assertThat(dateien.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(PROGRAMMDATEIEN);
    }
    for (String name : PROGRAMMDATEIEN) {
      assertThat(Files.size(programm.resolve(name))).as(name).isPositive();
    }
    assertThat(erster.out())
        .contains(
            "“: "
                + PROGRAMMDATEIEN.size()
                + " Dateien in programm-kekiz/"
                + System.lineSeparator()
                + "  ")
        .contains("  Reifegrad: ")
        .contains("  Lernnetzwerk: ");
  }

  @Test
  @DisplayName(
      "stores Ahlen's dated chain: its report shows evaluable effect comparisons, also in CSV")
  void ahlenWirkung() throws IOException {
    Path ahlen = aus.resolve("05570004");
    String html = Files.readString(ahlen.resolve("bericht.html"));
    assertThat(html)
        .contains(
            "Wirkungsvergleich und gemessene Übergänge",
            "Angebot: Aufsuchende Familienbegleitung",
            "günstigere Entwicklung als in der Vergleichsgruppe",
            "203 von 625",
            "Sprachbrücke Kita – Grundschule");
    String csv = Files.readString(ahlen.resolve("wirkung.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(";203;625;0,3248;").contains("kein Unterschied nachweisbar");
    assertThat(Files.readString(ahlen.resolve("zielbeitraege.csv"), StandardCharsets.UTF_8))
        .contains("01.08.2021");
  }

  @Test
  @DisplayName("writes every file of the report of each Kommune into a folder named by its AGS")
  void dateien() throws IOException {
    for (Beispielkommune b : KekizFixtures.alle()) {
      Path ordnerDerKommune = aus.resolve(b.schluessel().toString());
      try (Stream<Path> dateien = Files.list(ordnerDerKommune)) {
        assertThat(dateien.map(p -> p.getFileName().toString()))
            .as(b.toString())
            .containsExactlyInAnyOrderElementsOf(DATEIEN);
      }
      for (String name : DATEIEN) {
        assertThat(Files.size(ordnerDerKommune.resolve(name))).as(name).isPositive();
      }
      assertThat(Files.readString(ordnerDerKommune.resolve("bericht.html"))).contains(b.name());
      assertThat(Files.readAllBytes(ordnerDerKommune.resolve("bericht.pdf")))
          .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  @DisplayName("the files open in their readers, and the printed summary is the report's")
  void lesbar() throws IOException {
    Path koeln = aus.resolve("05315000");
    Monitoringbericht bericht;
    try (InputStream in = Files.newInputStream(koeln.resolve("bericht.json"))) {
      bericht = new BerichtJson().lies(in);
    }
    assertThat(bericht.kommune().name()).isEqualTo("Köln");
    assertThat(bericht.handlungsbedarf()).isNotEmpty();
    String hoechster = bericht.handlungsbedarf().get(0).gebiet().name();
    assertThat(erster.out())
        .contains(
            "Köln (05315000): 10 Dateien in 05315000/"
                + System.lineSeparator()
                + "  Höchster Handlungsbedarf: 1. "
                + hoechster
                + ", 2. ");
    try (ReadableWorkbook xlsx = new ReadableWorkbook(koeln.resolve("bericht.xlsx").toFile())) {
      assertThat(xlsx.getSheets().count()).isGreaterThan(3);
    }
  }

  @Test
  @DisplayName("a second run keeps what is stored (an imported figure too) and duplicates nothing")
  void nochmal() {
    assertThat(erster.status()).isZero();
    Lauf zensus =
        starte(
            "import",
            "--daten",
            daten.toString(),
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "PRS018",
            "--als",
            "bevoelkerung",
            genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv").toString());
    assertThat(zensus.status()).as(zensus.toString()).isZero();

    Lauf zweiter = starte("demo", "--daten", daten.toString(), "--ausgabe", aus.toString());

    assertThat(zweiter.status()).as(zweiter.toString()).isZero();
    assertThat(zweiter.out())
        .contains(
            "0 Beispielkommunen neu geladen mit 0 Messwerten, "
                + KekizFixtures.alle().size()
                + " schon vorhanden");
    for (Beispielkommune b : KekizFixtures.alle()) {
      assertThat(messwerte(daten, b.schluessel())).as(b.toString()).isEqualTo(b.messwerte().size());
    }
    assertThat(
            kommune(daten, KekizFixtures.KOELN)
                .einwohner(LocalDate.of(2011, 5, 9), Altersspanne.ab(0)))
        .hasValue(1_005_775);
  }
}
