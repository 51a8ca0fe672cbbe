package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.UNNA;
import static de.kekiz.importe.Testdateien.fuer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("KekizCsvLeser and KekizCsvSchreiber")
class KekizCsvLeserTest {

  private static final KekizCsvLeser LESER = new KekizCsvLeser();
  private static final KekizCsvSchreiber SCHREIBER = new KekizCsvSchreiber();
  private static final IndikatorRef SGB2 = IndikatorRef.of("sgb2-quote-u15", 2);
  private static final String KOPF =
      "indikator;version;raum;periode;aufschluesselung;zaehler;nenner;obs_status;conf_status";

  @TempDir Path ordner;

  private Path datei(String name, String... zeilen) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, String.join("\n", zeilen) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** Observations with every kind of content the layout carries. */
  static List<Messwert> messwerte() {
    Raumbezug koeln404 = Raumbezug.parse("05315000:404@1");
    return List.of(
        Messwert.of(SGB2, koeln404, Periode.jahr(2023), 1234, 5678),
        new Messwert(
            SGB2,
            koeln404,
            Periode.jahr(2023),
            Aufschluesselung.parse("alter=0-2,geschlecht=w"),
            new BigDecimal("598"),
            new BigDecimal("2790"),
            ObsStatus.P,
            ConfStatus.F),
        new Messwert(
            IndikatorRef.of("betreuungsquote-u3", 1),
            Raumbezug.of(KOELN),
            Periode.schuljahr(2023),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("12.5"),
            null,
            ObsStatus.E,
            ConfStatus.F),
        new Messwert(
            IndikatorRef.of("seu-sprache", 1),
            Raumbezug.parse("05315000:101@1"),
            Periode.quartal(2024, 2),
            Aufschluesselung.INSGESAMT,
            null,
            new BigDecimal("112"),
            ObsStatus.M,
            ConfStatus.C),
        new Messwert(
            IndikatorRef.of("temperatur", 1),
            Raumbezug.parse("05978036"),
            Periode.monat(2024, 1),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("-0.25"),
            null,
            ObsStatus.A,
            ConfStatus.A));
  }

  static List<Bevoelkerungszahl> bevoelkerung() {
    LocalDate stichtag = LocalDate.of(2024, 12, 31);
    return List.of(
        Bevoelkerungszahl.of(
            Raumbezug.of(KOELN), stichtag, Bevoelkerungszahl.ALLE_ALTER, 1_024_621),
        new Bevoelkerungszahl(
            Raumbezug.of(KOELN), stichtag, Bevoelkerungszahl.ALLE_ALTER, "w", 526_571),
        Bevoelkerungszahl.of(
            Raumbezug.parse("05315000:404@1"),
            LocalDate.of(2012, 12, 31),
            Altersspanne.of(0, 2),
            1035),
        Bevoelkerungszahl.of(
            Raumbezug.parse("05315000:404@1"), LocalDate.of(2012, 12, 31), Altersspanne.ab(80), 0));
  }

  @Nested
  @DisplayName("round trip")
  class Rundreise {

    @ParameterizedTest(name = "with decimal {0}")
    @EnumSource(Dezimaltrennzeichen.class)
    @DisplayName("Messwerte written are read back unchanged")
    void messwerte(Dezimaltrennzeichen trenner) {
      Path p = ordner.resolve("messwerte.csv");
      SCHREIBER.schreibeMesswerte(p, KekizCsvLeserTest.messwerte(), trenner);
      Importergebnis e = LESER.lese(p, Importoptionen.standard().withDezimaltrennzeichen(trenner));
      assertThat(e.fehler()).isEmpty();
      assertThat(e.messwerte()).containsExactlyElementsOf(KekizCsvLeserTest.messwerte());
      assertThat(e.format()).isEqualTo("kekiz CSV Messwerte");
      assertThat(LESER.layout(p)).isEqualTo(KekizLayout.MESSWERTE);
    }

