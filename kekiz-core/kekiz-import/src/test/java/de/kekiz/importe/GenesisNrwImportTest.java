package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.KREIS_UNNA;
import static de.kekiz.importe.Testdateien.STADT_UNNA;
import static de.kekiz.importe.Testdateien.UNNA;
import static de.kekiz.importe.Testdateien.fuer;
import static de.kekiz.importe.Testdateien.genesis;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every GENESIS test file that holds NRW data, imported for NRW Kommunen; the figures are checked
 * against the files' lines (quoted in the comments).
 */
@DisplayName("GENESIS imports of the NRW test files")
class GenesisNrwImportTest {

  private static final GenesisCsvLeser LESER = new GenesisCsvLeser();
  private static final Gemeindeschluessel REMSCHEID = Gemeindeschluessel.parse("05120000");
  private static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");
  private static final Gemeindeschluessel KLEVE = Gemeindeschluessel.parse("05154000");

  private static Importzuordnung absolut(String wertmerkmal, String indikator) {
    return Importzuordnung.indikator(
        wertmerkmal, IndikatorRef.of(indikator, 1), Periodizitaet.JAEHRLICH);
  }

  private static Map<Raumbezug, Messwert> nachRaum(Importergebnis e) {
    return e.messwerte().stream().collect(Collectors.toMap(Messwert::raum, Function.identity()));
  }

  private static BigDecimal zahl(String text) {
    return new BigDecimal(text);
  }

  private static Importergebnis fehlerfrei(Importergebnis e) {
    assertThat(e.fehler()).isEmpty();
    assertThat(e.fehlerfrei()).isTrue();
    assertThat(e.verworfen()).isFalse();
    return e;
  }

  @Nested
  @DisplayName("12411-01-01-4, population by Kreis and sex on 31.12.2024")
  class Bevoelkerung12411 {

    private final Importzuordnung nachGeschlecht =
        Importzuordnung.bevoelkerung("BEVSTD").withDimension("GES", Aufschluesselung.GESCHLECHT);

