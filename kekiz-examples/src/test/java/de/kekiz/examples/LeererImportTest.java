package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz import tells the truth: an import that stores nothing fails and says why")
class LeererImportTest {

  static final String BEVOELKERUNG = "AUSZUG_12411-01-01-4_1773175772751_de_flat.csv";
  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");

  @TempDir Path ordner;

  private Path daten() {
    return ordner.resolve("daten");
  }

  private Lauf importiere(String... args) {
    List<String> alle = new ArrayList<>(List.of("import", "--daten", daten().toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  private long kommunen() {
    return mitDatenbank(daten(), db -> (long) db.persistenz().kommunen().findAll().size());
  }

  @Test
  @DisplayName("a table of Kreise for a Gemeinde: exit 1, the reason, nothing stored")
  void nurKreise() {
    Lauf l =
        importiere(
            "--kommune",
            "05570004",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            genesis(BEVOELKERUNG).toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(
            "nichts zu importieren: die Datei enthält nur Kreise und kreisfreie Städte (89, z. B.")
        .contains("05570004 ist eine kreisangehörige Gemeinde und nicht darunter")
        .contains("--kommune AGS wählt die Kommune")
        .contains("Nichts importiert: die Datei gibt nichts für Kommune 05570004")
        .doesNotContain("Importiert:");
    assertThat(l.out()).doesNotContain("Importiert");
    assertThat(kommunen()).as("Ahlen is not created by a failed import").isZero();
  }

  @Test
  @DisplayName("a value variable the file does not have: names those it has and the option")
  void anderesWertmerkmal() {
    Lauf l =
        importiere(
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "PRS018",
            "--als",
            "bevoelkerung",
            genesis(BEVOELKERUNG).toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("die Datei hat kein Wertmerkmal PRS018; sie hat BEVSTD (Bevölkerungsstand")
        .contains("--wertmerkmal CODE wählt eines der Wertmerkmale der Datei");
  }

  @Test
  @DisplayName("an attribute the file does not have: names the attributes and the options")
  void auswahl() {
    Lauf l =
        importiere(
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            "--auswahl",
            "GES=GESX",
            genesis(BEVOELKERUNG).toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Merkmal GES (Geschlecht) hat keine Ausprägung GESX, nur Insgesamt, GESM")
        .contains("--auswahl GES=Insgesamt nimmt nur eine Ausprägung, --dimension GES=DIMENSION");
  }

  @Test
  @DisplayName("several files: one that gives nothing stops the whole import")
  void allesOderNichts() throws IOException {
    Path andere = ordner.resolve("ahlen.csv");
    Files.writeString(
        andere,
        "raum;stichtag;altersgruppe;anzahl\n05570004;2024-12-31;0+;52000\n",
        StandardCharsets.UTF_8);
    Lauf l =
        importiere(
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            genesis(BEVOELKERUNG).toString(),
            andere.toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(
            "ahlen.csv: nichts zu importieren: die Datei enthält nur Werte für die Kommune"
                + " 05570004; 05315000 ist nicht darunter")
        .contains("Nichts importiert: 1 der 2 Dateien gibt nichts für Kommune 05315000");
    assertThat(kommunen()).isZero();
  }

  @Test
  @DisplayName("the same import twice: the second stores nothing new, says so, exit 0")
  void idempotent() {
    String[] args = {
      "--kommune",
      "05315000",
      "--wertmerkmal",
      "BEVSTD",
      "--als",
      "bevoelkerung",
      genesis(BEVOELKERUNG).toString()
    };
    Lauf erster = importiere(args);
    assertThat(erster.status()).as(erster.toString()).isZero();
    long revision = kommune(daten(), KOELN).revision();

    Lauf zweiter = importiere(args);

    assertThat(zweiter.status()).as(zweiter.toString()).isZero();
    assertThat(zweiter.out())
        .contains(
            "Bevölkerung von Köln (05315000) unverändert: dieselben Zahlen waren schon gespeichert")
        .doesNotContain("aus dem Gemeindeverzeichnis NRW angelegt");
    assertThat(kommune(daten(), KOELN).revision()).isEqualTo(revision);
  }
}
