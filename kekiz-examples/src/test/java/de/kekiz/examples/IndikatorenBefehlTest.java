package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz indikatoren: indicator definitions from CSV, all or nothing")
class IndikatorenBefehlTest {

  static final String KOPF =
      "indikator;version;name;gueltig_ab;gueltig_bis;zaehler;nenner;faktor;einheit;anteil;"
          + "polaritaet;quelle;ebene;periodizitaet;stichtag;dimensionen;aenderungshinweis\n";
  static final String MINDESTSICHERUNG =
      "hh-mindestsicherung-u15;1;Unter 15-Jährige in Mindestsicherung;2013-01-01;;"
          + "Unter 15-Jährige in Mindestsicherung;Unter 15-Jährige;100;%;ja;"
          + "hoeher-ist-schlechter;Statistikamt Nord;sozialraum;jaehrlich;31.12.;;\n";
  static final String BEVOELKERUNG =
      "hh-bevoelkerung;1;Bevölkerung;2013-01-01;;Einwohnerinnen und Einwohner;;1;Personen;nein;"
          + "neutral;Statistikamt Nord;sozialraum;jaehrlich;31.12.;;\n";

  @TempDir Path ordner;

  private Path daten() {
    return ordner.resolve("daten");
  }

  private Lauf kekiz(String... args) {
    List<String> alle = new ArrayList<>(List.of("indikatoren", "--daten", daten().toString()));
    alle.addAll(List.of(args));
    return starte(alle.toArray(String[]::new));
  }

  private Path datei(String name, String text) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private List<Indikator> gespeichert() {
    return mitDatenbank(daten(), db -> db.persistenz().indikatoren().findAll());
  }

  @Test
  @DisplayName("stores the definitions of a file, and the same file again changes nothing")
  void speichertUndWiederholt() throws IOException {
    Path d = datei("indikatoren.csv", KOPF + MINDESTSICHERUNG + BEVOELKERUNG);

    Lauf erst = kekiz(d.toString());
    Lauf nochmal = kekiz(d.toString());

    assertThat(erst.status()).as(erst.toString()).isZero();
    assertThat(erst.out().strip())
        .isEqualTo(
            "Indikatordefinitionen gespeichert: 2 neu, 0 unverändert; jetzt 2 in der"
                + " Datenbank.");
    assertThat(gespeichert())
        .extracting(Indikator::key)
        .containsExactly(
            IndikatorKey.of("hh-bevoelkerung"), IndikatorKey.of("hh-mindestsicherung-u15"));
    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out().strip())
        .isEqualTo("Indikatordefinitionen: alle 2 waren schon so gespeichert; nichts geändert.");
  }

  @Test
  @DisplayName("stores nothing of a file with a bad row and names line, column and value")
  void fehlerhafteDatei() throws IOException {
    Path d =
        datei(
            "falsch.csv",
            KOPF + MINDESTSICHERUNG + BEVOELKERUNG.replace(";1;Personen", ";100;Personen"));

    Lauf lauf = kekiz(d.toString());

    assertThat(lauf.status()).as(lauf.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(lauf.err().lines().toList())
        .containsExactly(
            d
                + ", Zeile 3, Spalte 8 (faktor), Wert '100': ein Indikator ohne Nenner hat den"
                + " Faktor 1 (sein Wert ist der Zähler)",
            "Nichts gespeichert: 1 Fehler in der Datei");
    assertThat(gespeichert()).isEmpty();
  }

  @Test
  @DisplayName("refuses a changed definition of a stored version and stores nothing of the file")
  void geaenderteVersion() throws IOException {
    assertThat(kekiz(datei("erst.csv", KOPF + MINDESTSICHERUNG).toString()).status()).isZero();
    Path d =
        datei(
            "zweit.csv",
            KOPF + BEVOELKERUNG + MINDESTSICHERUNG.replace(";100;%;", ";1000;Promille;"));

    Lauf lauf = kekiz(d.toString());

    assertThat(lauf.status()).as(lauf.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(lauf.err())
        .contains(
            d
                + ", Zeile 3, Spalte 1 (indikator), Wert 'hh-mindestsicherung-u15@1': diese Version"
                + " ist schon mit anderer Definition gespeichert (faktor gespeichert '100', in der"
                + " Datei '1000', einheit gespeichert '%', in der Datei 'Promille')");
    assertThat(gespeichert())
        .extracting(Indikator::key)
        .containsExactly(IndikatorKey.of("hh-mindestsicherung-u15"));
  }

  @Test
  @DisplayName("writes every stored definition so that the file reads back to the same bytes")
  void ausgabe() throws IOException {
    // with the two optional columns, which the writer always writes
    Path d =
        datei(
            "indikatoren.csv",
            KOPF.replace("aenderungshinweis\n", "aenderungshinweis;nachkommastellen;synthetisch\n")
                + BEVOELKERUNG.replace("\n", ";0;nein\n")
                + MINDESTSICHERUNG.replace("\n", ";1;nein\n"));
    assertThat(kekiz(d.toString()).status()).isZero();
    Path aus = ordner.resolve("aus.csv");

    Lauf lauf = kekiz("--ausgabe", aus.toString());

    assertThat(lauf.status()).as(lauf.toString()).isZero();
    assertThat(lauf.out().strip())
        .isEqualTo("2 Indikatordefinitionen nach " + aus + " geschrieben.");
    assertThat(Files.readString(aus, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(d, StandardCharsets.UTF_8));
  }
}
