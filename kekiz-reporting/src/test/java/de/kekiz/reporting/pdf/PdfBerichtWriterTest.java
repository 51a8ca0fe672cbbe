package de.kekiz.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bericht.pdf")
class PdfBerichtWriterTest {

  private static byte[] pdf;
  private static String text;
  private static int seiten;

  @BeforeAll
  static void schreibe() throws IOException {
    pdf = pdf(new PdfBerichtWriter(), BerichtFixtures.ahlen());
    Files.write(Path.of("target", "bericht-ahlen.pdf"), pdf);
    try (PDDocument d = Loader.loadPDF(pdf)) {
      seiten = d.getNumberOfPages();
      text = new PDFTextStripper().getText(d);
    }
  }

  static byte[] pdf(PdfBerichtWriter w, Monitoringbericht b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.schreibe(b, Berichtsoptionen.STANDARD, out);
    return out.toByteArray();
  }

  @Test
  @DisplayName("is a PDF with pages")
  void seiten() {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(seiten).isGreaterThan(3);
  }

  @Test
  @DisplayName("holds the content of the HTML report: headings, tables, German numbers")
  void inhalt() {
    assertThat(text).contains("Monitoringbericht Ahlen", "1 Kommune und Programmteilnahme",
        "4.4 SGB-II-Quote unter 15 Jahren", "21,5", "59.916,78", "Seite 1 von " + seiten);
  }

  @Test
  @DisplayName("never shows a suppressed number")
  void gesperrt() {
    for (String zahl : BerichtFixtures.GESPERRTE_ZAHLEN) {
      assertThat(text).as(zahl).doesNotContain(zahl);
    }
  }
}
