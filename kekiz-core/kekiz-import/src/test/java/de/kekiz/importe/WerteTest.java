package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.KREIS_UNNA;
import static de.kekiz.importe.Testdateien.STADT_UNNA;
import static de.kekiz.importe.Testdateien.UNNA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Import values")
class WerteTest {

  @Nested
  @DisplayName("Regionalcode")
  class RegionalcodeTest {

    @ParameterizedTest(name = "''{0}'' is {1}, Kommune ''{2}''")
    @CsvSource({
      "DG, BUND,",
      "05, LAND,",
      "053, REGIERUNGSBEZIRK,",
      "05978, KREIS, 05978000",
      "05334002, GEMEINDE, 05334002",
      "059780036036, GEMEINDE, 05978036",
      "053150000000, GEMEINDE, 05315000",
      "081275005, GEMEINDEVERBAND,",
    })
    @DisplayName("classifies codes by their form")
    void klassifiziert(String code, Regionalcode.Ebene ebene, String kommune) {
      Regionalcode r = Regionalcode.parse(code);
      assertThat(r.ebene()).isEqualTo(ebene);
      assertThat(r.gemeindeschluessel().map(Gemeindeschluessel::toString))
          .isEqualTo(Optional.ofNullable(kommune));
      assertThat(r.toString()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0531", "0531500", "05x15", "DE", "0531500000000"})
    @DisplayName("rejects other forms, quoting them")
    void falsch(String code) {
      assertThatThrownBy(() -> Regionalcode.parse(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + code + "'");
    }

    @Test
    @DisplayName("the constructor checks that code and level fit")
    void konstruktor() {
      assertThat(new Regionalcode(Regionalcode.Ebene.KREIS, "05978").kreis()).contains(UNNA);
      assertThatThrownBy(() -> new Regionalcode(Regionalcode.Ebene.GEMEINDE, "05978"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'05978'")
          .hasMessageContaining("KREIS");
    }
  }

  @Nested
  @DisplayName("Gebietsauswahl")
  class GebietsauswahlTest {

    @Test
    @DisplayName("a kreisfreie Stadt takes its 5-, 8- and 12-digit codes, nothing else")
    void kreisfreieStadt() {
      Gebietsauswahl koeln = Gebietsauswahl.kommune(KOELN);
      for (String code : new String[] {"05315", "05315000", "053150000000"}) {
        assertThat(koeln.kommuneFuer(Regionalcode.parse(code))).contains(KOELN);
      }
      for (String code : new String[] {"05", "053", "DG", "05316", "05978036"}) {
        assertThat(koeln.kommuneFuer(Regionalcode.parse(code))).isEmpty();
      }
      assertThat(koeln.toString()).isEqualTo("Kommune 05315000");
    }

    @Test
    @DisplayName("a kreisangehörige Gemeinde is not taken for its Kreis's code")
    void gemeinde() {
      Gebietsauswahl unna = Gebietsauswahl.kommune(STADT_UNNA);
      assertThat(unna.kommuneFuer(Regionalcode.parse("05978036"))).contains(STADT_UNNA);
      assertThat(unna.kommuneFuer(Regionalcode.parse("05978"))).isEmpty();
      assertThat(unna.umfasst(Raumbezug.parse("05978036:12@1"))).isTrue();
      assertThat(unna.umfasst(Raumbezug.of(KREIS_UNNA))).isFalse();
    }

    @Test
    @DisplayName("a Kreis with Gemeinden takes the Kreis and each Gemeinde for itself")
    void kreis() {
      Gebietsauswahl kreis = Gebietsauswahl.kreisMitGemeinden(UNNA);
      assertThat(kreis.kommuneFuer(Regionalcode.parse("05978"))).contains(KREIS_UNNA);
      assertThat(kreis.kommuneFuer(Regionalcode.parse("059780036036"))).contains(STADT_UNNA);
      assertThat(kreis.kommuneFuer(Regionalcode.parse("05974"))).isEmpty();
      assertThat(kreis.umfasst(Raumbezug.of(STADT_UNNA))).isTrue();
      assertThat(kreis.umfasst(Raumbezug.of(KOELN))).isFalse();
      assertThat(kreis.kreisMitGemeinden()).contains(UNNA);
      assertThat(kreis).isEqualTo(Gebietsauswahl.kreisMitGemeinden(UNNA));
    }

    @Test
    @DisplayName("'alle' takes every Kommune but no Bund, Land or Regierungsbezirk")
    void alle() {
      assertThat(Gebietsauswahl.alle().kommuneFuer(Regionalcode.parse("09162")))
          .contains(Gemeindeschluessel.parse("09162000"));
      assertThat(Gebietsauswahl.alle().kommuneFuer(Regionalcode.parse("05"))).isEmpty();
      assertThat(Gebietsauswahl.alle().umfasst(Raumbezug.of(KOELN))).isTrue();
    }
  }

  @Nested
  @DisplayName("Zeitangabe")
  class ZeitangabeTest {

    @ParameterizedTest(name = "''{0}'' runs {1}..{2}")
    @CsvSource({
      "2023, 2023-01-01, 2023-12-31",
      "2024-12-31, 2024-12-31, 2024-12-31",
      "31.12.2022, 2022-12-31, 2022-12-31",
      "2023-10P6M, 2023-10-01, 2024-03-31",
      "2023-04-01P3M, 2023-04-01, 2023-06-30",
    })
    @DisplayName("reads the GENESIS time forms")
    void liest(String text, LocalDate beginn, LocalDate ende) {
      Zeitangabe z = Zeitangabe.parse(text);
      assertThat(z.beginn()).isEqualTo(beginn);
      assertThat(z.ende()).isEqualTo(ende);
      assertThat(z.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DG", "23", "2023-13-01", "31.02.2023", "2023-10P0M", "2023/24"})
    @DisplayName("rejects anything else, quoting it")
    void falsch(String text) {
      assertThatThrownBy(() -> Zeitangabe.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("gives the period holding the whole span, or none")
    void periode() {
      assertThat(Zeitangabe.parse("2023").periode(Periodizitaet.JAEHRLICH))
          .contains(Periode.jahr(2023));
      assertThat(Zeitangabe.parse("2023").periode(Periodizitaet.QUARTALSWEISE)).isEmpty();
      assertThat(Zeitangabe.parse("2024-12-31").periode(Periodizitaet.SCHULJAHR))
          .contains(Periode.schuljahr(2024));
      assertThat(Zeitangabe.parse("2023-10P6M").periode(Periodizitaet.SCHULJAHR))
          .contains(Periode.schuljahr(2023));
      assertThat(Zeitangabe.parse("2023-10P6M").periode(Periodizitaet.JAEHRLICH)).isEmpty();
    }

    @Test
    @DisplayName("gives a Stichtag for a day or a year, not for another span")
    void stichtag() {
      assertThat(Zeitangabe.parse("2023").stichtag()).contains(LocalDate.of(2023, 12, 31));
      assertThat(Zeitangabe.parse("15.05.2022").stichtag()).contains(LocalDate.of(2022, 5, 15));
      assertThat(Zeitangabe.parse("2023-10P6M").stichtag()).isEmpty();
      assertThatThrownBy(
              () -> new Zeitangabe("x", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("age labels and numbers")
  class Texte {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
      "unter 15 Jahre, 0-14",
      "Unter 10 Jahre, 0-9",
      "under 15 years, 0-14",
      "15 bis unter 20 Jahre, 15-19",
      "15 to under 20 years, 15-19",
      "10 bis 19 Jahre, 10-19",
      "75 Jahre und mehr, 75+",
      "80 Jahre und älter, 80+",
      "75 years and over, 75+",
      "6 Jahre, 6-6",
      "6-14, 6-14",
    })
    @DisplayName("reads age groups from labels")
    void alter(String label, String spanne) {
      assertThat(Altersgruppen.ausLabel(label)).contains(Altersspanne.parse(spanne));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Insgesamt", "Kita-Alter", "20 bis 10 Jahre", "unter 0 Jahre"})
    @DisplayName("finds no age group in other labels")
    void keinAlter(String label) {
      assertThat(Altersgruppen.ausLabel(label)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
        delimiter = '|',
        value = {"12 | 12", "-0,3 | -0.3", "+1.4 | 1.4", "35747,85 | 35747.85", "0007 | 7"})
    @DisplayName("reads decimal numbers strictly")
    void zahlen(String text, BigDecimal zahl) {
      assertThat(Zahlen.dezimal(text, ',', '.')).isEqualByComparingTo(zahl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1,2,3", "1.234,5", "1,", ",5", "1 234", "1e3", "x"})
    @DisplayName("rejects anything else")
    void keineZahl(String text) {
      assertThat(Zahlen.dezimal(text, ',', '.')).isNull();
    }
  }

  @Nested
  @DisplayName("Importzuordnung")
  class ImportzuordnungTest {

    @Test
    @DisplayName("builds a mapping step by step and describes it")
    void baut() {
      Importzuordnung z =
          Importzuordnung.indikator(
                  "BAU004", IndikatorRef.of("baulandpreis", 1), Periodizitaet.JAEHRLICH)
              .withAuswahl("BAUNW2", "BAUNW101")
              .withDimension("GES", Aufschluesselung.GESCHLECHT)
              .withRaummerkmal("KREISE")
              .withEinheit("EUR");
      assertThat(z.auswahl()).containsEntry("BAUNW2", "BAUNW101");
      assertThat(z.dimensionen()).containsExactly(Dimensionszuordnung.of("GES", "geschlecht"));
      assertThat(z.toString())
          .isEqualTo(
              "BAU004 → Indikator baulandpreis@1 (jährlich), Auswahl {BAUNW2=BAUNW101},"
                  + " Dimensionen GES→geschlecht, Raummerkmal KREISE, Einheit EUR");
    }

    @Test
    @DisplayName("rejects blank codes, a variable used twice and foreign population dimensions")
    void regeln() {
      assertThatThrownBy(() -> Importzuordnung.bevoelkerung(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("' '");
      assertThatThrownBy(
              () ->
                  Importzuordnung.bevoelkerung("BEVSTD")
                      .withAuswahl("GES", "GESM")
                      .withDimension("GES", "geschlecht"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("das Merkmal GES ist zweimal verwendet");
      assertThatThrownBy(
              () -> Importzuordnung.bevoelkerung("BEVSTD").withDimension("NAT", "nationalitaet"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'nationalitaet'");
      assertThatThrownBy(
              () -> Importzuordnung.bevoelkerung("BEVSTD").withDimension("GES", "Geschlecht"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Geschlecht'");
      assertThatThrownBy(
              () ->
                  Importzuordnung.bevoelkerung("BEVSTD")
                      .withAuswahl("KREISE", "05315")
                      .withRaummerkmal("KREISE"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("KREISE");
      assertThatThrownBy(
              () ->
                  Importzuordnung.indikator("X", IndikatorRef.of("x", 1), Periodizitaet.JAEHRLICH)
                      .withDimension("A", "d")
                      .withDimension("B", "d"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'d' ist zwei Merkmalen zugeordnet");
    }

    @Test
    @DisplayName("knows the regional variables; HERKLD (Land of origin) is none")
    void regionalmerkmale() {
      assertThat(Importzuordnung.istRegionalmerkmal("KREISE")).isTrue();
      assertThat(Importzuordnung.istRegionalmerkmal("GEOGM4")).isTrue();
      assertThat(Importzuordnung.istRegionalmerkmal("HERKLD")).isFalse();
      assertThat(Importzuordnung.istRegionalmerkmal("GES")).isFalse();
    }
  }

  @Nested
  @DisplayName("results")
  class Ergebnisse {

    private final Path datei = Path.of("daten.csv");

    @Test
    @DisplayName("Importfehler prints file, line, column and value; columns as letters for XLSX")
    void fehler() {
      assertThat(new Importfehler(datei, null, 7, 3, "raum", "5315000", "expected an AGS"))
          .hasToString("daten.csv, Zeile 7, Spalte 3 (raum), Wert '5315000': expected an AGS");
      assertThat(new Importfehler(datei, "Blatt1", 7, 28, "x", "1", "bad"))
          .hasToString("daten.csv [Blatt1], Zeile 7, Spalte AB (x), Wert '1': bad");
      assertThat(Importfehler.spaltenbuchstabe(1)).isEqualTo("A");
      assertThat(Importfehler.spaltenbuchstabe(26)).isEqualTo("Z");
      assertThat(Importfehler.spaltenbuchstabe(27)).isEqualTo("AA");
      assertThat(new Importfehler(datei, null, 1, 0, "", "x".repeat(500), "too long").wert())
          .isEqualTo("x".repeat(Importfehler.WERT_HOECHSTLAENGE) + "… (500 Zeichen)");
      assertThat(new Importfehler(datei, null, 2, 5, "", "a\u001B[31m\u202Eb\tc\u0000", "bad"))
          .as("control and bidirectional characters are shown, never sent to the terminal")
          .hasToString("daten.csv, Zeile 2, Spalte 5, Wert 'a\\e[31m\\u202Eb\\tc\\u0000': bad");
      assertThatThrownBy(() -> new Importfehler(datei, null, 0, 1, "", "", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
    }

    @Test
    @DisplayName("Importergebnis keeps no objects when dropped, and counts fit")
    void ergebnis() {
      Messwert m =
          Messwert.absolut(IndikatorRef.of("x", 1), Raumbezug.of(KOELN), Periode.jahr(2023), 1);
      assertThatThrownBy(
              () ->
                  new Importergebnis(
                      datei,
                      "f",
                      ImmutableList.of(m),
                      ImmutableList.of(),
                      ImmutableList.of(),
                      1,
                      1,
                      1,
                      1,
                      ImmutableMap.of(),
                      true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("verworfen");
      Importergebnis e =
          new Importergebnis(
              datei,
              "f",
              ImmutableList.of(m),
              ImmutableList.of(),
              ImmutableList.of(),
              0,
              0,
              3,
              3,
              ImmutableMap.of(Ueberspringgrund.ANDERES_GEBIET, 2L),
              false);
      assertThat(e.uebersprungenGesamt()).isEqualTo(2);
      assertThat(e.uebersprungen(Ueberspringgrund.DOPPELT)).isZero();
      assertThat(e.zusammenfassung())
          .isEqualTo(
              "daten.csv (f): 3 Zeilen gelesen, 1 Messwert, 0 Bevölkerungszahlen, 2 Werte"
                  + " übersprungen (anderes Gebiet: 2), 0 Fehler in 0 Zeilen");
    }

    @Test
    @DisplayName("Bevoelkerungszahl accepts only m, w, d and counts from 0")
    void bevoelkerungszahl() {
      LocalDate tag = LocalDate.of(2024, 12, 31);
      assertThatThrownBy(
              () -> new Bevoelkerungszahl(Raumbezug.of(KOELN), tag, Altersspanne.ab(0), "f", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'f'");
      assertThatThrownBy(
              () -> Bevoelkerungszahl.of(Raumbezug.of(KOELN), tag, Altersspanne.ab(0), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
      assertThat(
              new Bevoelkerungszahl(Raumbezug.of(KOELN), tag, Altersspanne.ab(0), "w", 1)
                  .geschlechtCode())
          .contains("w");
    }

    @Test
    @DisplayName("Importoptionen need positive limits")
    void optionen() {
      assertThatThrownBy(() -> Importoptionen.standard().withMaxGemeldeteFehler(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
      assertThatThrownBy(() -> Importoptionen.standard().withFortschritt(n -> {}, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
      assertThat(Importoptionen.standard().fehlerbehandlung())
          .isEqualTo(Fehlerbehandlung.ALLES_ODER_NICHTS);
    }

    @Test
    @DisplayName("GenesisWert needs either a number or a special value, and a known quality mark")
    void genesisWert() {
      Zeitangabe zeit = Zeitangabe.parse("2023");
      assertThatThrownBy(
              () ->
                  new GenesisWert(
                      2,
                      "1",
                      "JAHR",
                      zeit,
                      ImmutableList.of(),
                      "W",
                      "",
                      "",
                      10,
                      "",
                      null,
                      null,
                      ""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new GenesisWert(
                      2,
                      "1",
                      "JAHR",
                      zeit,
                      ImmutableList.of(),
                      "W",
                      "",
                      "",
                      10,
                      "1",
                      BigDecimal.ONE,
                      null,
                      "z"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'z'");
      assertThat(GenesisSonderzeichen.von(" ... "))
          .contains(GenesisSonderzeichen.FAELLT_SPAETER_AN);
      assertThat(GenesisSonderzeichen.von("..")).isEmpty();
      assertThat(GenesisSonderzeichen.NICHTS.zahl()).contains(BigDecimal.ZERO);
    }
  }
}
