package de.kekiz.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("bericht.html")
class HtmlBerichtWriterTest {

  private static final HtmlBerichtWriter WRITER = new HtmlBerichtWriter();
  private static String html;
  private static Document dom;

  @BeforeAll
  static void schreibe() throws Exception {
    html = html(BerichtFixtures.ahlen(), Berichtsoptionen.STANDARD);
    dom = parse(html);
    Path ziel = Path.of("target", "bericht-ahlen.html");
    Files.createDirectories(ziel.getParent());
    Files.writeString(ziel, html, StandardCharsets.UTF_8);
  }

  static String html(Monitoringbericht b, Berichtsoptionen o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.schreibe(b, o, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Document parse(String text) throws Exception {
    return HtmlLesbar.parse(text);
  }

  private static List<Element> elemente(Document d, String name) {
    NodeList l = d.getElementsByTagName(name);
    List<Element> e = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      e.add((Element) l.item(i));
    }
    return e;
  }

  /** The one element with {@code id} (the parser knows no id attributes without a DTD). */
  private static Element mitId(String id) {
    List<Element> e =
        elemente(dom, "*").stream().filter(x -> x.getAttribute("id").equals(id)).toList();
    assertThat(e).as("elements with id " + id).hasSize(1);
    return e.get(0);
  }

  static String lesbar(Document d) {
    return HtmlLesbar.lesbar(d);
  }

  @Test
  @DisplayName("is named bericht.html")
  void name() {
    assertThat(WRITER.dateiname()).isEqualTo("bericht.html");
  }

  @Test
  @DisplayName("is well-formed XML with a German html root, so the PDF format can lay it out")
  void wohlgeformt() {
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(dom.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(dom.getDocumentElement().getAttribute("lang")).isEqualTo("de");
  }

  @Nested
  @DisplayName("is self-contained")
  class Eigenstaendig {

    @Test
    @DisplayName("with inline CSS and SVG and no element that loads anything")
    void keineLadendenElemente() {
      assertThat(elemente(dom, "style")).hasSize(1);
      assertThat(elemente(dom, "svg")).isNotEmpty();
      for (String tag :
          List.of(
              "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "use",
              "image")) {
        assertThat(elemente(dom, tag)).as(tag).isEmpty();
      }
      assertThat(html)
          .doesNotContain(" src=")
          .doesNotContain("url(")
          .doesNotContain("@import")
          .doesNotContain("xlink:href");
    }

    @Test
    @DisplayName("with only in-page links and links to Angebote, and a policy that forbids loading")
    void nurVerweise() {
      Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
      int angebote = 0;
      while (m.find()) {
        String ziel = m.group(1);
        if (!ziel.startsWith("#")) {
          assertThat(ziel).startsWith("https://");
          angebote++;
        }
      }
      assertThat(angebote).isEqualTo(1); // the Kooperationskalender's web site
      for (Element a : elemente(dom, "a")) {
        assertThat(a.getParentNode().getNodeName()).isIn("li", "td");
      }
      assertThat(html)
          .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
      // the atlas's script names the SVG namespace, which it loads nothing from
      Matcher http = Pattern.compile("http").matcher(html.replace(Atlas.SKRIPT, ""));
      int treffer = 0;
      while (http.find()) {
        treffer++;
      }
      assertThat(treffer)
          .as("http only in the policy's name and the Angebot's link")
          .isEqualTo(1 + 2);
    }
  }

  @Nested
  @DisplayName("has an interactive atlas")
  class AtlasTest {

    @Test
    @DisplayName("whose one script the policy allows by its SHA-256 hash, and nothing else")
    void skript() throws Exception {
      List<Element> skripte = elemente(dom, "script");
      assertThat(skripte).hasSize(2);
      assertThat(skripte.get(0).getAttribute("type")).isEqualTo("application/json");
      Element programm = skripte.get(1);
      assertThat(programm.hasAttribute("src")).isFalse();
      assertThat(programm.hasAttribute("type")).isFalse();
      // a browser hashes the element's text as written, CDATA markers included
      Matcher roh = Pattern.compile("(?s)<script>(.*?)</script>").matcher(html);
      assertThat(roh.find()).isTrue();
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(roh.group(1).getBytes(StandardCharsets.UTF_8));
      String quelle = "'sha256-" + java.util.Base64.getEncoder().encodeToString(hash) + "'";
      Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
      assertThat(csp.find()).isTrue();
      assertThat(csp.group(1))
          .isEqualTo(
              "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src " + quelle);
      assertThat(html)
          .doesNotContain("unsafe-eval")
          .doesNotContain("on" + "click=")
          .doesNotContain("javascript:");
    }

    @Test
    @DisplayName(
        "hidden until its script shows it, so that without JavaScript only the static report is seen")
    void versteckt() {
      Element atlas = mitId("atlas");
      assertThat(atlas).isNotNull();
      assertThat(atlas.getAttribute("hidden")).isEqualTo("hidden");
    }

    @Test
    @DisplayName(
        "whose data hold the published cells only: suppressed ones as '.', never their numbers")
    void daten() throws Exception {
      Element daten = mitId("atlas-daten");
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(daten.getTextContent());
      assertThat(json.get("indikatoren")).hasSize(3); // the HzE-Eckwert has no Sozialraum values
      String text = daten.getTextContent();
      for (String zahl : BerichtFixtures.GESPERRTE_ZAHLEN) {
        assertThat(text).as(zahl).doesNotContain(zahl);
        assertThat(text).as(zahl).doesNotContain(zahl.replace(',', '.'));
      }
      assertThat(text).contains("\"Rang 1 von ").contains("\"gesperrt");
    }
  }

  @Nested
  @DisplayName("is accessible")
  class Barrierefrei {

    @Test
    @DisplayName("every table has a caption, every header cell a scope")
    void tabellen() {
      List<Element> tabellen = elemente(dom, "table");
      assertThat(tabellen).hasSizeGreaterThan(8);
      for (Element t : tabellen) {
        assertThat(t.getElementsByTagName("caption").getLength()).isEqualTo(1);
      }
      for (Element th : elemente(dom, "th")) {
        assertThat(th.getAttribute("scope")).isIn("col", "row");
      }
    }

    @Test
    @DisplayName("every chart is an image with a title it is labelled by")
    void diagramme() {
      for (Element svg : elemente(dom, "svg")) {
        if (svg.getAttribute("id").equals("atlas-karte")) {
          // the atlas's map: a group of areas, each focusable and labelled by the script
          assertThat(svg.getAttribute("role")).isEqualTo("group");
          assertThat(svg.getAttribute("aria-label")).isNotBlank();
          continue;
        }
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String id = svg.getAttribute("aria-labelledby");
        Element titel = (Element) svg.getElementsByTagName("title").item(0);
        assertThat(titel.getAttribute("id")).isEqualTo(id);
        assertThat(titel.getTextContent()).isNotBlank();
      }
    }

    @Test
    @DisplayName("has headings in order and a table of contents")
    void gliederung() {
      assertThat(elemente(dom, "h1")).hasSize(1);
      assertThat(elemente(dom, "h2"))
          .extracting(Element::getTextContent)
          .containsExactly(
              "1 Kommune und Programmteilnahme",
              "2 Leitbild und Zielerreichung",
              "3 Sozialindex und Handlungsbedarf",
              "4 Indikatoren",
              "5 Präventionskette: Lücken und Übergänge",
              "6 Angebote",
              "7 Quellen und Definitionen",
              "8 Datenschutz und Zeichenerklärung");
      assertThat(elemente(dom, "nav")).hasSize(1);
    }
  }

  @Nested
  @DisplayName("draws")
  class Zeichnungen {

    @Test
    @DisplayName("a time series per indicator and bars per Sozialraum where there are Sozialräume")
    void diagramme() {
      long zeitreihen =
          elemente(dom, "title").stream()
              .filter(t -> t.getTextContent().startsWith("Zeitreihe: "))
              .count();
      long balken =
          elemente(dom, "title").stream()
              .filter(t -> t.getTextContent().startsWith("Balken: "))
              .count();
      assertThat(zeitreihen).isEqualTo(4);
      assertThat(balken).isEqualTo(3); // the HzE-Eckwert has no Sozialraum values
    }

    @Test
    @DisplayName("a choropleth map of the Sozialindex with one area per Sozialraum with geometry")
    void karte() {
      List<Element> karten =
          elemente(dom, "figure").stream()
              .filter(f -> "karte".equals(f.getAttribute("class")))
              .toList();
      assertThat(karten).hasSize(1);
      assertThat(karten.get(0).getElementsByTagName("path").getLength()).isEqualTo(4);
      assertThat(karten.get(0).getTextContent()).contains("Nord: Index");
    }

    @Test
    @DisplayName("no map when no Sozialraum has a geometry")
    void keineKarte() throws Exception {
      var k = Berichtsdaten.ahlenKommune("Süd/Ost");
      var ohne =
          k.toBuilder()
              .sozialraeume(k.sozialraeume().stream().map(s -> s.withGeometrie(null)).toList())
              .build();
      Monitoringbericht b =
          BerichtFixtures.bericht(
              Berichtsdaten.teil(
                  ohne,
                  Berichtsdaten.ahlenLeitbild("Leitbild"),
                  de.kekiz.domain.kette.KetteFixtures.ahlen(),
                  Berichtsdaten.indikatoren(),
                  Berichtsdaten.messwerte(
                      de.kekiz.domain.indikator.ConfStatus.A,
                      de.kekiz.domain.indikator.ConfStatus.D),
                  Berichtsdaten.auftrag()));
      String text = html(b, Berichtsoptionen.STANDARD);
      assertThat(text).doesNotContain("class=\"karte\"").contains("Handlungsbedarf");
    }
  }

  @Nested
  @DisplayName("says per Handlungsziel who works on it")
  class WerTutWas {

    @Test
    @DisplayName(
        "a table under the goals: the goal, the Angebot or Akteur, its task, where and since when")
    void zielarbeit() throws Exception {
      var heute = de.kekiz.domain.kette.KetteFixtures.ahlen();
      var angebot =
          heute.angebote().stream()
              .filter(de.kekiz.domain.angebot.Angebot::aktiv)
              .findFirst()
              .orElseThrow();
      var akteur = heute.akteure().get(0);
      var kette =
          heute
              .withAngebot(
                  angebot.toBuilder()
                      .gueltigkeit(de.kekiz.domain.Zeitraum.ab(java.time.LocalDate.of(2018, 8, 1)))
                      .build())
              .toBuilder()
              .zielbeitraege(
                  de.kekiz.domain.kette.Zielbeitrag.angebot("1.1", angebot.id()),
                  de.kekiz.domain.kette.Zielbeitrag.akteur("2.1", akteur.id())
                      .withAufgabe("berät Familien"))
              .build();
      Monitoringbericht b =
          BerichtFixtures.bericht(
              Berichtsdaten.teil(
                  Berichtsdaten.ahlenKommune("Süd/Ost"),
                  Berichtsdaten.ahlenLeitbild("Leitbild"),
                  kette,
                  Berichtsdaten.indikatoren(),
                  Berichtsdaten.messwerte(
                      de.kekiz.domain.indikator.ConfStatus.A,
                      de.kekiz.domain.indikator.ConfStatus.D),
                  Berichtsdaten.auftrag()));
      Document d = parse(html(b, Berichtsoptionen.STANDARD));

      Element tabelle =
          elemente(d, "table").stream()
              .filter(t -> "zielarbeit".equals(t.getAttribute("class")))
              .findFirst()
              .orElseThrow();
      assertThat(tabelle.getElementsByTagName("caption").item(0).getTextContent())
          .contains("Wer an welchem Handlungsziel arbeitet, wo und seit wann");
      NodeList zeilen =
          ((Element) tabelle.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
      assertThat(zeilen.getLength()).isEqualTo(2);
      String erste = zeilen.item(0).getTextContent();
      assertThat(erste)
          .contains("1.1 Mehr Kinder unter drei Jahren in Betreuung")
          .contains("Angebot: " + angebot.name())
          .contains("01.08.2018");
      assertThat(
              ((Element) zeilen.item(0))
                  .getElementsByTagName("th")
                  .item(0)
                  .getAttributes()
                  .getNamedItem("scope")
                  .getTextContent())
          .isEqualTo("row");
      assertThat(zeilen.item(1).getTextContent())
          .contains("2.1 Kinderarmut in Süd/Ost und Vorhelm senken")
          .contains("Akteur: " + akteur.name())
          .contains("berät Familien")
          .contains("ohne Gebietsbezug")
          .contains("nicht erfasst");
      assertThat(mitId("leitbild").getTextContent()).doesNotContain("Wer an welchem");
    }
  }

  @Nested
  @DisplayName("never shows a suppressed number")
  class Geheimhaltung {

    @Test
    @DisplayName(
        "the suppressed values appear as '.' and their numbers in no text and no attribute a reader sees")
    void gesperrt() {
      String lesbar = lesbar(dom);
      for (String zahl : BerichtFixtures.GESPERRTE_ZAHLEN) {
        assertThat(lesbar).as(zahl).doesNotContain(zahl);
      }
      assertThat(html).contains("<abbr title=\"gesperrt (Geheimhaltung)\">.</abbr>");
    }

    @Test
    @DisplayName("the same report with the values published does show them (the search works)")
    void kontrolle() throws Exception {
      String offen =
          lesbar(parse(html(BerichtFixtures.ahlenOhneSperre(), Berichtsoptionen.STANDARD)));
      assertThat(offen).contains("95,9", "66,7");
    }

    @Test
    @DisplayName("the symbol is configurable")
    void symbol() throws IOException {
      String text =
          html(
              BerichtFixtures.ahlen(),
              Berichtsoptionen.STANDARD.withGesperrt("(gesperrt)").withFehlend("k. A."));
      assertThat(text)
          .contains(">(gesperrt)</abbr>")
          .doesNotContain("<abbr title=\"gesperrt (Geheimhaltung)\">.</abbr>");
    }
  }

  @Nested
  @DisplayName("escapes every text")
  class Escaping {

    @Test
    @DisplayName("markup and ampersands in names, titles and the Leitbild stay text")
    void boeseNamen() throws Exception {
      String text = html(BerichtFixtures.mitBoesenNamen(), Berichtsoptionen.STANDARD);
      assertThat(text)
          .doesNotContain("<script>alert")
          .doesNotContain("<b>fett")
          .contains("Süd &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ost")
          .contains("Bericht &lt;script&gt;alert(&#39;Titel&#39;)&lt;/script&gt; &amp; mehr")
          .contains("Süd \\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e \\u0026 Ost");
      Document d = parse(text);
      assertThat(elemente(d, "script")).hasSize(2); // the atlas's data and program only
      assertThat(elemente(d, "b")).isEmpty();
      assertThat(d.getElementsByTagName("title").item(0).getTextContent())
          .isEqualTo("Bericht <script>alert('Titel')</script> & mehr");
      assertThat(d.getDocumentElement().getTextContent()).contains(BerichtFixtures.BOESER_NAME);
    }

    @Test
    @DisplayName(
        "and the escaping helper turns the five special characters and control characters into safe text")
    void helfer() {
      assertThat(HtmlText.esc("a<b>&\"'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39; ");
      assertThat(HtmlText.esc("\uD800x")).isEqualTo("\uFFFDx");
      assertThat(HtmlText.esc("😀")).isEqualTo("😀");
    }
  }

  @Test
  @DisplayName("prints German numbers and dates")
  void deutsch() {
    assertThat(html)
        .contains("<td class=\"z\">21,5</td>") // SGB-II-Quote Ahlen 2021
        .contains("30. Juni 2022")
        .contains("01.09.2022")
        .contains("59.916,78 €")
        .contains("+2,5"); // Nord's distance to the Kommune
  }

  @Test
  @DisplayName("has print styles: A4 pages, page numbers, repeated table headers")
  void druck() {
    assertThat(html)
        .contains("@page{size:A4")
        .contains("counter(page)")
        .contains("@media print")
        .contains("thead{display:table-header-group}");
  }

  @Test
  @DisplayName("shows goals, the gap matrix, Angebote, sources and the data-protection note")
  void inhalte() {
    String text = dom.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("mindestens 40,0 bis 01.03.2022", "verfehlt", "Wert gesperrt (Geheimhaltung")
        .contains(
            "Kooperationskalender Kita – Grundschule", "Familiencafé im Familienzentrum Regenbogen")
        .contains("Statistik der Bundesagentur", "In diesem Bericht sind 2 von")
        .contains("Nicht überbrückt:");
  }

  @Test
  @DisplayName(
      "explains every mark of a protected figure in the list of marks (z, g, ü), not only in the"
          + " prose")
  void zeichenerklaerung() {
    List<String> zeichen = new ArrayList<>();
    for (Element dt : elemente(dom, "dt")) {
      zeichen.add(dt.getTextContent());
    }
    assertThat(zeichen).contains(".", "x", "–", "p", "s", "b", "f", "z", "g", "ü");
  }

  @Test
  @DisplayName("says whether a participation has ended or is yet to begin on the Stichtag")
  void teilnahmeAmStichtag() {
    String text = lesbar(dom);
    // Ahlen's participation ran 2017–2018, the Stichtag is 30.06.2022
    assertThat(text).contains("beendet").doesNotContain("beendet oder künftig");
  }
}
