package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.fuer;
import static de.kekiz.importe.Testdateien.genesis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Raumbezug;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("GenesisCsvLeser")
class GenesisCsvLeserTest {

  private static final GenesisCsvLeser LESER = new GenesisCsvLeser();
  private static final IndikatorRef REF = IndikatorRef.of("test-wert", 1);
  private static final Importzuordnung WERT =
      Importzuordnung.indikator("WERT01", REF, Periodizitaet.JAEHRLICH);

  private static final String KOPF_LANG =
      "\uFEFFstatistics_code;statistics_label;time_code;time_label;time;"
          + "1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
          + "value;value_unit;value_variable_code;value_variable_label;value_q";

  @TempDir Path ordner;

  private Path datei(String name, String... zeilen) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, String.join("\n", zeilen) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** A row of the long test layout: one Kreis, one value with quality mark. */
  private static String zeile(String kreis, String wert, String q) {
    return "99999;Test;JAHR;Jahr;2023;KREISE;Kreise;"
        + kreis
        + ";Kreis "
        + kreis
        + ";"
        + wert
        + ";Anzahl;WERT01;Testwert;"
        + q;
  }

  @Nested
  @DisplayName("special values and quality marks")
  class Sonderwerte {

    @ParameterizedTest(name = "''{1}'' with value_q ''{2}'' gives zaehler {3}, {4}, {5}")
    @CsvSource(
        delimiter = '|',
        value = {
          "05111 | -       |    | 0    | A | F",
          "05112 | .       |    |      | M | C",
          "05113 | ...     |    |      | M | F",
          "05114 | /       |    |      | M | F",
          "05116 | x       |    |      | M | F",
          "05117 |         |    |      | M | F",
          "05119 | 12      | p  | 12   | P | F",
          "05120 | 12      | s  | 12   | E | F",
          "05122 | 14      | () | 14   | E | F",
          "05124 | 35747,85| e  | 35747.85 | A | F",
          "05154 | +1.4    | r  | 1.4  | A | F",
          "05158 | -0,3    |    | -0.3 | A | F",
        })
    @DisplayName("map to numerator and SDMX status as documented")
    void abbildung(String kreis, String wert, String q, String zaehler, String obs, String conf)
        throws IOException {
      Path p =
          datei(
              "sonder.csv", KOPF_LANG, zeile(kreis, wert == null ? "" : wert, q == null ? "" : q));
      Importergebnis e = LESER.lese(p, WERT, fuer(Raumbezug.parse(kreis + "000").kommune()));
      assertThat(e.fehler()).isEmpty();
      Messwert m = e.messwerte().get(0);
      assertThat(m.zaehler()).isEqualTo(zaehler == null ? null : new BigDecimal(zaehler));
      assertThat(m.obsStatus()).isEqualTo(ObsStatus.parse(obs));
      assertThat(m.confStatus()).isEqualTo(ConfStatus.parse(conf));
    }

    @Test
    @DisplayName("a population figure without a number is skipped, '-' counts zero persons")
    void bevoelkerungOhneZahl() throws IOException {
      Path p =
          datei(
              "bev.csv",
              KOPF_LANG,
              zeile("05111", ".", ""),
              zeile("05112", "...", ""),
              zeile("05113", "-", ""),
              zeile("05114", "/", ""));
      Importergebnis e =
          LESER.lese(p, Importzuordnung.bevoelkerung("WERT01"), Importoptionen.standard());
      assertThat(e.fehler()).isEmpty();
      assertThat(e.uebersprungen(Ueberspringgrund.OHNE_ZAHL)).isEqualTo(3);
      assertThat(e.uebersprungen()).containsExactly(entry(Ueberspringgrund.OHNE_ZAHL, 3L));
      assertThat(Ueberspringgrund.OHNE_ZAHL.bezeichnung())
          .isEqualTo("Bevölkerungszahl ohne Zahlenwert");
      assertThat(e.bevoelkerung())
          .singleElement()
          .extracting(Bevoelkerungszahl::anzahl)
          .isEqualTo(0L);
    }

    @Test
    @DisplayName("an unknown quality mark and a non-number are errors naming the column")
    void unbekannt() throws IOException {
      Path p =
          datei("unbekannt.csv", KOPF_LANG, zeile("05111", "12", "q"), zeile("05112", "n/a", ""));
      Importergebnis e = LESER.lese(p, WERT, Importoptionen.standard());
      assertThat(e.fehler()).hasSize(2);
      assertThat(e.fehler().get(0).toString()).contains("Zeile 2", "Spalte 14 (value_q)", "'q'");
      assertThat(e.fehler().get(1).toString())
          .contains("Zeile 3", "Spalte 10 (value)", "'n/a'", "GENESIS-Sonderzeichen");
    }
  }

