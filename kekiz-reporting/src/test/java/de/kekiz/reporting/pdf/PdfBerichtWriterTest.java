package de.kekiz.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(seiten).isGreaterThan(3);
  }

  @Test
  @DisplayName("holds the content of the HTML report: headings, tables, German numbers")
  void inhalt() {
    assertThat(text)
        .contains(
            "Monitoringbericht Ahlen",
            "1 Kommune und Programmteilnahme",
            "4.4 SGB-II-Quote unter 15 Jahren",
            "21,5",
            "59.916,78",
            "Seite 1 von " + seiten);
  }

  @Test
  @DisplayName("lays out the value tables as tables with the same cells, suppressed ones as '.'")
  void kompakteTabellen() {
    assertThat(text)
        .containsPattern("Vorhelm +29,0 +30,0 +31,0 +29,0 +30,0 +31,0 +29,0 +30,0 +31,0 +\\. ");
    assertThat(text).containsPattern("Ahlen +21,5 +22,5 +23,5");
  }

  @Test
  @DisplayName("shows every character with the embedded font: arrows and umlauts")
  void zeichen() {
    assertThat(text).contains("Familie → Kita", "Präventionskette", "Süd/Ost").doesNotContain("->");
  }

  @Test
  @DisplayName("shows markup in names as text")
  void escaping() throws IOException {
    try (PDDocument d =
        Loader.loadPDF(pdf(new PdfBerichtWriter(), BerichtFixtures.mitBoesenNamen()))) {
      String t = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(t)
          .contains(
              "Bericht <script>alert('Titel')</script> & mehr",
              "Süd <script>alert(\"x\")</script> & Ost");
    }
  }

  @Test
  @DisplayName("lays out a name with a tab and bidirectional controls without a logged error")
  void steuerzeichen() throws IOException {
    List<LogRecord> meldungen = new ArrayList<>();
    Handler mithoeren =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            synchronized (meldungen) {
              meldungen.add(r);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger wurzel = Logger.getLogger("");
    Level vorher = wurzel.getLevel();
    wurzel.addHandler(mithoeren);
    wurzel.setLevel(Level.ALL);
    byte[] b;
    try {
      Monitoringbericht bericht =
          BerichtFixtures.bericht(
              de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.teil(
                  de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.ahlenKommune(
                      "Süd\tOst \u202Egnaf\u202C"),
                  de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.ahlenLeitbild(
                      "Leitbild\tAhlen"),
                  KetteFixtures.ahlen(),
                  de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.indikatoren(),
                  de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.messwerte(
                      ConfStatus.F, ConfStatus.F),
                  de.kekiz.monitoring.veroeffentlichung.Berichtsdaten.auftrag()));
      b = pdf(new PdfBerichtWriter(), bericht);
    } finally {
      wurzel.removeHandler(mithoeren);
      wurzel.setLevel(vorher);
    }
    synchronized (meldungen) {
      assertThat(meldungen)
          .as("no library logs an error or a stack trace while laying out the PDF")
          .noneMatch(
              r -> r.getThrown() != null || r.getLevel().intValue() >= Level.WARNING.intValue());
    }
    try (PDDocument d = Loader.loadPDF(b)) {
      assertThat(new PDFTextStripper().getText(d)).contains("Süd Ost").doesNotContain("\u202E");
    }
  }

  @Test
  @DisplayName("rejects a font file that does not exist, naming it")
  void schrift() {
    assertThatThrownBy(
            () -> PdfBerichtWriter.schrift(Path.of("gibt-es-nicht.ttf"), Path.of("auch-nicht.ttf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gibt-es-nicht.ttf");
    assertThat(new PdfBerichtWriter().schriftdateien()).isEmpty();
  }

  @Test
  @DisplayName("never shows a suppressed number")
  void gesperrt() {
    for (String zahl : BerichtFixtures.GESPERRTE_ZAHLEN) {
      assertThat(text).as(zahl).doesNotContain(zahl);
    }
  }
}
