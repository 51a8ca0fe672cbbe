package de.kekiz.reporting.programm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.monitoring.veroeffentlichung.Programmrechnung;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsrechnung;
import de.kekiz.reporting.pdf.PdfUaTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * The programme report of the seeds' programme on 31.12.2024, written and read back: HTML, PDF and
 * JSON show what the core computed, in German, and a suppressed count nowhere.
 */
@DisplayName("ProgrammberichtWriter")
public class ProgrammberichtWriterTest {

  private static final LocalDate TAG = LocalDate.of(2024, 12, 31);
  private static final LocalDate STAND = LocalDate.of(2023, 12, 31);

  @TempDir static Path ordner;
  static List<Path> dateien;
  static String html;

  /** A Gemeinde with its whole and its child population on 31.12.2023. */
  private static Kommune gemeinde(Gemeindeschluessel ags, Kommunenart art, long kinder, long alle) {
    boolean kreisfrei = art == Kommunenart.KREISFREIE_STADT;
    return Kommune.builder(ags, "Gemeinde " + ags, art)
        .kreisfrei(kreisfrei)
        .kreis(kreisfrei ? null : ags.kreis())
        .jugendamt(ags)
        .bevoelkerungsstand(Bevoelkerungsstand.of(STAND, Altersspanne.ab(0), alle))
        .bevoelkerungsstand(Bevoelkerungsstand.of(STAND, Altersspanne.unter(18), kinder))
        .build();
  }

  /** The programme report with 9,995 children in Ahlen and 2 in Gelsenkirchen. */
  public static Programmveroeffentlichung bericht(Veroeffentlichungsauftrag auftrag) {
    return bericht(auftrag, 9_995, 2);
  }

  /**
   * The programme report with {@code kinderAhlen} and {@code kinderGelsenkirchen} children under 18
   * on 31.12.2023 (Ahlen takes part from 2017, Gelsenkirchen in both phases).
   */
  public static Programmveroeffentlichung bericht(
      Veroeffentlichungsauftrag auftrag, long kinderAhlen, long kinderGelsenkirchen) {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Kommune dinslaken = Gemeindeverzeichnis.nrw().kommune(KekizFixtures.DINSLAKEN).orElseThrow();
    List<Veroeffentlichungsrechnung.Eingabe> eingaben = new ArrayList<>();
    eingaben.add(
        new Veroeffentlichungsrechnung.Eingabe(
            ahlen.kommune(), ahlen.messwerte(), ahlen.leitbild(), ahlen.kette(), true));
    eingaben.add(
        new Veroeffentlichungsrechnung.Eingabe(
            dinslaken,
            List.of(),
            null,
            Praeventionskette.builder(KekizFixtures.DINSLAKEN).build(),
            true));
    Veroeffentlichung release =
        new Veroeffentlichungsrechnung(auftrag).berechne(eingaben, ahlen.indikatoren());
    // Ahlen takes part from 2017 (9,995 children), Gelsenkirchen in both phases (2 children)
    List<Kommune> gebiet =
        List.of(
            gemeinde(
                KekizFixtures.AHLEN,
                Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT,
                kinderAhlen,
                12_345),
            gemeinde(
                KekizFixtures.GELSENKIRCHEN,
                Kommunenart.KREISFREIE_STADT,
                kinderGelsenkirchen,
                260_000));
    return new Programmrechnung(auftrag)
        .berechne(ProgrammFixtures.kekiz(), ProgrammFixtures.lernnetzwerk(), gebiet, release);
  }

