package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Raumbezug;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GebietstabelleLeser: a wide table of areas (Stadtteilprofile) through a mapping")
class GebietstabelleLeserTest {

  @TempDir Path ordner;

  /** The shape of the Statistikamt Nord file: padded numbers, blanks, '-', '.', "- 23". */
  static final String TABELLE =
      "Stadtgebiet;Bevölkerung;Unter 18-Jährige;Alleinerziehende;Haushalte mit Kindern;"
          + "Wanderungssaldo;Preise in EUR/m²\n"
          + "Hamburg-Altstadt; 1 675    ;  162    ;  40    ;  107    ;-  23    ; 1 200\n"
          + "Harburg; 24 311    ; 3 602    ;  752    ; 2 306    ;  -    ;.\n"
          + "Leerstadt;  0    ;  -    ;  -    ;  -    ;  5    ;.\n"
          + "Harburg; 155 548    ; 26 494    ; 4 372    ; 16 011    ;  731    ;.\n"
          + "Hamburg;1 788 994    ; 280 364    ; 47 486    ; 174 309    ; 11 959    ;.\n";

  static final String ZUORDNUNG =
      "art;quelle;ziel;nenner;zeit\n"
          + "gebietsspalte;Stadtgebiet;;;\n"
          + "gebiet;Hamburg-Altstadt;02000000:101@1;;\n"
          + "gebiet;Harburg;02000000:701@1;;\n"
          + "gebiet;Leerstadt;02000000:716@1;;\n"
          + "gebiet;Harburg;02000000:7@1;;\n"
          + "gebiet;Hamburg;;;\n"
          + "bevoelkerung;Bevölkerung;insgesamt;;31.12.2013\n"
          + "bevoelkerung;Unter 18-Jährige;0-17;;31.12.2013\n"
          + "messwert;Alleinerziehende;hh-alleinerziehende@1;Haushalte mit Kindern;2013\n"
          + "messwert;Wanderungssaldo;hh-wanderungssaldo@1;;2013\n"
          + "messwert;Preise in EUR/m²;hh-preise@1;;2013\n";

  private Path datei(String name, String text) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Importergebnis lese(String tabelle, String zuordnung) throws IOException {
    return new GebietstabelleLeser()
        .lese(
            datei("tabelle.csv", tabelle),
            Tabellenzuordnung.lies(datei("zuordnung.csv", zuordnung)),
            Importoptionen.standard());
  }

  private static Messwert messwert(Importergebnis e, String indikator, String raum) {
    return e.messwerte().stream()
        .filter(
            m ->
                m.indikator().equals(IndikatorRef.parse(indikator))
                    && m.raum().equals(Raumbezug.parse(raum)))
        .findFirst()
        .orElseThrow();
  }

