package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.reporting.csv.AuswertungCsvWriter;
import de.kekiz.reporting.csv.CsvFormat;
import de.kekiz.reporting.html.HtmlBerichtWriter;
import de.kekiz.reporting.text.TextZusammenfassung;
import de.kekiz.reporting.xlsx.XlsxBerichtWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The maturity score, the Zielbeiträge and the effect comparisons of Ahlen's dated demo chain
 * (synthetic, {@link KekizFixtures#ahlen()}) in bericht.xlsx, the three CSV files and the text
 * summary; the figures are those of the core's release ({@code AhlenGeschichteTest} computes them
 * by hand: Kita-Einstieg 203 of 625 in 2020 and 278 of 657 in 2024 in Süd and Ost, +5,4 points).
 * And the report of a reference date in the past.
 */
@DisplayName("Reifegrad, Zielbeiträge and Wirkung in XLSX, CSV and text")
class AuswertungFormateTest {

  private static final List<IndikatorKey> SOZIALINDEX =
      List.of(
          Indikatoren.SGB2_QUOTE_U15,
          Indikatoren.SEU_SPRACHE,
          Indikatoren.BETREUUNGSQUOTE_U3,
          Indikatoren.U8_U9_TEILNAHME);

  private static Berichtsteil teil;

  static Berichtsteil teil(LocalDate stichtag) {
    Beispielkommune b = KekizFixtures.ahlen();
    return Berichtsdaten.teil(
        b.kommune(),
        b.leitbild(),
        b.kette(),
        b.indikatoren(),
        b.messwerte(),
        Veroeffentlichungsauftrag.am(stichtag).withSozialindexIndikatoren(SOZIALINDEX));
  }

  @BeforeAll
  static void rechne() {
    teil = teil(LocalDate.of(2024, 12, 31));
  }

  @Nested
  @DisplayName("bericht.xlsx")
  class Xlsx {

    private Map<String, List<Row>> blaetter = new LinkedHashMap<>();
    private Map<String, String> xml = new LinkedHashMap<>();

    private void lies() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XlsxBerichtWriter()
          .schreibe(BerichtFixtures.bericht(teil), Berichtsoptionen.STANDARD, out);
      byte[] xlsx = out.toByteArray();
      Files.write(Path.of("target", "bericht-ahlen-auswertung.xlsx"), xlsx);
      try (ReadableWorkbook wb =
          new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
        for (Sheet s : wb.getSheets().toList()) {
          blaetter.put(s.getName(), s.read());
        }
      }
      Path datei = Path.of("target", "bericht-ahlen-auswertung.xlsx");
      try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(datei.toFile())) {
        for (ZipEntry e : java.util.Collections.list(z.entries())) {
          xml.put(
              e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }

    private static String text(Row r, int c) {
      return r.getCellCount() > c && r.getCell(c) != null ? r.getCell(c).getText() : "";
    }

    private Row zeile(String blatt, String erste) {
      return blaetter.get(blatt).stream()
          .filter(r -> text(r, 0).equals(erste))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no row '" + erste + "' in " + blatt));
    }

    @Test
    @DisplayName("has the sheets Reifegrad, Zielbeiträge and Wirkung after the Präventionskette")
    void blaetter() throws IOException {
      lies();
      assertThat(blaetter.keySet())
          .containsSubsequence(
              "Präventionskette", "Reifegrad", "Zielbeiträge", "Wirkung", "Angebote");
    }

    @Test
    @DisplayName("shows every criterion with points and reason, the sum and the development")
    void reifegrad() throws IOException {
      lies();
      List<Row> r = blaetter.get("Reifegrad");
      assertThat(text(r.get(0), 0)).startsWith("Reifegrad der Präventionskette (Beispieldaten");
      assertThat(text(r.get(1), 0)).startsWith("Am 31.12.2024: ").contains(" von 10 Punkten");
      assertThat(List.of(text(r.get(2), 0), text(r.get(2), 3), text(r.get(2), 4)))
          .containsExactly("Kriterium", "Punkte", "Begründung");
      Row summe = zeile("Reifegrad", "Summe");
      assertThat(summe.getCell(3).asNumber().intValue())
          .isEqualTo(teil.reife().aktuell().orElseThrow().punkte());
      Row kriterium = zeile("Reifegrad", "Zuständigkeiten für alle Handlungsziele");
      assertThat(text(kriterium, 2)).isEqualTo("ja");
      assertThat(blaetter.get("Reifegrad").stream().map(x -> text(x, 0)))
          .contains("Entwicklung des Reifegrads", "Stichtag");
    }

    @Test
    @DisplayName("lists who works on which Handlungsziel, where and since when (a date cell)")
    void zielbeitraege() throws IOException {
      lies();
      Row r =
          blaetter.get("Zielbeiträge").stream()
              .filter(x -> text(x, 3).equals("Sprachbrücke Kita – Grundschule"))
              .findFirst()
              .orElseThrow();
      assertThat(text(r, 0)).startsWith("1.2 ");
      assertThat(text(r, 5)).isEqualTo("Ahlen-Süd");
      assertThat(r.getCell(6).asDate().toLocalDate()).isEqualTo(LocalDate.of(2021, 8, 1));
    }

    @Test
    @DisplayName("shows the comparisons with shares as numbers, the DiD in points and the Befund")
    void wirkung() throws IOException {
      lies();
      Row r = zeile("Wirkung", "Angebot: Kita-Einstieg: Brücken bauen in frühe Bildung");
      assertThat(text(r, 4)).isEqualTo("Ahlen-Süd, Ahlen-Ost");
      assertThat(text(r, 6)).isEqualTo("2020");
      assertThat(r.getCell(8).asNumber()).isEqualByComparingTo("32.48");
      assertThat(text(r, 12)).contains("32,5 % (", "203 von 625", "278 von 657", "345 von 871");
      assertThat(r.getCell(13).asNumber().doubleValue()).isBetween(5.39, 5.41);
      assertThat(text(r, 16)).isEqualTo("kein Unterschied nachweisbar");
      Row g = zeile("Wirkung", "Angebot: Aufsuchende Familienbegleitung");
      assertThat(text(g, 16)).isEqualTo("günstigere Entwicklung als in der Vergleichsgruppe");
      Row n = zeile("Wirkung", "Angebot: Sprachbrücke Kita – Grundschule");
      assertThat(text(n, 16)).isEqualTo("nicht auswertbar");
      assertThat(text(n, 17)).contains("gesperrt");
      assertThat(blaetter.get("Wirkung").stream().map(x -> text(x, 0)))
          .contains("Kita → Grundschule");
    }

    @Test
    @DisplayName("keeps the sheet conventions: frozen header, column widths, A4 fitted, title")
    void konventionen() throws IOException {
      lies();
      Map<String, String> blattXml = new LinkedHashMap<>();
      String workbook = xml.get("xl/workbook.xml");
      int i = 1;
      for (String name : blaetter.keySet()) {
        blattXml.put(name, xml.get("xl/worksheets/sheet" + i++ + ".xml"));
      }
      assertThat(workbook).contains("name=\"Wirkung\"");
      for (String name : List.of("Reifegrad", "Zielbeiträge", "Wirkung")) {
        String s = blattXml.get(name);
        assertThat(s)
            .as(name)
            .contains("state=\"frozen\"", "topLeftCell=\"B4\"", "fitToPage=\"true\"")
            .containsPattern("<col [^>]*customWidth=\"true\"")
            .containsPattern("<pageSetup[^>]*paperSize=\"9\"");
      }
      // no column narrower than its header: the widths given for the Wirkung sheet's 18 columns
      assertThat(blattXml.get("Wirkung"))
          .containsPattern("<col min=\"18\" max=\"18\"[^>]*width=\"70");
    }
  }

  @Nested
  @DisplayName("CSV")
  class CsvDateien {

    private String csv(String datei) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AuswertungCsvWriter w = new AuswertungCsvWriter(CsvFormat.EXCEL_DEUTSCH);
      switch (datei) {
        case AuswertungCsvWriter.REIFEGRAD -> w.schreibeReifegrad(teil, out);
        case AuswertungCsvWriter.ZIELBEITRAEGE -> w.schreibeZielbeitraege(teil, out);
        default -> w.schreibeWirkung(teil, out);
      }
      byte[] b = out.toByteArray();
      assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("wirkung.csv: the group counts, the shares with a decimal comma, the Befund")
    void wirkung() throws IOException {
      String text = csv(AuswertungCsvWriter.WIRKUNG);
      String[] zeilen = text.split("\r\n");
      assertThat(zeilen[0])
          .startsWith("Art;Schlüssel;Maßnahme;Handlungsziel;Beginn;Indikator;")
          .contains("Mit vorher Zähler;Mit vorher Nenner;Mit vorher Anteil")
          .endsWith("Befund;Nicht auswertbar");
      String kita =
          List.of(zeilen).stream()
              .filter(z -> z.contains("\"kita-einstieg\""))
              .findFirst()
              .orElseThrow();
      assertThat(kita)
          .contains(
              "01.01.2021",
              "\"2020\";\"2024\";203;625;0,3248;",
              ";278;657;0,423135;",
              ";312;887;",
              ";345;871;",
              "kein Unterschied nachweisbar");
      assertThat(kita.split(";", -1)).hasSize(AuswertungCsvWriter.WIRKUNG_SPALTEN.size());
      String gesperrt =
          List.of(zeilen).stream()
              .filter(z -> z.contains("Sprachbrücke") && z.contains("seu-sprache"))
              .findFirst()
              .orElseThrow();
      assertThat(gesperrt).contains("nicht auswertbar", "gesperrt");
    }

    @Test
    @DisplayName("reifegrad.csv: one row per reference date and criterion")
    void reifegrad() throws IOException {
      String[] zeilen = csv(AuswertungCsvWriter.REIFEGRAD).split("\r\n");
      assertThat(zeilen[0]).isEqualTo(String.join(";", AuswertungCsvWriter.REIFEGRAD_SPALTEN));
      assertThat(zeilen).hasSize(1 + 10 * teil.reife().verlauf().size());
      assertThat(zeilen[zeilen.length - 1]).startsWith("31.12.2024;FORTSCHREIBUNG;");
      assertThat(List.of(zeilen))
          .anyMatch(z -> z.startsWith("31.12.2024;ZIELBEITRAEGE;") && z.contains(";ja;1;"));
    }

    @Test
    @DisplayName("zielbeitraege.csv: goal, contributor, areas and the beginning")
    void zielbeitraege() throws IOException {
      String text = csv(AuswertungCsvWriter.ZIELBEITRAEGE);
      assertThat(text)
          .startsWith(String.join(";", AuswertungCsvWriter.ZIELBEITRAEGE_SPALTEN) + "\r\n")
          .contains("Sprachbrücke Kita – Grundschule;", "\"05570004:sued\";Ahlen-Süd;01.08.2021");
    }

    @Test
    @DisplayName("are written by the standard BerichtWriter beside messwerte.csv")
    void dateien() {
      assertThat(BerichtWriter.standard().formate())
          .extracting(Berichtsformat::dateiname)
          .contains("reifegrad.csv", "zielbeitraege.csv", "wirkung.csv", "messwerte.csv");
    }
  }

  @Test
  @DisplayName("the text summary: score with its criteria, who does what, the comparisons")
  void text() {
    StringWriter out = new StringWriter();
    new TextZusammenfassung(out, LocalDate.of(2024, 12, 31)).schreibeAuswertung(teil);
    String text = out.toString();
    assertThat(text)
        .contains(
            "Reifegrad der Präventionskette: Am 31.12.2024: ",
            "[x] Zuständigkeiten für alle Handlungsziele",
            "Wer tut was (Stand 31.12.2024):",
            "Sprachbrücke Kita – Grundschule (Sprachförderung über den Übergang in die Grundschule);"
                + " Ahlen-Süd; seit 01.08.2021",
            "Angebot: Kita-Einstieg: Brücken bauen in frühe Bildung, seit 01.01.2021,"
                + " Handlungsziel 1.1",
            "mit Maßnahme (Ahlen-Süd, Ahlen-Ost): 2020 32,5 % (",
            "203 von 625",
            "Differenz der Differenzen: +5,4 Prozentpunkte (",
            "günstigere Entwicklung als in der Vergleichsgruppe");
  }

  @Test
  @DisplayName("the report of 31.12.2018 shows the chain as it was then")
  void vergangenerStichtag() throws Exception {
    Monitoringbericht damals = BerichtFixtures.bericht(teil(LocalDate.of(2018, 12, 31)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlBerichtWriter().schreibe(damals, Berichtsoptionen.STANDARD, out);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Kooperationskalender Kita – Grundschule", "31.12.2018")
        .doesNotContain("Sprachbrücke", "Aufsuchende Familienbegleitung");
    StringWriter text = new StringWriter();
    new TextZusammenfassung(text, LocalDate.of(2018, 12, 31)).schreibeAuswertung(damals.teil());
    assertThat(text.toString())
        .contains("Am 31.12.2018: ", "Kooperationskalender")
        .doesNotContain("Sprachbrücke");
  }
}
