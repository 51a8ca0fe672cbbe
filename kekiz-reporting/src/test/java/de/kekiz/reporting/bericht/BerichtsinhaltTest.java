package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Zielerreichung;
import de.kekiz.reporting.bericht.daten.BerichtJson;
import de.kekiz.reporting.bericht.daten.MesswertCsvFormat;
import de.kekiz.reporting.bericht.daten.MesswertSdmxFormat;
import de.kekiz.reporting.html.HtmlBerichtWriter;
import de.kekiz.reporting.html.HtmlLesbar;
import de.kekiz.reporting.xlsx.XlsxBerichtWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a reader finds in the report of every example Kommune, as the demo publishes it (reference
 * date 31.12.2024): the marking of synthetic values, one vocabulary for Stufen and goal status, no
 * internal id and no definition text spliced into another's sentence. The PDF is laid out from the
 * same HTML, so its text is checked with the HTML's.
 */
@DisplayName("The report of every example Kommune, read as its readers read it")
class BerichtsinhaltTest {

  private static final LocalDate STICHTAG = LocalDate.of(2024, 12, 31);

  static Stream<Beispielkommune> kommunen() {
    return KekizFixtures.alle().stream();
  }

  private static Monitoringbericht bericht(Beispielkommune k) {
    return Monitoringbericht.builder(Berichtsdaten.teil(k, STICHTAG)).erstelltAm(STICHTAG).build();
  }

  private static byte[] schreibe(Berichtsformat format, Monitoringbericht b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.schreibe(b, Berichtsoptionen.STANDARD, out);
    return out.toByteArray();
  }

  private static Document html(Monitoringbericht b) throws Exception {
    return HtmlLesbar.parse(
        new String(schreibe(new HtmlBerichtWriter(), b), StandardCharsets.UTF_8));
  }

  /**
   * The text a reader sees, one line per text node: no script, no style, but the text alternatives
   * ({@code alt}, {@code aria-label}, {@code title}).
   */
  static String sichtbar(Document d) {
    StringBuilder s = new StringBuilder();
    sammle(d.getDocumentElement(), s);
    return s.toString();
  }

  private static void sammle(Node n, StringBuilder s) {
    if (n.getNodeType() == Node.TEXT_NODE) {
      s.append(n.getNodeValue()).append('\n');
      return;
    }
    if (n instanceof Element e) {
      String tag = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
      if (tag.equals("script") || tag.equals("style")) {
        return;
      }
      for (String a : List.of("alt", "aria-label", "title")) {
        if (e.hasAttribute(a)) {
          s.append(e.getAttribute(a)).append('\n');
        }
      }
    }
    NodeList kinder = n.getChildNodes();
    for (int i = 0; i < kinder.getLength(); i++) {
      sammle(kinder.item(i), s);
    }
  }

