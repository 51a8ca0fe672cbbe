package de.kekiz.reporting.bericht.daten;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes every format of the report with two suppressed values and searches every file for their
 * numbers; the same search over the report with the values published finds them in every file that
 * shows values, so the search can fail.
 */
@DisplayName("No format shows a suppressed number")
class GeheimhaltungAllerFormateTest {

  /** The suppressed numbers as any data file may spell them (point or comma, any precision). */
  static final List<String> GESPERRT_IN_DATEN =
      List.of(
          "7777", "8111", "6666", "9999", "95,88", "95.88", "66,66", "66.66", "66,67", "66.67",
          "95,9", "95.9");

  @Test
  @DisplayName("in any of the seven files")
  void keineDatei(@TempDir Path tmp) throws IOException {
    List<Path> dateien = BerichtWriter.standard().schreibe(BerichtFixtures.ahlen(), tmp);
    assertThat(dateien).hasSize(10);
    for (Path p : dateien) {
      String name = p.getFileName().toString();
      List<String> verboten =
          name.equals("bericht.html") ? BerichtFixtures.GESPERRTE_ZAHLEN : GESPERRT_IN_DATEN;
      String inhalt = lesbar(p);
      for (String z : verboten) {
        assertThat(inhalt).as(name + " enthält " + z).doesNotContain(z);
      }
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).noneMatch(GeheimhaltungAllerFormateTest::gesperrt);
      }
    }
  }

  @Test
  @DisplayName("while the published values are found in every file that shows values")
  void kontrolle(@TempDir Path tmp) throws IOException {
    Monitoringbericht offen = BerichtFixtures.ahlenOhneSperre();
    for (Path p : BerichtWriter.standard().schreibe(offen, tmp)) {
      String name = p.getFileName().toString();
      if (name.equals("angebote.hsds.json")
          || name.equals("reifegrad.csv")
          || name.equals("zielbeitraege.csv")
          || name.equals("wirkung.csv")) {
        continue; // hold no single indicator values (wirkung.csv: group sums only)
      }
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).anyMatch(GeheimhaltungAllerFormateTest::gesperrt);
      } else {
        String inhalt = lesbar(p);
        assertThat(GESPERRT_IN_DATEN.stream().anyMatch(inhalt::contains) || inhalt.contains("95,9"))
            .as(name)
            .isTrue();
      }
    }
  }

  /**
   * The text a reader sees: extracted text for PDF, the visible text for HTML, the file otherwise.
   */
  private static String lesbar(Path p) throws IOException {
    String name = p.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(Files.readAllBytes(p))) {
        return new PDFTextStripper().getText(d);
      }
    }
    if (name.endsWith(".xlsx")) {
      StringBuilder s = new StringBuilder();
      try (ReadableWorkbook wb =
          new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(p)))) {
        for (Sheet sheet : wb.getSheets().toList()) {
          sheet
              .read()
              .forEach(
                  r ->
                      r.stream()
                          .forEach(
                              c -> {
                                if (c != null && c.getType() == CellType.STRING) {
                                  s.append(c.getText()).append('\n');
                                }
                              }));
        }
      }
      return s.toString();
    }
    String text = Files.readString(p, StandardCharsets.UTF_8);
    if (name.endsWith(".html")) {
      try {
        return de.kekiz.reporting.html.HtmlLesbar.text(text);
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    return text;
  }

  private static List<BigDecimal> zahlen(Path p) throws IOException {
    List<BigDecimal> z = new ArrayList<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(p)))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        sheet
            .read()
            .forEach(
                r ->
                    r.stream()
                        .forEach(
                            c -> {
                              if (c != null && c.getType() == CellType.NUMBER) {
                                z.add(c.asNumber());
                              }
                            }));
      }
    }
    return z;
  }

  private static boolean gesperrt(BigDecimal z) {
    for (String g : List.of("7777", "8111", "6666", "9999")) {
      if (z.compareTo(new BigDecimal(g)) == 0) {
        return true;
      }
    }
    double d = z.doubleValue();
    return Math.abs(d - 95.88) < 0.01 || Math.abs(d - 66.67) < 0.01;
  }
}
