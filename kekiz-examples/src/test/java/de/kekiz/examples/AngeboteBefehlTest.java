package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz angebote: Angebote from HSDS 3.0 and back, byte for byte")
class AngeboteBefehlTest {

  static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  @TempDir Path ordner;

  private Path alt() {
    return ordner.resolve("alt");
  }

  private Path neu() {
    return ordner.resolve("neu");
  }

  @BeforeEach
  void ahlen() {
    Kommandozeile.lade(alt(), List.of(KekizFixtures.ahlen()));
  }

  private static Lauf kekiz(String... args) {
    return starte(args);
  }

  private int angebote(Path daten) {
    return mitDatenbank(
        daten,
        db ->
            db.persistenz()
                .praeventionsketten()
                .findByKommune(AHLEN)
                .map(k -> k.angebote().size())
                .orElse(0));
  }

  /** Ahlen's Sozialräume into the fresh database, as its Angebote need them. */
  private void sozialraeume() {
    Path geojson = ordner.resolve("sozialraeume.geojson");
    Lauf aus =
        kekiz(
            "sozialraeume",
            "--daten",
            alt().toString(),
            "--kommune",
            "05570004",
            "--ausgabe",
            geojson.toString());
    assertThat(aus.status()).as(aus.toString()).isZero();
    Lauf ein =
        kekiz(
            "sozialraeume",
            "--daten",
            neu().toString(),
            "--kommune",
            "05570004",
            geojson.toString());
    assertThat(ein.status()).as(ein.toString()).isZero();
  }

  @Test
  @DisplayName("export, import into a fresh database and export again give the same bytes")
  void rundreise() throws IOException {
    Path erst = ordner.resolve("erst.hsds.json");
    Path zweit = ordner.resolve("zweit.hsds.json");
    Lauf aus =
        kekiz(
            "angebote",
            "--daten",
            alt().toString(),
            "--kommune",
            "05570004",
            "--ausgabe",
            erst.toString());
    assertThat(aus.status()).as(aus.toString()).isZero();
    sozialraeume();

    Lauf ein =
        kekiz("angebote", "--daten", neu().toString(), "--kommune", "05570004", erst.toString());
    Lauf nochmal =
        kekiz("angebote", "--daten", neu().toString(), "--kommune", "05570004", erst.toString());
    Lauf wieder =
        kekiz(
            "angebote",
            "--daten",
            neu().toString(),
            "--kommune",
            "05570004",
            "--ausgabe",
            zweit.toString());

    int anzahl = angebote(alt());
    assertThat(anzahl).isPositive();
    assertThat(ein.status()).as(ein.toString()).isZero();
    assertThat(ein.out())
        .startsWith("Angebote von Ahlen (05570004) gespeichert: " + anzahl + " neu");
    assertThat(nochmal.out().strip())
        .isEqualTo(
            "Angebote von Ahlen (05570004): alle "
                + anzahl
                + " waren schon so gespeichert; nichts geändert.");
    assertThat(wieder.status()).as(wieder.toString()).isZero();
    assertThat(Files.readString(zweit, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(erst, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("stores nothing of a file with a bad value and names line, JSON path and value")
  void fehlerhafteDatei() throws IOException {
    Path erst = ordner.resolve("erst.hsds.json");
    kekiz(
        "angebote",
        "--daten",
        alt().toString(),
        "--kommune",
        "05570004",
        "--ausgabe",
        erst.toString());
    sozialraeume();
    String text = Files.readString(erst, StandardCharsets.UTF_8);
    Path falsch = ordner.resolve("falsch.hsds.json");
    Files.writeString(
        falsch,
        text.replaceFirst("\"status\" : \"active\"", "\"status\" : \"aktiv\"")
            .replaceFirst("\"latitude\" : ([0-9.]+)", "\"latitude\" : \"nord\""),
        StandardCharsets.UTF_8);

    Lauf lauf =
        kekiz("angebote", "--daten", neu().toString(), "--kommune", "05570004", falsch.toString());

    assertThat(lauf.status()).as(lauf.toString()).isEqualTo(Hauptprogramm.FEHLER);
    List<String> zeilen = lauf.err().lines().toList();
    assertThat(zeilen).hasSize(3);
    assertThat(zeilen.get(0))
        .isEqualTo(
            falsch
                + ", Zeile 1, Spalte 3 ([0].status), Wert 'aktiv': erwartet einen HSDS-Status:"
                + " active, inactive, defunct, temporarily closed");
    assertThat(zeilen.get(1))
        .isEqualTo(
            falsch
                + ", Zeile 1, Spalte 3 ([0].service_at_locations[0].location.latitude),"
                + " Wert 'nord': erwartet eine Zahl");
    assertThat(zeilen.get(2)).isEqualTo("Nichts gespeichert: 2 Fehler in der Datei");
    assertThat(angebote(neu())).isZero();
  }
}
