package de.kekiz.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.monitoring.veroeffentlichung.Kettenreife;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.bericht.daten.BerichtJson;
import de.kekiz.reporting.pdf.PdfBerichtWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chain maturity score in the Ahlen demo report: HTML (tables with caption and header cells),
 * PDF and bericht.json present what the core computed ({@link Kettenreife}), nothing else.
 */
@DisplayName("bericht.html, bericht.pdf and bericht.json: Reifegrad der Präventionskette")
class ReifeabschnittTest {

  private static final Monitoringbericht AHLEN = BerichtFixtures.ahlen();

  private static Reifegrad aktuell() {
    return AHLEN.teil().reife().aktuell().orElseThrow();
  }

  @Test
  @DisplayName("shows the score, every criterion with its reason and the development in the HTML")
  void html() throws Exception {
    String html = HtmlBerichtWriterTest.html(AHLEN, Berichtsoptionen.STANDARD);
    Document d = HtmlBerichtWriterTest.parse(html);
    String text = HtmlBerichtWriterTest.lesbar(d);
    Reifegrad r = aktuell();
    assertThat(html)
        .contains(
            "<section id=\"reifegrad\"",
            "<table class=\"reifegrad\">",
            "<table class=\"reifeverlauf\">");
    assertThat(text)
        .contains(
            "Reifegrad der Präventionskette",
            "Am "
                + Formatierung.datum(r.stichtag())
                + ": "
                + r.punkte()
                + " von "
                + r.hoechstpunkte()
                + " Punkten; erreichte Station "
                + r.erreichteStufe().orElseThrow().nummer()
                + " "
                + r.erreichteStufe().orElseThrow().bezeichnung(),
            "Kriterien des Reifegrads am " + Formatierung.datum(r.stichtag()),
            "Entwicklung des Reifegrads",
            AHLEN.teil().reife().methode());
    for (Kriteriumsergebnis e : r.ergebnisse()) {
      assertThat(text).contains(e.kriterium().bezeichnung(), e.begruendung());
    }
    for (Reifegrad frueher : AHLEN.teil().reife().verlauf()) {
      assertThat(text).contains(Formatierung.datum(frueher.stichtag()));
    }
    // both tables: a caption, column headers with scope, one row header per row
    NodeList tabellen = d.getElementsByTagName("table");
    int gefunden = 0;
    for (int i = 0; i < tabellen.getLength(); i++) {
      Element t = (Element) tabellen.item(i);
      String klasse = t.getAttribute("class");
      if (!klasse.equals("reifegrad") && !klasse.equals("reifeverlauf")) {
        continue;
      }
      gefunden++;
      assertThat(t.getElementsByTagName("caption").getLength()).isEqualTo(1);
      NodeList zeilen =
          ((Element) t.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
      int erwartet =
          klasse.equals("reifegrad")
              ? r.ergebnisse().size()
              : AHLEN.teil().reife().verlauf().size();
      assertThat(zeilen.getLength()).isEqualTo(erwartet);
      for (int z = 0; z < zeilen.getLength(); z++) {
        Element th = (Element) ((Element) zeilen.item(z)).getElementsByTagName("th").item(0);
        assertThat(th).as("row header of row %d in table %s", z + 1, klasse).isNotNull();
        assertThat(th.getAttribute("scope")).isEqualTo("row");
      }
      NodeList kopf =
          ((Element) t.getElementsByTagName("thead").item(0)).getElementsByTagName("th");
      for (int k = 0; k < kopf.getLength(); k++) {
        assertThat(((Element) kopf.item(k)).getAttribute("scope")).isEqualTo("col");
      }
    }
    assertThat(gefunden).isEqualTo(2);
  }

  @Test
  @DisplayName("is laid out in the PDF")
  void pdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfBerichtWriter().schreibe(AHLEN, Berichtsoptionen.STANDARD, out);
    try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Reifegrad der Präventionskette",
              "Entwicklung des Reifegrads",
              aktuell().punkte() + " von " + aktuell().hoechstpunkte() + " Punkten");
    }
  }

  @Test
  @DisplayName("round-trips through bericht.json")
  void json() throws Exception {
    BerichtJson json = new BerichtJson();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.schreibe(AHLEN, Berichtsoptionen.STANDARD, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"reife\":{", "\"kriterium\":\"LEITBILD\"");
    Monitoringbericht gelesen = json.lies(new ByteArrayInputStream(out.toByteArray()));
    assertThat(gelesen.teil().reife()).isEqualTo(AHLEN.teil().reife());
  }
}