  /** A check that finds {@code angabe} of the objects of area {@code raum} wrong. */
  private static Importpruefung pruefung(String raum, Importpruefung.Angabe angabe) {
    return new Importpruefung() {
      @Override
      public Befund pruefe(Object objekt, Path datei, long zeile) {
        Raumbezug r = objekt instanceof Messwert m ? m.raum() : ((Bevoelkerungszahl) objekt).raum();
        return r.equals(Raumbezug.parse(raum)) ? Befund.fehler("falsch", angabe) : Befund.GUT;
      }

      @Override
      public void behalten(Object objekt, Path datei, long zeile) {}
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "RAUM, 1, Stadtgebiet, Hamburg-Altstadt",
    "NENNER, 5, Haushalte mit Kindern, 107",
    "WERT, 4, Alleinerziehende, 40",
    "PERIODE, 4, Alleinerziehende, 40", // the period comes from the mapping: at the value
  })
  @DisplayName("reports what the caller's check finds at the cell the wrong part came from")
  void pruefungAnDerRichtigenStelle(
      Importpruefung.Angabe angabe, int spalte, String spaltenname, String wert)
      throws IOException {
    Importergebnis e =
        new GebietstabelleLeser()
            .lese(
                datei("tabelle.csv", TABELLE),
                Tabellenzuordnung.lies(
                    datei(
                        "zuordnung.csv",
                        ZUORDNUNG
                            .replace(
                                "messwert;Wanderungssaldo;hh-wanderungssaldo@1;;2013\n"
                                    + "messwert;Preise in EUR/m²;hh-preise@1;;2013\n",
                                "")
                            .replace("bevoelkerung;Bevölkerung;insgesamt;;31.12.2013\n", "")
                            .replace("bevoelkerung;Unter 18-Jährige;0-17;;31.12.2013\n", ""))),
                Importoptionen.standard().withPruefung(pruefung("02000000:101@1", angabe)));

    assertThat(e.fehler())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.zeile()).isEqualTo(2);
              assertThat(f.spalte()).isEqualTo(spalte);
              assertThat(f.spaltenname()).isEqualTo(spaltenname);
              assertThat(f.wert()).isEqualTo(wert);
              assertThat(f.grund()).isEqualTo("falsch");
            });
  }

  @Test
  @DisplayName("reads the Statistikamt's number format into numerator and denominator")
  void gut() throws IOException {
    Importergebnis e = lese(TABELLE, ZUORDNUNG);

    assertThat(e.fehler()).isEmpty();
    assertThat(e.zeilenGelesen()).isEqualTo(5);
    Messwert altstadt = messwert(e, "hh-alleinerziehende@1", "02000000:101@1");
    assertThat(altstadt.zaehler()).isEqualByComparingTo("40");
    assertThat(altstadt.nenner()).isEqualByComparingTo("107");
    assertThat(messwert(e, "hh-wanderungssaldo@1", "02000000:101@1").zaehler())
        .isEqualByComparingTo("-23");
    assertThat(messwert(e, "hh-preise@1", "02000000:101@1").zaehler()).isEqualByComparingTo("1200");
    // the second "Harburg" is the Bezirk: the n-th row of a name goes to its n-th mapping entry
    assertThat(messwert(e, "hh-alleinerziehende@1", "02000000:7@1").nenner())
        .isEqualByComparingTo("16011");
    assertThat(messwert(e, "hh-alleinerziehende@1", "02000000:701@1").nenner())
        .isEqualByComparingTo("2306");
    // '-' is nothing: zero; '.' is unknown: a missing value
    assertThat(messwert(e, "hh-wanderungssaldo@1", "02000000:701@1").zaehler())
        .isEqualByComparingTo(BigDecimal.ZERO);
    Messwert unbekannt = messwert(e, "hh-preise@1", "02000000:701@1");
    assertThat(unbekannt.obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(unbekannt.zaehler()).isNull();
    // no households with children: no share, a missing value
    Messwert ohneNenner = messwert(e, "hh-alleinerziehende@1", "02000000:716@1");
    assertThat(ohneNenner.obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(ohneNenner.nenner()).isNull();
    // the row "Hamburg" is left out on purpose
    assertThat(e.messwerte()).noneMatch(m -> m.raum().equals(Raumbezug.parse("02000000")));
    assertThat(e.bevoelkerung())
        .contains(
            new Bevoelkerungszahl(
                Raumbezug.parse("02000000:7@1"),
                LocalDate.of(2013, 12, 31),
                Bevoelkerungszahl.ALLE_ALTER,
                null,
                155_548),
            new Bevoelkerungszahl(
                Raumbezug.parse("02000000:716@1"),
                LocalDate.of(2013, 12, 31),
                Altersspanne.parse("0-17"),
                null,
                0));
    assertThat(e.messwerte()).hasSize(12);
    assertThat(e.bevoelkerung()).hasSize(8);
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @DisplayName("reads numbers as the statistics offices print them")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 675    |1675",
        "1 788 994|1788994",
        "  9,7    |9.7",
        "-  23    |-23",
        "-5,25|-5.25",
        "12345|12345",
        "-|0"
      })
  void zahlen(String text, String zahl) {
    assertThat(GebietstabelleLeser.Zelle.lies(text.strip()).zahl()).isEqualByComparingTo(zahl);
  }

  @ParameterizedTest(name = "''{0}''")
  @DisplayName("rejects what is no number in that format")
  @CsvSource(
      delimiter = '|',
      value = {"1.675", "1 67", "12 3456", "1  675", "9,", ",5", "x", "--3", "1 675,5 5", "''"})
  void keineZahlen(String text) {
    assertThat(GebietstabelleLeser.Zelle.lies(text.strip()).fehler()).isNotNull();
  }

  @Nested
  @DisplayName("rejects bad input, naming file, line, column and value")
  class Fehler {

    @Test
    @DisplayName("a bad number: nothing is read, the error names line, column and value")
    void falscheZahl() throws IOException {
      Importergebnis e = lese(TABELLE.replace(" 3 602    ", " 3.602"), ZUORDNUNG);

      assertThat(e.messwerte()).isEmpty();
      assertThat(e.bevoelkerung()).isEmpty();
      assertThat(e.fehler()).hasSize(1);
      Importfehler f = e.fehler().get(0);
      assertThat(f.datei().getFileName().toString()).isEqualTo("tabelle.csv");
      assertThat(f.zeile()).isEqualTo(3);
      assertThat(f.spalte()).isEqualTo(3);
      assertThat(f.spaltenname()).isEqualTo("Unter 18-Jährige");
      assertThat(f.wert()).isEqualTo("3.602");
      assertThat(f.grund()).contains("1 675");
    }

    @Test
    @DisplayName("a row the mapping does not name is an error, not silently left out")
    void unbekanntesGebiet() throws IOException {
      Importergebnis e = lese(TABELLE + "Neuwerk; 30;-;-;-;-;.\n", ZUORDNUNG);

      assertThat(e.messwerte()).isEmpty();
      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.zeile()).isEqualTo(7);
                assertThat(f.spaltenname()).isEqualTo("Stadtgebiet");
                assertThat(f.wert()).isEqualTo("Neuwerk");
                assertThat(f.grund()).contains("nennt dieses Gebiet nicht");
              });
    }

    @Test
    @DisplayName("a mapped area missing from the table is an error")
    void fehlendesGebiet() throws IOException {
      Importergebnis e =
          lese(
              TABELLE.replace("Leerstadt;  0    ;  -    ;  -    ;  -    ;  5    ;.\n", ""),
              ZUORDNUNG);

      assertThat(e.messwerte()).isEmpty();
      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.wert()).isEqualTo("Leerstadt");
                assertThat(f.grund()).contains("Zeile 5").contains("die Tabelle hat es nicht");
              });
    }

    @Test
    @DisplayName("a negative population figure is an error of its cell")
    void negativeBevoelkerung() throws IOException {
      Importergebnis e = lese(TABELLE.replace(" 1 675    ", "-  1 675"), ZUORDNUNG);

      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.zeile()).isEqualTo(2);
                assertThat(f.spaltenname()).isEqualTo("Bevölkerung");
                assertThat(f.grund()).contains("ab 0");
              });
    }

    @Test
    @DisplayName("a column the mapping names but the table lacks makes the file unreadable")
    void fehlendeSpalte() {
      assertThatThrownBy(
              () -> lese(TABELLE.replace("Wanderungssaldo", "Saldo der Wanderungen"), ZUORDNUNG))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("tabelle.csv")
          .hasMessageContaining("keine Spalte 'Wanderungssaldo'");
    }

    @Test
    @DisplayName("a bad mapping lists every bad row with line, column and value")
    void schlechteZuordnung() {
      String schlecht =
          ZUORDNUNG
              .replace("02000000:101@1", "101")
              .replace("hh-wanderungssaldo@1", "Wanderungssaldo")
              .replace("bevoelkerung;Unter", "bevoelkrung;Unter");
      assertThatThrownBy(() -> Tabellenzuordnung.lies(datei("zuordnung.csv", schlecht)))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("zuordnung.csv")
          .hasMessageContaining("3 Fehler")
          .hasMessageContaining("Zeile 3, Spalte 3 (ziel), Wert '101'")
          .hasMessageContaining("Zeile 9, Spalte 1 (art), Wert 'bevoelkrung'")
          .hasMessageContaining("Zeile 11, Spalte 3 (ziel), Wert 'Wanderungssaldo'");
    }
  }
}
