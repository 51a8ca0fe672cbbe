package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
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

@DisplayName("BevoelkerungstabelleLeser: population of Sozialräume by age group from a table")
class BevoelkerungstabelleLeserTest {

  static final LocalDate ENDE_2012 = LocalDate.of(2012, 12, 31);

  @TempDir Path ordner;

  static Path koelnTabelle() {
    try {
      return Path.of(
          BevoelkerungstabelleLeserTest.class
              .getResource("/tabellen/2012_Altersgruppen_Stadtteil.csv")
              .toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test file tabellen/2012_Altersgruppen_Stadtteil.csv", e);
    }
  }

  /** Köln with its 86 Stadtteile (from the OpenStreetMap file), valid from 2012. */
  static Kommune koelnMitStadtteilen() {
    Leseergebnis<Sozialraumangabe> teile =
        new SozialraumGeojsonLeser()
            .lese(
                SozialraumGeojsonLeserTest.geojson("osm_stadtteile_100.geojson"),
                KOELN,
                Geojsonfelder.standard()
                    .withSchluessel("ref")
                    .withEbene(Sozialraumebene.STADTTEIL)
                    .withAb(LocalDate.of(2012, 1, 1)));
    Kommune k = Gemeindeverzeichnis.nrw().kommune(KOELN).orElseThrow();
    Gebietsstaende.Uebernahme u = Gebietsstaende.uebernimm(k, teile.datei(), teile.objekte());
    assertThat(u.fehler()).isEmpty();
    return u.kommune();
  }

  private Path datei(String text) throws IOException {
    Path p = ordner.resolve("tabelle.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  @DisplayName("reads Köln's 86 Stadtteile in 11 age groups and gives them to the Stadtteile")
  void koeln() {
    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> e =
        new BevoelkerungstabelleLeser().lese(koelnTabelle(), KOELN, "Nr.", "Einwohner insgesamt");

    assertThat(e.fehler()).isEmpty();
    assertThat(e.objekte()).hasSize(86 * 11);
    assertThat(e.objekte().stream().map(z -> z.altersgruppe().toString()).distinct())
        .containsExactly(
            "0-2", "3-5", "6-14", "15-17", "18-20", "21-34", "35-59", "60-64", "65-74", "75-79",
            "80+");
    assertThat(
            e.objekte().stream().mapToLong(BevoelkerungstabelleLeser.Sozialraumzahl::anzahl).sum())
        .as("the city's total")
        .isEqualTo(1_044_555L);

    BevoelkerungstabelleLeser.Uebernahme u =
        BevoelkerungstabelleLeser.uebernimm(
            koelnMitStadtteilen(), e.datei(), ENDE_2012, e.objekte());
    assertThat(u.fehler()).isEmpty();
    assertThat(u.neu()).isEqualTo(946);
    Sozialraum vogelsang =
        u.kommune().sozialraeume().stream()
            .filter(s -> s.id().code().equals("404"))
            .findFirst()
            .orElseThrow();
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.ab(0))).hasValue(8247);
    assertThat(vogelsang.einwohner(ENDE_2012, Altersspanne.unter(15))).hasValue(183 + 225 + 689);

    BevoelkerungstabelleLeser.Uebernahme nochmal =
        BevoelkerungstabelleLeser.uebernimm(u.kommune(), e.datei(), ENDE_2012, e.objekte());
    assertThat(nochmal.unveraendert()).isEqualTo(946);
    assertThat(nochmal.neu() + nochmal.geaendert()).isZero();
    assertThat(nochmal.kommune()).isEqualTo(u.kommune());
  }

  @Test
  @DisplayName("a bad table: each error with file, line, column, header and value; no figure")
  void schlecht() throws IOException {
    Path f =
        datei(
            "Nr.;Stadtteil;Einwohner insgesamt;unter 3;3 - 5;6 u. älter\n"
                + "101;Altstadt-Süd;100;10;20;70\n"
                + "102;Neustadt-Süd;100;10;20;1.675\n"
                + "103;Altstadt-Nord;100;10;20;60\n"
                + "101;Altstadt-Süd;100;10;20;70\n"
                + "1 04;Deutz;100;10;20;70\n"
                + "105;Kalk;100;10;20\n");

    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> e =
        new BevoelkerungstabelleLeser().lese(f, KOELN, "Nr.", "Einwohner insgesamt");

    assertThat(e.objekte()).isEmpty();
    assertThat(e.fehler().stream().map(Importfehler::toString).toList())
        .containsExactly(
            f
                + ", Zeile 3, Spalte 6 (6 u. älter), Wert '1.675': erwartet eine ganze Zahl ab 0"
                + " ohne Trennzeichen",
            f
                + ", Zeile 4, Spalte 3 (Einwohner insgesamt), Wert '100': die Altersgruppen der"
                + " Zeile ergeben zusammen 90, nicht 100",
            f
                + ", Zeile 5, Spalte 1 (Nr.), Wert '101': der Sozialraum 101 steht schon in Zeile"
                + " 2",
            f
                + ", Zeile 6, Spalte 1 (Nr.), Wert '1 04': ein Schlüssel hat 1 bis 40 Zeichen aus"
                + " Buchstaben a-z, Ziffern, '-', '_' und '.'",
            f + ", Zeile 7: die Zeile hat 5 Felder, die Kopfzeile 6 (Zeile '105;Kalk;100;10;20')");
  }

  @Test
  @DisplayName("a header without the key column or with overlapping age groups is refused")
  void kopf() throws IOException {
    Path ohneSchluessel = datei("Nummer,0 - 2,3 - 5\n101,1,2\n");
    assertThatThrownBy(
            () -> new BevoelkerungstabelleLeser().lese(ohneSchluessel, KOELN, "Nr.", null))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("tabelle.csv")
        .hasMessageContaining("Zeile 1 hat keine Spalte 'Nr.'; sie hat Nummer | 0 - 2 | 3 - 5");

    Path ueberlappend = datei("Nr.,unter 6,3 - 5\n101,1,2\n");
    assertThatThrownBy(() -> new BevoelkerungstabelleLeser().lese(ueberlappend, KOELN, "Nr.", null))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining(
            "Zeile 1: die Altersgruppen der Spalten 'unter 6' und '3 - 5' überschneiden sich");
  }

  @Test
  @DisplayName("a Sozialraum without a version valid on the date: named with its line; unchanged")
  void ohneGebietsstand() throws IOException {
    Path f = datei("Nr.,0 - 2,3 u. älter\n404,1,2\n999,3,4\n");
    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> e =
        new BevoelkerungstabelleLeser().lese(f, KOELN, "Nr.", null);
    Kommune k = koelnMitStadtteilen();

    BevoelkerungstabelleLeser.Uebernahme vorher =
        BevoelkerungstabelleLeser.uebernimm(k, f, LocalDate.of(2011, 12, 31), e.objekte());
    BevoelkerungstabelleLeser.Uebernahme unbekannt =
        BevoelkerungstabelleLeser.uebernimm(k, f, ENDE_2012, e.objekte());

    assertThat(vorher.kommune()).isEqualTo(k);
    assertThat(vorher.fehler()).hasSize(2);
    assertThat(vorher.fehler().get(0).toString())
        .isEqualTo(
            f
                + ", Zeile 2, Spalte 1, Wert '404': Köln hat keinen Sozialraum '404', der am"
                + " 31.12.2011 gilt (kekiz sozialraeume legt Sozialräume an)");
    assertThat(unbekannt.fehler()).extracting(Importfehler::zeile).containsExactly(3L);
    assertThat(unbekannt.kommune()).isEqualTo(k);
    assertThat(List.of(unbekannt.neu(), unbekannt.geaendert())).containsExactly(0, 0);
  }
}
