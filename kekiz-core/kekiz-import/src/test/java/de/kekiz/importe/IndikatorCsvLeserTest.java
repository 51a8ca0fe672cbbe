package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Periodizitaet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("IndikatorCsvLeser: indicator definitions from CSV")
class IndikatorCsvLeserTest {

  static final String KOPF =
      "indikator;version;name;gueltig_ab;gueltig_bis;zaehler;nenner;faktor;einheit;anteil;"
          + "polaritaet;quelle;ebene;periodizitaet;stichtag;dimensionen;aenderungshinweis\n";

  @TempDir Path ordner;

  private Path datei(String name, String inhalt) throws IOException {
    Path d = ordner.resolve(name);
    Files.writeString(d, inhalt, StandardCharsets.UTF_8);
    return d;
  }

  @Test
  @DisplayName("reads a definition with every field as the file gives it")
  void liestEineDefinition() throws IOException {
    Path d =
        datei(
            "hamburg.csv",
            KOPF
                + "hh-mindestsicherung-u15;1;Unter 15-Jährige in Mindestsicherung;31.12.2013;;"
                + "Unter 15-Jährige in Mindestsicherung;Unter 15-Jährige;100;%;ja;"
                + "hoeher-ist-schlechter;\"Statistikamt Nord; Stadtteilprofile 2014\";sozialraum;"
                + "jaehrlich;31.12.;geschlecht,alter;\n");

    Leseergebnis<Indikatorangabe> e = new IndikatorCsvLeser().lese(d);

    assertThat(e.fehler()).isEmpty();
    Indikator i = e.objekte().get(0).indikator();
    assertThat(e.objekte().get(0).zeile()).isEqualTo(2);
    assertThat(i.key()).isEqualTo(IndikatorKey.of("hh-mindestsicherung-u15"));
    assertThat(i.gueltigkeit().von()).isEqualTo(LocalDate.of(2013, 12, 31));
    assertThat(i.gueltigkeit().offen()).isTrue();
    assertThat(i.nennerDefinition()).contains("Unter 15-Jährige");
    assertThat(i.faktor()).isEqualByComparingTo(BigDecimal.valueOf(100));
    assertThat(i.anteil()).isTrue();
    assertThat(i.quelle()).isEqualTo("Statistikamt Nord; Stadtteilprofile 2014");
    assertThat(i.periodizitaet()).isEqualTo(Periodizitaet.JAEHRLICH);
    assertThat(i.stichtag()).contains(MonthDay.of(12, 31));
    assertThat(i.dimensionen()).containsExactly("alter", "geschlecht");
  }

  @Test
  @DisplayName("reads the optional columns nachkommastellen and synthetisch, and names a bad one")
  void liestGenauigkeitUndBeispieldaten() throws IOException {
    String kopf =
        KOPF.replace("aenderungshinweis\n", "aenderungshinweis;nachkommastellen;synthetisch\n");
    Path d =
        datei(
            "genau.csv",
            kopf
                + "a;1;A;2014-01-01;;Z;N;100;%;ja;neutral;Q;sozialraum;jaehrlich;;;;2;ja\n"
                + "b;1;B;2014-01-01;;Z;N;100;%;ja;neutral;Q;sozialraum;jaehrlich;;;;;\n");

    Leseergebnis<Indikatorangabe> e = new IndikatorCsvLeser().lese(d);

    assertThat(e.fehler()).isEmpty();
    Indikator a = e.objekte().get(0).indikator();
    Indikator b = e.objekte().get(1).indikator();
    assertThat(a.nachkommastellen()).isEqualTo(2);
    assertThat(a.synthetisch()).isTrue();
    assertThat(b.nachkommastellen()).isEqualTo(1); // the default for a share with factor 100
    assertThat(b.synthetisch()).isFalse();

    Path falsch =
        datei(
            "falsch-genau.csv",
            kopf
                + "a;1;A;2014-01-01;;Z;N;100;%;ja;neutral;Q;sozialraum;jaehrlich;;;;7;vielleicht\n");
    assertThat(new IndikatorCsvLeser().lese(falsch).fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            falsch
                + ", Zeile 2, Spalte 18 (nachkommastellen), Wert '7': erwartet eine ganze Zahl von"
                + " 0 bis 6 oder nichts",
            falsch
                + ", Zeile 2, Spalte 19 (synthetisch), Wert 'vielleicht': erwartet ja, nein oder"
                + " nichts");
  }

  @Test
  @DisplayName("reads back exactly what IndikatorCsvSchreiber wrote of the whole catalogue")
  void rundreiseDesKatalogs() throws IOException {
    Path d = ordner.resolve("katalog.csv");
    List<Indikator> katalog = Indikatoren.standard();
    new IndikatorCsvSchreiber().schreibe(d, katalog);

    Leseergebnis<Indikatorangabe> e = new IndikatorCsvLeser().lese(d);

    assertThat(e.fehler()).isEmpty();
    assertThat(e.objekte())
        .extracting(Indikatorangabe::indikator)
        .containsExactlyElementsOf(katalog);
    Path nochmal = ordner.resolve("nochmal.csv");
    new IndikatorCsvSchreiber()
        .schreibe(nochmal, e.objekte().stream().map(Indikatorangabe::indikator).toList());
    assertThat(Files.readAllBytes(nochmal)).isEqualTo(Files.readAllBytes(d));
  }