  private static List<List<Cell>> blatt(byte[] xlsx, String name) throws IOException {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        if (s.getName().equals(name)) {
          List<List<Cell>> zeilen = new ArrayList<>();
          for (Row r : s.read()) {
            List<Cell> z = new ArrayList<>();
            for (int c = 0; c < r.getCellCount(); c++) {
              z.add(r.getCell(c));
            }
            zeilen.add(z);
          }
          return zeilen;
        }
      }
    }
    return List.of();
  }

  private static List<String> titelAllerBlaetter(byte[] xlsx) throws IOException {
    List<String> titel = new ArrayList<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      for (Sheet s : wb.getSheets().toList()) {
        List<Row> zeilen = s.read();
        titel.add(zeilen.isEmpty() ? "" : zeilen.get(0).getCellText(0));
      }
    }
    return titel;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kommunen")
  @DisplayName("marks its synthetic values in HTML (and so PDF), XLSX, CSV, SDMX-CSV and JSON")
  void beispieldatenMarkiert(Beispielkommune k) throws Exception {
    Monitoringbericht b = bericht(k);
    assertThat(b.beispieldaten()).as("the core's result knows the values are synthetic").isTrue();

    String text = sichtbar(html(b));
    assertThat(text).contains(Berichtsteil.BEISPIELDATEN);
    // no real source presented for these values: every catalogue source shown is the pattern
    for (Indikator i : Indikatoren.standard()) {
      int von = 0;
      for (int at = text.indexOf(i.quelle(), von); at >= 0; at = text.indexOf(i.quelle(), von)) {
        assertThat(text.substring(Math.max(0, at - KekizFixtures.SYNTHETISCH.length()), at))
            .as("source of %s at %d", i.ref(), at)
            .isEqualTo(KekizFixtures.SYNTHETISCH);
        von = at + 1;
      }
    }

    byte[] xlsx = schreibe(new XlsxBerichtWriter(), b);
    assertThat(titelAllerBlaetter(xlsx))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t).contains(Berichtsteil.BEISPIELDATEN));

    List<String> csv =
        new String(schreibe(new MesswertCsvFormat(), b), StandardCharsets.UTF_8).lines().toList();
    assertThat(csv.get(0)).endsWith(";Hinweis");
    assertThat(csv.subList(1, csv.size()))
        .isNotEmpty()
        .allSatisfy(z -> assertThat(z).endsWith(";" + Berichtsteil.BEISPIELDATEN));

    List<String> sdmx =
        new String(schreibe(new MesswertSdmxFormat(), b), StandardCharsets.UTF_8).lines().toList();
    assertThat(sdmx.get(0)).endsWith(",COMMENT_OBS");
    assertThat(sdmx.subList(1, sdmx.size()))
        .isNotEmpty()
        .allSatisfy(z -> assertThat(z).endsWith("," + Berichtsteil.BEISPIELDATEN));

    String json = new String(schreibe(new BerichtJson(), b), StandardCharsets.UTF_8);
    assertThat(json).contains("\"beispieldaten\":true").doesNotContain("\"synthetisch\":false");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kommunen")
  @DisplayName("says 'Stufe n' under every Stufe heading and names goal status by the core's words")
  void einheitlicheBegriffe(Beispielkommune k) throws Exception {
    Monitoringbericht b = bericht(k);
    Document d = html(b);
    Set<String> stufen = new TreeSet<>();
    Set<String> status = new TreeSet<>();
    NodeList tabellen = d.getElementsByTagName("table");
    for (int t = 0; t < tabellen.getLength(); t++) {
      Element tabelle = (Element) tabellen.item(t);
      List<String> kopf = zellen((Element) tabelle.getElementsByTagName("tr").item(0));
      int stufe = kopf.indexOf("Stufe");
      int ziel = tabelle.getAttribute("class").equals("ziele") ? kopf.indexOf("Stand") : -1;
      NodeList zeilen = tabelle.getElementsByTagName("tr");
      for (int r = 1; r < zeilen.getLength(); r++) {
        List<String> z = zellen((Element) zeilen.item(r));
        if (stufe >= 0 && stufe < z.size()) {
          stufen.add(z.get(stufe));
        }
        if (ziel >= 0 && ziel < z.size()) {
          status.add(z.get(ziel));
        }
      }
    }
    // "–" marks a Sozialraum without a Stufe (too few published values)
    assertThat(stufen).as("cells under 'Stufe'").allMatch(s -> s.matches("Stufe \\d+|–"));
    if (b.sozialindex().isPresent()) {
      assertThat(stufen).as("cells under 'Stufe'").anyMatch(s -> s.startsWith("Stufe "));
    }
    Set<String> woerter =
        Arrays.stream(Zielerreichung.values())
            .map(Zielerreichung::bezeichnung)
            .collect(Collectors.toSet());
    assertThat(status).as("cells under 'Stand'").isNotEmpty().isSubsetOf(woerter);
    assertThat(sichtbar(d)).doesNotContain("nicht erreicht");

    for (List<Cell> zeile : blatt(schreibe(new XlsxBerichtWriter(), b), "Sozialindex")) {
      if (zeile.size() > 5
          && zeile.get(5) != null
          && !zeile.get(5).getText().equals("Stufenname")
          && !zeile.get(5).getText().isEmpty()) {
        // an area without a Stufe says why
        assertThat(zeile.get(5).getText()).matches("Stufe \\d+|zu wenige veröffentlichbare Werte");
      }
    }
  }

  private static List<String> zellen(Element zeile) {
    List<String> z = new ArrayList<>();
    NodeList kinder = zeile.getChildNodes();
    for (int i = 0; i < kinder.getLength(); i++) {
      if (kinder.item(i) instanceof Element e
          && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
        z.add(e.getTextContent().strip());
      }
    }
    return z;
  }

  /** The keys of {@code k}'s parts that carry a hyphen: ids, never words of a German text. */
  static Set<String> interneKennungen(Beispielkommune k) {
    Set<String> ids = new TreeSet<>();
    for (Programmteilnahme t : k.kommune().teilnahmen()) {
      ids.add(t.phase());
    }
    for (Indikator i : k.indikatoren()) {
      ids.add(i.key().wert());
    }
    Praeventionskette kette = k.kette();
    kette.lebensphasen().forEach(p -> ids.add(p.key()));
    kette.handlungsfelder().forEach(f -> ids.add(f.key()));
    kette.uebergaenge().forEach(u -> ids.add(u.key()));
    kette.netzwerke().forEach(n -> ids.add(n.key()));
    k.leitbild().handlungsziele().forEach(h -> ids.add(h.key()));
    for (Sozialraum s : k.kommune().sozialraeume()) {
      ids.add(s.id().code());
    }
    ids.removeIf(id -> id.indexOf('-') < 0);
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kommunen")
  @DisplayName("shows no internal id (programme phase, indicator, Lebensphase, … keys)")
  void keineKennungen(Beispielkommune k) throws Exception {
    Monitoringbericht b = bericht(k);
    String text = sichtbar(html(b));
    Set<String> ids = interneKennungen(k);
    assertThat(ids).as("ids to look for").contains(k.indikatoren().get(0).key().wert());
    List<String> gefunden = new ArrayList<>();
    for (String id : ids) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(id) + "(?![\\p{L}\\d-])")
              .matcher(text);
      while (m.find()) {
        gefunden.add(
            id
                + " in '"
                + text.substring(Math.max(0, m.start() - 40), m.end()).replace('\n', '|')
                + "'");
      }
    }
    assertThat(gefunden).as("internal ids in the visible text").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kommunen")
  @DisplayName("shows every definition text on its own, never spliced into another's sentence")
  void keinSalat(Beispielkommune k) throws Exception {
    String text = sichtbar(html(bericht(k)));
    // a definition text stands on its own: at the start of a cell or after a label or a full stop
    List<String> salat = new ArrayList<>();
    for (Indikator i : k.indikatoren()) {
      List<String> teile = new ArrayList<>();
      teile.add(i.zaehlerDefinition());
      i.nennerDefinition().ifPresent(teile::add);
      for (String teil : teile) {
        for (int at = text.indexOf(teil); at >= 0; at = text.indexOf(teil, at + 1)) {
          String davor = text.substring(Math.max(0, at - 2), at);
          if (!(at == 0 || davor.endsWith("\n") || davor.equals(": ") || davor.equals(". "))) {
            salat.add(text.substring(Math.max(0, at - 30), at + Math.min(teil.length(), 30)));
          }
        }
      }
    }
    assertThat(salat).as("definitions spliced into a sentence").isEmpty();
  }
}
