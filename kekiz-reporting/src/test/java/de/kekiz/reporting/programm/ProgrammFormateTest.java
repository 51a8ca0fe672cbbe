package de.kekiz.reporting.programm;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * programmbericht.xlsx and the programme CSV files of the seeds' programme on 31.12.2024: German
 * headers and number formats, numerator and denominator beside each share, the kind of every
 * protected figure, and the suppressed child count of Gelsenkirchen nowhere.
 */
@DisplayName("programmbericht.xlsx and programm-*.csv")
class ProgrammFormateTest {

  private static final LocalDate TAG = LocalDate.of(2024, 12, 31);

  @TempDir static Path ordner;
  static Map<String, List<Row>> blaetter = new LinkedHashMap<>();
  static List<String> blattXml = new ArrayList<>();
  static List<Boolean> umbruch = new ArrayList<>();

  @BeforeAll
  static void schreibe() throws Exception {
    new ProgrammberichtWriter().schreibe(bericht(), LocalDate.of(2025, 1, 15), ordner);
    Path xlsx = ordner.resolve("programmbericht.xlsx");
    try (InputStream in = Files.newInputStream(xlsx);
        ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        blaetter.put(s.getName(), s.read());
      }
    }
    try (ZipFile z = new ZipFile(xlsx.toFile())) {
      String styles =
          new String(
              z.getInputStream(z.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
      String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
      Matcher xf = Pattern.compile("<xf [^>]*?(/>|>.*?</xf>)").matcher(xfs);
      while (xf.find()) {
        umbruch.add(
            xf.group().contains("wrapText=\"true\"") || xf.group().contains("wrapText=\"1\""));
      }
      for (int i = 1; z.getEntry("xl/worksheets/sheet" + i + ".xml") != null; i++) {
        blattXml.add(
            new String(
                z.getInputStream(z.getEntry("xl/worksheets/sheet" + i + ".xml")).readAllBytes(),
                StandardCharsets.UTF_8));
      }
    }
  }

  static de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung bericht() {
    return ProgrammberichtWriterTest.bericht(Veroeffentlichungsauftrag.am(TAG));
  }

  private static List<String> texte(Row r) {
    List<String> t = new ArrayList<>();
    for (int c = 0; c < r.getCellCount(); c++) {
      Cell cell = r.getCell(c);
      t.add(cell == null ? "" : cell.getText());
    }
    return t;
  }

  /** The row at 0-based index {@code nr} of {@code blatt} (the reader leaves empty rows out). */
  private static Row reihe(String blatt, int nr) {
    return blaetter.get(blatt).stream()
        .filter(r -> r.getRowNum() - 1 == nr)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + nr + " in " + blatt));
  }

  private static Row zeile(String blatt, String... anfang) {
    for (Row r : blaetter.get(blatt)) {
      List<String> t = texte(r);
      if (t.size() >= anfang.length && t.subList(0, anfang.length).equals(List.of(anfang))) {
        return r;
      }
    }
    throw new AssertionError("no row " + List.of(anfang) + " in " + blatt);
  }

  @Test
  @DisplayName("has a sheet per part of the report with German headers")
  void blaetter() {
    assertThat(blaetter.keySet())
        .containsExactly(
            "Programm",
            "Reichweite",
            "Förderung",
            "Reifegrad",
            "Lernnetzwerk",
            "Praxis",
            "Datenschutz");
    assertThat(texte(reihe("Reichweite", 2)))
        .containsExactly(
            "Phase",
            "Teilnehmende",
            "Beteiligte Kommunen",
            "Erreichte Gemeinden",
            "Personengruppe",
            "Bezugsgröße",
            "Erreicht (Zähler)",
            "Insgesamt (Nenner)",
            "Anteil in %",
            "Art des Anteils",
            "Einwohner des Gebiets",
            "Art der Einwohnerzahl",
            "Hinweis");
    assertThat(texte(reihe("Förderung", 2)))
        .containsExactly("Jahr", "Quelle", "Betrag", "Bekannt", "Summe des Jahres");
  }

  @Test
  @DisplayName("a suppressed share shows '.' and its kind, never the count, in every cell")
  void gesperrt() {
    Row kinderModell = reihe("Reichweite", 4); // first phase, children
    List<String> t = texte(kinderModell);
    assertThat(t.get(4)).isEqualTo("Kinder und Jugendliche");
    assertThat(t.subList(6, 10)).containsExactly(".", ".", ".", "gesperrt (Geheimhaltung)");
    assertThat(kinderModell.getCell(10).getType()).isEqualTo(CellType.NUMBER);
    assertThat(kinderModell.getCell(10).asNumber()).isEqualByComparingTo("9997");
    assertThat(kinderModell.getCell(10).getDataFormatString()).isEqualTo("#,##0");
    // Gelsenkirchen's 2 children and Ahlen's 9,995 appear in no figure of the reach
    for (Row r : blaetter.get("Reichweite")) {
      for (int c = 6; c < Math.min(11, r.getCellCount()); c++) {
        Cell z = r.getCell(c);
        if (z != null && z.getType() == CellType.NUMBER) {
          assertThat(z.asNumber().intValue()).as(z.getAddress().toString()).isNotIn(2, 9995);
        }
      }
    }
  }

  @Test
  @DisplayName("keeps numerator and denominator beside a published share, with German formats")
  void anteil() {
    Row r = null;
    for (Row z : blaetter.get("Reichweite")) {
      Cell anteil = z.getCellCount() > 8 ? z.getCell(8) : null;
      if (anteil != null && anteil.getType() == CellType.NUMBER) {
        r = z;
        break;
      }
    }
    assertThat(r).as("a published share").isNotNull();
    assertThat(r.getCell(6).getType()).isEqualTo(CellType.NUMBER);
    assertThat(r.getCell(7).getType()).isEqualTo(CellType.NUMBER);
    assertThat(r.getCell(8).getDataFormatString()).isEqualTo("#,##0.0");
    assertThat(r.getCell(9).getText()).isEqualTo("exakt");
    Row gesamt = zeile("Förderung", "Insgesamt");
    assertThat(gesamt.getCell(4).asNumber()).isEqualByComparingTo("4600000.00");
    assertThat(gesamt.getCell(4).getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
    assertThat(
            texte(
                blaetter.get("Förderung").stream()
                    .filter(z -> texte(z).contains("Land NRW"))
                    .findFirst()
                    .orElseThrow()))
        .contains("unbekannt", "nein, Teil einer gemeinsamen Summe");
    Row stichtag = zeile("Programm", "Stichtag");
    assertThat(stichtag.getCell(1).getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(texte(zeile("Reifegrad", "ohne gespeichertes Modell"))).contains("44");
  }

  @Test
  @DisplayName("every text cell with a filled neighbour fits its column's width")
  void breiten() {
    Pattern col = Pattern.compile("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\"");
    int i = 0;
    for (Map.Entry<String, List<Row>> blatt : blaetter.entrySet()) {
      Map<Integer, Double> breite = new TreeMap<>();
      String xml = blattXml.get(i++);
      Matcher m = col.matcher(xml);
      while (m.find()) {
        for (int c = Integer.parseInt(m.group(1)); c <= Integer.parseInt(m.group(2)); c++) {
          breite.put(c - 1, Double.parseDouble(m.group(3)));
        }
      }
      for (Row r : blatt.getValue()) {
        for (int c = 0; c < r.getCellCount(); c++) {
          Cell cell = r.getCell(c);
          Cell rechts = c + 1 < r.getCellCount() ? r.getCell(c + 1) : null;
          if (cell == null || cell.getType() != CellType.STRING) {
            continue;
          }
          if (rechts == null || rechts.getText().isEmpty()) {
            continue; // the text runs into the empty neighbour
          }
          Matcher stil =
              Pattern.compile("<c r=\"" + cell.getAddress() + "\" s=\"(\\d+)\"").matcher(xml);
          if (stil.find() && umbruch.get(Integer.parseInt(stil.group(1)))) {
            continue; // the text wraps within its column
          }
          assertThat(breite.getOrDefault(c, 8.43))
              .as("%s!%s '%s'", blatt.getKey(), cell.getAddress(), cell.getText())
              .isGreaterThanOrEqualTo((double) cell.getText().length());
        }
      }
    }
  }

  @Test
  @DisplayName("the CSV files use ';', decimal comma, a BOM and '.' with Wertart GESPERRT")
  void csv() throws IOException {
    byte[] bytes = Files.readAllBytes(ordner.resolve("programm-reichweite.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> zeilen = List.of(text.split("\r\n"));
    assertThat(zeilen.get(0))
        .isEqualTo(
            "Phase;Phasenname;Teilnehmende;Beteiligte Kommunen;Erreichte Gemeinden;"
                + "Personengruppe;Bezugsgröße;Erreicht;Nenner;Anteil in %;Wertart Anteil;"
                + "Insgesamt;Wertart Insgesamt;Gemeinden ohne Zahl");
    assertThat(zeilen).hasSize(1 + 2 * bericht().reichweiten().size());
    String kinderModell = zeilen.get(2);
    assertThat(kinderModell)
        .contains(";Kinder und Jugendliche;")
        .contains(";.;.;.;GESPERRT;9997;EXAKT;");
    assertThat(text).containsPattern(";[0-9]+,[0-9]+;EXAKT;");
    assertThat(text).doesNotContain(";2;EXAKT");
    String foerderung =
        Files.readString(ordner.resolve("programm-foerderung.csv"), StandardCharsets.UTF_8);
    assertThat(foerderung)
        .startsWith("\uFEFFJahr;Quelle;Quellenname;Betrag;Bekannt;Summe des Jahres\r\n")
        .contains("Insgesamt;\"LAND\";Land NRW;;nein;4600000\r\n");
    String reife =
        Files.readString(ordner.resolve("programm-reifegrad.csv"), StandardCharsets.UTF_8);
    assertThat(reife)
        .startsWith(
            "\uFEFFKommune;Name;Teilnehmer;Punkte;Höchstpunkte;Erreichte Station;Stationsname\r\n")
        .contains("\"05570004\";Ahlen;Ahlen;6;10;1;Leitbild & Vision\r\n")
        .contains("\"05170008\";Dinslaken;Dinslaken;0;10;;\r\n");
  }
}
