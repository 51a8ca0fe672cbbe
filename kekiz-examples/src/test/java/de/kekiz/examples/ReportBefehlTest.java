package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz report")
class ReportBefehlTest {

  /** Ahlen, the Kreis Unna and its Gemeinden. */
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
    List<String> alle = new ArrayList<>(List.of("report", "--daten", daten.toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  @Test
  @DisplayName("writes every file of Ahlen's report into --ausgabe and lists them")
  void ahlen() throws IOException {
    Lauf l =
        bericht("--kommune", "05570004", "--ausgabe", aus.toString(), "--stichtag", "2024-12-31");

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out()).contains("Bericht für Ahlen (05570004) am 31.12.2024 in " + aus);
    for (String name : DemoBefehlTest.DATEIEN) {
      assertThat(aus.resolve(name)).isRegularFile();
      assertThat(Files.size(aus.resolve(name))).isPositive();
      assertThat(l.out()).contains("  " + name);
    }
    assertThat(l.out())
        .contains("Höchster Handlungsbedarf: 1. Vorhelm, 2. Ahlen-Süd, 3. ")
        .contains("Offene Übergänge: Grundschule → Weiterführende Schule")
        .contains("Gefährdete Ziele: 1 von 3: ")
        .contains(
            "Reifegrad der Präventionskette: 6 von 10 Punkten, Station 1 (Leitbild & Vision)"
                + " erreicht")
        .contains(
            "Sprachkompetenz (Schuleingangsuntersuchung) in Ahlen-Süd/Ost höchstens 28 % bis"
                + " 31.07.2021 (verfehlt)");
    assertThat(l.err().lines())
        .as("a progress line before each long step, nothing else")
        .containsExactly(
            "Lade und analysiere die Daten von 05570004 …",
            "Schreibe den Bericht für Ahlen (05570004) …");
  }

  @Test
  @DisplayName(
      "protects with the Cell-Key-Verfahren from the Kommune's secret file, every figure marked"
          + " perturbed")
  void cellKey() throws IOException {
    Path geheimnis = aus.resolve("geheimnis.bin");
    Files.write(
        geheimnis,
        "das Geheimnis der Stadt Ahlen, 32 B".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path ordner = aus.resolve("bericht");
    Lauf l =
        bericht(
            "--kommune",
            "05570004",
            "--ausgabe",
            ordner.toString(),
            "--schutz",
            "cell-key",
            "--geheimnis-datei",
            geheimnis.toString());
    assertThat(l.status()).as(l.toString()).isZero();
    List<String> sdmx = Files.readAllLines(ordner.resolve("messwerte.sdmx.csv"));
    assertThat(sdmx.get(0)).endsWith(",WERTART,DECIMALS,COMMENT_OBS");
    assertThat(sdmx.subList(1, sdmx.size()))
        .isNotEmpty()
        .allSatisfy(z -> assertThat(z).contains(",UEBERLAGERT,"));
    assertThat(Files.readString(ordner.resolve("bericht.html"))).contains("Cell-Key-Verfahren");
  }

  @Test
  @DisplayName(
      "refuses the Cell-Key-Verfahren without a secret, or a procedure it does not know, before it"
          + " opens the database")
  void schutzFehler() {
    Lauf ohne =
        bericht("--kommune", "05570004", "--ausgabe", aus.toString(), "--schutz", "cell-key");
    assertThat(ohne.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(ohne.err()).contains("--geheimnis-datei");
    Lauf falsch =
        bericht("--kommune", "05570004", "--ausgabe", aus.toString(), "--schutz", "geheim");
    assertThat(falsch.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(falsch.err()).contains("'geheim'", "sperrung, cell-key und intern");
    assertThat(aus).isEmptyDirectory();
  }

  @Test
  @DisplayName("marks an internal report on its first page and in its note")
  void intern() throws IOException {
    Lauf l = bericht("--kommune", "05570004", "--ausgabe", aus.toString(), "--schutz", "intern");
    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(Files.readString(aus.resolve("bericht.html")))
        .contains("<p class=\"intern\" role=\"note\"><strong>Nur für den Dienstgebrauch")
        .contains("@top-center{content:\"Nur für den Dienstgebrauch");
    assertThat(Files.readString(aus.resolve("bericht.json"))).contains("\"verfahren\":\"INTERN\"");
  }

  @Test
  @DisplayName("writes the Kreis Unna's report")
  void kreis() {
    Lauf l = bericht("--kommune", "05978000", "--ausgabe", aus.toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains("Bericht für Kreis Unna (05978000) am 01.03.2025")
        .contains("Höchster Handlungsbedarf: 1. ");
  }

  @Test
  @DisplayName(
      "a Kommune neither in the database nor in the register: one line, exit 1, nothing written")
  void unbekannt() throws IOException {
    Lauf l = bericht("--kommune", "09162000", "--ausgabe", aus.resolve("muenchen").toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    List<String> zeilen = l.err().lines().toList();
    assertThat(zeilen).as("the progress line, then the error").hasSize(2);
    assertThat(zeilen.get(0)).isEqualTo("Lade und analysiere die Daten von 09162000 …");
    assertThat(zeilen.get(1)).contains("Kommune 09162000 ist nicht in der H2-Datenbank");
    assertThat(aus.resolve("muenchen")).doesNotExist();
  }

  @Test
  @DisplayName("a Kommune of the NRW register that is not stored: reported, the database unchanged")
  void ausDemVerzeichnis() throws IOException {
    Lauf l = bericht("--kommune", "05315000", "--ausgabe", aus.resolve("koeln").toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out()).contains("Bericht für Köln (05315000)");
    assertThat(aus.resolve("koeln").resolve("bericht.html")).exists();
    boolean gespeichert =
        Kommandozeile.mitDatenbank(
            daten, db -> db.persistenz().kommunen().findById(KekizFixtures.KOELN).isPresent());
    assertThat(gespeichert).as("a report stores nothing").isFalse();
  }

  @Test
  @DisplayName("a malformed --stichtag: exit 2, the value quoted")
  void stichtag() {
    Lauf l = bericht("--kommune", "05570004", "--stichtag", "31.12.2O24");

    assertThat(l.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(l.err()).contains("ungültiger Wert '31.12.2O24' für --stichtag");
  }

  @Test
  @DisplayName("needs --kommune: exit 2")
  void ohneKommune() {
    Lauf l = bericht("--ausgabe", aus.toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(l.err()).contains("--kommune");
  }
}
