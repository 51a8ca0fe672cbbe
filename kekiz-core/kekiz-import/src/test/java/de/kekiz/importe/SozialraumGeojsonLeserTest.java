package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SozialraumGeojsonLeser: Sozialräume from GeoJSON")
class SozialraumGeojsonLeserTest {

  static final LocalDate AB = LocalDate.of(2015, 1, 1);

  @TempDir Path ordner;

  static Path geojson(String name) {
    try {
      return Path.of(SozialraumGeojsonLeserTest.class.getResource("/geojson/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test file geojson/" + name + " is missing", e);
    }
  }

  /** The OpenStreetMap files of Köln name the key {@code ref} and give no level or validity. */
  static Geojsonfelder koeln(Sozialraumebene ebene, int elternpraefix) {
    return Geojsonfelder.standard()
        .withSchluessel("ref")
        .withEbene(ebene)
        .withAb(AB)
        .withElternpraefix(elternpraefix);
  }

  private Path datei(String name, String text) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("reads the 9 Stadtbezirke and 86 Stadtteile of Köln, each Stadtteil in its Bezirk")
  void koelnGut() {
    Leseergebnis<Sozialraumangabe> bezirke =
        new SozialraumGeojsonLeser()
            .lese(
                geojson("osm_stadtbezirke_10.geojson"),
                KOELN,
                koeln(Sozialraumebene.STADTBEZIRK, 0));
    Leseergebnis<Sozialraumangabe> teile =
        new SozialraumGeojsonLeser()
            .lese(
                geojson("osm_stadtteile_100.geojson"), KOELN, koeln(Sozialraumebene.STADTTEIL, 1));

    assertThat(bezirke.fehler()).isEmpty();
    assertThat(teile.fehler()).isEmpty();
    assertThat(bezirke.objekte()).hasSize(9);
    assertThat(teile.objekte()).hasSize(86);
    Sozialraumangabe vogelsang = teile.objekte().get(0);
    assertThat(vogelsang.schluessel()).isEqualTo("404");
    assertThat(vogelsang.name()).isEqualTo("Vogelsang");
    assertThat(vogelsang.uebergeordnet()).isEqualTo("4");
    assertThat(vogelsang.ebene()).isEqualTo(Sozialraumebene.STADTTEIL);
    assertThat(vogelsang.ab()).isEqualTo(AB);
    assertThat(vogelsang.bis()).isNull();
    assertThat(vogelsang.geometrie()).startsWith("{\"type\":\"GeometryCollection\"");

    Kommune k = Gemeindeverzeichnis.nrw().kommune(KOELN).orElseThrow();
    Gebietsstaende.Uebernahme mitBezirken =
        Gebietsstaende.uebernimm(k, bezirke.datei(), bezirke.objekte());
    Gebietsstaende.Uebernahme mitTeilen =
        Gebietsstaende.uebernimm(mitBezirken.kommune(), teile.datei(), teile.objekte());
    assertThat(mitTeilen.fehler()).isEmpty();
    assertThat(mitTeilen.neu()).isEqualTo(86);
    assertThat(mitTeilen.kommune().sozialraeume()).hasSize(95);
  }

  @Test
  @DisplayName("a bad file: every error names file, line, feature, property and value; no object")
  void schlecht() throws IOException {
    Path f =
        datei(
            "schlecht.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"schluessel": "1", "name": "Innenstadt",
                "ebene": "STADTBEZIRK", "gueltig_ab": "2020-01-01"}, "geometry": null},
              {"type": "Feature", "properties": {"schluessel": "101", "name": "",
                "ebene": "STADTTEIL", "gueltig_ab": "2020-01-01"}, "geometry": null},
              {"type": "Feature", "properties": {"schluessel": "102", "name": "Altstadt",
                "ebene": "Kiez", "gueltig_ab": "31.02.2020"}, "geometry": null},
              {"type": "Feature", "properties": {"schluessel": "103", "name": "Hafen",
                "ebene": "STADTTEIL", "gueltig_ab": "2020-01-01"},
               "geometry": {"type": "Polygon", "coordinates":
                 [[[356000, 5645000], [357000, 5645000], [357000, 5646000], [356000, 5645000]]]}}
            ]}
            """);

    Leseergebnis<Sozialraumangabe> e =
        new SozialraumGeojsonLeser().lese(f, KOELN, Geojsonfelder.standard());

    assertThat(e.objekte()).isEmpty();
    List<String> zeilen = e.fehler().stream().map(Importfehler::toString).toList();
    assertThat(zeilen)
        .containsExactly(
            f
                + ", Zeile 4, Spalte 3 (features[1].properties.name), Wert '': ein Name ist nicht"
                + " leer und enthält keine Steuerzeichen",
            f
                + ", Zeile 6, Spalte 3 (features[2].properties.ebene), Wert 'Kiez': unbekannte"
                + " Ebene: erwartet STADTBEZIRK, STADTTEIL, QUARTIER, STATISTISCHER_BEZIRK,"
                + " SCHULEINZUGSBEREICH oder SONSTIGE",
            f
                + ", Zeile 6, Spalte 3 (features[2].properties.gueltig_ab), Wert '31.02.2020':"
                + " erwartet ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT, nicht '31.02.2020'",
            f
                + ", Zeile 8, Spalte 3 (features[3].geometry), Wert '{\"type\":\"Polygon\","
                + "\"coordinates\":[[[356000,5645000],[357000,5… (104 Zeichen)': die Position"
                + " [356000,5645000]"
                + " liegt außerhalb von WGS 84 (Länge −180 bis 180, Breite −90 bis 90); bitte die"
                + " Grenzen nach WGS 84 (EPSG:4326) umrechnen");
  }

  @Test
  @DisplayName("a key twice with the same validity, or a missing validity: named with the option")
  void doppeltUndOhneGueltigkeit() throws IOException {
    Path f =
        datei(
            "doppelt.geojson",
            """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"ref": "1", "name": "A"}, "geometry": null},
              {"type": "Feature", "properties": {"ref": "1", "name": "B"}, "geometry": null}
            ]}
            """);

    Leseergebnis<Sozialraumangabe> ohneAb =
        new SozialraumGeojsonLeser()
            .lese(
                f,
                KOELN,
                Geojsonfelder.standard()
                    .withSchluessel("ref")
                    .withEbene(Sozialraumebene.STADTBEZIRK));
    assertThat(ohneAb.fehler())
        .extracting(Importfehler::grund)
        .containsExactly(
            "die Gültigkeit fehlt: Eigenschaft 'gueltig_ab' oder eine Vorgabe (--gueltig-ab"
                + " DATUM)",
            "die Gültigkeit fehlt: Eigenschaft 'gueltig_ab' oder eine Vorgabe (--gueltig-ab"
                + " DATUM)");

    Leseergebnis<Sozialraumangabe> doppelt =
        new SozialraumGeojsonLeser().lese(f, KOELN, koeln(Sozialraumebene.STADTBEZIRK, 0));
    assertThat(doppelt.fehler()).hasSize(1);
    assertThat(doppelt.fehler().get(0).toString())
        .isEqualTo(
            f
                + ", Zeile 3, Spalte 3 (features[1].properties.ref), Wert '1': der Sozialraum 1"
                + " mit Gültigkeit ab 01.01.2015 steht schon in Zeile 2");
  }

  @Test
  @DisplayName("no FeatureCollection, or no JSON: the file is refused with line and column")
  void keineSammlung() throws IOException {
    Path punkt = datei("punkt.geojson", "{\"type\": \"Point\", \"coordinates\": [6.9, 50.9]}");
    assertThatThrownBy(
            () -> new SozialraumGeojsonLeser().lese(punkt, KOELN, Geojsonfelder.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("punkt.geojson")
        .hasMessageContaining("FeatureCollection")
        .hasMessageContaining("den Typ 'Point'");

    Path kaputt = datei("kaputt.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [,]}");
    assertThatThrownBy(
            () -> new SozialraumGeojsonLeser().lese(kaputt, KOELN, Geojsonfelder.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("kaputt.geojson")
        .hasMessageContaining("Zeile 2, Spalte 15: kein gültiges JSON");
  }

  @Test
  @DisplayName("the writer's file reads back into the same Sozialräume, and writes the same bytes")
  void rundreise() throws IOException {
    Kommune k = Gemeindeverzeichnis.nrw().kommune(KOELN).orElseThrow();
    Leseergebnis<Sozialraumangabe> bezirke =
        new SozialraumGeojsonLeser()
            .lese(
                geojson("osm_stadtbezirke_10.geojson"),
                KOELN,
                koeln(Sozialraumebene.STADTBEZIRK, 0));
    Kommune mit = Gebietsstaende.uebernimm(k, bezirke.datei(), bezirke.objekte()).kommune();
    Path geschrieben = ordner.resolve("sozialraeume.geojson");
    new SozialraumGeojsonSchreiber().schreibe(mit, geschrieben);

    Leseergebnis<Sozialraumangabe> wieder =
        new SozialraumGeojsonLeser().lese(geschrieben, KOELN, Geojsonfelder.standard());
    assertThat(wieder.fehler()).isEmpty();
    Gebietsstaende.Uebernahme nochmal = Gebietsstaende.uebernimm(k, geschrieben, wieder.objekte());
    assertThat(List.copyOf(nochmal.kommune().sozialraeume()))
        .containsExactlyInAnyOrderElementsOf(mit.sozialraeume());
    Path zweites = ordner.resolve("zweites.geojson");
    new SozialraumGeojsonSchreiber().schreibe(nochmal.kommune(), zweites);
    assertThat(Files.readAllBytes(zweites)).isEqualTo(Files.readAllBytes(geschrieben));
    assertThat(Gebietsstaende.uebernimm(mit, geschrieben, wieder.objekte()).geaendert()).isFalse();
  }
}