  @Test
  @DisplayName(
      "a file over the row limit of the options' Importgrenzen is refused, naming the limit")
  void zeilengrenze() throws IOException {
    Path p =
        datei(
            "drei.csv",
            KOPF_LANG,
            zeile("05111", "1", ""),
            zeile("05112", "2", ""),
            zeile("05113", "3", ""));
    Importgrenzen zwei = Importgrenzen.standard().withZeilenProDatei(2);
    assertThat(zwei.zeilenProDatei()).isEqualTo(2);
    assertThat(zwei.withXlsxEntpacktGesamt(4096).xlsxEntpacktGesamt()).isEqualTo(4096);
    assertThat(zwei.withXlsxEntpacktGesamt(4096).zeilenProDatei()).isEqualTo(2);
    Importoptionen optionen = Importoptionen.standard().withGrenzen(zwei);
    assertThat(LESER.lese(p, WERT, Importoptionen.standard()).messwerte()).hasSize(3);
    assertThatThrownBy(() -> LESER.lese(p, WERT, optionen))
        .isInstanceOfSatisfying(
            UnlesbareDateiException.class,
            f ->
                assertThat(f.grund())
                    .isEqualTo(
                        "Zeile 4: die Datei hat mehr als 2 Datenzeilen; bitte in mehrere Dateien"
                            + " aufteilen"));
  }

  @Test
  @DisplayName("the standard limits are the documented ones")
  void standardgrenzen() {
    Importgrenzen g = Importgrenzen.standard();
    assertThat(g.betragUnter()).isEqualByComparingTo("1000000000000");
    assertThat(g.nachkommastellen()).isEqualTo(4);
    assertThat(g.einwohnerHoechstens()).isEqualTo(20_000_000);
    assertThat(g.fruehestesJahr()).isEqualTo(1900);
    assertThat(g.spaetestesJahr()).isEqualTo(2100);
  }

  @Test
  @DisplayName(
      "each GENESIS special character is found by the text GENESIS writes, with its meaning")
  void sonderzeichenText() {
    for (GenesisSonderzeichen z : GenesisSonderzeichen.values()) {
      if (z != GenesisSonderzeichen.LEER) {
        assertThat(GenesisSonderzeichen.von(z.zeichen())).contains(z);
      }
      assertThat(z.bedeutung()).isNotBlank();
    }
    assertThat(GenesisSonderzeichen.NICHTS.zeichen()).isEqualTo("-");
    assertThat(GenesisSonderzeichen.NICHTS.bedeutung()).isEqualTo("nichts vorhanden (genau null)");
  }

  @Nested
  @DisplayName("file formats")
  class Formate {