    @Test
    @DisplayName("population figures written are read back unchanged")
    void bevoelkerung() {
      Path p = ordner.resolve("bevoelkerung.csv");
      SCHREIBER.schreibeBevoelkerung(p, KekizCsvLeserTest.bevoelkerung());
      Importergebnis e = LESER.lese(p, Importoptionen.standard());
      assertThat(e.fehler()).isEmpty();
      assertThat(e.bevoelkerung()).containsExactlyElementsOf(KekizCsvLeserTest.bevoelkerung());
      assertThat(e.bevoelkerung().get(0).stand()).isPresent();
      assertThat(e.bevoelkerung().get(1).stand()).isEmpty();
    }
  }

  @Nested
  @DisplayName("reading")
  class Lesen {

    @Test
    @DisplayName(
        "accepts a BOM, CRLF, quotes, any column order and case, and left-out optional"
            + " columns with their defaults")
    void freiheiten() throws IOException {
      Path p = ordner.resolve("frei.csv");
      Files.writeString(
          p,
          "\uFEFFZaehler;RAUM;indikator;Periode;version\r\n"
              + "\"12,5\";05315000;betreuungsquote-u3;2023/24;1\r\n"
              + "\r\n"
              + ";05315000;betreuungsquote-u3;2024/25;1\r\n",
          StandardCharsets.UTF_8);
      Importergebnis e = LESER.lese(p, Importoptionen.standard());
      assertThat(e.fehler()).isEmpty();
      assertThat(e.zeilenGelesen()).isEqualTo(2);
      assertThat(e.messwerte()).hasSize(2);
      Messwert erster = e.messwerte().get(0);
      assertThat(erster.zaehler()).isEqualTo(new BigDecimal("12.5"));
      assertThat(erster.nenner()).isNull();
      assertThat(erster.obsStatus()).isEqualTo(ObsStatus.A);
      assertThat(erster.confStatus()).isEqualTo(ConfStatus.F);
      assertThat(erster.aufschluesselung()).isEqualTo(Aufschluesselung.INSGESAMT);
      assertThat(e.messwerte().get(1).obsStatus()).isEqualTo(ObsStatus.M);
    }

