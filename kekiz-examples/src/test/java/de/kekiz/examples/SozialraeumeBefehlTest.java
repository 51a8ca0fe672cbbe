package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz sozialraeume: Sozialräume from GeoJSON, every boundary version kept")
class SozialraeumeBefehlTest {

  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");

  @TempDir Path ordner;

  private Path daten() {
    return ordner.resolve("daten");
  }

  private Lauf kekiz(String... args) {
    List<String> alle = new ArrayList<>(List.of("sozialraeume", "--daten", daten().toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  private static Path geojson(String name) {
    try {
      return Path.of(SozialraeumeBefehlTest.class.getResource("/geojson/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test file geojson/" + name + " is missing", e);
    }
  }

  private Path datei(String name, String text) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private long kommunen() {
    return mitDatenbank(daten(), db -> (long) db.persistenz().kommunen().findAll().size());
  }

  /** Köln's 9 Stadtbezirke and 86 Stadtteile from the OpenStreetMap files. */
  private void koeln() {
    Lauf bezirke =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtbezirk",
            "--gueltig-ab",
            "01.01.2015",
            geojson("osm_stadtbezirke_10.geojson").toString());
    assertThat(bezirke.status()).as(bezirke.toString()).isZero();
    assertThat(bezirke.out().strip())
        .isEqualTo(
            "Sozialräume von Köln (05315000) (aus dem Gemeindeverzeichnis NRW angelegt)"
                + " gespeichert: 9 neu, 0 neue Gebietsstände, 0 beendet, 0 unverändert; jetzt 9"
                + " Gebietsstände.");
    Lauf teile =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtteil",
            "--eltern-praefix",
            "1",
            "--gueltig-ab",
            "01.01.2015",
            geojson("osm_stadtteile_100.geojson").toString());
    assertThat(teile.status()).as(teile.toString()).isZero();
    assertThat(teile.out()).contains("86 neu").contains("jetzt 95 Gebietsstände");
  }

  @Test
  @DisplayName("Köln's Stadtbezirke and Stadtteile on a fresh database; the same again: unchanged")
  void koelnUndNochmal() {
    koeln();
    Kommune k = kommune(daten(), KOELN);
    assertThat(k.sozialraeume()).hasSize(95);
    Sozialraum vogelsang =
        k.sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .findFirst()
            .orElseThrow();
    assertThat(vogelsang.name()).isEqualTo("Vogelsang");
    assertThat(vogelsang.ebene()).isEqualTo(Sozialraumebene.STADTTEIL);
    assertThat(vogelsang.uebergeordnet().code()).isEqualTo("4");
    assertThat(vogelsang.gueltigkeit()).isEqualTo(Zeitraum.ab(LocalDate.of(2015, 1, 1)));
    assertThat(vogelsang.geometrie()).contains("GeometryCollection");
    long revision = k.revision();

    Lauf nochmal =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtbezirk",
            "--gueltig-ab",
            "2015-01-01",
            geojson("osm_stadtbezirke_10.geojson").toString());

    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out().strip())
        .isEqualTo(
            "Sozialräume von Köln (05315000): alle 9 waren schon so gespeichert; nichts"
                + " geändert.");
    assertThat(kommune(daten(), KOELN).revision()).isEqualTo(revision);
  }

