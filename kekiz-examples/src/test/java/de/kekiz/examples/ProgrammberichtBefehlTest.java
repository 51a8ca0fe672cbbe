package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz programmbericht")
class ProgrammberichtBefehlTest {

  /** Ahlen, the Kreis Unna and its Gemeinden, and the programme with its Lernnetzwerk. */
  @TempDir static Path daten;

  @TempDir Path aus;

  @BeforeAll
  static void laden() {
    List<Beispielkommune> beispiele = new ArrayList<>();
    beispiele.add(KekizFixtures.ahlen());
    beispiele.add(KekizFixtures.kreisUnna());
    beispiele.addAll(KekizFixtures.gemeindenKreisUnna());
    Kommandozeile.lade(daten, beispiele);
  }

  private Lauf bericht(String... args) {
    List<String> alle = new ArrayList<>(List.of("programmbericht", "--daten", daten.toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  @Test
  @DisplayName(
      "writes HTML, PDF, JSON, XLSX and CSV of the programme on 31.12.2024 and sums it up in German")
  void kekiz() throws IOException {
    Lauf l =
        bericht("--programm", "kekiz", "--stichtag", "2024-12-31", "--ausgabe", aus.toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains(
            "Programmbericht „Kein Kind zurücklassen! Kommunen in NRW beugen vor“ am 31.12.2024 in "
                + aus)
        .contains("  programmbericht.html", "  programmbericht.pdf", "  programmbericht.json")
        .contains("  programmbericht.xlsx", "  programm-reichweite.csv")
        .contains("  programm-foerderung.csv", "  programm-reifegrad.csv")
        .contains(": 40 Teilnehmende (46 beteiligte Kommunen), ")
        .contains(": 18 Teilnehmende (24 beteiligte Kommunen), ")
        .contains("Lernnetzwerk: 2 Treffen, 3 Praxisbeiträge");
    // of the 46 Kommunen of 2017, Ahlen, the Kreis Unna and its Gemeinden have a stored model
    assertThat(l.out()).containsPattern("Reifegrad: [1-9]\\d* von 46 Kommunen bewertet, ");
    for (String name :
        List.of(
            "programmbericht.html",
            "programmbericht.pdf",
            "programmbericht.json",
            "programmbericht.xlsx",
            "programm-reichweite.csv",
            "programm-foerderung.csv",
            "programm-reifegrad.csv")) {
      assertThat(aus.resolve(name)).isRegularFile();
      assertThat(Files.size(aus.resolve(name))).isPositive();
    }
    String html = Files.readString(aus.resolve("programmbericht.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Ahlen")
        .contains("6 von 10</td><td>1 Leitbild &amp; Vision</td>")
        .contains("Einwohner insgesamt am 31.12.2024")
        .contains("Steuerungsstruktur der Ahlener Präventionskette");
    assertThat(l.err().lines())
        .containsExactly(
            "Lade und analysiere das Programm kekiz …", "Schreibe den Programmbericht …");
  }

  @Test
  @DisplayName(
      "writes every file under the Cell-Key-Verfahren, with its parameters, not its secret")
  void cellKey() throws IOException {
    Path geheimnis = aus.resolve("geheimnis.bin");
    Files.write(geheimnis, "das Geheimnis des Landes, 32 Bytes".getBytes(UTF_8));
    Path ordner = aus.resolve("programm");

    Lauf l =
        bericht(
            "--programm",
            "kekiz",
            "--stichtag",
            "2024-12-31",
            "--ausgabe",
            ordner.toString(),
            "--schutz",
            "cell-key",
            "--geheimnis-datei",
            geheimnis.toString());

    assertThat(l.status()).as(l.toString()).isZero();
    try (var dateien = Files.list(ordner)) {
      assertThat(dateien.count()).isEqualTo(7);
    }
    assertThat(Files.readString(ordner.resolve("programmbericht.json"), UTF_8))
        .contains("\"verfahren\":\"CELL_KEY\"")
        .contains("\"cellKey\":{\"maximaleAbweichung\":4,\"varianz\":2,\"sperrbereich\":2}")
        .doesNotContain("Geheimnis des Landes");
  }

  @Test
  @DisplayName("names an unknown programme and the stored ones, writes nothing and fails")
  void unbekannt() throws IOException {
    Lauf l = bericht("--programm", "gibt-es-nicht", "--ausgabe", aus.resolve("x").toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Programm „gibt-es-nicht“ ist nicht in der ")
        .contains("; gespeichert: kekiz");
    assertThat(aus.resolve("x")).doesNotExist();
  }
}
