package de.kekiz.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
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

@DisplayName("bericht.xlsx")
class XlsxBerichtWriterTest {

  private static Map<String, List<Row>> blaetter;
  private static Map<String, String> xml;

  @BeforeAll
  static void schreibe() throws IOException {
    byte[] xlsx = xlsx(BerichtFixtures.ahlen(), Berichtsoptionen.STANDARD);
    Files.write(Path.of("target", "bericht-ahlen.xlsx"), xlsx);
    blaetter = lies(xlsx);
    xml = zip(xlsx);
  }

  static byte[] xlsx(Monitoringbericht b, Berichtsoptionen o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxBerichtWriter().schreibe(b, o, out);
    return out.toByteArray();
  }

  static Map<String, List<Row>> lies(byte[] xlsx) throws IOException {
    Map<String, List<Row>> m = new LinkedHashMap<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        m.put(s.getName(), s.read());
      }
    }
    return m;
  }

  private static Map<String, String> zip(byte[] xlsx) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    Path datei = Files.createTempFile("bericht", ".xlsx");
    try {
      Files.write(datei, xlsx);
      try (ZipFile z = new ZipFile(datei.toFile())) {
        for (ZipEntry e : java.util.Collections.list(z.entries())) {
          m.put(
              e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      Files.delete(datei);
    }
    return m;
  }

  private static Row zeile(String blatt, String erste) {
    return blaetter.get(blatt).stream()
        .filter(
            r ->
                r.getCellCount() > 0
                    && r.getCell(0) != null
                    && erste.equals(r.getCell(0).getText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("has a sheet per section and one per indicator")
  void blaetter() {
    assertThat(blaetter.keySet())
        .containsExactly(
            "Übersicht",
            "Ziele",
            "Sozialindex",
            "betreuungsquote-u3",
            "hze-eckwert",
            "seu-sprache",
            "sgb2-quote-u15",
            "Präventionskette",
            "Reifegrad",
            "Angebote",
            "Quellen",
            "Datenschutz");
  }

  @Test
  @DisplayName("stores values as numbers with a number format")
  void zahlen() {
    Row ahlen = zeile("sgb2-quote-u15", "Ahlen");
    Cell wert2021 = ahlen.getCell(11);
    assertThat(wert2021.getType()).isEqualTo(CellType.NUMBER);
    assertThat(wert2021.asNumber()).isEqualByComparingTo("21.5");
    assertThat(wert2021.getDataFormatString()).isEqualTo("#,##0.0");
    Row nord = zeile("sgb2-quote-u15", "Nord");
    assertThat(nord.getCell(12).asNumber()).isEqualByComparingTo("2.5"); // distance to the Kommune
    assertThat(nord.getCell(13).asNumber()).isEqualByComparingTo("1"); // rank
  }

  @Test
  @DisplayName("stores dates as dates")
  void daten() {
    Row stichtag = zeile("Übersicht", "Stichtag");
    assertThat(stichtag.getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(stichtag.getCell(1).asDate().toLocalDate()).isEqualTo(BerichtFixtures.STICHTAG);
    assertThat(stichtag.getCell(1).getDataFormatString()).isEqualTo("dd.mm.yyyy");
  }

  @Test
  @DisplayName("stores a suppressed cell as the text '.' and the suppressed numbers nowhere")
  void gesperrt() {
    Row vorhelm = zeile("sgb2-quote-u15", "Vorhelm");
    assertThat(vorhelm.getCell(11).getType()).isEqualTo(CellType.STRING);
    assertThat(vorhelm.getCell(11).getText()).isEqualTo(".");
    Row nord = zeile("betreuungsquote-u3", "Nord");
    assertThat(nord.getCell(11).getText()).isEqualTo(".");
    List<String> alle = alleTexte(blaetter);
    for (String zahl : BerichtFixtures.GESPERRTE_ZAHLEN) {
      assertThat(alle).as(zahl).noneMatch(t -> t.contains(zahl));
    }
    assertThat(alleZahlen(blaetter)).noneMatch(XlsxBerichtWriterTest::gesperrteZahl);
  }

  @Test
  @DisplayName("holds the suppressed numbers when they are published (the search works)")
  void kontrolle() throws IOException {
    Map<String, List<Row>> offen =
        lies(xlsx(BerichtFixtures.ahlenOhneSperre(), Berichtsoptionen.STANDARD));
    assertThat(alleZahlen(offen)).anyMatch(XlsxBerichtWriterTest::gesperrteZahl);
  }

  private static boolean gesperrteZahl(BigDecimal z) {
    BigDecimal[] gesperrt = {
      new BigDecimal("7777"), new BigDecimal("8111"), new BigDecimal("6666"), new BigDecimal("9999")
    };
    for (BigDecimal g : gesperrt) {
      if (z.compareTo(g) == 0) {
        return true;
      }
    }
    double d = z.doubleValue();
    return Math.abs(d - 95.88) < 0.01 || Math.abs(d - 66.67) < 0.01;
  }

  private static List<String> alleTexte(Map<String, List<Row>> b) {
    List<String> t = new ArrayList<>();
    b.values()
        .forEach(
            rows ->
                rows.forEach(
                    r ->
                        r.stream()
                            .forEach(
                                c -> {
                                  if (c != null && c.getType() == CellType.STRING) {
                                    t.add(c.getText());
                                  }
                                })));
    return t;
  }

  private static List<BigDecimal> alleZahlen(Map<String, List<Row>> b) {
    List<BigDecimal> z = new ArrayList<>();
    b.values()
        .forEach(
            rows ->
                rows.forEach(
                    r ->
                        r.stream()
                            .forEach(
                                c -> {
                                  if (c != null && c.getType() == CellType.NUMBER) {
                                    z.add(c.asNumber());
                                  }
                                })));
    return z;
  }

  @Test
  @DisplayName("uses the configured symbols")
  void symbole() throws IOException {
    Map<String, List<Row>> b =
        lies(xlsx(BerichtFixtures.ahlen(), Berichtsoptionen.STANDARD.withGesperrt("(g)")));
    Row vorhelm =
        b.get("sgb2-quote-u15").stream()
            .filter(r -> r.getCell(0) != null && "Vorhelm".equals(r.getCell(0).getText()))
            .findFirst()
            .orElseThrow();
    assertThat(vorhelm.getCell(11).getText()).isEqualTo("(g)");
  }

  @Test
  @DisplayName("freezes the header rows of every table sheet")
  void gefroren() {
    List<String> sheets =
        xml.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
    assertThat(sheets).hasSize(12);
    for (String s : sheets) {
      assertThat(xml.get(s)).as(s).contains("state=\"frozen\"");
    }
    // the indicator sheets: three rows (title, definition, header) and two columns (name, key)
    String sgb2 = xml.get("xl/worksheets/sheet7.xml");
    assertThat(sgb2).contains("topLeftCell=\"C4\"");
  }

  @Test
  @DisplayName("prints every sheet on A4, fitted to the page width, with title and header repeated")
  void druck() {
    List<String> sheets =
        xml.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
    for (String s : sheets) {
      assertThat(xml.get(s))
          .as(s)
          .contains("fitToPage=\"true\"")
          .containsPattern("<pageSetup[^>]*paperSize=\"9\"")
          .containsPattern("<pageSetup[^>]*fitToWidth=\"1\"")
          .containsPattern("<pageSetup[^>]*fitToHeight=\"0\"");
    }
    assertThat(xml.get("xl/workbook.xml")).contains("_xlnm.Print_Titles").contains("$1:$3");
  }

  @Test
  @DisplayName("keeps texts with markup or a leading '=' as plain text cells, never as formulas")
  void texte() throws IOException {
    Map<String, List<Row>> b =
        lies(xlsx(BerichtFixtures.mitBoesenNamen(), Berichtsoptionen.STANDARD));
    assertThat(alleTexte(b)).contains(BerichtFixtures.BOESER_NAME);
    Map<String, String> x = zip(xlsx(BerichtFixtures.mitBoesenNamen(), Berichtsoptionen.STANDARD));
    assertThat(x.values()).noneMatch(s -> s.contains("<f>"));
  }

  @Test
  @DisplayName("shows bidirectional, zero-width and control characters of a text as U+FFFD")
  void steuerzeichen() throws IOException {
    String titel = "Überblick \u202Eevil\u202C \u200B\u0007\u2028\uFEFF\uD800 Ende";
    byte[] xlsx =
        xlsx(BerichtFixtures.ahlen().toBuilder().titel(titel).build(), Berichtsoptionen.STANDARD);
    assertThat(alleTexte(lies(xlsx)))
        .contains("Überblick \uFFFDevil\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Ende");
    for (String teil : zip(xlsx).values()) {
      for (char c : new char[] {'\u202E', '\u202C', '\u200B', '\u0007', '\u2028', '\uFEFF'}) {
        assertThat(teil.indexOf(c)).as("U+%04X", (int) c).isEqualTo(-1);
        assertThat(teil).doesNotContainIgnoringCase(String.format("&#x%x;", (int) c));
      }
    }
  }

  @Test
  @DisplayName("lists goals, the gap matrix, Angebote and sources")
  void inhalte() {
    assertThat(zeile("Ziele", "Teilhabe trotz Armut").getCell(10).getText()).isEqualTo("erreicht");
    assertThat(alleTexte(blaetter))
        .contains(
            "Kooperationskalender Kita – Grundschule",
            "offen",
            Indikatoren.sgb2QuoteU15Version2().aenderungshinweis().orElseThrow());
  }

  /** The width of column {@code spalte} (from 1) in the worksheet XML {@code blattXml}. */
  private static double breite(String blattXml, int spalte) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<col min=\"" + spalte + "\" max=\"" + spalte + "\" width=\"([0-9.]+)\"")
            .matcher(blattXml);
    assertThat(m.find()).as("width of column " + spalte).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  @DisplayName(
      "makes the columns of names, keys and headers wide enough that none is cut off by the next"
          + " cell")
  void spaltenbreiten() {
    List<String> namen = new ArrayList<>(blaetter.keySet());
    String uebersicht = xml.get("xl/worksheets/sheet1.xml");
    Row kopf = zeile(namen.get(0), "Programm");
    assertThat(breite(uebersicht, 5)).isGreaterThanOrEqualTo(kopf.getCell(4).getText().length());
    assertThat(breite(uebersicht, 6)).isGreaterThanOrEqualTo(kopf.getCell(5).getText().length());
    List<Row> ueberblick = blaetter.get(namen.get(0));
    String name = ueberblick.get(ueberblick.indexOf(kopf) + 1).getCell(0).getText();
    assertThat(name).startsWith("Kein Kind zurücklassen!");
    assertThat(breite(uebersicht, 1)).isGreaterThanOrEqualTo(name.length());
    int indikatorblaetter = 0;
    for (int b = 0; b < namen.size(); b++) {
      List<Row> zeilen = blaetter.get(namen.get(b));
      Row schluessel =
          zeilen.stream()
              .filter(
                  r ->
                      r.getCellCount() > 1
                          && r.getCell(1) != null
                          && "Schlüssel".equals(r.getCell(1).getText()))
              .findFirst()
              .orElse(null);
      if (schluessel == null || !"Gebiet".equals(schluessel.getCell(0).getText())) {
        continue;
      }
      indikatorblaetter++;
      String blatt = xml.get("xl/worksheets/sheet" + (b + 1) + ".xml");
      for (Row r : zeilen.subList(zeilen.indexOf(schluessel) + 1, zeilen.size())) {
        if (r.getCellCount() > 1 && r.getCell(1) != null) {
          assertThat(breite(blatt, 2))
              .as(namen.get(b) + ": the key " + r.getCell(1).getText())
              .isGreaterThanOrEqualTo(r.getCell(1).getText().length());
          assertThat(breite(blatt, 1))
              .as(namen.get(b) + ": the name " + r.getCell(0).getText())
              .isGreaterThanOrEqualTo(r.getCell(0).getText().length());
        }
      }
    }
    assertThat(indikatorblaetter).isPositive();
  }
}
