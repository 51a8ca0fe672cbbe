package de.kekiz.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.reporting.Demoberichte;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.KoelnFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("bericht.html of Köln (real Stadtteile and boundaries)")
class KoelnHtmlTest {

  private static String html(Monitoringbericht b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlBerichtWriter().schreibe(b, Berichtsoptionen.STANDARD, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("draws the Sozialindex of the 86 Stadtteile as a map from their GeoJSON boundaries")
  void karte() throws Exception {
    Monitoringbericht b = KoelnFixtures.koeln(12, 3);
    String text = html(b);
    Files.writeString(Path.of("target", "bericht-koeln-klein.html"), text, StandardCharsets.UTF_8);
    Document d = HtmlLesbar.parse(text);
    NodeList figuren = d.getElementsByTagName("figure");
    Element karte = null;
    for (int i = 0; i < figuren.getLength(); i++) {
      Element f = (Element) figuren.item(i);
      if ("karte".equals(f.getAttribute("class"))) {
        karte = f;
      }
    }
    assertThat(karte).isNotNull();
    NodeList pfade = karte.getElementsByTagName("path");
    int flaechen = 0;
    int grenzen = 0;
    for (int i = 0; i < pfade.getLength(); i++) {
      Element e = (Element) pfade.item(i);
      String pfad = e.getAttribute("d");
      assertThat(pfad)
          .startsWith("M")
          .endsWith("Z")
          .doesNotContain("NaN")
          .doesNotContain("Infinity");
      if (e.getAttribute("fill").equals("none")) {
        grenzen++;
      } else {
        flaechen++;
      }
    }
    assertThat(flaechen).as("Stadtteile").isEqualTo(86);
    assertThat(grenzen).as("borders of the Stadtbezirke drawn over them").isEqualTo(9);
    assertThat(karte.getTextContent())
        .contains("mit den Grenzen der übergeordneten Gebiete")
        .containsPattern("Stufe 1: Index [-+]?[0-9,]+ bis [-+]?[0-9,]+");
    assertThat(karte.getTextContent()).contains("Chorweiler: Index", "Libur: ");
  }

  @Test
  @DisplayName(
      "shows the Stadtteile, not also their Stadtbezirke, unless the Stadtbezirke are asked for")
  void ebene() {
    Monitoringbericht b = KoelnFixtures.koeln(12, 3);
    Indikatorauswertung sgb2 = b.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
    assertThat(sgb2.gebiete()).hasSize(86);
    assertThat(sgb2.gebietsart().mehrzahl()).isEqualTo("Stadtteile");
    Monitoringbericht bezirke =
        Monitoringbericht.builder(
                KoelnFixtures.koelnTeil(
                    12,
                    3,
                    de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag.am(
                            KoelnFixtures.STICHTAG)
                        .withEbene(Sozialraumebene.STADTBEZIRK)))
            .build();
    Indikatorauswertung nachBezirk = bezirke.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
    assertThat(nachBezirk.gebiete())
        .hasSize(9)
        .extracting(z -> z.gebiet().name())
        .contains("Chorweiler", "Porz");
    assertThat(bezirke.sozialindex().orElseThrow().werte()).hasSize(9);
  }

  @Test
  @DisplayName("takes Sozialindex, Stufen, Handlungsbedarf and ranks from the monitoring analysis")
  void monitoring() {
    Monitoringbericht b = KoelnFixtures.koeln(12, 3);
    var index = b.sozialindex().orElseThrow();
    assertThat(index.methode()).contains("nur aus veröffentlichten Werten", "9 Stufen");
    assertThat(index.klassen()).hasSize(9);
    assertThat(index.werte()).hasSizeLessThanOrEqualTo(86).isNotEmpty();
    var bedarf = b.handlungsbedarf();
    assertThat(bedarf).isNotEmpty();
    assertThat(bedarf.get(0).rang()).isEqualTo(1);
    assertThat(bedarf.get(0).klasse()).isEqualTo(9); // the top 5 % go straight to Stufe 9
    assertThat(bedarf.get(0).auffaellig()).isNotEmpty();
    Indikatorauswertung sgb2 = b.auswertung(Indikatoren.SGB2_QUOTE_U15).orElseThrow();
    var erster =
        sgb2.gebiete().stream()
            .filter(z -> Integer.valueOf(1).equals(z.rang()))
            .findFirst()
            .orElseThrow();
    var hoechster =
        sgb2.gebiete().stream()
            .filter(z -> z.letzte().hatWert())
            .map(z -> z.letzte().wert())
            .max(java.math.BigDecimal::compareTo)
            .orElseThrow();
    assertThat(erster.letzte().wert())
        .isEqualByComparingTo(hoechster); // higher is worse: rank 1 is the highest
    assertThat(b.ziele()).isNotEmpty();
  }

  @Test
  @DisplayName(
      "marks the small numbers of the fixture as suppressed, and shows pooled and parent figures in their place, labelled")
  void gesperrt() throws IOException {
    Monitoringbericht b = KoelnFixtures.koeln(12, 3);
    assertThat(b.gesperrteMesswerte()).isPositive();
    String html = html(b);
    assertThat(html)
        .contains(
            "<sup><abbr title=\"zusammengefasst über mehrere Perioden ab 2022\">z</abbr></sup>")
        .contains("(übergeordnetes Gebiet)\">g</abbr></sup>")
        .contains("z = Wert über mehrere Perioden zusammengefasst");
    Monitoringbericht ohne =
        Monitoringbericht.builder(
                KoelnFixtures.koelnTeil(
                    12,
                    3,
                    de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag.am(
                            KoelnFixtures.STICHTAG)
                        .withPoolperioden(1)
                        .withVergroeberung(false)))
            .build();
    assertThat(html(ohne))
        .contains("<abbr title=\"gesperrt (Geheimhaltung)\">.</abbr>")
        .doesNotContain("\">z</abbr></sup>");
  }

  @Test
  @DisplayName(
      "names an Angebot for every Stadtteil 'gesamtstädtisch' (a Kreis's 'kreisweit') instead of listing them")
  void gesamtstaedtisch() throws Exception {
    for (String name : List.of("koeln", "kreis-unna")) {
      Document d = HtmlLesbar.parse(html(Demoberichte.bericht(name)));
      NodeList tabellen = d.getElementsByTagName("table");
      Element angebote = null;
      for (int i = 0; i < tabellen.getLength(); i++) {
        if (((Element) tabellen.item(i)).getAttribute("class").equals("angebote")) {
          angebote = (Element) tabellen.item(i);
        }
      }
      assertThat(angebote).as(name).isNotNull();
      NodeList zellen = angebote.getElementsByTagName("td");
      int ganz = 0;
      for (int i = 0; i < zellen.getLength(); i++) {
        String text = zellen.item(i).getTextContent();
        ganz += text.contains(name.equals("koeln") ? "gesamtstädtisch" : "kreisweit") ? 1 : 0;
        assertThat(text.split(",")).as(name + ": a cell listing areas").hasSizeLessThan(10);
      }
      assertThat(ganz).as(name + ": Angebote for the whole Kommune").isPositive();
    }
  }

  @Test
  @DisplayName(
      "says in each bar chart's caption what its legend says: no better or worse for a"
          + " Kontextindikator")
  void balkenfarbeWieLegende() throws Exception {
    Document d = HtmlLesbar.parse(html(KoelnFixtures.koeln(12, 3)));
    NodeList figuren = d.getElementsByTagName("figure");
    int kontext = 0;
    int gewertet = 0;
    for (int i = 0; i < figuren.getLength(); i++) {
      Element f = (Element) figuren.item(i);
      NodeList unterschriften = f.getElementsByTagName("figcaption");
      if (unterschriften.getLength() == 0) {
        continue;
      }
      String unterschrift = unterschriften.item(0).getTextContent();
      String legende = f.getTextContent();
      if (legende.contains("Kontextindikator: keine Wertung")) {
        kontext++;
        assertThat(unterschrift)
            .as("caption of a chart whose legend says 'keine Wertung'")
            .doesNotContain("günstiger")
            .contains("Kontextindikator: Balkenfarbe ohne Wertung");
      } else if (legende.contains("ungünstiger als")) {
        gewertet++;
        assertThat(unterschrift).contains("Balkenfarbe: günstiger oder ungünstiger als");
      }
    }
    assertThat(kontext).as("bar charts of a Kontextindikator").isPositive();
    assertThat(gewertet).as("bar charts of an indicator with a polarity").isPositive();
  }
}