  @Test
  @DisplayName("names every bad field by line, column and value and gives no definition")
  void nenntJedenFehler() throws IOException {
    Path d =
        datei(
            "falsch.csv",
            KOPF
                + "gut;1;Gut;2014-01-01;;Z;N;100;%;ja;neutral;Q;sozialraum;jaehrlich;;;\n"
                + "Gross;0;Name;2014-13-01;;Z;N;1.000;%;vielleicht;besser;Q;stadt;jaehrlich;;;\n"
                + "quote;1;Quote;2014-01-01;;Z;;100;%;nein;neutral;Q;gemeinde;jaehrlich;;;\n"
                + "gut;1;Doppelt;2014-01-01;;Z;N;100;%;ja;neutral;Q;sozialraum;jaehrlich;;;\n"
                + "kurz;1;zu kurz\n");

    Leseergebnis<Indikatorangabe> e = new IndikatorCsvLeser().lese(d);

    assertThat(e.objekte()).isEmpty();
    assertThat(e.fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            d
                + ", Zeile 3, Spalte 1 (indikator), Wert 'Gross': erwartet einen Schlüssel aus"
                + " Kleinbuchstaben, Ziffern und '-' wie sgb2-quote-u15",
            d + ", Zeile 3, Spalte 2 (version), Wert '0': erwartet eine ganze Zahl ab 1",
            d
                + ", Zeile 3, Spalte 4 (gueltig_ab), Wert '2014-13-01': erwartet ein Datum wie"
                + " 01.01.2014",
            d
                + ", Zeile 3, Spalte 8 (faktor), Wert '1.000': erwartet eine Zahl größer 0 wie 100"
                + " oder 0,5 (ohne Tausenderpunkt)",
            d + ", Zeile 3, Spalte 10 (anteil), Wert 'vielleicht': erwartet ja oder nein",
            d
                + ", Zeile 3, Spalte 11 (polaritaet), Wert 'besser': erwartet eine von"
                + " hoeher-ist-besser, hoeher-ist-schlechter, neutral",
            d
                + ", Zeile 3, Spalte 13 (ebene), Wert 'stadt': erwartet eine von sozialraum,"
                + " gemeinde, jugendamt, kreis, land",
            d
                + ", Zeile 4, Spalte 8 (faktor), Wert '100': ein Indikator ohne Nenner hat den"
                + " Faktor 1 (sein Wert ist der Zähler)",
            d + ", Zeile 5, Spalte 1 (indikator), Wert 'gut': Version 1 steht schon in Zeile 2",
            d + ", Zeile 6: die Zeile hat 3 Felder, die Kopfzeile 17 (Zeile 'kurz;1;zu kurz')");
  }

  @Test
  @DisplayName("refuses a header with an unknown column, naming it")
  void unbekannteSpalte() throws IOException {
    Path d = datei("kopf.csv", KOPF.replace("einheit", "einheiten"));

    assertThatThrownBy(() -> new IndikatorCsvLeser().lese(d))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("Zeile 1, Spalte 9: unbekannte Spalte 'einheiten'");
  }

  @Test
  @DisplayName(
      "compares with what is stored: new, unchanged, changed content and overlapping validity")
  void gleichtMitDemGespeichertenAb() throws IOException {
    Path d =
        datei(
            "abgleich.csv",
            KOPF
                + "neu;1;Neu;2014-01-01;;Z;;1;Anzahl;nein;neutral;Q;sozialraum;jaehrlich;;;\n"
                + "alt;1;Alt;2014-01-01;2015-12-31;Z;;1;Anzahl;nein;neutral;Q;sozialraum;"
                + "jaehrlich;;;\n"
                + "geaendert;1;Anders;2014-01-01;;Z;;1;Anzahl;nein;neutral;Q;sozialraum;"
                + "jaehrlich;;;\n"
                + "alt;2;Alt;2015-06-01;;Z;;1;Anzahl;nein;neutral;Q;sozialraum;jaehrlich;;;"
                + "neu gezählt\n");
    List<Indikatorangabe> angaben = new IndikatorCsvLeser().lese(d).objekte();
    Indikator alt = angaben.get(1).indikator().withRevision(3);
    Indikator geaendert = angaben.get(2).indikator().toBuilder().name("Bisher").revision(1).build();

    IndikatorCsvLeser.Abgleich a =
        IndikatorCsvLeser.abgleich(
            d,
            angaben,
            key ->
                key.equals(alt.key())
                    ? List.of(alt)
                    : key.equals(geaendert.key()) ? List.of(geaendert) : List.of());

    assertThat(a.neu()).isEmpty();
    assertThat(a.fehler())
        .extracting(Importfehler::toString)
        .containsExactly(
            d
                + ", Zeile 4, Spalte 1 (indikator), Wert 'geaendert@1': diese Version ist schon"
                + " mit anderer Definition gespeichert (name gespeichert 'Bisher', in der Datei"
                + " 'Anders'); eine geänderte Definition wird eine neue Version mit"
                + " Änderungshinweis",
            d
                + ", Zeile 5, Spalte 4 (gueltig_ab), Wert '01.06.2015': die Gültigkeit"
                + " überschneidet sich mit Version 1 (ab 01.01.2014 bis 31.12.2015); eine Version"
                + " endet, bevor die nächste beginnt");

    IndikatorCsvLeser.Abgleich ohneKonflikt =
        IndikatorCsvLeser.abgleich(
            d, angaben.subList(0, 2), key -> key.equals(alt.key()) ? List.of(alt) : List.of());
    assertThat(ohneKonflikt.fehler()).isEmpty();
    assertThat(ohneKonflikt.neu()).containsExactly(angaben.get(0).indikator());
    assertThat(ohneKonflikt.unveraendert()).isEqualTo(1);
  }
}