    @Test
    @DisplayName("tells the current format (with BOM) from the 2024 format (without)")
    void erkennung() {
      assertThat(LESER.format(genesis("11111-02-01-4_1773174974558_de_flat.csv")))
          .isEqualTo(Genesisformat.LANG);
      assertThat(LESER.format(genesis("DE_11111-02-01-4.csv"))).isEqualTo(Genesisformat.BREIT);
      // English 2024 header repeats "1_variable_code" instead of attribute columns
      assertThat(LESER.format(genesis("EN_13111-0005.csv"))).isEqualTo(Genesisformat.BREIT);
      // Zensus 2011 in the long format, from the 2024 collection
      assertThat(LESER.format(genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv")))
          .isEqualTo(Genesisformat.LANG);
    }

    @Test
    @DisplayName("reads a long file without BOM and with CRLF line ends")
    void ohneBomMitCrlf() throws IOException {
      Path p = ordner.resolve("crlf.csv");
      Files.writeString(
          p,
          KOPF_LANG.substring(1) + "\r\n" + zeile("05315", "7", "") + "\r\n",
          StandardCharsets.UTF_8);
      Importergebnis e = LESER.lese(p, WERT, fuer(KOELN));
      assertThat(e.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(BigDecimal.valueOf(7));
    }

    @Test
    @DisplayName("refuses a GENESIS cube export with a clear message")
    void wuerfel() {
      Path p = genesis("cubefile-86e7c4-bdf8da-POST.csv");
      assertThatThrownBy(() -> LESER.lese(p, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("cubefile-86e7c4-bdf8da-POST.csv")
          .hasMessageContaining("Datenquader")
          .hasMessageContaining("ffcsv");
    }

    @Test
    @DisplayName("refuses a missing file, an empty file, a non-UTF-8 file and a foreign header")
    void unlesbar() throws IOException {
      Path fehlt = ordner.resolve("fehlt.csv");
      assertThatThrownBy(() -> LESER.lese(fehlt, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("fehlt.csv")
          .hasMessageContaining("die Datei gibt es nicht");

      Path leer = datei("leer.csv");
      assertThatThrownBy(() -> LESER.lese(leer, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("leer.csv")
          .hasMessageContaining("leer");

      Path latin1 = ordner.resolve("latin1.csv");
      Files.write(
          latin1,
          (KOPF_LANG.substring(1)
                  + "\n"
                  + zeile("05315", "7", "").replace("Kreis", "K\u00f6ln")
                  + "\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      assertThatThrownBy(() -> LESER.lese(latin1, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("latin1.csv")
          .hasMessageContaining("Zeile 2 ist kein UTF-8-Text");

      Path fremd =
          datei("fremd.csv", "raum;stichtag;altersgruppe;anzahl", "05315000;2024-12-31;0+;1");
      assertThatThrownBy(() -> LESER.lese(fremd, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("fremd.csv")
          .hasMessageContaining("'statistics_code'")
          .hasMessageContaining("gefunden: 'raum'");

      Path ohneWert =
          datei("ohnewert.csv", "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;Wert");
      assertThatThrownBy(() -> LESER.lese(ohneWert, WERT, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("Spalte 6")
          .hasMessageContaining("CODE__Label__Einheit");
    }

    @Test
    @DisplayName("reports a row with the wrong number of fields as a whole")
    void feldzahl() throws IOException {
      Path p = datei("felder.csv", KOPF_LANG, zeile("05315", "7", "") + ";zuviel");
      Importergebnis e = LESER.lese(p, WERT, fuer(KOELN));
      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.spalte()).isZero();
                assertThat(f.grund()).contains("15 Felder", "Kopfzeile 14");
                assertThat(f.toString()).contains("felder.csv, Zeile 2: die Zeile hat 15 Felder");
              });
    }
  }

  @Nested
  @DisplayName("bad rows")
  class Fehlerhafte {

    /** The 73111 excerpt with Köln's taxpayers written with a thousands separator. */
    private Path mitFehler() throws IOException {
      List<String> zeilen =
          Files.readAllLines(
              genesis("AUSZUG_73111-01-01-4_1773175092845_de_flat.csv"), StandardCharsets.UTF_8);
      List<String> neu = new ArrayList<>();
      for (String z : zeilen) {
        neu.add(
            z.replace(
                ";05315;Köln, kreisfreie Stadt;575849;", ";05315;Köln, kreisfreie Stadt;575 849;"));
      }
      assertThat(neu).isNotEqualTo(zeilen);
      Path p = ordner.resolve("73111_fehler.csv");
      Files.write(p, neu, StandardCharsets.UTF_8);
      return p;
    }

    private final Importzuordnung pflichtige =
        Importzuordnung.indikator(
            "LSNW01", IndikatorRef.of("steuerpflichtige", 1), Periodizitaet.JAEHRLICH);

    @Test
    @DisplayName("one bad row: nothing is imported by default, and the row is named")
    void allesOderNichts() throws IOException {
      Importergebnis e = LESER.lese(mitFehler(), pflichtige, Importoptionen.standard());
      assertThat(e.verworfen()).isTrue();
      assertThat(e.messwerte()).isEmpty();
      assertThat(e.fehlerGesamt()).isEqualTo(1);
      Importfehler f = e.fehler().get(0);
      assertThat(f.spalte()).isEqualTo(10);
      assertThat(f.spaltenname()).isEqualTo("value");
      assertThat(f.wert()).isEqualTo("575 849");
      assertThat(f.toString())
          .contains("73111_fehler.csv", "Zeile ", "Spalte 10 (value)", "'575 849'");
    }

    @Test
    @DisplayName("one bad row: with skip-bad-rows everything else is imported")
    void ueberspringen() throws IOException {
      Importergebnis alle =
          LESER.lese(
              genesis("AUSZUG_73111-01-01-4_1773175092845_de_flat.csv"),
              pflichtige,
              Importoptionen.standard());
      Importergebnis e =
          LESER.lese(
              mitFehler(),
              pflichtige,
              Importoptionen.standard()
                  .withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
      assertThat(alle.fehlerfrei()).isTrue();
      assertThat(e.messwerte()).hasSize(alle.messwerte().size() - 1);
      assertThat(e.messwerte()).extracting(Messwert::raum).doesNotContain(Raumbezug.of(KOELN));
      assertThat(e.fehlerhafteZeilen()).isEqualTo(1);
      assertThat(e.verworfen()).isFalse();
    }

    @Test
    @DisplayName("a regional code of unknown form, a wrong unit and a bad age label are errors")
    void abbildungsfehler() throws IOException {
      Path p = datei("kreis.csv", KOPF_LANG, zeile("0531", "7", ""));
      assertThat(LESER.lese(p, WERT, Importoptionen.standard()).fehler())
          .singleElement()
          .asString()
          .contains("Spalte 8 (1_variable_attribute_code)", "'0531'");
      Path q = datei("einheit.csv", KOPF_LANG, zeile("05315", "7", ""));
      assertThat(LESER.lese(q, WERT.withEinheit("Prozent"), Importoptionen.standard()).fehler())
          .singleElement()
          .asString()
          .contains("'Anzahl'", "'Prozent'");
    }

    @Test
    @DisplayName("at most the configured number of errors is listed, all are counted")
    void hoechstzahl() throws IOException {
      Path p =
          datei(
              "viele.csv",
              KOPF_LANG,
              zeile("05111", "?", ""),
              zeile("05112", "?", ""),
              zeile("05113", "?", ""));
      Importergebnis e = LESER.lese(p, WERT, Importoptionen.standard().withMaxGemeldeteFehler(2));
      assertThat(e.fehler()).hasSize(2);
      assertThat(e.fehlerGesamt()).isEqualTo(3);
      assertThat(e.fehlerhafteZeilen()).isEqualTo(3);
    }
  }

  @Nested
  @DisplayName("mapping")
  class Zuordnung {

    private static final String KOPF_ALTER =
        "statistics_code;statistics_label;time_code;time_label;time;"
            + "1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;"
            + "2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;"
            + "value;value_unit;value_variable_code;value_variable_label";

    private String alter(String code, String label, String wert) {
      return "12411;Bevölkerung;STAG;Stichtag;31.12.2023;GEMEIN;Gemeinden;05315000;Köln;ALTX;Alter;"
          + code
          + ";"
          + label
          + ";"
          + wert
          + ";Anzahl;BEVSTD;Bevölkerungsstand";
    }

    @Test
    @DisplayName("reads age groups from German labels and takes the total as all ages")
    void altersgruppen() throws IOException {
      Path p =
          datei(
              "alter.csv",
              KOPF_ALTER,
              alter("", "Insgesamt", "100"),
              alter("ALT000B03", "unter 3 Jahre", "10"),
              alter("ALT003B06", "3 bis unter 6 Jahre", "11"),
              alter("ALT006B14", "6 bis 14 Jahre", "30"),
              alter("ALT015UM", "15 Jahre und mehr", "49"));
      Importergebnis e =
          LESER.lese(
              p,
              Importzuordnung.bevoelkerung("BEVSTD")
                  .withDimension("ALTX", Aufschluesselung.ALTERSGRUPPE),
              fuer(KOELN));
      assertThat(e.fehler()).isEmpty();
      Map<Altersspanne, Long> nachAlter =
          e.bevoelkerung().stream()
              .collect(
                  Collectors.toMap(Bevoelkerungszahl::altersgruppe, Bevoelkerungszahl::anzahl));
      assertThat(nachAlter)
          .containsOnly(
              Map.entry(Altersspanne.ab(0), 100L),
              Map.entry(Altersspanne.of(0, 2), 10L),
              Map.entry(Altersspanne.of(3, 5), 11L),
              Map.entry(Altersspanne.of(6, 14), 30L),
              Map.entry(Altersspanne.ab(15), 49L));
      assertThat(e.bevoelkerung())
          .allSatisfy(
              b -> assertThat(b.stichtag()).isEqualTo(java.time.LocalDate.of(2023, 12, 31)));
    }

    @Test
    @DisplayName("an age label of unknown form is an error unless coded explicitly")
    void altersgruppeExplizit() throws IOException {
      Path p = datei("alter2.csv", KOPF_ALTER, alter("ALTKITA", "Kita-Alter", "7"));
      Importzuordnung ohne =
          Importzuordnung.bevoelkerung("BEVSTD")
              .withDimension("ALTX", Aufschluesselung.ALTERSGRUPPE);
      assertThat(LESER.lese(p, ohne, fuer(KOELN)).fehler())
          .singleElement()
          .asString()
          .contains("'Kita-Alter'", "bitte ausdrücklich zuordnen");
      Importzuordnung mit =
          Importzuordnung.bevoelkerung("BEVSTD")
              .withDimension(
                  Dimensionszuordnung.of("ALTX", Aufschluesselung.ALTERSGRUPPE)
                      .withCode("ALTKITA", "3-5"));
      assertThat(LESER.lese(p, mit, fuer(KOELN)).bevoelkerung())
          .singleElement()
          .extracting(Bevoelkerungszahl::altersgruppe)
          .isEqualTo(Altersspanne.of(3, 5));
    }

    @Test
    @DisplayName("keeps one of two equal values for the same key and reports different ones")
    void doppelt() throws IOException {
      Path gleich =
          datei("gleich.csv", KOPF_LANG, zeile("05315", "7", ""), zeile("05315", "7", ""));
      Importergebnis e = LESER.lese(gleich, WERT, fuer(KOELN));
      assertThat(e.messwerte()).hasSize(1);
      assertThat(e.uebersprungen(Ueberspringgrund.DOPPELT)).isEqualTo(1);
      Path anders =
          datei("anders.csv", KOPF_LANG, zeile("05315", "7", ""), zeile("05315", "8", ""));
      Importergebnis f = LESER.lese(anders, WERT, fuer(KOELN));
      assertThat(f.verworfen()).isTrue();
      assertThat(f.fehler())
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.zeile()).isEqualTo(3);
                assertThat(x.grund()).contains("Zeile 2", "mit einem anderen Wert");
              });
    }

    @Test
    @DisplayName("a named regional variable replaces the automatic choice")
    void raummerkmal() throws IOException {
      Path p =
          datei(
              "raum.csv",
              KOPF_LANG.replace("\uFEFF", ""),
              "99999;Test;JAHR;Jahr;2023;ORT;Orte;05315;Köln;5;Anzahl;WERT01;Testwert;");
      assertThat(LESER.lese(p, WERT, fuer(KOELN)).uebersprungen(Ueberspringgrund.OHNE_KOMMUNE))
          .isEqualTo(1);
      assertThat(LESER.lese(p, WERT.withRaummerkmal("ORT"), fuer(KOELN)).messwerte()).hasSize(1);
    }
  }

  @Test
  @DisplayName("streams raw values and reports progress every interval and at the end")
  void rohwerteUndFortschritt() {
    List<Long> fortschritt = new ArrayList<>();
    Importergebnis e =
        LESER.lese(
            genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
            Importzuordnung.bevoelkerung("BEVSTD"),
            fuer(KOELN).withFortschritt(fortschritt::add, 50));
    assertThat(fortschritt).containsExactly(50L, 100L, 150L, 200L, 202L);
    assertThat(e.zeilenGelesen()).isEqualTo(202);
    assertThat(e.datei()).endsWith(Path.of("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"));

    List<GenesisWert> werte = new ArrayList<>();
    long zeilen =
        LESER.leseWerte(
            genesis("DE_73111-01-01-4.csv"),
            werte::add,
            f -> {
              throw new AssertionError(f);
            });
    assertThat(zeilen).isEqualTo(538);
    Map<String, GenesisWert> koeln =
        werte.stream()
            .filter(w -> w.merkmal("KREISE").orElseThrow().auspraegungCode().equals("05315"))
            .collect(Collectors.toMap(GenesisWert::wertmerkmal, Function.identity()));
    assertThat(koeln).containsOnlyKeys("LSNW01", "EKF002", "LSNW02");
    assertThat(koeln.get("EKF002").einheit()).isEqualTo("Tsd. EUR");
    assertThat(koeln.get("EKF002").wertmerkmalLabel()).isEqualTo("Gesamtbetrag der Einkuenfte");
    assertThat(koeln.get("LSNW02").wertSpalte()).isEqualTo(12);
    // the flat file's first columns and its (absent) quality column, as read
    assertThat(koeln.get("EKF002").statistik()).isEqualTo("73111");
    assertThat(koeln.get("EKF002").zeitCode()).isEqualTo("JAHR");
    assertThat(koeln.get("EKF002").qualitaet()).isEmpty();
  }
}
