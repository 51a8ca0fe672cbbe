package de.kekiz.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsmessung;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.bericht.daten.BerichtJson;
import de.kekiz.reporting.pdf.PdfBerichtWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The effect monitoring in a demo report of the core fixtures: Gelsenkirchen (synthetic figures).
 * The fixture's chain records no dates; this test dates two of its Angebote as a municipality
 * would, all synthetic: "Rucksack Kita" and the Angebot at the transition to the weiterführende
 * Schule run in Altstadt, Neustadt and Ückendorf from 1 August 2021 (the fixture places them in
 * Hassel too, whose Sozialindex has no Stufe: it is left out here so that a comparison group can be
 * chosen); Rucksack Kita works on Handlungsziel 1.2 (SEU language finding, U8/U9); the Übergang
 * Grundschule → weiterführende Schule is measured by the Übergangsquote, Kita → Grundschule by the
 * SEU language finding (its bridging Angebot has no recorded beginning).
 *
 * <p>Ahlen's dated history since 2017 ({@code KekizFixtures.ahlen()}) has comparisons of its own,
 * recomputed by hand in {@code AhlenGeschichteTest}; the report fixture {@code
 * BerichtFixtures.ahlen()} used by {@link #ohneDaten} records no dates.
 */
@DisplayName("bericht.html: effect monitoring")
class WirkungsabschnittTest {

  private static final LocalDate STICHTAG = LocalDate.of(2025, 6, 30);
  private static final LocalDate BEGINN = LocalDate.of(2021, 8, 1);

  /** Gelsenkirchen with the dates and measurements described in the class comment. */
  static Beispielkommune gelsenkirchenMitDaten() {
    Beispielkommune k = KekizFixtures.gelsenkirchen();
    Praeventionskette kette = k.kette();
    List<SozialraumId> raeume = new ArrayList<>();
    for (String code : List.of("altstadt", "neustadt", "ueckendorf")) {
      raeume.add(SozialraumId.of(k.schluessel(), code));
    }
    List<Angebot> angebote = new ArrayList<>();
    List<Zielbeitrag> beitraege = new ArrayList<>(kette.zielbeitraege());
    for (Angebot a : kette.angebote()) {
      String id = a.id().wert();
      if (id.equals("rucksack-kita") || id.equals("uebergang-weiterfuehrende-schule")) {
        angebote.add(
            Angebot.builder(a.id(), a.name(), a.traeger())
                .beschreibung(a.beschreibung())
                .standorte(a.standorte())
                .ebenen(a.ebenen().toArray(new de.kekiz.domain.angebot.Praeventionsebene[0]))
                .lebensphasen(a.lebensphasen().toArray(new String[0]))
                .handlungsfelder(a.handlungsfelder().toArray(new String[0]))
                .uebergaenge(a.uebergaenge().toArray(new String[0]))
                .sozialraeume(raeume)
                .gueltigkeit(Zeitraum.ab(BEGINN))
                .build());
        if (id.equals("rucksack-kita")) {
          beitraege.add(Zielbeitrag.angebot("1.2", a.id()));
        }
      } else {
        angebote.add(a);
      }
    }
    List<Uebergang> uebergaenge = new ArrayList<>();
    for (Uebergang u : kette.uebergaenge()) {
      uebergaenge.add(
          switch (u.key()) {
            case "kita-grundschule" -> u.withIndikatoren(Indikatoren.SEU_SPRACHE);
            case "grundschule-weiterfuehrende-schule" ->
                u.withIndikatoren(Indikatoren.UEBERGANGSQUOTE_GYMNASIUM);
            default -> u;
          });
    }
    Praeventionskette.Builder b =
        Praeventionskette.builder(kette.kommune())
            .lebensphasen(kette.lebensphasen())
            .handlungsfelder(kette.handlungsfelder())
            .akteure(kette.akteure())
            .steuerung(kette.steuerung())
            .angebote(angebote)
            .zielbeitraege(beitraege)
            .uebergaenge(uebergaenge);
    kette.netzwerke().forEach(b::netzwerk);
    return new Beispielkommune(
        k.kommune(), k.leitbild(), b.build(), k.indikatoren(), k.messwerte());
  }

  @Test
  @DisplayName("shows the comparisons and the measured Übergänge in the Gelsenkirchen demo report")
  void demobericht() throws Exception {
    Berichtsteil teil = Berichtsdaten.teil(gelsenkirchenMitDaten(), STICHTAG);
    List<Wirkungsvergleich> vergleiche = teil.wirkung().alleVergleiche();
    // Rucksack Kita on seu-sprache and u8-u9-teilnahme, the Übergang on the Übergangsquote
    assertThat(vergleiche).hasSize(3);
    assertThat(vergleiche).filteredOn(Wirkungsvergleich::auswertbar).isNotEmpty();
    for (Wirkungsvergleich v : vergleiche) {
      assertThat(v.mitMassnahme())
          .extracting(g -> g.name())
          .containsExactly("Altstadt", "Neustadt", "Ückendorf");
    }
    assertThat(teil.wirkung().uebergaenge())
        .filteredOn(u -> u.key().equals("kita-grundschule"))
        .singleElement()
        .satisfies(u -> assertThat(u.stand()).isEqualTo(Uebergangsmessung.Stand.OHNE_BEGINN));
    Monitoringbericht b = BerichtFixtures.bericht(teil);
    String html = HtmlBerichtWriterTest.html(b, Berichtsoptionen.STANDARD);
    Path ziel = Path.of("target", "bericht-gelsenkirchen-wirkung.html");
    Files.createDirectories(ziel.getParent());
    Files.writeString(ziel, html, StandardCharsets.UTF_8);
    String text = HtmlBerichtWriterTest.lesbar(HtmlBerichtWriterTest.parse(html));
    assertThat(html)
        .contains(
            "<section id=\"wirkung\"",
            "<table class=\"wirkung\">",
            "<table class=\"uebergangsmessung\">");
    assertThat(text)
        .contains(
            "Wirkungsvergleich und gemessene Übergänge",
            "keine Ursache",
            "Angebot: Rucksack Kita",
            "seit 01.08.2021, Handlungsziel 1.2",
            "Übergang: Grundschule → Weiterführende Schule",
            "kein Angebot mit Beginn");
  }

  @Test
  @DisplayName("round-trips through bericht.json and is laid out in the PDF")
  void jsonUndPdf() throws Exception {
    Monitoringbericht b =
        BerichtFixtures.bericht(Berichtsdaten.teil(gelsenkirchenMitDaten(), STICHTAG));
    BerichtJson json = new BerichtJson();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.schreibe(b, Berichtsoptionen.STANDARD, out);
    Monitoringbericht gelesen = json.lies(new ByteArrayInputStream(out.toByteArray()));
    // the computed part round-trips; the chain's dates, Zielbeiträge and the Übergänge's own
    // indicators are not yet part of the kekiz JSON format, so the whole report does not
    assertThat(gelesen.teil().wirkung()).isEqualTo(b.teil().wirkung());
    Path pdf = Path.of("target", "bericht-gelsenkirchen-wirkung.pdf");
    try (OutputStream o = Files.newOutputStream(pdf)) {
      new PdfBerichtWriter().schreibe(b, Berichtsoptionen.STANDARD, o);
    }
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
  }

  @Test
  @DisplayName("leaves the part out of a report whose chain records no dates and measures nothing")
  void ohneDaten() throws Exception {
    String html = HtmlBerichtWriterTest.html(BerichtFixtures.ahlen(), Berichtsoptionen.STANDARD);
    assertThat(html).doesNotContain("id=\"wirkung\"");
  }
}