  @Test
  @DisplayName("a new boundary from a later day: a new Gebietsstand, the old one ends, not lost")
  void neuerGebietsstand() throws IOException {
    koeln();
    Path neu =
        datei(
            "vogelsang-2024.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature",
               "properties": {"ref": "404", "name": "Vogelsang", "gueltig_ab": "01.01.2024"},
               "geometry": {"type": "Polygon", "coordinates":
                 [[[6.868, 50.958], [6.887, 50.971], [6.875, 50.947], [6.868, 50.958]]]}}
            ]}
            """);

    Lauf l =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtteil",
            "--eltern-praefix",
            "1",
            neu.toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains("0 neu, 1 neuer Gebietsstand, 0 beendet, 0 unverändert; jetzt 96 Gebietsstände");
    List<Sozialraum> versionen =
        kommune(daten(), KOELN).sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .sorted((a, b) -> Integer.compare(a.gebietsstand(), b.gebietsstand()))
            .toList();
    assertThat(versionen).hasSize(2);
    assertThat(versionen.get(0).gueltigkeit())
        .isEqualTo(Zeitraum.of(LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31)));
    assertThat(versionen.get(0).geometrie()).contains("GeometryCollection");
    assertThat(versionen.get(1).gebietsstand()).isEqualTo(2);
    assertThat(versionen.get(1).gueltigkeit()).isEqualTo(Zeitraum.ab(LocalDate.of(2024, 1, 1)));
    assertThat(versionen.get(1).geometrie()).startsWith("{\"type\":\"Polygon\"");
  }

  @Test
  @DisplayName(
      "a bad file: each error with file, line, feature, property and value; nothing stored")
  void schlechteDatei() throws IOException {
    Path schlecht =
        datei(
            "schlecht.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"ref": "1", "name": "Innenstadt"},
               "geometry": null},
              {"type": "Feature", "properties": {"ref": "101", "name": "Altstadt"},
               "geometry": {"type": "Point", "coordinates": [6.95, 50.94]}},
              {"type": "Feature", "properties": {"ref": "1 02", "name": "Neustadt"},
               "geometry": null}
            ]}
            """);

    Lauf l =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtteil",
            "--gueltig-ab",
            "01.01.2020",
            schlecht.toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err().lines().toList())
        .containsExactly(
            schlecht
                + ", Zeile 4, Spalte 3 (features[1].geometry), Wert '{\"type\":\"Point\","
                + "\"coordinates\":[6.95,50.94]}': die Grenze eines Sozialraums ist ein Polygon,"
                + " MultiPolygon oder eine GeometryCollection von Polygonen, kein Point",
            schlecht
                + ", Zeile 6, Spalte 3 (features[2].properties.ref), Wert '1 02': ein Schlüssel"
                + " hat 1 bis 40 Zeichen aus Buchstaben a-z, Ziffern, '-', '_' und '.'",
            "Nichts gespeichert: 2 Fehler in 1 Datei");
    assertThat(l.out()).isEmpty();
    assertThat(kommunen()).as("Köln is not created by a failed set-up").isZero();
  }

  @Test
  @DisplayName("another boundary on a stored version's first day: refused, the database unchanged")
  void keinUeberschreiben() throws IOException {
    koeln();
    Kommune vorher = kommune(daten(), KOELN);
    Path ueberschreibt =
        datei(
            "ueberschreibt.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"ref": "9", "name": "Mülheim neu"},
               "geometry": null}
            ]}
            """);

    Lauf l =
        kekiz(
            "--kommune",
            "05315000",
            "--schluessel-feld",
            "ref",
            "--ebene",
            "stadtbezirk",
            "--gueltig-ab",
            "01.01.2015",
            ueberschreibt.toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(
            "ueberschreibt.geojson, Zeile 2, Spalte 3, Wert '9': Gebietsstand 1 von '9' gilt schon"
                + " ab 01.01.2015")
        .contains("ein Gebietsstand wird nicht überschrieben")
        .contains("Nichts gespeichert: 1 Fehler in 1 Datei");
    assertThat(kommune(daten(), KOELN)).isEqualTo(vorher);
  }

  @Test
  @DisplayName("--ausgabe writes the stored Sozialräume; taking that file back changes nothing")
  void ausgabe() {
    koeln();
    Path ziel = ordner.resolve("koeln.geojson");

    Lauf aus = kekiz("--kommune", "05315000", "--ausgabe", ziel.toString());
    Lauf zurueck = kekiz("--kommune", "05315000", ziel.toString());

    assertThat(aus.status()).as(aus.toString()).isZero();
    assertThat(aus.out()).contains("95 Gebietsstände der Sozialräume von Köln (05315000) nach");
    assertThat(zurueck.status()).as(zurueck.toString()).isZero();
    assertThat(zurueck.out()).contains("alle 95 waren schon so gespeichert; nichts geändert.");
  }

  @Test
  @DisplayName("a Kommune of another Land that was not created: says how to create it")
  void unbekannteKommune() throws IOException {
    Path f =
        datei(
            "hamburg.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"schluessel": "1", "name": "Hamburg-Mitte",
               "ebene": "STADTBEZIRK", "gueltig_ab": "2014-01-01"}, "geometry": null}
            ]}
            """);

    Lauf l = kekiz("--kommune", "02000000", f.toString());

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Kommune 02000000 ist nicht in der")
        .contains("kekiz kommune --kommune 02000000 --name NAME --art ART legt sie an");
  }

  @Test
  @DisplayName("options: a bad level or date is named; no file and no --ausgabe is a call error")
  void optionen() {
    Lauf ebene = kekiz("--kommune", "05315000", "--ebene", "kiez", "x.geojson");
    Lauf tag = kekiz("--kommune", "05315000", "--gueltig-ab", "31.02.2015", "x.geojson");
    Lauf nichts = kekiz("--kommune", "05315000");

    assertThat(ebene.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(ebene.err()).contains("--ebene braucht eine von stadtbezirk, stadtteil");
    assertThat(tag.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(tag.err())
        .contains(
            "ungültiger Wert '31.02.2015' für --gueltig-ab: erwartet ein Datum als TT.MM.JJJJ oder"
                + " JJJJ-MM-TT");
    assertThat(nichts.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(nichts.err()).contains("bitte eine oder mehrere GeoJSON-Dateien angeben");
  }
}
