package de.kekiz.examples.angriff;

import static de.kekiz.examples.angriff.Testfreigabe.zeile;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.angriff.Testfreigabe.Gebiet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The attacker on hand-made releases")
class AngreiferTest {

  static final String JAHR = "2020";
  static final String SCHULJAHR = "2021-08-01/P1Y";

  @TempDir Path ordner;

  Testfreigabe freigabe() {
    return new Testfreigabe(ordner);
  }

  /** The findings of the attack on the facts, each in one line. */
  static List<String> befunde(Angriff angriff) {
    return angriff.angriff().befunde().stream().map(Befund::kurz).toList();
  }

  /** A Kommune 05999004 with Sozialräume a, b and c. */
  static Gebiet abc() {
    return new Gebiet("05999004", "Abcstadt").sozialraum("a").sozialraum("b").sozialraum("c");
  }

  @Nested
  @DisplayName("one Kommune")
  class EineKommune {

    @Test
    @DisplayName("recovers the one suppressed Sozialraum from the total and the others, exactly")
    void subtraktion() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "F", 7, 100),
                  zeile("05999004", "c@1", JAHR, "A", 0, 0))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999004:c@1 insgesamt [1; 1]",
              "NENNER_FESTGELEGT quote 2020 05999004:c@1 insgesamt [50; 50]");
      assertThat(angriff.angriff().befunde().get(0).belege())
          .containsExactly(
              "benutzt: Zähler: 05999004 (Abcstadt) = Σ 3 oberste Sozialräume am 2010-01-01"
                  + " [quote 2020 insgesamt]");
      assertThat(angriff.formate().leer()).isTrue();
    }

    @Test
    @DisplayName("finds nothing when a second cell is suppressed alongside")
    void geschuetzt() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "D", 7, 100),
                  zeile("05999004", "c@1", JAHR, "A", 1, 50))
              .angriff();

      assertThat(befunde(angriff)).as(angriff.angriff().text(20)).isEmpty();
      assertThat(angriff.umfang())
          .endsWith("lineare Programme: 1, Unbekannte: 4, Minima und Maxima: 8");
    }

    @Test
    @DisplayName(
        "reports a primary-suppressed numerator narrowed to fewer than 3 values, not a secondary"
            + " one")
    void enger() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 6, 300),
                  zeile("05999004", "a@1", JAHR, "F", 5, 150),
                  zeile("05999004", "b@1", JAHR, "A", 1, 100),
                  zeile("05999004", "c@1", JAHR, "D", 0, 50))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactly("ZAEHLER_ENGER_ALS_REGEL quote 2020 05999004:b@1 insgesamt [0; 1]");
    }

    @Test
    @DisplayName("sums school catchments apart from the Stadtteile: each covers the Kommune")
    void gliederungen() {
      Gebiet stadt =
          new Gebiet("05999004", "Schulstadt")
              .sozialraum("a")
              .sozialraum("b")
              .schuleinzugsbereich("s1")
              .schuleinzugsbereich("s2");
      Angriff angriff =
          freigabe()
              .ordner(
                  stadt,
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "F", 8, 150),
                  zeile("05999004", "s1@1", JAHR, "A", 1, 100),
                  zeile("05999004", "s2@1", JAHR, "F", 19, 200))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999004:s1@1 insgesamt [1; 1]",
              "NENNER_FESTGELEGT quote 2020 05999004:s1@1 insgesamt [100; 100]");
    }

    @Test
    @DisplayName("recovers a suppressed breakdown code from the total over the dimension")
    void aufschluesselung() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", "_T", JAHR, "F", 10, 100, ""),
                  zeile("05999004", "_T", "w", JAHR, "F", 9, 60, ""),
                  zeile("05999004", "_T", "m", JAHR, "A", 1, 40, ""),
                  zeile("05999004", "a@1", "_T", JAHR, "F", 10, 100, ""),
                  zeile("05999004", "a@1", "w", JAHR, "F", 8, 50, ""))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999004 geschlecht=m [1; 1]",
              "NENNER_FESTGELEGT quote 2020 05999004 geschlecht=m [40; 40]");
      assertThat(angriff.beziehungen())
          .extracting(Beziehung::beschreibung)
          .contains("quote 2020 05999004 insgesamt = Σ geschlecht [m, w]")
          .doesNotContain("quote 2020 05999004:a@1 insgesamt = Σ geschlecht [m, w]");
    }

    @Test
    @DisplayName("takes no constraint from a perturbed total (WERTART UEBERLAGERT)")
    void ueberlagert() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 21, 303, "UEBERLAGERT"),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "F", 7, 100),
                  zeile("05999004", "c@1", JAHR, "A", 0, 0))
              .angriff();

      assertThat(befunde(angriff)).as(angriff.angriff().text(20)).isEmpty();
    }

    @Test
    @DisplayName("recovers a Stadtteil through its Stadtbezirk's sum")
    void hierarchie() {
      Gebiet stadt =
          new Gebiet("05999004", "Bezirksstadt")
              .sozialraum("nord", 1, "2010-01-01", null, null)
              .sozialraum("sued", 1, "2010-01-01", null, null)
              .sozialraum("n1", 1, "2010-01-01", null, "nord")
              .sozialraum("n2", 1, "2010-01-01", null, "nord");
      Angriff angriff =
          freigabe()
              .ordner(
                  stadt,
                  List.of(),
                  zeile("05999004", "_T", JAHR, "D", 0, 0),
                  zeile("05999004", "nord@1", JAHR, "F", 9, 90),
                  zeile("05999004", "sued@1", JAHR, "D", 0, 0),
                  zeile("05999004", "n1@1", JAHR, "F", 7, 60),
                  zeile("05999004", "n2@1", JAHR, "A", 2, 30))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999004:n2@1 insgesamt [2; 2]",
              "NENNER_FESTGELEGT quote 2020 05999004:n2@1 insgesamt [30; 30]");
    }
  }

  @Nested
  @DisplayName("linked tables")
  class Verknuepft {

    @Test
    @DisplayName(
        "a Gemeinde published in its own folder gives away the Kreis's suppressed Sozialräume")
    void kreis() {
      Gebiet kreis =
          new Gebiet("05999000", "Kreis")
              .sozialraum("05999004")
              .sozialraum("05999008")
              .sozialraum("05999012");
      Gebiet gemeinde = new Gebiet("05999004", "Gemeinde");
      Angriff angriff =
          freigabe()
              .ordner(
                  kreis,
                  List.of(gemeinde),
                  zeile("05999000", "_T", JAHR, "F", 15, 400),
                  zeile("05999000", "05999004@1", JAHR, "D", 4, 100),
                  zeile("05999000", "05999008@1", JAHR, "A", 1, 100),
                  zeile("05999000", "05999012@1", JAHR, "F", 10, 200),
                  zeile("05999004", "_T", JAHR, "F", 4, 100))
              .ordner(gemeinde, List.of(), zeile("05999004", "_T", JAHR, "F", 4, 100))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999000:05999004@1 insgesamt [4; 4]",
              "ZAEHLER_FESTGELEGT quote 2020 05999000:05999008@1 insgesamt [1; 1]",
              "NENNER_FESTGELEGT quote 2020 05999000:05999004@1 insgesamt [100; 100]",
              "NENNER_FESTGELEGT quote 2020 05999000:05999008@1 insgesamt [100; 100]");
    }

    @Test
    @DisplayName(
        "differencing the old and the new boundaries of one period gives away the area carved out")
    void gebietsstaende() {
      Gebiet stadt =
          new Gebiet("05999004", "Neubaustadt")
              .sozialraum("nord", 1, "2010-01-01", "2019-12-31", null)
              .sozialraum("nord", 2, "2020-01-01", null, null)
              .sozialraum("neubau", 1, "2020-01-01", null, null)
              .sozialraum("sued", 1, "2010-01-01", null, null);
      String[] zeilen = {
        zeile("05999004", "_T", JAHR, "D", 0, 0),
        zeile("05999004", "nord@2", JAHR, "F", 11, 110),
        zeile("05999004", "neubau@1", JAHR, "A", 1, 10),
        zeile("05999004", "sued@1", JAHR, "D", 0, 0),
        // the same period on the old boundaries
        zeile("05999004", "nord@1", JAHR, "F", 12, 120)
      };

      Angriff beide = freigabe().ordner(stadt, List.of(), zeilen).angriff();
      Angriff nurNeu =
          new Testfreigabe(ordner.resolve("nur-neu"))
              .ordner(stadt, List.of(), Arrays.copyOf(zeilen, 4))
              .angriff();

      assertThat(befunde(beide))
          .as(beide.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2020 05999004:neubau@1 insgesamt [1; 1]",
              "NENNER_FESTGELEGT quote 2020 05999004:neubau@1 insgesamt [10; 10]");
      assertThat(beide.angriff().befunde().get(0).belege())
          .anySatisfy(b -> assertThat(b).contains("2 oberste Sozialräume am 2010-01-01"))
          .anySatisfy(b -> assertThat(b).contains("3 oberste Sozialräume am 2020-01-01"));
      assertThat(befunde(nurNeu)).as(nurNeu.angriff().text(20)).isEmpty();
    }

    @Test
    @DisplayName("a pooled row and the published single years give away the suppressed year")
    void gepoolt() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "a@1", "2021-08-01/P3Y", "F", 10, 300, "GEPOOLT"),
                  zeile("05999004", "a@1", "2021-08-01/P1Y", "F", 4, 100),
                  zeile("05999004", "a@1", "2022-08-01/P1Y", "F", 5, 100),
                  zeile("05999004", "a@1", "2023-08-01/P1Y", "A", 1, 100))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "ZAEHLER_FESTGELEGT quote 2023/24 05999004:a@1 insgesamt [1; 1]",
              "NENNER_FESTGELEGT quote 2023/24 05999004:a@1 insgesamt [100; 100]");
    }

    @Test
    @DisplayName("a pooled row gives away a single year that has no row of its own")
    void einzeljahrOhneZeile() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "a@1", "2021-08-01/P3Y", "F", 10, 300, "GEPOOLT"),
                  zeile("05999004", "a@1", "2021-08-01/P1Y", "F", 4, 100),
                  zeile("05999004", "a@1", "2022-08-01/P1Y", "F", 5, 100))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactlyInAnyOrder(
              "EINZELJAHR_FESTGELEGT quote 2023/24 05999004:a@1 insgesamt [1; 1]",
              "EINZELJAHR_FESTGELEGT quote 2023/24 05999004:a@1 insgesamt [100; 100]");
    }

    @Test
    @DisplayName("finds nothing in a pooled row when two single years are suppressed")
    void gepooltGeschuetzt() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "a@1", "2021-08-01/P3Y", "F", 10, 300, "GEPOOLT"),
                  zeile("05999004", "a@1", "2021-08-01/P1Y", "F", 4, 100),
                  zeile("05999004", "a@1", "2022-08-01/P1Y", "D", 5, 100),
                  zeile("05999004", "a@1", "2023-08-01/P1Y", "A", 1, 100))
              .angriff();

      assertThat(befunde(angriff)).as(angriff.angriff().text(20)).isEmpty();
    }
  }

  @Nested
  @DisplayName("contradictions between files")
  class Widersprueche {

    @Test
    @DisplayName("a cell suppressed in one folder and published in another is a finding, and known")
    void gesperrtUndVeroeffentlicht() {
      Gebiet kreis = new Gebiet("05999000", "Kreis").sozialraum("05999004").sozialraum("05999008");
      Gebiet gemeinde = abc();
      Angriff angriff =
          freigabe()
              .ordner(kreis, List.of(gemeinde), zeile("05999004", "a@1", JAHR, "A", 1, 50))
              .ordner(gemeinde, List.of(), zeile("05999004", "a@1", JAHR, "F", 1, 50))
              .angriff();

      assertThat(befunde(angriff))
          .as(angriff.angriff().text(20))
          .containsExactly("GESPERRT_UND_VEROEFFENTLICHT quote 2020 05999004:a@1 insgesamt");
      assertThat(angriff.bestand().zelle(angriff.bestand().zellen().iterator().next().zelle()))
          .hasValueSatisfying(w -> assertThat(w.zaehler()).isEqualTo(Bruch.of(1)));
    }

    @Test
    @DisplayName("a cell published with different numbers is a finding, and counts as unknown")
    void verschiedeneZahlen() {
      Gebiet gemeinde = abc();
      Angriff angriff =
          freigabe()
              .ordner("eins", gemeinde, List.of(), zeile("05999004", "a@1", JAHR, "F", 3, 50))
              .ordner("zwei", gemeinde, List.of(), zeile("05999004", "a@1", JAHR, "F", 4, 50))
              .angriff();

      assertThat(befunde(angriff))
          .containsExactly("WIDERSPRUECHLICHE_ZAHLEN quote 2020 05999004:a@1 insgesamt");
      assertThat(angriff.bestand().zellen())
          .singleElement()
          .satisfies(w -> assertThat(w.zaehler()).isNull());
    }

    @Test
    @DisplayName("published figures that break a relation are a finding")
    void beziehungVerletzt() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "F", 7, 100),
                  zeile("05999004", "c@1", JAHR, "F", 2, 50))
              .angriff();

      assertThat(befunde(angriff)).containsExactly("BEZIEHUNG_VERLETZT -");
      assertThat(angriff.angriff().befunde().get(0).beschreibung())
          .isEqualTo(
              "Zähler veröffentlicht, aber 05999004 (Abcstadt) = Σ 3 oberste Sozialräume am"
                  + " 2010-01-01 [quote 2020 insgesamt] gilt nicht (Rest -1)");
    }

    @Test
    @DisplayName("messwerte.csv must list the cells of messwerte.sdmx.csv with the same figures")
    void csvGegenSdmx() {
      Angriff angriff =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "a@1", JAHR, "F", 12, 150),
                  zeile("05999004", "b@1", JAHR, "A", 1, 100))
              .datei(
                  "05999004",
                  MesswerteCsvLeser.DATEINAME,
                  "\uFEFFIndikator;Version;Indikatorname;Raum;Raumname;Periode;Aufschlüsselung;"
                      + "Zähler;Nenner;Wert;Einheit;OBS_STATUS;CONF_STATUS\r\n"
                      + "quote;1;Quote;05999004:a@1;a;2020;insgesamt;13;150;8,7;%;A;F\r\n"
                      + "quote;1;Quote;05999004:c@1;c;2020;insgesamt;.;.;.;%;A;A\r\n")
              .angriff();

      assertThat(befunde(angriff))
          .containsExactlyInAnyOrder(
              "WIDERSPRUECHLICHE_ZAHLEN quote 2020 05999004:a@1 insgesamt",
              "ZEILE_FEHLT quote 2020 05999004:b@1 insgesamt",
              "ZEILE_FEHLT quote 2020 05999004:c@1 insgesamt");
    }
  }

  @Nested
  @DisplayName("the check of the formats")
  class Formate {

    @Test
    @DisplayName("reports a value, and a deviation, that bericht.json shows for a suppressed cell")
    void json() {
      Testfreigabe f =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "A", 2, 150));
      f.datei(
          "05999004",
          BerichtJsonLeser.DATEINAME,
"""
{"kommune": {"schluessel": "05999004", "name": "Abcstadt", "sozialraeume": []},
 "indikatoren": [{"key": "quote", "version": 1, "anteil": true}],
 "abschnitte": {"auswertungen": [{
   "indikator": {"key": "quote", "version": 1},
   "perioden": ["2020"],
   "kommune": {"gebiet": {"raum": "05999004"},
               "werte": [{"wert": 6.67, "zaehler": 20, "nenner": 300, "confStatus": "F"}]},
   "gebiete": [{"gebiet": {"raum": "05999004:a@1"},
                "werte": [{"wert": 1.33, "zaehler": null, "nenner": null, "confStatus": "A"}],
                "abweichung": -5.33, "rang": null}]}]}}
""");

      Angriff angriff = f.angriff();

      assertThat(angriff.formate().befunde())
          .extracting(Befund::beschreibung)
          .containsExactly(
              "05999004/bericht.json, /abschnitte/auswertungen/0/gebiete/0/abweichung zeigt"
                  + " Abweichung zur Kommune -5.33, berechnet aus der gesperrten Zelle quote 2020"
                  + " 05999004:a@1 insgesamt",
              "05999004/bericht.json, /abschnitte/auswertungen/0/gebiete/0/werte/0/wert zeigt"
                  + " Wert 1.33, die Zahl der gesperrten Zelle quote 2020 05999004:a@1 insgesamt");
    }

    @Test
    @DisplayName("reports a number bericht.xlsx shows in a suppressed cell's place")
    void xlsx() throws IOException {
      Testfreigabe f =
          freigabe()
              .ordner(
                  abc(),
                  List.of(),
                  zeile("05999004", "_T", JAHR, "F", 20, 300),
                  zeile("05999004", "a@1", JAHR, "A", 2, 150),
                  zeile("05999004", "b@1", JAHR, "D", 2, 150));
      f.datei(
          "05999004",
          BerichtJsonLeser.DATEINAME,
          """
          {"kommune": {"schluessel": "05999004", "name": "Abcstadt", "sozialraeume": []},
           "indikatoren": [{"key": "quote", "version": 1, "anteil": true}],
           "abschnitte": {"auswertungen": [{"indikator": {"key": "quote"}, "perioden": ["2020"]}]}}
          """);
      Path xlsx = ordner.resolve("05999004").resolve(BerichtXlsxLeser.DATEINAME);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("quote");
        String[] kopf = {"Gebiet", "Schlüssel", "2020", "Abweichung zur Kommune", "Rang"};
        for (int c = 0; c < kopf.length; c++) {
          ws.value(2, c, kopf[c]);
        }
        ws.value(3, 0, "Abcstadt");
        ws.value(3, 1, "05999004");
        ws.value(3, 2, 6.7);
        ws.value(4, 0, "a");
        ws.value(4, 1, "05999004:a@1");
        ws.value(4, 2, ".");
        ws.value(5, 0, "b");
        ws.value(5, 1, "05999004:b@1");
        ws.value(5, 2, 1.3);
        wb.finish();
      }

      Angriff angriff = f.angriff();

      assertThat(angriff.formate().befunde())
          .extracting(Befund::beschreibung)
          .containsExactly(
              "05999004/bericht.xlsx, Blatt quote, Zelle C6 zeigt Wert 1.3, die Zahl der gesperrten"
                  + " Zelle quote 2020 05999004:b@1 insgesamt");
    }
  }
}
