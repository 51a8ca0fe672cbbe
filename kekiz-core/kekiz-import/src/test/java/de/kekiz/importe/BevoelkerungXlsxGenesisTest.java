package de.kekiz.importe;

import static de.kekiz.importe.BevoelkerungstabelleLeserTest.ENDE_2012;
import static de.kekiz.importe.BevoelkerungstabelleLeserTest.koelnMitStadtteilen;
import static de.kekiz.importe.BevoelkerungstabelleLeserTest.koelnTabelle;
import static de.kekiz.importe.Testdateien.KOELN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("population of Sozialräume by age group from XLSX and from a GENESIS export")
class BevoelkerungXlsxGenesisTest {

  @TempDir Path ordner;

  static Path tabelle(String name) {
    try {
      return Path.of(BevoelkerungXlsxGenesisTest.class.getResource("/tabellen/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test file tabellen/" + name + " is missing", e);
    }
  }

  /**
   * Köln's real table of 2012 as a workbook: the CSV's cells, counts as number cells, on a sheet
   * {@code blatt} after an empty sheet {@code Hinweise}.
   */
  static Path koelnAlsXlsx(Path ziel, String blatt) throws IOException {
    List<String> zeilen = Files.readAllLines(koelnTabelle(), StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(ziel)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      wb.newWorksheet("Hinweise").value(0, 0, "Einwohner nach Altersgruppen, Köln, 31.12.2012");
      Worksheet ws = wb.newWorksheet(blatt);
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

  private Path mappe(List<List<Object>> zeilen) throws IOException {
    Path ziel = ordner.resolve("bevoelkerung.xlsx");
    try (OutputStream out = Files.newOutputStream(ziel)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Bevölkerung");
      for (int r = 0; r < zeilen.size(); r++) {
        for (int c = 0; c < zeilen.get(r).size(); c++) {
          Object v = zeilen.get(r).get(c);
          if (v instanceof String s) {
            ws.value(r, c, s);
          } else if (v instanceof Number n) {
            ws.value(r, c, n);
          }
        }
      }
      wb.finish();
    }
    return ziel;
  }

  @Test
  @DisplayName("XLSX: Köln's real table as a sheet gives the same 946 figures as the CSV")
  void xlsxKoeln() throws IOException {
    Path f = koelnAlsXlsx(ordner.resolve("koeln.xlsx"), "Stadtteile");
    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> csv =
        new BevoelkerungstabelleLeser().lese(koelnTabelle(), KOELN, "Nr.", "Einwohner insgesamt");

    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> xlsx =
        new BevoelkerungstabelleLeser().lese(f, "Stadtteile", KOELN, "Nr.", "Einwohner insgesamt");

    assertThat(xlsx.fehler()).isEmpty();
    assertThat(xlsx.objekte()).hasSize(946);
    assertThat(xlsx.objekte())
        .extracting(z -> z.schluessel() + " " + z.altersgruppe() + " " + z.anzahl())
        .containsExactlyElementsOf(
            csv.objekte().stream()
                .map(z -> z.schluessel() + " " + z.altersgruppe() + " " + z.anzahl())
                .toList());
    BevoelkerungstabelleLeser.Uebernahme u =
        BevoelkerungstabelleLeser.uebernimm(
            koelnMitStadtteilen(), xlsx.datei(), ENDE_2012, xlsx.objekte());
    assertThat(u.fehler()).isEmpty();
    assertThat(u.neu()).isEqualTo(946);
  }

  @Test
  @DisplayName("XLSX: each error with file, sheet, row, column letter, header and value; no figure")
  void xlsxSchlecht() throws IOException {
    List<List<Object>> zeilen = new ArrayList<>();
    zeilen.add(
        List.of("Nr.", "Stadtteil", "Einwohner insgesamt", "unter 3", "3 - 5", "6 u. älter"));
    zeilen.add(List.of(101, "Altstadt-Süd", 100, 10, 20, 70));
    zeilen.add(List.of(102, "Neustadt-Süd", 100, 10, 20, 70.5));
    zeilen.add(List.of(103, "Altstadt-Nord", 100, 10, 20, 60));
    zeilen.add(List.of(101, "Altstadt-Süd", 100, 10, 20, 70));
    zeilen.add(List.of("1 04", "Deutz", 100, 10, 20, "1.675"));
    zeilen.add(List.of(105, "Kalk", 100, 10, 20, 70, "?"));
    Path f = mappe(zeilen);

    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> e =
        new BevoelkerungstabelleLeser().lese(f, KOELN, "Nr.", "Einwohner insgesamt");

    assertThat(e.objekte()).isEmpty();
    assertThat(e.fehler().stream().map(Importfehler::toString).toList())
        .containsExactly(
            f
                + " [Bevölkerung], Zeile 3, Spalte F (6 u. älter), Wert '70.5': erwartet eine"
                + " ganze Zahl ab 0 ohne Trennzeichen",
            f
                + " [Bevölkerung], Zeile 4, Spalte C (Einwohner insgesamt), Wert '100': die"
                + " Altersgruppen der Zeile ergeben zusammen 90, nicht 100",
            f
                + " [Bevölkerung], Zeile 5, Spalte A (Nr.), Wert '101': der Sozialraum 101 steht"
                + " schon in Zeile 2",
            f
                + " [Bevölkerung], Zeile 6, Spalte A (Nr.), Wert '1 04': ein Schlüssel hat 1 bis"
                + " 40 Zeichen aus Buchstaben a-z, Ziffern, '-', '_' und '.'",
            f
                + " [Bevölkerung], Zeile 7, Spalte G, Wert '?': die Zeile hat einen Wert rechts"
                + " der letzten Spalte mit Kopf (Zeile 1 hat 6 Spalten)");
  }

  @Test
  @DisplayName("XLSX: a missing sheet or key column is refused naming the sheet")
  void xlsxKopf() throws IOException {
    Path f = koelnAlsXlsx(ordner.resolve("koeln.xlsx"), "Stadtteile");
    assertThatThrownBy(
            () -> new BevoelkerungstabelleLeser().lese(f, "Tabelle1", KOELN, "Nr.", null))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining(
            "die Arbeitsmappe hat kein Blatt 'Tabelle1' (Blätter: Hinweise," + " Stadtteile)");
    assertThatThrownBy(
            () -> new BevoelkerungstabelleLeser().lese(f, "Stadtteile", KOELN, "Nummer", null))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining(
            "Blatt 'Stadtteile', Zeile 1 hat keine Spalte 'Nummer'; sie hat Nr." + " | Stadtteil");
    assertThatThrownBy(
            () ->
                new BevoelkerungstabelleLeser()
                    .lese(koelnTabelle(), "Stadtteile", KOELN, "Nr.", null))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("ein Blatt ('Stadtteile') gibt es nur in einer Arbeitsmappe");
  }

  @Test
  @DisplayName("GENESIS: Köln's table in the ffcsv layout gives the 946 figures; the total checked")
  void genesisKoeln() {
    Path f = tabelle("2012_Altersgruppen_Stadtteil_genesis_flat.csv");
    assertThat(GenesisBevoelkerungLeser.istGenesis(f)).isTrue();
    assertThat(GenesisBevoelkerungLeser.istGenesis(koelnTabelle())).isFalse();
    Kommune koeln = koelnMitStadtteilen();

    GenesisBevoelkerungLeser.Auszug a =
        new GenesisBevoelkerungLeser().lese(f, koeln, ENDE_2012, null, "STADTTEIL");

    assertThat(a.zahlen().fehler()).isEmpty();
    assertThat(a.wertmerkmal()).isEqualTo("BEVSTD");
    assertThat(a.uebersprungen()).isEmpty();
    assertThat(a.zahlen().objekte()).hasSize(946);
    assertThat(a.zahlen().objekte().get(0).spaltenname()).isEqualTo("unter 3 Jahre");
    BevoelkerungstabelleLeser.Uebernahme u =
        BevoelkerungstabelleLeser.uebernimm(koeln, f, ENDE_2012, a.zahlen().objekte());
    assertThat(u.fehler()).isEmpty();
    Sozialraum vogelsang =
        u.kommune().sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .findFirst()
            .orElseThrow();
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.ab(0))).hasValue(8247);
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.unter(15))).hasValue(1097);