    @Test
    @DisplayName(
        "skips a report's pooled figures and refuses its perturbed ones, naming line and column")
    void wertart() throws IOException {
      Path p =
          datei(
              "bericht.csv",
              "indikator;version;raum;periode;zaehler;nenner;wertart",
              "seu-sprache;1;05315000;2023/24;30;100;EXAKT",
              "seu-sprache;1;05315000:101@1;2022/23–2024/25;12;90;GEPOOLT");
      Importergebnis e = LESER.lese(p, Importoptionen.standard());
      assertThat(e.fehler()).isEmpty();
      assertThat(e.messwerte()).hasSize(1);
      assertThat(e.uebersprungen(Ueberspringgrund.ZUSAMMENGEFASST)).isEqualTo(1);
      Path ck =
          datei(
              "ck.csv",
              "indikator;version;raum;periode;zaehler;nenner;wertart",
              "seu-sprache;1;05315000;2023/24;31;101;UEBERLAGERT");
      assertThat(LESER.lese(ck, Importoptionen.standard()).fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.zeile()).isEqualTo(2);
                assertThat(f.spalte()).isEqualTo(7);
                assertThat(f.grund()).contains("Cell-Key-Verfahren");
              });
    }

    @Test
    @DisplayName("a number with the other decimal separator is an error saying so")
    void falscherTrenner() throws IOException {
      Path p = datei("punkt.csv", KOPF, "betreuungsquote-u3;1;05315000;2023;;12.5;;;");
      Importergebnis e = LESER.lese(p, Importoptionen.standard());
      assertThat(e.fehler())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.zeile()).isEqualTo(2);
                assertThat(f.spalte()).isEqualTo(6);
                assertThat(f.spaltenname()).isEqualTo("zaehler");
                assertThat(f.wert()).isEqualTo("12.5");
                assertThat(f.grund()).contains("'.'", "Dezimaltrennzeichen ','");
              });
      Importergebnis punkt =
          LESER.lese(
              p, Importoptionen.standard().withDezimaltrennzeichen(Dezimaltrennzeichen.PUNKT));
      assertThat(punkt.messwerte())
          .singleElement()
          .extracting(Messwert::zaehler)
          .isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    @DisplayName("each bad field is reported with line, column, header name and value")
    void fehler() throws IOException {
      Path p =
          datei(
              "fehler.csv",
              KOPF,
              "Betreuungsquote;1;05315000;2023;;1;;;",
              "betreuungsquote-u3;0;05315000;2023;;1;;;",
              "betreuungsquote-u3;1;5315000;2023;;1;;;",
              "betreuungsquote-u3;1;05315000;2023-13;;1;;;",
              "betreuungsquote-u3;1;05315000;2023;alter;1;;;",
              "betreuungsquote-u3;1;05315000;2023;;1;0;;",
              "betreuungsquote-u3;1;05315000;2023;;;;A;",
              "betreuungsquote-u3;1;05315000;2023;;1;;Q;",
              "betreuungsquote-u3;1;05315000;2023;;1;;;X",
              "betreuungsquote-u3;1;05315000;2023;;1;;;;zuviel");
      Importergebnis e = LESER.lese(p, Importoptionen.standard());
      assertThat(e.verworfen()).isTrue();
      assertThat(e.fehler())
          .extracting(Importfehler::zeile, Importfehler::spaltenname, Importfehler::wert)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2L, "indikator", "Betreuungsquote"),
              org.assertj.core.groups.Tuple.tuple(3L, "version", "0"),
              org.assertj.core.groups.Tuple.tuple(4L, "raum", "5315000"),
              org.assertj.core.groups.Tuple.tuple(5L, "periode", "2023-13"),
              org.assertj.core.groups.Tuple.tuple(6L, "aufschluesselung", "alter"),
              org.assertj.core.groups.Tuple.tuple(7L, "nenner", "0"),
              org.assertj.core.groups.Tuple.tuple(8L, "zaehler", ""),
              org.assertj.core.groups.Tuple.tuple(9L, "obs_status", "Q"),
              org.assertj.core.groups.Tuple.tuple(10L, "conf_status", "X"),
              org.assertj.core.groups.Tuple.tuple(
                  11L, "", "betreuungsquote-u3;1;05315000;2023;;1;;;;zuviel"));
      assertThat(e.fehler().get(6).grund()).contains("ein Wert darf nur fehlen, wenn OBS_STATUS M");
      assertThat(e.fehler().get(0).toString())
          .contains("fehler.csv, Zeile 2, Spalte 1 (indikator), Wert 'Betreuungsquote'");
    }

    @Test
    @DisplayName("population rows: date forms, age groups, counts and sex are checked")
    void bevoelkerungsfehler() throws IOException {
      Path p =
          datei(
              "bev.csv",
              "raum;stichtag;altersgruppe;anzahl;geschlecht",
              "05315000;31.12.2024;insgesamt;1024621;",
              "05315000;2024;0+;1;",
              "05315000;2024-12-31;6 bis 14;1;",
              "05315000;2024-12-31;6-14;1,5;",
              "05315000;2024-12-31;6-14;-1;",
              "05315000;2024-12-31;6-14;3;x");
      Importergebnis e =
          LESER.lese(
              p,
              Importoptionen.standard()
                  .withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
      assertThat(e.bevoelkerung())
          .containsExactly(
              Bevoelkerungszahl.of(
                  Raumbezug.of(KOELN),
                  LocalDate.of(2024, 12, 31),
                  Bevoelkerungszahl.ALLE_ALTER,
                  1_024_621));
      assertThat(e.fehler())
          .extracting(Importfehler::spaltenname)
          .containsExactly("stichtag", "altersgruppe", "anzahl", "anzahl", "geschlecht");
    }

    @Test
    @DisplayName(
        "rows of other areas are skipped and counted; a Kreis import takes its" + " Gemeinden")
    void gebiet() {
      Path p = ordner.resolve("m.csv");
      SCHREIBER.schreibeMesswerte(p, messwerte(), Dezimaltrennzeichen.KOMMA);
      Importergebnis koeln = LESER.lese(p, fuer(KOELN));
      assertThat(koeln.messwerte()).hasSize(4);
      assertThat(koeln.uebersprungen(Ueberspringgrund.ANDERES_GEBIET)).isEqualTo(1);
      Importergebnis unna =
          LESER.lese(
              p, Importoptionen.standard().withGebiet(Gebietsauswahl.kreisMitGemeinden(UNNA)));
      assertThat(unna.messwerte())
          .singleElement()
          .extracting(Messwert::raum)
          .isEqualTo(Raumbezug.parse("05978036"));
    }

    @Test
    @DisplayName("one bad row: nothing by default, everything else with skip-bad-rows")
    void eineFehlerhafteZeile() throws IOException {
      Path p =
          datei(
              "eine.csv",
              KOPF,
              "sgb2-quote-u15;2;05315000:404@1;2023;;1234;5678;A;F",
              "sgb2-quote-u15;2;05315000:405@1;2023;;12x;5678;A;F",
              "sgb2-quote-u15;2;05315000:406@1;2023;;99;500;A;F");
      Importergebnis streng = LESER.lese(p, Importoptionen.standard());
      assertThat(streng.anzahl()).isZero();
      assertThat(streng.verworfen()).isTrue();
      assertThat(streng.fehler())
          .singleElement()
          .asString()
          .contains("eine.csv, Zeile 3, Spalte 6 (zaehler), Wert '12x'");
      Importergebnis nachsichtig =
          LESER.lese(
              p,
              Importoptionen.standard()
                  .withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
      assertThat(nachsichtig.messwerte())
          .extracting(m -> m.raum().toString())
          .containsExactly("05315000:404@1", "05315000:406@1");
      assertThat(nachsichtig.fehlerhafteZeilen()).isEqualTo(1);
      assertThat(nachsichtig.zeilenGelesen()).isEqualTo(3);
    }

    @Test
    @DisplayName("reports progress")
    void fortschritt() {
      Path p = ordner.resolve("f.csv");
      SCHREIBER.schreibeMesswerte(p, messwerte(), Dezimaltrennzeichen.KOMMA);
      List<Long> meldungen = new ArrayList<>();
      LESER.lese(p, Importoptionen.standard().withFortschritt(meldungen::add, 2));
      assertThat(meldungen).containsExactly(2L, 4L, 5L);
    }
  }

  @Nested
  @DisplayName("unreadable files")
  class Unlesbar {

    @Test
    @DisplayName("a header of no kekiz layout names the file and both layouts")
    void fremderKopf() throws IOException {
      Path p = datei("fremd.csv", "ags,jahr,wert", "05315000,2023,1");
      assertThatThrownBy(() -> LESER.lese(p, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("fremd.csv")
          .hasMessageContaining("indikator;version;raum")
          .hasMessageContaining("raum;stichtag;altersgruppe;anzahl");
    }

    @Test
    @DisplayName("a missing required column, an unknown or a repeated column")
    void spalten() throws IOException {
      Path fehlt = datei("fehlt.csv", "indikator;version;raum;periode", "x;1;05315000;2023");
      assertThatThrownBy(() -> LESER.lese(fehlt, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("fehlt.csv")
          .hasMessageContaining("zaehler");
      Path unbekannt = datei("unbekannt.csv", KOPF + ";bemerkung");
      assertThatThrownBy(() -> LESER.lese(unbekannt, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("Spalte 10")
          .hasMessageContaining("'bemerkung'");
      Path doppelt = datei("doppelt.csv", "raum;stichtag;altersgruppe;anzahl;raum");
      assertThatThrownBy(() -> LESER.lese(doppelt, Importoptionen.standard()))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("'raum' kommt zweimal vor");
    }
  }
}
