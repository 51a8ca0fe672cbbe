package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.starteMitDaten;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
    return starteMitDaten(ordner.resolve("daten"), befehl, args);
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

  /** Köln's real CSV table as a workbook: sheet {@code Stadtteile}, counts as number cells. */
  private Path koelnAlsXlsx() throws IOException {
    List<String> zeilen =
        Files.readAllLines(
            testdatei("tabellen/2012_Altersgruppen_Stadtteil.csv"), StandardCharsets.UTF_8);
    Path ziel = ordner.resolve("koeln.xlsx");
    try (OutputStream out = Files.newOutputStream(ziel)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Stadtteile");
      for (int r = 0; r < zeilen.size(); r++) {
        String[] felder = zeilen.get(r).split(",", -1);
        for (int c = 0; c < felder.length; c++) {
          if (r > 0 && c != 1) {
            ws.value(r, c, Long.parseLong(felder[c].strip()));
          } else {
            ws.value(r, c, felder[c]);
          }
        }
      }
      wb.finish();
    }
    return ziel;
  }

  @Test
  @DisplayName("the same table as XLSX: 946 figures, then again: nothing changed")
  void xlsx() throws IOException {
    stadtteile();
    Path mappe = koelnAlsXlsx();

    Lauf l = bevoelkerung(mappe);

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains(
            "Bevölkerung von 86 Sozialräumen von Köln (05315000) zum 31.12.2012 gespeichert: 946"
                + " Zahlen neu, 0 geändert, 0 unverändert.");
    Kommune k = kommune(ordner.resolve("daten"), KOELN);
    Lauf nochmal = bevoelkerung(mappe);
    assertThat(nochmal.out())
        .contains("alle 946 Zahlen waren schon so gespeichert; nichts geändert.");
    assertThat(kommune(ordner.resolve("daten"), KOELN).revision()).isEqualTo(k.revision());

    Lauf blatt =
        kekiz(
            "bevoelkerung",
            "--kommune",
            "05315000",
            "--stichtag",
            "31.12.2012",
            "--schluessel-spalte",
            "Nr.",
            "--blatt",
            "Tabelle1",
            mappe.toString());
    assertThat(blatt.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(blatt.err())
        .contains("die Arbeitsmappe hat kein Blatt 'Tabelle1' (Blätter: Stadtteile)");
  }

  private Lauf genesis(Path datei, String stichtag, String... mehr) {
    List<String> args =
        new java.util.ArrayList<>(List.of("--kommune", "05315000", "--stichtag", stichtag));
    args.addAll(List.of(mehr));
    args.add(datei.toString());
    return kekiz("bevoelkerung", args.toArray(String[]::new));
  }

  @Test
  @DisplayName("the same figures as a GENESIS ffcsv export: 946 figures, then: nothing changed")
  void genesis() {
    stadtteile();
    Path f = testdatei("tabellen/2012_Altersgruppen_Stadtteil_genesis_flat.csv");

    Lauf l = genesis(f, "31.12.2012", "--raum-merkmal", "STADTTEIL");

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .startsWith(
            "Altersgruppen aus Merkmal BEVSTD: 'unter 3 Jahre' 0-2, '3 bis unter 6 Jahre' 3-5,")
        .contains(
            "Bevölkerung von 86 Sozialräumen von Köln (05315000) zum 31.12.2012 gespeichert: 946"
                + " Zahlen neu, 0 geändert, 0 unverändert.");
    Kommune k = kommune(ordner.resolve("daten"), KOELN);
    Sozialraum vogelsang =
        k.sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .findFirst()
            .orElseThrow();
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.unter(15))).hasValue(1097);

    Lauf nochmal = genesis(f, "31.12.2012", "--raum-merkmal", "STADTTEIL");
    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out())
        .contains("alle 946 Zahlen waren schon so gespeichert; nichts geändert.");
    assertThat(kommune(ordner.resolve("daten"), KOELN).revision()).isEqualTo(k.revision());
  }

  @Test
  @DisplayName("a GENESIS export of the Länder holds no Sozialraum of Köln: exit 1, says why")
  void genesisFremd() {
    stadtteile();
    Kommune vorher = kommune(ordner.resolve("daten"), KOELN);
    Path f = testdatei("genesis/AUSZUG_1000A-2022_1773175355216_de_flat.csv");

    Lauf l = genesis(f, "15.05.2022");

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(
            "Zeile 1: nichts zu übernehmen: die Datei nennt keinen Sozialraum von Köln"
                + " (05315000), der am 15.05.2022 gilt; ihre Gebiete sind z. B. DG Deutschland,"
                + " 05 Nordrhein-Westfalen")
        .contains("Nichts gespeichert: 1 Fehler in der Tabelle");
    assertThat(kommune(ordner.resolve("daten"), KOELN)).isEqualTo(vorher);

    Lauf ohneSpalte = genesis(testdatei("tabellen/2012_Altersgruppen_Stadtteil.csv"), "31.12.2012");
    assertThat(ohneSpalte.status()).isNotZero();
    assertThat(ohneSpalte.err()).contains("bitte --schluessel-spalte SPALTE angeben");
  }
}
