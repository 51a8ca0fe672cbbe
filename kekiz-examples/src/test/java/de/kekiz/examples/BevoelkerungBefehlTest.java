package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz bevoelkerung: Köln's Stadtteile and their population from GeoJSON and CSV")
class BevoelkerungBefehlTest {

  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final LocalDate ENDE_2012 = LocalDate.of(2012, 12, 31);

  @TempDir Path ordner;

  private static Path testdatei(String name) {
    try {
      return Path.of(BevoelkerungBefehlTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test file " + name + " is missing", e);
    }
  }

  private Lauf kekiz(String befehl, String... args) {
    String[] alle = new String[args.length + 3];
    alle[0] = befehl;
    alle[1] = "--daten";
    alle[2] = ordner.resolve("daten").toString();
    System.arraycopy(args, 0, alle, 3, args.length);
    return starte(alle);
  }

  private Lauf bevoelkerung(Path tabelle) {
    return kekiz(
        "bevoelkerung",
        "--kommune",
        "05315000",
        "--stichtag",
        "31.12.2012",
        "--schluessel-spalte",
        "Nr.",
        "--summen-spalte",
        "Einwohner insgesamt",
        tabelle.toString());
  }

  private void stadtteile() {
    Lauf l =
        kekiz(
            "sozialraeume",
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtteil",
            "--gueltig-ab",
            "01.01.2012",
            testdatei("geojson/osm_stadtteile_100.geojson").toString());
    assertThat(l.status()).as(l.toString()).isZero();
  }

  @Test
  @DisplayName("Stadtteile from GeoJSON, then their age groups: Vogelsang has 8,247 inhabitants")
  void koeln() {
    stadtteile();

    Lauf l = bevoelkerung(testdatei("tabellen/2012_Altersgruppen_Stadtteil.csv"));

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .startsWith("Altersgruppen aus den Spalten: '0 - 2' 0-2, '3 - 5' 3-5, '6 - 14' 6-14,")
        .contains("'80 u. älter' 80+")
        .contains(
            "Bevölkerung von 86 Sozialräumen von Köln (05315000) zum 31.12.2012 gespeichert: 946"
                + " Zahlen neu, 0 geändert, 0 unverändert.");
    Kommune k = kommune(ordner.resolve("daten"), KOELN);
    Sozialraum vogelsang =
        k.sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .findFirst()
            .orElseThrow();
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.ab(0))).hasValue(8247);
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.unter(15))).hasValue(1097);
    long stadt =
        k.sozialraeume().stream()
            .mapToLong(s -> s.einwohner(ENDE_2012, Altersspanne.ab(0)).orElseThrow())
            .sum();
    assertThat(stadt).isEqualTo(1_044_555L);

    Lauf nochmal = bevoelkerung(testdatei("tabellen/2012_Altersgruppen_Stadtteil.csv"));
    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out())
        .contains("alle 946 Zahlen waren schon so gespeichert; nichts geändert.");
    assertThat(kommune(ordner.resolve("daten"), KOELN).revision()).isEqualTo(k.revision());
  }

  @Test
  @DisplayName("a row whose age groups miss its total: exit 1, file/line/column, nothing stored")
  void schlecht() throws IOException {
    stadtteile();
    Kommune vorher = kommune(ordner.resolve("daten"), KOELN);
    Path f = ordner.resolve("falsch.csv");
    Files.writeString(
        f,
        "Nr.,Stadtteil,Einwohner insgesamt,0 - 2,3 u. älter\n"
            + "404,Vogelsang,8247,183,8064\n"
            + "101,Altstadt-Süd,27515,521,26000\n",
        StandardCharsets.UTF_8);

    Lauf l = bevoelkerung(f);

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err().lines().toList())
        .containsExactly(
            f
                + ", Zeile 3, Spalte 3 (Einwohner insgesamt), Wert '27515': die Altersgruppen der"
                + " Zeile ergeben zusammen 26521, nicht 27515",
            "Nichts gespeichert: 1 Fehler in der Tabelle");
    assertThat(kommune(ordner.resolve("daten"), KOELN)).isEqualTo(vorher);
  }
}