    GenesisBevoelkerungLeser.Auszug andererTag =
        new GenesisBevoelkerungLeser()
            .lese(f, koeln, LocalDate.of(2013, 12, 31), null, "STADTTEIL");
    assertThat(andererTag.zahlen().fehler())
        .extracting(Importfehler::grund)
        .containsExactly(
            "nichts zu übernehmen: die Datei hat für die Sozialräume keine Werte zum 31.12.2013;"
                + " sie hat Werte zum 31.12.2012 (--stichtag wählt einen)");
    GenesisBevoelkerungLeser.Auszug ohneRaummerkmal =
        new GenesisBevoelkerungLeser().lese(f, koeln, ENDE_2012, null, null);
    assertThat(ohneRaummerkmal.zahlen().fehler())
        .extracting(Importfehler::grund)
        .containsExactly(
            "nichts zu übernehmen: die Werte der Datei nennen kein Gebiet (Merkmal GEMEIN,"
                + " KREISE, GEO… o. ä.); --raum-merkmal CODE nennt das Merkmal der Sozialräume");
  }

  @Test
  @DisplayName("GENESIS: the real Zensus table of the Länder holds no Sozialraum of Köln; said so")
  void genesisFremdeGebiete() {
    Path f = Testdateien.genesis("AUSZUG_1000A-2022_1773175355216_de_flat.csv");
    Kommune koeln = koelnMitStadtteilen();

    GenesisBevoelkerungLeser.Auszug a =
        new GenesisBevoelkerungLeser().lese(f, koeln, LocalDate.of(2022, 5, 15), null, null);

    assertThat(a.zahlen().objekte()).isEmpty();
    assertThat(a.zahlen().fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            f
                + ", Zeile 1: nichts zu übernehmen: die Datei nennt keinen Sozialraum von Köln"
                + " (05315000), der am 15.05.2022 gilt; ihre Gebiete sind z. B. DG Deutschland,"
                + " 05 Nordrhein-Westfalen, die Sozialräume z. B. 101, 102, 103, 104, 105");
    assertThat(a.uebersprungen()).first().asString().endsWith("Werte anderer Gebiete");
  }

  @Test
  @DisplayName("GENESIS: bad values each with file, line, column, header and value; no figure")
  void genesisSchlecht() throws IOException {
    String kopf =
        "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
            + "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
            + "2_variable_code;2_variable_label;2_variable_attribute_code;"
            + "2_variable_attribute_label;value;value_unit;value_variable_code;"
            + "value_variable_label\n";
    String vorn = "12411;Bevölkerung;STAG;Stichtag;2012-12-31;GEMEIN;Gemeinden;";
    Path f = ordner.resolve("12411-02-03-5_de_flat.csv");
    Files.writeString(
        f,
        kopf
            + vorn
            + "101;Altstadt-Süd;ALTX17;Altersgruppen;;Insgesamt;100;Anzahl;BEVSTD;Stand\n"
            + vorn
            + "101;Altstadt-Süd;ALTX17;Altersgruppen;ALT000B03;unter 3 Jahre;10;Anzahl;"
            + "BEVSTD;Stand\n"
            + vorn
            + "101;Altstadt-Süd;ALTX17;Altersgruppen;ALT003UM;3 Jahre und mehr;80;Anzahl;"
            + "BEVSTD;Stand\n"
            + vorn
            + "102;Neustadt-Süd;ALTX17;Altersgruppen;ALT000B03;unter 3 Jahre;1,5;Anzahl;"
            + "BEVSTD;Stand\n"
            + vorn
            + "103;Altstadt-Nord;ALTX17;Altersgruppen;ALT000B03;unter 3 Jahre;7;1000;"
            + "BEVSTD;Stand\n"
            + vorn
            + "104;Deutz;ALTX17;Altersgruppen;ALTXX;Kinder;7;Anzahl;BEVSTD;Stand\n"
            + vorn
            + "105;Kalk;ALTX17;Altersgruppen;ALT000B06;unter 6 Jahre;7;Anzahl;BEVSTD;Stand\n"
            + vorn
            + "105;Kalk;ALTX17;Altersgruppen;ALT003B06;3 bis unter 6 Jahre;7;Anzahl;"
            + "BEVSTD;Stand\n"
            + vorn
            + "201;Bayenthal;ALTX17;Altersgruppen;ALT000B03;unter 3 Jahre;acht;Anzahl;"
            + "BEVSTD;Stand\n",
        StandardCharsets.UTF_8);

    GenesisBevoelkerungLeser.Auszug a =
        new GenesisBevoelkerungLeser().lese(f, koelnMitStadtteilen(), ENDE_2012, null, null);

    assertThat(a.zahlen().objekte()).isEmpty();
    assertThat(a.zahlen().fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            f
                + ", Zeile 5, Spalte 14 (value), Wert '1,5': eine Bevölkerungszahl braucht eine"
                + " ganze Zahl von Personen",
            f
                + ", Zeile 6, Spalte 14 (value), Wert '7': eine Bevölkerungszahl braucht die"
                + " Einheit 'Anzahl' (Personen), der Wert hat '1000'",
            f
                + ", Zeile 7, Spalte 13 (2_variable_attribute_label), Wert 'Kinder': die"
                + " Bezeichnung nennt keine Altersgruppe wie 'unter 3 Jahre', '3 bis unter 6"
                + " Jahre' oder '75 Jahre und mehr'",
            f
                + ", Zeile 10, Spalte 14 (value), Wert 'acht': weder eine Zahl noch ein"
                + " GENESIS-Sonderzeichen ('-', '.', '...', '/', 'x' oder leer)",
            f
                + ", Zeile 2, Spalte 14 (value), Wert '100': die Altersgruppen von 101 ergeben"
                + " zusammen 90, nicht 100",
            f
                + ", Zeile 9, Spalte 14 (value), Wert '7': die Altersgruppe '3 bis unter 6"
                + " Jahre' überschneidet sich mit 'unter 6 Jahre' in Zeile 8");
  }
}
