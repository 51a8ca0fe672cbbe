package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.absolut;
import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.messwerte;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Anzeigetext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

@DisplayName("kekiz import")
class ImportBefehlTest {

  static final Gemeindeschluessel KOELN = KekizFixtures.KOELN;
  static final LocalDate ENDE_2024 = LocalDate.of(2024, 12, 31);

  /**
   * A database with Köln (without its 2024 population figure), the Kreis Unna and its Gemeinden.
   */
  @TempDir static Path vorlage;

  @TempDir Path ordner;

  Path daten;

  @BeforeAll
  static void vorlageAnlegen() {
    Beispielkommune koeln = KekizFixtures.koeln();
    Kommune ohne2024 =
        koeln.kommune().toBuilder()
            .bevoelkerung(
                koeln.kommune().bevoelkerung().stream()
                    .filter(b -> !b.stichtag().equals(ENDE_2024))
                    .toList())
            .build();
    List<Beispielkommune> beispiele = new ArrayList<>();
    beispiele.add(
        new Beispielkommune(
            ohne2024, koeln.leitbild(), koeln.kette(), koeln.indikatoren(), koeln.messwerte()));
    beispiele.add(KekizFixtures.kreisUnna());
    beispiele.addAll(KekizFixtures.gemeindenKreisUnna());
    Kommandozeile.lade(vorlage, beispiele);
    mitDatenbank(
        vorlage,
        db -> {
          db.persistenz().indikatoren().save(absolut("insolvenz-arbeitnehmer"));
          // zahl-der-gemeinden@1 comes with the example data (kekiz import --help uses it)
          return null;
        });
  }

  @BeforeEach
  void kopieren() throws IOException {
    daten = ordner.resolve("daten");
    Files.createDirectories(daten);
    Kommandozeile.kopiereDatenordner(vorlage, daten);
  }