  @BeforeAll
  static void schreibe() throws Exception {
    dateien =
        new ProgrammberichtWriter()
            .schreibe(
                bericht(Veroeffentlichungsauftrag.am(TAG)), LocalDate.of(2025, 1, 15), ordner);
    html = Files.readString(ordner.resolve("programmbericht.html"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("writes HTML, PDF, JSON, XLSX and three CSV files, nothing else")
  void dateien() throws Exception {
    assertThat(dateien)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "programmbericht.html",
            "programmbericht.pdf",
            "programmbericht.json",
            "programmbericht.xlsx",
            "programm-reichweite.csv",
            "programm-foerderung.csv",
            "programm-reifegrad.csv");
    try (var s = Files.list(ordner)) {
      assertThat(s.count()).isEqualTo(7);
    }
  }

  @Test
  @DisplayName("the HTML shows participants, funding, maturity, meetings and practice in German")
  void html() {
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
        .contains("Programmbericht „Kein Kind zurücklassen!")
        .contains("Stichtag 31. Dezember 2024")
        // 40 participants, 46 Kommunen involved in the 2017 stage
        .contains("<td class=\"z\">40</td><td class=\"z\">46</td>")
        // the disagreeing sources side by side
        .contains("22 (", " oder 18 (")
        .contains("<td class=\"z\">2.300.000,00 €</td>")
        .contains("4.600.000,00 €")
        .contains("Land NRW: unbekannt (Teil einer gemeinsamen Summe)")
        // Ahlen 6 of 10, Station 1; Dinslaken 0 of 10; 44 without a model
        .contains("6 von 10</td><td>1 Leitbild &amp; Vision</td>")
        .contains("0 von 10</td><td>keine</td>")
        .contains("<th scope=\"row\">ohne gespeichertes Modell</th><td class=\"z\">44</td>")
        .contains("16. Treffen", "Gelsenkirchen", "Das Lernnetzwerk wächst (zusammen)")
        .contains("13. September (Jahr nicht angegeben)")
        .contains("4 (1 beschrieben)")
        .contains("Steuerungsstruktur der Ahlener Präventionskette")
        .contains("im Modell der Kommune")
        .contains("Sperrung kleiner Fallzahlen")
        .contains("<caption>Tabelle 1: ");
    // the model phase reaches Gelsenkirchen (2 children, suppressed) but not Ahlen
    int anfang = html.indexOf("class=\"reichweite-anteil\"");
    String reichweite = html.substring(anfang, html.indexOf("</table>", anfang));
    assertThat(reichweite)
        .contains(
            "<td>Kinder und Jugendliche unter 18 Jahren am 31.12.2023</td><td class=\"z\">.</td>"
                + "<td class=\"z\">9.997</td><td class=\"z\">.</td>")
        .doesNotContain(">2<", ">9.995<");
  }

  @Test
  @DisplayName("the PDF carries the same text and passes veraPDF's PDF/UA-1 profile")
  void pdf() throws Exception {
    Path pdf = ordner.resolve("programmbericht.pdf");
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Programmbericht")
          .contains("2.300.000,00 €")
          .contains("Das Lernnetzwerk wächst (zusammen)")
          .contains("Inhalt");
    }
    VeraGreenfieldFoundryProvider.initialise();
    assertThat(PdfUaTest.fehler(pdf)).as("failed PDF/UA-1 rules").isEmpty();
  }

  @Test
  @DisplayName("the JSON carries the figures as published, exact amounts and no suppressed count")
  void json() throws Exception {
    String text = Files.readString(ordner.resolve("programmbericht.json"), StandardCharsets.UTF_8);
    JsonNode j = new ObjectMapper().readTree(text);
    assertThat(j.get("format").asText()).isEqualTo("kekiz-programmbericht");
    assertThat(j.get("formatversion").asText()).isEqualTo("1.0");
    assertThat(j.get("haushaltGesamt").asText()).isEqualTo("4600000.00");
    JsonNode ausbau = j.get("reichweiten").get(1);
    assertThat(ausbau.get("teilnehmer").asInt()).isEqualTo(40);
    JsonNode modell = j.get("reichweiten").get(0);
    assertThat(modell.get("kinder").get("anteil").get("zaehler").isNull()).isTrue();
    assertThat(modell.get("kinder").get("anteil").get("confStatus").asText()).isNotEqualTo("F");
    // Gelsenkirchen and Ahlen both in 2017: nobody left (0, primary), so the total and the 2017
    // count are not both published
    JsonNode kinder = ausbau.get("kinder");
    assertThat(
            kinder.get("gesamt").get("wert").isNull()
                || kinder.get("anteil").get("zaehler").isNull())
        .isTrue();
    assertThat(j.get("reife").get("nachStufe").toString()).isEqualTo("[1,1,0,0,0]");
    assertThat(j.get("treffen")).hasSize(2);
    assertThat(j.get("namen").get("05315000").asText()).isEqualTo("Köln");
  }

  @Test
  @DisplayName("an internal report says so on top")
  void intern() {
    String intern =
        new de.kekiz.reporting.html.ProgrammHtmlWriter()
            .html(
                bericht(Veroeffentlichungsauftrag.am(TAG).withVerfahren(Schutzverfahren.INTERN)),
                TAG,
                de.kekiz.reporting.bericht.Berichtsoptionen.STANDARD);
    assertThat(intern).contains("Nur für den Dienstgebrauch").contains(">9.997<");
  }

  @Test
  @DisplayName("writes every file of a report protected by the Cell-Key-Verfahren")
  void cellKey(@TempDir Path ziel) throws Exception {
    List<Path> geschrieben =
        new ProgrammberichtWriter()
            .schreibe(
                bericht(
                    Veroeffentlichungsauftrag.am(TAG)
                        .withCellKey(
                            de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren.of(
                                de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter
                                    .standard(),
                                "ein Geheimnis von Länge".getBytes(StandardCharsets.UTF_8)))),
                LocalDate.of(2025, 1, 15),
                ziel);
    assertThat(geschrieben).hasSize(7);
    assertThat(Files.readString(ziel.resolve("programmbericht.html"), StandardCharsets.UTF_8))
        .contains("Cell-Key");
  }
}
