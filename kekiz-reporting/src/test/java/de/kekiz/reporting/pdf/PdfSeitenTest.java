package de.kekiz.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.reporting.Demoberichte;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@DisplayName("bericht.pdf of Köln, Ahlen and Kreis Unna: every page laid out within its box")
class PdfSeitenTest {

  static final List<String> NAMEN = Demoberichte.NAMEN;

  /** Collects every glyph with its page, position and size. */
  private static final class Glyphen extends PDFTextStripper {
    final List<String> ausserhalb = new ArrayList<>();
    int anzahl;
    private PDRectangle box = PDRectangle.A4;

    Glyphen() throws IOException {}

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      box = page.getMediaBox();
      super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positionen) throws IOException {
      for (TextPosition p : positionen) {
        anzahl++;
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        boolean drin =
            x >= 0
                && x + p.getWidthDirAdj() <= box.getWidth() + 0.5f
                && y - p.getHeightDir() >= 0
                && y <= box.getHeight() + 0.5f;
        if (!drin && ausserhalb.size() < 20) {
          ausserhalb.add(
              "page "
                  + getCurrentPageNo()
                  + " '"
                  + text
                  + "' at x "
                  + x
                  + ", y "
                  + y
                  + " (page "
                  + box.getWidth()
                  + " × "
                  + box.getHeight()
                  + ")");
        }
      }
      super.writeString(text, positionen);
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName(
      "renders every page, puts no text outside the page box, embeds every font and uses no Courier")
  void seitenbox(String name) throws IOException {
    Path pdf = Demoberichte.ordner(name).resolve("bericht.pdf");
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      Glyphen g = new Glyphen();
      g.setSortByPosition(false);
      g.getText(d);
      assertThat(g.anzahl).as("glyphs read").isGreaterThan(1000);
      assertThat(g.ausserhalb).as("glyphs outside the page box").isEmpty();
      PDFRenderer renderer = new PDFRenderer(d);
      for (int i = 0; i < d.getNumberOfPages(); i++) {
        BufferedImage bild = renderer.renderImage(i, 0.5f); // renders without an error
        assertThat(bild.getWidth()).as("page " + (i + 1)).isPositive();
      }
      for (var seite : d.getPages()) {
        for (var n : seite.getResources().getFontNames()) {
          PDFont f = seite.getResources().getFont(n);
          assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
          assertThat(f.getName()).doesNotContainIgnoringCase("courier");
        }
      }
    }
  }

  /**
   * Collects the marks set small after a digit (the kind of a figure, {@code 22,9ᶻ}, or its status,
   * {@code 283,8ᵖ}) and those that are not on the line of their digit.
   */
  private static final class Marken extends PDFTextStripper {
    int anzahl;
    final List<String> abgerutscht = new ArrayList<>();
    private @Nullable TextPosition ziffer;

    Marken() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positionen) throws IOException {
      for (TextPosition p : positionen) {
        String z = p.getUnicode();
        if (ziffer != null
            && "zgüpsbf".contains(z)
            && p.getFontSizeInPt() < ziffer.getFontSizeInPt()) {
          anzahl++;
          // set higher than the digit, never a line lower
          if (p.getYDirAdj() > ziffer.getYDirAdj() + 1 && abgerutscht.size() < 10) {
            abgerutscht.add(
                "page "
                    + getCurrentPageNo()
                    + ": '"
                    + z
                    + "' at y "
                    + p.getYDirAdj()
                    + ", its number at y "
                    + ziffer.getYDirAdj());
          }
        }
        ziffer = Character.isDigit(z.isEmpty() ? ' ' : z.charAt(0)) ? p : null;
      }
      super.writeString(text, positionen);
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("keeps the mark of a figure on its number's line, even in a crowded table")
  void markeBeiDerZahl(String name) throws IOException {
    try (PDDocument d = Loader.loadPDF(Demoberichte.ordner(name).resolve("bericht.pdf").toFile())) {
      Marken m = new Marken();
      m.setSortByPosition(false);
      m.getText(d);
      assertThat(m.anzahl).as("marks read").isGreaterThan(20);
      assertThat(m.abgerutscht).as("marks a line below their number").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("shows every column heading of every table of the HTML report")
  void keineSpalteFehlt(String name) throws IOException {
    Path ordner = Demoberichte.ordner(name);
    // the interactive atlas is for the screen only: its table is not on paper
    String html =
        Files.readString(ordner.resolve("bericht.html"), StandardCharsets.UTF_8)
            .replaceAll(
                "(?s)<div class=\"atlas\" id=\"atlas\".*?<script type=\"application/json\"", "");
    String text;
    try (PDDocument d = Loader.loadPDF(ordner.resolve("bericht.pdf").toFile())) {
      text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
    }
    Matcher m = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>").matcher(html);
    int spalten = 0;
    while (m.find()) {
      String kopf =
          m.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replaceAll("\\s+", "");
      assertThat(text).as("column heading '" + m.group(1) + "'").contains(kopf);
      spalten++;
    }
    assertThat(spalten).isGreaterThan(20);
    assertThat(text).as("no name cut off with an ellipsis").doesNotContain("…");
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("has bookmarks for every chapter and a table of contents with page numbers")
  void lesezeichenUndInhalt(String name) throws IOException {
    try (PDDocument d = Loader.loadPDF(Demoberichte.ordner(name).resolve("bericht.pdf").toFile())) {
      List<String> kapitel = new ArrayList<>();
      for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
        kapitel.add(i.getTitle());
      }
      assertThat(kapitel)
          .contains(
              "1 Kommune und Programmteilnahme",
              "4 Indikatoren",
              "7 Quellen und Definitionen",
              "8 Datenschutz und Zeichenerklärung");
      String ersteSeite;
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(1);
      s.setEndPage(1);
      ersteSeite = s.getText(d);
      assertThat(ersteSeite).contains("Inhalt").containsPattern("4 Indikatoren[ .]*\\d+");
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("de");
      assertThat(d.getDocumentInformation().getTitle()).startsWith("Monitoringbericht");
    }
  }
}
