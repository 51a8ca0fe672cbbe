package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz export: everything of one Kommune as the files the set-up reads back")
class ExportBefehlTest {

  @TempDir Path ordner;

  private static Lauf kekiz(String... args) {
    Lauf l = starte(args);
    assertThat(l.status()).as(String.join(" ", args) + "\n" + l).isZero();
    return l;
  }

  @Test
  @DisplayName("says that a Kommune of the register is not stored, with the command that stores it")
  void nichtGespeichert() {
    Path daten = ordner.resolve("daten");
    kekiz(
        "kommune",
        "--kommune",
        "02000000",
        "--name",
        "Hamburg",
        "--art",
        "kreisfreie-stadt",
        "--daten",
        daten.toString());
    Lauf l =
        starte(
            "export",
            "--kommune",
            "05570004",
            "--ausgabe",
            ordner.resolve("aus").toString(),
            "--daten",
            daten.toString());
    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Kommune 05570004 ist in der H2-Datenbank")
        .contains("nicht gespeichert, es gibt nichts von ihr zu exportieren")
        .contains("kekiz kommune --kommune 05570004 legt sie an")
        .doesNotContain("Gemeindeverzeichnis")
        .doesNotContain("--art");
  }

  @Test
  @DisplayName("set-up, export, re-import into a fresh database and export give the same files")
  void rundreise() throws IOException {
    Path alt = ordner.resolve("alt");
    Path neu = ordner.resolve("neu");
    Path erst = ordner.resolve("erst");
    Path zweit = ordner.resolve("zweit");
    Kommandozeile.lade(alt, List.of(KekizFixtures.ahlen()));

    Lauf export =
        kekiz(
            "export",
            "--daten",
            alt.toString(),
            "--kommune",
            "05570004",
            "--ausgabe",
            erst.toString());
    String d = neu.toString();
    kekiz("sozialraeume", "--daten", d, "--kommune", "05570004", erst + "/sozialraeume.geojson");
    kekiz("indikatoren", "--daten", d, erst + "/indikatoren.csv");
    kekiz("import", "--daten", d, "--kommune", "05570004", erst + "/bevoelkerung.csv");
    kekiz("import", "--daten", d, "--kommune", "05570004", erst + "/messwerte.csv");
    kekiz("angebote", "--daten", d, "--kommune", "05570004", erst + "/angebote.hsds.json");
    kekiz("export", "--daten", d, "--kommune", "05570004", "--ausgabe", zweit.toString());

    assertThat(export.out())
        .startsWith("Ahlen (05570004) nach " + erst + " geschrieben: ")
        .contains("  messwerte.csv");
    for (String name : ExportBefehl.DATEIEN) {
      String vorher = Files.readString(erst.resolve(name), StandardCharsets.UTF_8);
      assertThat(vorher.lines().count()).as(name).isGreaterThan(1);
      assertThat(Files.readString(zweit.resolve(name), StandardCharsets.UTF_8))
          .as(name)
          .isEqualTo(vorher);
    }
  }
}