  private Lauf importiere(String... args) {
    List<String> alle = new ArrayList<>(List.of("import", "--daten", daten.toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  private Path datei(String name, String... zeilen) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, String.join("\n", zeilen) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static OptionalLong einwohner(Kommune k, LocalDate stichtag, Altersspanne alter) {
    return k.bevoelkerung().stream()
        .filter(b -> b.stichtag().equals(stichtag) && b.altersgruppe().equals(alter))
        .mapToLong(b -> b.anzahl())
        .reduce(Long::sum);
  }

  private Optional<Messwert> messwert(MesswertSchluessel s) {
    return mitDatenbank(daten, db -> db.persistenz().messwerte().find(s));
  }

  @Nested
  @DisplayName("of GENESIS exports")
  class Genesis {

    @Test
    @DisplayName("stores Köln's population from table 12411 (BEVSTD) in the Kommune and exits 0")
    void bevoelkerung() {
      long vorher = messwerte(daten, KOELN);
      assertThat(einwohner(kommune(daten, KOELN), ENDE_2024, Altersspanne.ab(0))).isEmpty();

      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "BEVSTD",
              "--als",
              "bevoelkerung",
              genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out())
          .contains("Import für Köln (AGS 05315000)")
          .contains("202 Zeilen gelesen, 0 Messwerte, 1 Bevölkerungszahl")
          .contains("Importiert: 0 Messwerte, 1 Bevölkerungszahl")
          .contains("Bevölkerung von Köln (05315000) aktualisiert");
      assertThat(l.err().lines())
          .as("only the progress line before reading")
          .containsExactly("Lese AUSZUG_12411-01-01-4_1773175772751_de_flat.csv …");
      assertThat(einwohner(kommune(daten, KOELN), ENDE_2024, Altersspanne.ab(0)))
          .hasValue(1_024_621);
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher);
    }

    @Test
    @DisplayName("says that figures by sex are not stored: a Bevölkerungsstand has no sex")
    void nachGeschlecht() {
      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "BEVSTD",
              "--als",
              "bevoelkerung",
              "--dimension",
              "GES=geschlecht",
              genesis("AUSZUG_12411-01-01-4_1773175790049_en_flat.csv").toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out())
          .contains("2 Bevölkerungszahlen nach Geschlecht nicht übernommen")
          .contains("Importiert: 0 Messwerte, 1 Bevölkerungszahl");
    }

    @Test
    @DisplayName(
        "imports nothing from the malformed 52411 export, naming file, line, column and"
            + " value of each bad row, and exits 1")
    void fehlerhaft() {
      long vorher = messwerte(daten, KOELN);
      Kommune koelnVorher = kommune(daten, KOELN);

      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "ISVNW1",
              "--indikator",
              "insolvenz-arbeitnehmer@1",
              genesis("DE_52411-02-01-4.csv").toString());

      assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err())
          .contains("DE_52411-02-01-4.csv, Zeile 2, Spalte 5 (Zeit), Wert '': ")
          .contains("DE_52411-02-01-4.csv, Zeile 95, Spalte 5 (Zeit)")
          .contains("Nichts importiert: 538 Fehler")
          .doesNotContain("\tat ");
      assertThat(l.err().lines().filter(z -> z.contains("DE_52411-02-01-4.csv, Zeile ")))
          .hasSize(538);
      assertThat(l.out()).contains("538 Fehler in 538 Zeilen: nichts importiert");
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher);
      assertThat(kommune(daten, KOELN)).isEqualTo(koelnVorher);
    }

    @Test
    @DisplayName(
        "with --fehlerhafte-zeilen-ueberspringen stores Köln's one well-formed row of the 52411"
            + " export")
    void ueberspringen() {
      long vorher = messwerte(daten, KOELN);

      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "ISVNW1",
              "--indikator",
              "insolvenz-arbeitnehmer@1",
              "--fehlerhafte-zeilen-ueberspringen",
              genesis("DE_52411-02-01-4.csv").toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.err()).contains("DE_52411-02-01-4.csv, Zeile 2, Spalte 5 (Zeit)");
      assertThat(l.out())
          .contains("Importiert: 1 Messwert, 0 Bevölkerungszahlen (538 fehlerhafte")
          .contains(
              "Messwerte von Köln (05315000): "
                  + Anzeigetext.zahl(vorher)
                  + " → "
                  + Anzeigetext.zahl(vorher + 1));
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 1);
      assertThat(
              messwert(
                  new MesswertSchluessel(
                      IndikatorRef.of("insolvenz-arbeitnehmer", 1),
                      Raumbezug.of(KOELN),
                      Periode.jahr(2022),
                      Aufschluesselung.INSGESAMT)))
          .get()
          .extracting(Messwert::zaehler)
          .isEqualTo(new BigDecimal("671"));
    }

    @Test
    @DisplayName("for a Kreis AGS stores the population of each of its Gemeinden (Zensus 2022)")
    void kreisMitGemeinden() {
      Lauf l =
          importiere(
              "--kommune",
              "05978000",
              "--wertmerkmal",
              "PRS018",
              "--als",
              "bevoelkerung",
              genesis("AUSZUG_1000A-0000_1773175153999_de_flat.csv").toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out())
          .contains("Import für Kreis Unna (AGS 05978000) mit den Gemeinden des Kreises")
          .contains("0 Messwerte, 10 Bevölkerungszahlen, 425 Werte übersprungen")
          // the register holds these Zensus figures already: read, but nothing new to store
          .contains("Importiert: 0 Messwerte, 0 Bevölkerungszahlen");
      LocalDate zensus = LocalDate.of(2022, 5, 15);
      assertThat(einwohner(kommune(daten, KekizFixtures.UNNA), zensus, Altersspanne.ab(0)))
          .hasValue(59_515);
      long summe = 0;
      for (Beispielkommune g : KekizFixtures.gemeindenKreisUnna()) {
        assertThat(l.out())
            .contains(
                "Bevölkerung von "
                    + g.name()
                    + " ("
                    + g.schluessel()
                    + ") unverändert: dieselben Zahlen waren schon gespeichert");
        summe +=
            einwohner(kommune(daten, g.schluessel()), zensus, Altersspanne.ab(0)).orElseThrow();
      }
      assertThat(summe).isEqualTo(393_393);
    }

    @Test
    @DisplayName("reports progress every N rows on the error output")
    void fortschritt() {
      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "BEVSTD",
              "--als",
              "bevoelkerung",
              "--fortschritt",
              "50",
              genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.err())
          .contains("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv: 50 Zeilen gelesen")
          .contains(": 200 Zeilen gelesen")
          .contains(": 202 Zeilen gelesen");
    }

    @Test
    @DisplayName("refuses a GENESIS file without --wertmerkmal, in one line, exit 1")
    void ohneWertmerkmal() {
      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err())
          .contains("ist ein GENESIS-Export: bitte mit --wertmerkmal CODE sagen")
          .contains("--als bevoelkerung oder --indikator SCHLUESSEL@VERSION")
          .contains("die Datei hat die Wertmerkmale BEVSTD (Bevölkerungsstand [Anzahl])")
          .doesNotContain("\tat ");
      assertThat(l.err().lines()).hasSize(1);
    }

    @Test
    @DisplayName("refuses a cube export as unreadable, exit 1")
    void datenquader() {
      long vorher = messwerte(daten, KOELN);
      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "BEVSTD",
              "--als",
              "bevoelkerung",
              genesis("cubefile-86e7c4-bdf8da-POST.csv").toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err()).contains("cubefile-86e7c4-bdf8da-POST.csv").doesNotContain("\tat ");
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher);
    }

    @Test
    @DisplayName("refuses an indicator that is not in the database, exit 1")
    void unbekannterIndikator() {
      Lauf l =
          importiere(
              "--kommune",
              "05315000",
              "--wertmerkmal",
              "GEM001",
              "--indikator",
              "gibts-nicht@1",
              genesis("11111-02-01-4_1773174974558_de_flat.csv").toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err()).contains("gibts-nicht@1 ist nicht in der H2-Datenbank");
    }

    @Test
    @DisplayName(
        "needs a target for --wertmerkmal and --wertmerkmal for the GENESIS options:" + " exit 2")
    void optionen() {
      Path f = genesis("11111-02-01-4_1773174974558_de_flat.csv");
      Lauf ohneZiel = importiere("--kommune", "05315000", "--wertmerkmal", "GEM001", f.toString());
      assertThat(ohneZiel.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
      assertThat(ohneZiel.err()).contains("--als bevoelkerung oder --indikator");

      Lauf ohneMerkmal = importiere("--kommune", "05315000", "--als", "bevoelkerung", f.toString());
      assertThat(ohneMerkmal.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
      assertThat(ohneMerkmal.err()).contains("brauchen --wertmerkmal");

      Lauf falschesZiel =
          importiere(
              "--kommune", "05315000", "--wertmerkmal", "X", "--als", "kuchen", f.toString());
      assertThat(falschesZiel.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
      assertThat(falschesZiel.err()).contains("'kuchen'");
    }
  }

  @Nested
  @DisplayName("of kekiz CSV files and XLSX workbooks")
  class Kekiz {

    private static final String KOPF =
        "indikator;version;raum;periode;aufschluesselung;zaehler;nenner;obs_status;conf_status";

    private final MesswertSchluessel hahnwald2025 =
        new MesswertSchluessel(
            IndikatorRef.of("sgb2-quote-u15", 2),
            Raumbezug.of(SozialraumRef.parse("05315000:207@1")),
            Periode.jahr(2025),
            Aufschluesselung.INSGESAMT);

    @Test
    @DisplayName(
        "stores Messwerte that fit their indicator, replacing the same key on a second" + " import")
    void speichern() throws IOException {
      long vorher = messwerte(daten, KOELN);
      Path f =
          datei(
              "messwerte.csv",
              KOPF,
              "sgb2-quote-u15;2;05315000:207@1;2025;insgesamt;12;300;P;F",
              "sgb2-quote-u15;2;05315000;2025;;30000;160000;P;F");

      Lauf l = importiere("--kommune", "05315000", f.toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out()).contains("Importiert: 2 Messwerte");
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 2);
      assertThat(messwert(hahnwald2025))
          .get()
          .extracting(Messwert::zaehler)
          .isEqualTo(new BigDecimal("12"));

      Path korrektur =
          datei("korrektur.csv", KOPF, "sgb2-quote-u15;2;05315000:207@1;2025;insgesamt;13;300;A;F");
      assertThat(importiere("--kommune", "05315000", korrektur.toString()).status()).isZero();
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 2);
      assertThat(messwert(hahnwald2025))
          .get()
          .extracting(Messwert::zaehler)
          .isEqualTo(new BigDecimal("13"));

      Lauf abgelehnt =
          importiere("--kommune", "05315000", "--duplikate", "ablehnen", korrektur.toString());
      assertThat(abgelehnt.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(abgelehnt.err())
          .as("the database's duplicate check, named by file and line")
          .contains("korrektur.csv, Zeile 2: ")
          .contains("ist schon gespeichert oder kommt im Ladevorgang zweimal vor")
          .doesNotContain("\tat ");
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 2);
    }

    @Test
    @DisplayName(
        "imports nothing if a Messwert breaks its indicator's rules or names an unknown"
            + " Sozialraum, saying which and why")
    void pruefungGegenIndikator() throws IOException {
      long vorher = messwerte(daten, KOELN);
      Path f =
          datei(
              "messwerte.csv",
              KOPF,
              "sgb2-quote-u15;2;05315000:207@1;2025;insgesamt;12;300;A;F",
              "sgb2-quote-u15;2;05315000:207@1;2025;geschlecht=w;600;500;A;F",
              "sgb2-quote-u15;2;05315000:999@1;2025;insgesamt;1;100;A;F",
              "sgb2-quote-u15;2;05315000;2025-Q1;insgesamt;1;100;A;F",
              "sgb2-quote-u15;2;05315000:207@1;2024;insgesamt;1600;1500;A;F",
              "gibts-nicht;1;05315000;2025;insgesamt;1;100;A;F");

      Lauf l = importiere("--kommune", "05315000", f.toString());

      assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err())
          .as("each error at the cell that is wrong, not at the value's")
          .contains(
              "messwerte.csv, Zeile 3, Spalte 6 (zaehler), Wert '600': Messwert"
                  + " sgb2-quote-u15@2 05315000:207@1 2025 geschlecht=w: ein Anteil kann nicht"
                  + " größer als sein Nenner sein")
          .contains(
              "messwerte.csv, Zeile 4, Spalte 3 (raum), Wert '05315000:999@1': Messwert"
                  + " sgb2-quote-u15@2 05315000:999@1 2025")
          .contains("Köln hat keinen Sozialraum 05315000:999@1")
          .contains(
              "Zeile 5, Spalte 4 (periode), Wert '2025-Q1': Messwert sgb2-quote-u15@2 05315000"
                  + " 2025-Q1 insgesamt: die Periode 2025-Q1 ist quartalsweise, der Indikator"
                  + " sgb2-quote-u15@2 aber jährlich")
          .contains(
              "Zeile 6, Spalte 6 (zaehler), Wert '1600': Messwert sgb2-quote-u15@2"
                  + " 05315000:207@1 2024 insgesamt: ein Anteil kann nicht größer als sein Nenner"
                  + " sein: Zähler 1.600 > Nenner 1.500")
          .contains(
              "Zeile 7, Spalte 1 (indikator), Wert 'gibts-nicht': Messwert gibts-nicht@1 05315000"
                  + " 2025 insgesamt: der Indikator gibts-nicht@1 ist nicht in der Datenbank")
          .as("the domain's English developer messages stay out of the terminal")
          .doesNotContain("a value of", "a period must", "a breakdown may", "got zaehler")
          .contains("Nichts importiert: 5 Fehler");
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher);

      Lauf ueberspringen =
          importiere("--kommune", "05315000", "--fehlerhafte-zeilen-ueberspringen", f.toString());
      assertThat(ueberspringen.status()).as(ueberspringen.toString()).isZero();
      assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 1);
    }

    @Test
    @DisplayName("leaves the Kommune unchanged if one population row is bad")
    void bevoelkerungFehlerhaft() throws IOException {
      Kommune vorher = kommune(daten, KOELN);
      Path f =
          datei(
              "bevoelkerung.csv",
              "raum;stichtag;altersgruppe;anzahl;geschlecht",
              "05315000;2025-12-31;0+;1030000;",
              "05315000:207@1;2025-12-31;0-5;zwölf;");

      Lauf l = importiere("--kommune", "05315000", f.toString());

      assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err())
          .contains("bevoelkerung.csv, Zeile 3, Spalte 4 (anzahl), Wert 'zwölf'")
          .contains("Nichts importiert: 1 Fehler");
      assertThat(kommune(daten, KOELN)).isEqualTo(vorher);
    }

    @Test
    @DisplayName("stores population figures of Sozialräume from an XLSX workbook")
    void xlsx() throws IOException {
      Path f = ordner.resolve("bevoelkerung.xlsx");
      try (OutputStream out = Files.newOutputStream(f)) {
        Workbook wb = new Workbook(out, "kekiz-test", "1.0");
        Worksheet ws = wb.newWorksheet("Bevölkerung");
        String[] kopf = {"raum", "stichtag", "altersgruppe", "anzahl"};
        for (int c = 0; c < kopf.length; c++) {
          ws.value(0, c, kopf[c]);
        }
        ws.value(1, 0, "05315000:207@1");
        ws.value(1, 1, "2025-12-31");
        ws.value(1, 2, "0-5");
        ws.value(1, 3, 123);
        ws.value(2, 0, "05315000:207@1");
        ws.value(2, 1, "2025-12-31");
        ws.value(2, 2, "6-9");
        ws.value(2, 3, 98);
        wb.finish();
      }

      Lauf l = importiere("--kommune", "05315000", f.toString());

      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out()).contains("Importiert: 0 Messwerte, 2 Bevölkerungszahlen");
      assertThat(
              kommune(daten, KOELN)
                  .sozialraum(SozialraumRef.parse("05315000:207@1"))
                  .orElseThrow()
                  .einwohner(LocalDate.of(2025, 12, 31), Altersspanne.of(0, 9)))
          .hasValue(221);
    }
  }

  @Nested
  @DisplayName("errors")
  class Fehler {

    @Test
    @DisplayName(
        "a Kommune neither in the database nor in the register: one line, exit 1, no stack trace")
    void unbekannteKommune() throws IOException {
      Path f = datei("leer.csv", "raum;stichtag;altersgruppe;anzahl");
      Lauf l = importiere("--kommune", "09162000", f.toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err().lines())
          .singleElement()
          .asString()
          .startsWith("kekiz import: Kommune 09162000 ist nicht in der H2-Datenbank in ")
          .contains("kennt nur Nordrhein-Westfalen")
          .contains("kekiz kommune --kommune 09162000 --name NAME --art ART");
    }

    @Test
    @DisplayName("--stacktrace shows the stack trace")
    void stacktrace() throws IOException {
      Path f = datei("leer.csv", "raum;stichtag;altersgruppe;anzahl");
      Lauf l = importiere("--kommune", "09162000", "--stacktrace", f.toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err()).contains("Kommune 09162000 ist nicht in der").contains("\tat de.kekiz.");
    }

    @Test
    @DisplayName("a malformed AGS: exit 2, the value quoted")
    void ags() throws IOException {
      Path f = datei("leer.csv", "raum;stichtag;altersgruppe;anzahl");
      Lauf l = importiere("--kommune", "0531500", f.toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
      assertThat(l.err()).contains("'0531500'");
    }

    @Test
    @DisplayName("a missing file: one line naming it, exit 1")
    void fehlendeDatei() {
      Lauf l = importiere("--kommune", "05315000", ordner.resolve("gibts-nicht.csv").toString());

      assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(l.err()).contains("gibts-nicht.csv").doesNotContain("\tat ");
    }
  }

  @Test
  @DisplayName("runs every example of its --help, with the messwerte.csv of a kekiz report")
  void hilfeBeispiele() throws IOException {
    // the examples as --help prints them, a line ending in '\' continued on the next
    String beschreibung =
        String.join("\n", ImportBefehl.class.getAnnotation(Command.class).description())
            .replaceAll(" \\\\\n\\s*", " ");
    List<String> beispiele =
        beschreibung.lines().map(String::strip).filter(z -> z.startsWith("kekiz import")).toList();
    assertThat(
            starte("import", "--help")
                .out()
                .replaceAll(" \\\\\\R\\s*", " ")
                .replaceAll("\\s+", " "))
        .contains(beispiele.get(0).replaceAll("\\s+", " "));
    assertThat(beispiele).hasSize(3);
    Path bericht = ordner.resolve("bericht");
    Lauf report =
        starte(
            "report",
            "--kommune",
            "05315000",
            "--daten",
            daten.toString(),
            "--stichtag",
            "2024-12-31",
            "--ausgabe",
            bericht.toString());
    assertThat(report.status()).as(report.toString()).isZero();
    Path xlsx = ordner.resolve("bevoelkerung.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "kekiz-test", "1.0");
      Worksheet ws = wb.newWorksheet("Bevölkerung");
      List<String> kopf = List.of("raum", "stichtag", "altersgruppe", "anzahl");
      for (int c = 0; c < kopf.size(); c++) {
        ws.value(0, c, kopf.get(c));
      }
      ws.value(1, 0, "05315000");
      ws.value(1, 1, "2024-12-31");
      ws.value(1, 2, "0+");
      ws.value(1, 3, 1_024_621);
      wb.finish();
    }
    Map<String, Path> dateien =
        Map.of(
            "12411-01-01-4.csv", genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv"),
            "11111-02-01-4.csv", genesis("11111-02-01-4_1773174974558_de_flat.csv"),
            "messwerte.csv", bericht.resolve("messwerte.csv"),
            "bevoelkerung.xlsx", xlsx);
    for (String beispiel : beispiele) {
      List<String> args = new ArrayList<>(List.of("--daten", daten.toString()));
      for (String teil : beispiel.substring("kekiz ".length()).split(" ")) {
        args.add(dateien.containsKey(teil) ? dateien.get(teil).toString() : teil);
      }
      args.add(0, args.remove(2)); // the command first
      Lauf l = starte(args.toArray(String[]::new));
      assertThat(l.status()).as(beispiel + "\n" + l).isZero();
      assertThat(l.out()).as(beispiel).contains("Importiert: ");
    }
  }

  @Test
  @DisplayName("takes breakdown codes from the code lists, extended with --code")
  void zusaetzlicheCodes() throws IOException {
    long vorher = messwerte(daten, KOELN);
    Path f =
        datei(
            "codes.csv",
            "indikator;version;raum;periode;aufschluesselung;zaehler;nenner",
            "sgb2-quote-u15;2;05315000:207@1;2025;geschlecht=x;12;300");

    Lauf ohne = importiere("--kommune", "05315000", f.toString());
    assertThat(ohne.status()).as(ohne.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(ohne.err())
        .contains("codes.csv, Zeile 2, Spalte 5 (aufschluesselung)")
        .contains("unbekannter Code 'x' für geschlecht");

    Lauf mit = importiere("--kommune", "05315000", "--code", "geschlecht=x", f.toString());
    assertThat(mit.status()).as(mit.toString()).isZero();
    assertThat(messwerte(daten, KOELN)).isEqualTo(vorher + 1);

    Lauf formel = importiere("--kommune", "05315000", "--code", "geschlecht=+cmd", f.toString());
    assertThat(formel.status()).as(formel.toString()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(formel.err()).contains("nicht mit = + - @ beginnen");
  }
}
