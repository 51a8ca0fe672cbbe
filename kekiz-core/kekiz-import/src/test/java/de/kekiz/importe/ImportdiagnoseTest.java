package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.fuer;
import static de.kekiz.importe.Testdateien.genesis;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Importdiagnose: why a file gave nothing")
class ImportdiagnoseTest {

  static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  static final Path BEVOELKERUNG_12411 = genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv");

  @TempDir Path ordner;

  private static Importdiagnose.Befund befund(
      Path datei, @Nullable Importzuordnung z, Importoptionen optionen) {
    Importergebnis e = new Importleser().lese(datei, z, optionen);
    assertThat(Importdiagnose.leer(e)).as(e.zusammenfassung()).isTrue();
    return Importdiagnose.erklaere(datei, z, optionen, e);
  }

  @Test
  @DisplayName("a table of Kreise for a kreisangehörige Gemeinde: the file holds Kreise only")
  void nurKreise() {
    Importdiagnose.Befund b =
        befund(BEVOELKERUNG_12411, Importzuordnung.bevoelkerung("BEVSTD"), fuer(AHLEN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.ANDERES_GEBIET);
    assertThat(b.text())
        .startsWith("die Datei enthält nur Kreise und kreisfreie Städte (")
        .contains("z. B. 08222 Mannheim, Stadtkreis")
        .endsWith("für BEVSTD; 05570004 ist eine kreisangehörige Gemeinde und nicht darunter");
  }

  @Test
  @DisplayName("another value variable: names those the file has")
  void anderesWertmerkmal() {
    Importdiagnose.Befund b =
        befund(
            BEVOELKERUNG_12411,
            Importzuordnung.indikator(
                "PRS018", IndikatorRef.of("einwohner", 1), Periodizitaet.JAEHRLICH),
            fuer(KOELN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.ANDERES_WERTMERKMAL);
    assertThat(b.text())
        .isEqualTo(
            "die Datei hat kein Wertmerkmal PRS018; sie hat BEVSTD (Bevölkerungsstand [Anzahl])");
    assertThat(b.wertmerkmale()).containsOnlyKeys("BEVSTD");
  }

  @Test
  @DisplayName("an attribute the file does not have: names the attributes it has")
  void andereAuspraegung() {
    Importdiagnose.Befund b =
        befund(
            BEVOELKERUNG_12411,
            Importzuordnung.bevoelkerung("BEVSTD").withAuswahl("GES", "GESX"),
            fuer(KOELN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.ANDERE_AUSPRAEGUNG);
    assertThat(b.text())
        .isEqualTo(
            "für 05315000 gibt es keinen Wert von BEVSTD, den der Import nehmen könnte: Merkmal"
                + " GES (Geschlecht) hat keine Ausprägung GESX, nur Insgesamt, GESM (männlich),"
                + " GESW (weiblich)");
    assertThat(b.merkmale()).containsOnlyKeys("GES");
  }

  @Test
  @DisplayName("a variable never at its total: names it and its attributes")
  void ohneInsgesamt() throws IOException {
    Path f = ordner.resolve("ohne-insgesamt.csv");
    Files.writeString(
        f,
        "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
            + "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
            + "2_variable_code;2_variable_label;2_variable_attribute_code;"
            + "2_variable_attribute_label;value;value_unit;value_variable_code;"
            + "value_variable_label\n"
            + "12411;Bev;STAG;Stichtag;2024-12-31;KREISE;Kreise;05315;Köln;ALTX20;Alter;"
            + "ALT000B03;unter 3 Jahre;100;Anzahl;BEVSTD;Bevölkerungsstand\n"
            + "12411;Bev;STAG;Stichtag;2024-12-31;KREISE;Kreise;05315;Köln;ALTX20;Alter;"
            + "ALT003B06;3 bis unter 6 Jahre;90;Anzahl;BEVSTD;Bevölkerungsstand\n",
        StandardCharsets.UTF_8);

    Importdiagnose.Befund b = befund(f, Importzuordnung.bevoelkerung("BEVSTD"), fuer(KOELN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.ANDERE_AUSPRAEGUNG);
    assertThat(b.text())
        .endsWith(
            "Merkmal ALTX20 (Alter) hat nie die Ausprägung Insgesamt, nur ALT000B03 (unter 3"
                + " Jahre), ALT003B06 (3 bis unter 6 Jahre)");
  }

  @Test
  @DisplayName("a table of Länder: no value names a Kreis or a Gemeinde")
  void nurLaender() {
    Importdiagnose.Befund b =
        befund(
            genesis("DE_13111-0005.csv"),
            Importzuordnung.indikator(
                    "ERW065", IndikatorRef.of("beschaeftigte", 1), Periodizitaet.JAEHRLICH)
                .withDimension("GES", "geschlecht"),
            fuer(KOELN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.KEIN_KOMMUNEBEZUG);
    assertThat(b.text())
        .startsWith("die Datei enthält für ERW065 nur Werte für Länder: 08 Baden-Württemberg")
        .endsWith(", keine für einen Kreis oder eine Gemeinde");
  }

  @Test
  @DisplayName("a kekiz file of another Kommune: names the Kommunen it has")
  void kekizAndereKommune() throws IOException {
    Path f = ordner.resolve("bevoelkerung.csv");
    Files.writeString(
        f,
        "raum;stichtag;altersgruppe;anzahl\n05315000;2024-12-31;0+;1024621\n",
        StandardCharsets.UTF_8);

    Importdiagnose.Befund b = befund(f, null, fuer(AHLEN));

    assertThat(b.ursache()).isEqualTo(Importdiagnose.Ursache.ANDERES_GEBIET);
    assertThat(b.text())
        .isEqualTo(
            "die Datei enthält nur Werte für die Kommune 05315000; 05570004 ist nicht darunter");
  }

  @Test
  @DisplayName("a file with its header only: no data rows")
  void nurKopf() throws IOException {
    Path f = ordner.resolve("leer.csv");
    Files.writeString(f, "raum;stichtag;altersgruppe;anzahl\n", StandardCharsets.UTF_8);

    assertThat(befund(f, null, fuer(AHLEN)).text())
        .isEqualTo("die Datei hat keine Datenzeilen, nur die Kopfzeile");
  }

  @Test
  @DisplayName("a file that gave something, or only errors, is not empty")
  void nichtLeer() throws IOException {
    Importergebnis gut =
        new Importleser()
            .lese(BEVOELKERUNG_12411, Importzuordnung.bevoelkerung("BEVSTD"), fuer(KOELN));
    assertThat(Importdiagnose.leer(gut)).isFalse();
    Path f = ordner.resolve("kaputt.csv");
    Files.writeString(
        f, "raum;stichtag;altersgruppe;anzahl\n05315000;gestern;0+;1\n", StandardCharsets.UTF_8);
    assertThat(Importdiagnose.leer(new Importleser().lese(f, null, fuer(KOELN)))).isFalse();
  }
}