    @Test
    @DisplayName("gives Köln's population in total and by sex (German file)")
    void koeln() {
      // 05315;Köln, kreisfreie Stadt;GES;Geschlecht;;Insgesamt;1024621 / GESM 498050 / GESW 526571
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
                  nachGeschlecht,
                  fuer(KOELN)));
      LocalDate stichtag = LocalDate.of(2024, 12, 31);
      Raumbezug koeln = Raumbezug.of(KOELN);
      assertThat(e.bevoelkerung())
          .containsExactlyInAnyOrder(
              Bevoelkerungszahl.of(koeln, stichtag, Bevoelkerungszahl.ALLE_ALTER, 1_024_621),
              new Bevoelkerungszahl(koeln, stichtag, Bevoelkerungszahl.ALLE_ALTER, "m", 498_050),
              new Bevoelkerungszahl(koeln, stichtag, Bevoelkerungszahl.ALLE_ALTER, "w", 526_571));
      assertThat(e.messwerte()).isEmpty();
      assertThat(e.zeilenGelesen()).isEqualTo(202);
      assertThat(e.uebersprungen(Ueberspringgrund.ANDERES_GEBIET)).isEqualTo(199);
      assertThat(e.format()).isEqualTo(Genesisformat.LANG.bezeichnung());
    }

    @Test
    @DisplayName("gives the same figures from the English file")
    void englisch() {
      Importergebnis de =
          LESER.lese(
              genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
              nachGeschlecht,
              fuer(KOELN));
      Importergebnis en =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12411-01-01-4_1773175790049_en_flat.csv"),
                  nachGeschlecht,
                  fuer(KOELN)));
      assertThat(en.bevoelkerung()).containsExactlyInAnyOrderElementsOf(de.bevoelkerung());
    }

    @Test
    @DisplayName("without a sex dimension takes only the total and skips the rows by sex")
    void nurInsgesamt() {
      // 05978;Unna, Kreis;GES;Geschlecht;;Insgesamt;393784
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
                  Importzuordnung.bevoelkerung("BEVSTD"),
                  fuer(KREIS_UNNA)));
      assertThat(e.bevoelkerung())
          .containsExactly(
              Bevoelkerungszahl.of(
                  Raumbezug.of(KREIS_UNNA),
                  LocalDate.of(2024, 12, 31),
                  Bevoelkerungszahl.ALLE_ALTER,
                  393_784));
      assertThat(e.uebersprungen(Ueberspringgrund.ANDERE_AUSPRAEGUNG)).isEqualTo(2);
      assertThat(e.bevoelkerung().get(0).stand()).isPresent();
    }

    @Test
    @DisplayName("reads '-' of a dissolved Kreis as exactly zero persons")
    void aufgeloesterKreis() {
      // 05354;Aachen, Kreis;…;-;Anzahl;BEVSTD
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
                  Importzuordnung.bevoelkerung("BEVSTD"),
                  fuer(Gemeindeschluessel.parse("05354000"))));
      assertThat(e.bevoelkerung())
          .singleElement()
          .extracting(Bevoelkerungszahl::anzahl)
          .isEqualTo(0L);
    }
  }

  @Nested
  @DisplayName("1000A-0000, Zensus 2022 population by Gemeinde (12-digit ARS)")
  class Zensus2022 {

    @Test
    @DisplayName("gives Köln's population from its ARS 053150000000")
    void koeln() {
      // 053150000000;Köln, Stadt;1017355;Anzahl;PRS018;Personen
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_1000A-0000_1773175153999_de_flat.csv"),
                  Importzuordnung.bevoelkerung("PRS018"),
                  fuer(KOELN)));
      assertThat(e.bevoelkerung())
          .containsExactly(
              Bevoelkerungszahl.of(
                  Raumbezug.of(KOELN),
                  LocalDate.of(2022, 5, 15),
                  Bevoelkerungszahl.ALLE_ALTER,
                  1_017_355));
    }

    @Test
    @DisplayName("gives each of the 10 Gemeinden of the Kreis Unna for its own AGS")
    void kreisMitGemeinden() {
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_1000A-0000_1773175153999_de_flat.csv"),
                  Importzuordnung.bevoelkerung("PRS018"),
                  Importoptionen.standard().withGebiet(Gebietsauswahl.kreisMitGemeinden(UNNA))));
      assertThat(e.bevoelkerung()).hasSize(10);
      assertThat(e.bevoelkerung().stream().mapToLong(Bevoelkerungszahl::anzahl).sum())
          .isEqualTo(393_393);
      assertThat(e.bevoelkerung())
          .filteredOn(b -> b.raum().equals(Raumbezug.of(STADT_UNNA)))
          .singleElement()
          .extracting(Bevoelkerungszahl::anzahl)
          .isEqualTo(59_515L);
      assertThat(e.bevoelkerung())
          .allSatisfy(b -> assertThat(UNNA.enthaelt(b.raum().kommune())).isTrue());
    }
  }

  @Nested
  @DisplayName("1000A-0001, Zensus 2011 by Gemeinde (2024 collection, long format)")
  class Zensus2011 {

    @Test
    @DisplayName("gives Köln's population and density on 9 May 2011")
    void koeln() {
      // 053150000000;Köln, Stadt;1005775;Anzahl;PRS018 and 2482;Ew/qkm;PRS017
      Importergebnis bevoelkerung =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv"),
                  Importzuordnung.bevoelkerung("PRS018"),
                  fuer(KOELN)));
      assertThat(bevoelkerung.bevoelkerung())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.anzahl()).isEqualTo(1_005_775);
                assertThat(b.stichtag()).isEqualTo(LocalDate.of(2011, 5, 9));
              });
      Importergebnis dichte =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv"),
                  absolut("PRS017", "bevoelkerungsdichte").withEinheit("Ew/qkm"),
                  fuer(KOELN)));
      assertThat(dichte.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("2482"));
                assertThat(m.periode()).isEqualTo(Periode.jahr(2011));
              });
    }

    @Test
    @DisplayName("rejects a density as population: its unit is not 'Anzahl'")
    void einheitFalsch() {
      Importergebnis e =
          LESER.lese(
              genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv"),
              Importzuordnung.bevoelkerung("PRS017"),
              fuer(KOELN));
      assertThat(e.verworfen()).isTrue();
      assertThat(e.fehler()).singleElement().asString().contains("Ew/qkm", "Anzahl");
    }
  }

  @Nested
  @DisplayName("11111-02-01-4, number of Gemeinden per Kreis")
  class Gebietsstand {

    @Test
    @DisplayName("current format: Kreis Unna has 10 Gemeinden, Köln 1 (2024)")
    void aktuell() {
      Importergebnis unna =
          fehlerfrei(
              LESER.lese(
                  genesis("11111-02-01-4_1773174974558_de_flat.csv"),
                  absolut("GEM001", "zahl-der-gemeinden"),
                  fuer(KREIS_UNNA)));
      assertThat(unna.messwerte())
          .containsExactly(
              Messwert.absolut(
                  IndikatorRef.of("zahl-der-gemeinden", 1),
                  Raumbezug.of(KREIS_UNNA),
                  Periode.jahr(2024),
                  10));
      assertThat(unna.zeilenGelesen()).isEqualTo(489);
      Importergebnis koeln =
          fehlerfrei(
              LESER.lese(
                  genesis("11111-02-01-4_1773174974558_de_flat.csv"),
                  absolut("GEM001", "zahl-der-gemeinden"),
                  fuer(KOELN)));
      assertThat(koeln.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(BigDecimal.ONE);
    }

    @Test
    @DisplayName("current format: Aachen's '.' becomes a missing, confidential value")
    void aachenPunkt() {
      // 05334002;Aachen, kreisfreie Stadt;.;Anzahl;GEM001
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("11111-02-01-4_1773174974558_de_flat.csv"),
                  absolut("GEM001", "zahl-der-gemeinden"),
                  Importoptionen.standard()
                      .withGebiet(
                          Gebietsauswahl.kreisMitGemeinden(Kreisschluessel.parse("05334")))));
      Map<Raumbezug, Messwert> m = nachRaum(e);
      assertThat(m)
          .containsOnlyKeys(
              Raumbezug.of(AACHEN), Raumbezug.of(Gemeindeschluessel.parse("05334000")));
      Messwert aachen = m.get(Raumbezug.of(AACHEN));
      assertThat(aachen.zaehler()).isNull();
      assertThat(aachen.obsStatus()).isEqualTo(ObsStatus.M);
      assertThat(aachen.confStatus()).isEqualTo(ConfStatus.C);
      assertThat(aachen.veroeffentlichbar()).isFalse();
    }

    @Test
    @DisplayName(
        "2024 format: Kreis Unna has 10 Gemeinden on 31.12.2022; Bund, Land and"
            + " Regierungsbezirk rows have no Kommune")
    void breit() {
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("DE_11111-02-01-4.csv"),
                  absolut("GEM001", "zahl-der-gemeinden"),
                  fuer(KREIS_UNNA)));
      assertThat(e.format()).isEqualTo(Genesisformat.BREIT.bezeichnung());
      assertThat(e.messwerte())
          .containsExactly(
              Messwert.absolut(
                  IndikatorRef.of("zahl-der-gemeinden", 1),
                  Raumbezug.of(KREIS_UNNA),
                  Periode.jahr(2022),
                  10));
      // 538 rows: DG, 16 Länder, 35 Regierungsbezirke have no Kommune
      assertThat(e.zeilenGelesen()).isEqualTo(538);
      assertThat(e.uebersprungen(Ueberspringgrund.OHNE_KOMMUNE)).isEqualTo(1 + 16 + 35);
    }
  }

  @Nested
  @DisplayName("73111-01-01-4, Lohn- und Einkommensteuer by Kreis")
  class Einkommensteuer {

    @Test
    @DisplayName("current format: Köln has 575,849 taxpayers and 6,108,837 Tsd. EUR tax in 2021")
    void aktuell() {
      Importergebnis pflichtige =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_73111-01-01-4_1773175092845_de_flat.csv"),
                  absolut("LSNW01", "steuerpflichtige").withEinheit("Anzahl"),
                  fuer(KOELN)));
      assertThat(pflichtige.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("575849"));
                assertThat(m.periode()).isEqualTo(Periode.jahr(2021));
                assertThat(m.obsStatus()).isEqualTo(ObsStatus.A);
              });
      assertThat(pflichtige.uebersprungen(Ueberspringgrund.ANDERES_WERTMERKMAL)).isEqualTo(138);
      Importergebnis steuer =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_73111-01-01-4_1773175092845_de_flat.csv"),
                  absolut("LSNW02", "lohn-einkommensteuer").withEinheit("Tsd. EUR"),
                  fuer(KOELN)));
      assertThat(steuer.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(zahl("6108837"));
    }

    @Test
    @DisplayName("2024 format: each of the three value columns of Köln's row in 2019")
    void breit() {
      // 05315;Köln, kreisfreie Stadt;577696;27174414;5608019
      Map<String, String> erwartet =
          Map.of("LSNW01", "577696", "EKF002", "27174414", "LSNW02", "5608019");
      for (Map.Entry<String, String> spalte : erwartet.entrySet()) {
        Importergebnis e =
            fehlerfrei(
                LESER.lese(
                    genesis("DE_73111-01-01-4.csv"),
                    absolut(spalte.getKey(), "steuer"),
                    fuer(KOELN)));
        assertThat(e.messwerte())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.zaehler()).isEqualTo(zahl(spalte.getValue()));
                  assertThat(m.periode()).isEqualTo(Periode.jahr(2019));
                });
        assertThat(e.zeilenGelesen()).isEqualTo(538);
        assertThat(e.werteGelesen()).isEqualTo(3 * 538);
      }
    }
  }

  @Nested
  @DisplayName("61511-01-03-4, Kaufwerte für Bauland by Kreis")
  class Bauland {

    @Test
    @DisplayName(
        "current format: Köln's mean price per m² is 778.43 EUR in total and 1060.08"
            + " EUR for baureifes Land (decimal comma)")
    void aktuell() {
      Importergebnis insgesamt =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_61511-01-03-4_1773175078131_de_flat.csv"),
                  absolut("BAU004", "baulandpreis"),
                  fuer(KOELN)));
      assertThat(insgesamt.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(zahl("778.43"));
      Importergebnis baureif =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_61511-01-03-4_1773175078131_de_flat.csv"),
                  absolut("BAU004", "baulandpreis").withAuswahl("BAUNW2", "BAUNW101"),
                  fuer(KOELN)));
      assertThat(baureif.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(zahl("1060.08"));
    }

    @Test
    @DisplayName("current format: a breakdown dimension keeps both Köln rows apart")
    void dimension() {
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_61511-01-03-4_1773175078131_de_flat.csv"),
                  absolut("BAU004", "baulandpreis").withDimension("BAUNW2", "bauland"),
                  fuer(KOELN)));
      assertThat(e.messwerte())
          .extracting(Messwert::aufschluesselung, Messwert::zaehler)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(Aufschluesselung.INSGESAMT, zahl("778.43")),
              org.assertj.core.groups.Tuple.tuple(
                  Aufschluesselung.of("bauland", "BAUNW101"), zahl("1060.08")));
    }

    @Test
    @DisplayName("current format: Essen's secret area '.' is missing and confidential")
    void essenPunkt() {
      // 05113;Essen;BAUNW2;…;BAUNW101;baureifes Land;.;1000 qm;BAU002
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_61511-01-03-4_1773175078131_de_flat.csv"),
                  absolut("BAU002", "baulandflaeche").withAuswahl("BAUNW2", "BAUNW101"),
                  fuer(Gemeindeschluessel.parse("05113000"))));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isNull();
                assertThat(m.obsStatus()).isEqualTo(ObsStatus.M);
                assertThat(m.confStatus()).isEqualTo(ConfStatus.C);
              });
    }

    @Test
    @DisplayName("2024 format: Köln's four value columns of 2022")
    void breit() {
      // 05315;Köln;BAUNW2;Baulandverkäufe;;Insgesamt;93;117;82893;710,39
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_61511-01-03-4.csv"),
                  absolut("BAU004", "baulandpreis").withEinheit("EUR"),
                  fuer(KOELN)));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("710.39"));
                assertThat(m.periode()).isEqualTo(Periode.jahr(2022));
              });
      Importergebnis faelle =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_61511-01-03-4.csv"),
                  absolut("BAU001", "baulandfaelle"),
                  fuer(KOELN)));
      assertThat(faelle.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(zahl("93"));
    }
  }

  @Nested
  @DisplayName("AI-N-01-2-5, Regionalatlas by Gemeinde")
  class Regionalatlas {

    @Test
    @DisplayName("current format: Köln's share of settlement area is 60.4 % in 2023")
    void koeln() {
      // 05315000;Köln, kreisfreie Stadt;60,4;Prozent;AI0111
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_AI-N-01-2-5_1773175147935_de_flat.csv"),
                  absolut("AI0111", "siedlungsflaeche").withEinheit("Prozent"),
                  fuer(KOELN)));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("60.4"));
                assertThat(m.periode()).isEqualTo(Periode.jahr(2023));
              });
    }

    @Test
    @DisplayName("current format: a Kreis import takes the 10 Gemeinden of the Kreis Unna")
    void kreisUnna() {
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_AI-N-01-2-5_1773175147935_de_flat.csv"),
                  absolut("AI0111", "siedlungsflaeche"),
                  Importoptionen.standard().withGebiet(Gebietsauswahl.kreisMitGemeinden(UNNA))));
      Map<Raumbezug, Messwert> m = nachRaum(e);
      assertThat(m).hasSize(10);
      // 05978036;Unna, Stadt;30,3 and 05978032;Selm, Stadt;21,4
      assertThat(m.get(Raumbezug.of(STADT_UNNA)).zaehler()).isEqualTo(zahl("30.3"));
      assertThat(m.get(Raumbezug.parse("05978032")).zaehler()).isEqualTo(zahl("21.4"));
    }

    @Test
    @DisplayName(
        "2024 format: Köln (5-digit code 05315) 60.3 % and change 0.1 % in 2022; the"
            + " Kreis Unna row and its Gemeinden")
    void breit() {
      Importergebnis koeln =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_AI-N-01-2-5.csv"),
                  absolut("AI0112", "siedlungsflaeche-veraenderung").withEinheit("Prozent"),
                  fuer(KOELN)));
      assertThat(koeln.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(zahl("0.1"));
      Importergebnis unna =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_DE_AI-N-01-2-5.csv"),
                  absolut("AI0111", "siedlungsflaeche"),
                  Importoptionen.standard().withGebiet(Gebietsauswahl.kreisMitGemeinden(UNNA))));
      Map<Raumbezug, Messwert> m = nachRaum(unna);
      assertThat(m).hasSize(11);
      // 05978;      Unna, Kreis;31,8;0,4
      assertThat(m.get(Raumbezug.of(KREIS_UNNA)).zaehler()).isEqualTo(zahl("31.8"));
    }
  }

  @Nested
  @DisplayName("12211-Z-11, Mikrozensus Lebensformen by Kreis (quality marks)")
  class Mikrozensus {

    @Test
    @DisplayName("Köln's total (code LB-INS, label Insgesamt) is 601 thousand, final ('e')")
    void koeln() {
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12211-Z-11_1773175349407_de_flat.csv"),
                  absolut("LBFMZ01", "lebensformen").withEinheit("1000"),
                  fuer(KOELN)));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("601"));
                assertThat(m.obsStatus()).isEqualTo(ObsStatus.A);
                assertThat(m.periode()).isEqualTo(Periode.jahr(2019));
              });
    }

    @Test
    @DisplayName("Remscheid's families with children '14' of limited validity '()' become E")
    void remscheidKlammern() {
      // 05120;Remscheid;LBFORM01;…;FAMILIEN;Familien mit Kind(ern);14;1000;LBFMZ01;…;()
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("AUSZUG_12211-Z-11_1773175349407_de_flat.csv"),
                  absolut("LBFMZ01", "familien-mit-kindern").withAuswahl("LBFORM01", "FAMILIEN"),
                  fuer(REMSCHEID)));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("14"));
                assertThat(m.obsStatus()).isEqualTo(ObsStatus.E);
                assertThat(m.confStatus()).isEqualTo(ConfStatus.F);
              });
    }

    @Test
    @DisplayName("a thousands table is refused as population")
    void keineBevoelkerung() {
      Importergebnis e =
          LESER.lese(
              genesis("AUSZUG_12211-Z-11_1773175349407_de_flat.csv"),
              Importzuordnung.bevoelkerung("LBFMZ01"),
              fuer(KOELN));
      assertThat(e.anzahl()).isZero();
      assertThat(e.fehler()).singleElement().asString().contains("'1000'");
    }
  }

  @Nested
  @DisplayName("21311-01-01-4-B, Studierende by Kreis (semester time)")
  class Studierende {

    private final Importzuordnung weiblichAgrar =
        Importzuordnung.indikator(
                "HS-W02", IndikatorRef.of("studierende", 1), Periodizitaet.SCHULJAHR)
            .withAuswahl("GESINS", "GESW")
            .withAuswahl("HS-FG2", "HS-FG07");

    @Test
    @DisplayName("the winter semester 2023-10P6M is the school year 2023/24: Kleve 134")
    void kleve() {
      // 05154;Kleve,
      // Kreis;GESINS;…;GESW;weiblich;NAT01;…;INSGESAMT;Insgesamt;HS-FG2;…;HS-FG07;…;134
      Importergebnis e =
          fehlerfrei(
              LESER.lese(
                  genesis("SAMPLE_first200rows_21311-01-01-4-B_1773175045085_de_flat.csv"),
                  weiblichAgrar,
                  fuer(KLEVE)));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("134"));
                assertThat(m.periode()).isEqualTo(Periode.schuljahr(2023));
              });
    }

    @Test
    @DisplayName("a semester fits no calendar year: every taken row is an error")
    void keinKalenderjahr() {
      Importergebnis e =
          LESER.lese(
              genesis("SAMPLE_first200rows_21311-01-01-4-B_1773175045085_de_flat.csv"),
              Importzuordnung.indikator(
                      "HS-W02", IndikatorRef.of("studierende", 1), Periodizitaet.JAEHRLICH)
                  .withAuswahl("GESINS", "GESW")
                  .withAuswahl("HS-FG2", "HS-FG07"),
              fuer(KLEVE));
      assertThat(e.verworfen()).isTrue();
      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.zeile()).isEqualTo(3);
                assertThat(f.spalte()).isEqualTo(5);
                assertThat(f.wert()).isEqualTo("2023-10P6M");
                assertThat(f.grund()).contains("jährlich");
              });
    }
  }

  @Nested
  @DisplayName("Tables at Land level only: NRW values are read but belong to no Kommune")
  class Landesebene {

    private List<GenesisWert> nrw(String datei) {
      List<GenesisWert> werte = new ArrayList<>();
      List<Importfehler> fehler = new ArrayList<>();
      LESER.leseWerte(
          genesis(datei),
          w -> {
            if (w.merkmale().stream()
                .anyMatch(
                    m ->
                        Importzuordnung.istRegionalmerkmal(m.code())
                            && m.auspraegungCode().equals("05"))) {
              werte.add(w);
            }
          },
          fehler::add);
      assertThat(fehler).isEmpty();
      assertThat(werte).isNotEmpty();
      return werte;
    }

    private void nichtsFuerKoeln(String datei, String wertmerkmal) {
      Importergebnis e =
          fehlerfrei(LESER.lese(genesis(datei), absolut(wertmerkmal, "land"), fuer(KOELN)));
      assertThat(e.anzahl()).isZero();
      assertThat(e.uebersprungen(Ueberspringgrund.OHNE_KOMMUNE)).isPositive();
      assertThat(e.uebersprungen(Ueberspringgrund.ANDERES_GEBIET)).isZero();
    }

    @Test
    @DisplayName("1000A-2022 (both exports): NRW has 2,083,706 persons aged 20 to 29")
    void zensusAlter() {
      for (String datei :
          List.of(
              "AUSZUG_1000A-2022_1773175355216_de_flat.csv",
              "AUSZUG_1000A-2022_1773175384628_de_flat.csv")) {
        assertThat(nrw(datei))
            .filteredOn(
                w ->
                    w.wertmerkmal().equals("PRS018")
                        && w.merkmal("ALTGR2")
                            .map(m -> m.auspraegungCode().equals("ALT020B029"))
                            .orElse(false)
                        && w.merkmal("WDGAT2").map(GenesisMerkmal::insgesamt).orElse(false))
            .singleElement()
            .extracting(GenesisWert::zahl)
            .isEqualTo(zahl("2083706"));
        nichtsFuerKoeln(datei, "PRS018");
      }
    }

    @Test
    @DisplayName("23311-0010 (both formats): NRW's '/' and '...' are missing values")
    void schwangerschaftsabbrueche() {
      List<GenesisWert> aktuell = nrw("AUSZUG_23311-0010_1773174933810_de_flat.csv");
      assertThat(aktuell)
          .extracting(GenesisWert::sonderzeichen)
          .contains(
              GenesisSonderzeichen.NICHT_SICHER_GENUG, GenesisSonderzeichen.FAELLT_SPAETER_AN);
      assertThat(aktuell)
          .filteredOn(w -> w.sonderzeichen() == GenesisSonderzeichen.NICHT_SICHER_GENUG)
          .allSatisfy(
              w -> {
                assertThat(w.zaehler()).isNull();
                assertThat(w.obsStatus()).isEqualTo(ObsStatus.M);
                assertThat(w.confStatus()).isEqualTo(ConfStatus.F);
              });
      assertThat(nrw("AUSZUG_DE_23311-0010.csv"))
          .extracting(GenesisWert::sonderzeichen)
          .contains(GenesisSonderzeichen.NICHTS);
      nichtsFuerKoeln("AUSZUG_23311-0010_1773174933810_de_flat.csv", "GESABB");
      nichtsFuerKoeln("AUSZUG_DE_23311-0010.csv", "GESABB");
    }

    @Test
    @DisplayName("13111-0005 (German and English): 7,219,704 employees in NRW on 31.12.2021")
    void beschaeftigte() {
      for (String datei : List.of("DE_13111-0005.csv", "EN_13111-0005.csv")) {
        assertThat(nrw(datei))
            .filteredOn(
                w ->
                    w.merkmal("GES").orElseThrow().insgesamt()
                        && w.zeit().beginn().equals(LocalDate.of(2021, 12, 31)))
            .singleElement()
            .satisfies(
                w -> {
                  assertThat(w.zahl()).isEqualTo(zahl("7219704"));
                  assertThat(w.wertmerkmal()).isEqualTo("ERW065");
                });
        nichtsFuerKoeln(datei, "ERW065");
      }
    }

    @Test
    @DisplayName("61111-0021: NRW's rent index of January 2020 is 99.6; later months are '...'")
    void mietindex() {
      List<GenesisWert> werte = nrw("DE_61111-0021.csv");
      assertThat(werte)
          .filteredOn(
              w ->
                  w.zeit().text().equals("2020")
                      && w.merkmal("MONAT").orElseThrow().auspraegungCode().equals("MONAT01"))
          .singleElement()
          .extracting(GenesisWert::zahl)
          .isEqualTo(zahl("99.6"));
      assertThat(werte)
          .filteredOn(w -> w.sonderzeichen() == GenesisSonderzeichen.FAELLT_SPAETER_AN)
          .hasSize(8);
      nichtsFuerKoeln("DE_61111-0021.csv", "PRE034");
    }

    @Test
    @DisplayName(
        "86000U-Z-01: NRW's environmental taxes 2020 are 11,065,039 Tsd. EUR; 'x' is" + " blocked")
    void umweltsteuern() {
      List<GenesisWert> werte = nrw("AUSZUG_DE_86000U-Z-01.csv");
      assertThat(werte)
          .filteredOn(
              w ->
                  w.zeit().text().equals("2020")
                      && w.wertmerkmal().equals("ID0005")
                      && w.merkmal("UMWSTE").orElseThrow().insgesamt())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.zahl()).isEqualTo(zahl("11065039"));
                assertThat(w.einheit()).isEqualTo("Tsd. EUR");
              });
      assertThat(werte)
          .filteredOn(w -> w.sonderzeichen() == GenesisSonderzeichen.GESPERRT)
          .isNotEmpty()
          .allSatisfy(w -> assertThat(w.obsStatus()).isEqualTo(ObsStatus.M));
      nichtsFuerKoeln("AUSZUG_DE_86000U-Z-01.csv", "ID0005");
    }
  }

  @Nested
  @DisplayName("52411-02-01-4 (2024), malformed server output")
  class Fehlerhaft {

    private final Importzuordnung arbeitnehmer = absolut("ISVNW1", "insolvenz-arbeitnehmer");

    @Test
    @DisplayName("imports nothing and names file, line, column and value of each shifted row")
    void nichts() {
      Importergebnis e = LESER.lese(genesis("DE_52411-02-01-4.csv"), arbeitnehmer, fuer(KOELN));
      assertThat(e.verworfen()).isTrue();
      assertThat(e.anzahl()).isZero();
      assertThat(e.fehlerhafteZeilen()).isEqualTo(538);
      assertThat(e.fehlerGesamt()).isEqualTo(538);
      assertThat(e.zeilenGelesen()).isEqualTo(1076);
      Importfehler erster = e.fehler().get(0);
      assertThat(erster.zeile()).isEqualTo(2);
      assertThat(erster.spalte()).isEqualTo(5);
      assertThat(erster.spaltenname()).isEqualTo("Zeit");
      assertThat(erster.wert()).isEmpty();
      assertThat(erster.toString())
          .contains(
              "DE_52411-02-01-4.csv",
              "Zeile 2",
              "Spalte 5 (Zeit)",
              "Wert ''",
              "keine Zeitangabe",
              "verschoben",
              "'KREISE'");
      // Köln's shifted row is reported too
      assertThat(e.fehler()).anySatisfy(f -> assertThat(f.zeile()).isEqualTo(95));
      assertThat(e.zusammenfassung()).contains("538 Fehler", "nichts importiert");
    }

    @Test
    @DisplayName("with skip-bad-rows imports Köln's well-formed row: 671 employees, 2022")
    void ueberspringen() {
      // 633: 52411;…;2022;KREISE;…;05315;      Köln, kreisfreie Stadt;;671;192104
      Importergebnis e =
          LESER.lese(
              genesis("DE_52411-02-01-4.csv"),
              arbeitnehmer,
              fuer(KOELN).withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
      assertThat(e.verworfen()).isFalse();
      assertThat(e.fehlerhafteZeilen()).isEqualTo(538);
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isEqualTo(zahl("671"));
                assertThat(m.periode()).isEqualTo(Periode.jahr(2022));
              });
    }

    @Test
    @DisplayName("the empty value column (unit 'MeasureUnitNotFound!') gives missing values")
    void leereSpalte() {
      Importergebnis e =
          LESER.lese(
              genesis("DE_52411-02-01-4.csv"),
              absolut("ISV006", "insolvenzverfahren"),
              fuer(KOELN).withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
      assertThat(e.messwerte())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.zaehler()).isNull();
                assertThat(m.obsStatus()).isEqualTo(ObsStatus.M);
                assertThat(m.confStatus()).isEqualTo(ConfStatus.F);
              });
    }
  }
}
