package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.kommune;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starteMitDaten;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.examples.Kommandozeile.Lauf;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Kommunen on a fresh database: kekiz kommune and the NRW register")
class KommuneBefehlTest {

  static final Gemeindeschluessel HAMBURG = Gemeindeschluessel.parse("02000000");

  @TempDir Path ordner;

  private Path daten() {
    return ordner.resolve("daten");
  }

  private Lauf kekiz(String befehl, String... args) {
    return starteMitDaten(daten(), befehl, args);
  }

  private long anzahlKommunen() {
    return mitDatenbank(daten(), db -> (long) db.persistenz().kommunen().findAll().size());
  }

  @Test
  @DisplayName("prints a stored name with bidirectional and control characters made visible")
  void nameSichtbar() {
    String name = "Ham\u202Eburg\u001B[31m";
    Lauf l = kekiz("kommune", "--kommune", "02000000", "--name", name, "--art", "kreisfreie-stadt");
    assertThat(l.status()).as(l.toString()).isZero();
    Lauf bericht =
        kekiz(
            "report", "--kommune", "02000000", "--ausgabe", daten().resolve("bericht").toString());
    assertThat(bericht.out() + bericht.err())
        .as(bericht.toString())
        .contains("Ham\\u202Eburg\\e[31m")
        .doesNotContain("\u202E")
        .doesNotContain("\u001B");
  }

  @Test
  @DisplayName("creates a Kommune of another Land by key, name and kind; again: nothing changed")
  void andereLaender() {
    Lauf l =
        kekiz("kommune", "--kommune", "02000000", "--name", "Hamburg", "--art", "kreisfreie-stadt");

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out().strip())
        .isEqualTo("Kommune Hamburg (02000000, kreisfreie Stadt, Jugendamt: eigenes) angelegt.");
    Kommune hamburg = kommune(daten(), HAMBURG);
    assertThat(hamburg.art()).isEqualTo(Kommunenart.KREISFREIE_STADT);
    assertThat(hamburg.revision()).isEqualTo(1);

    Lauf nochmal =
        kekiz("kommune", "--kommune", "02000000", "--name", "Hamburg", "--art", "kreisfreie-stadt");
    assertThat(nochmal.status()).as(nochmal.toString()).isZero();
    assertThat(nochmal.out()).contains("ist schon so gespeichert; nichts geändert");
    assertThat(kommune(daten(), HAMBURG).revision()).isEqualTo(1);
  }

  @Test
  @DisplayName("needs name and kind for a key outside the register, and says so")
  void ohneNamen() {
    Lauf l = kekiz("kommune", "--kommune", "02000000");

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Kommune 02000000 ist weder in der H2-Datenbank")
        .contains("noch im Gemeindeverzeichnis NRW: bitte --name und --art angeben");
    assertThat(anzahlKommunen()).isZero();

    Lauf nurName = kekiz("kommune", "--kommune", "02000000", "--name", "Hamburg");
    assertThat(nurName.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(nurName.err()).contains("bitte auch --art angeben");
    assertThat(anzahlKommunen()).isZero();
  }

  @Test
  @DisplayName("rejects an unknown kind with the kinds it knows (exit 2)")
  void unbekannteArt() {
    Lauf l = kekiz("kommune", "--kommune", "02000000", "--name", "Hamburg", "--art", "stadtstaat");

    assertThat(l.status()).isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(l.err())
        .contains("--art braucht eine von kreisfreie-stadt, kreis")
        .contains("nicht 'stadtstaat'");
  }

  @Test
  @DisplayName("rejects a kind that does not fit the key, naming the rule")
  void artPasstNicht() {
    Lauf l = kekiz("kommune", "--kommune", "02000001", "--name", "X", "--art", "kreisfreie-stadt");

    assertThat(l.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains("Kommune 02000001 kann so nicht angelegt werden")
        .contains("kommune.schluessel-nicht-000");
    assertThat(anzahlKommunen()).isZero();
  }

  @Test
  @DisplayName("takes a Kommune of NRW from the register, and corrects its Jugendamt on request")
  void nrw() {
    Lauf l = kekiz("kommune", "--kommune", "05978020");

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains(
            "Kommune Kamen (05978020, mittlere kreisangehörige Stadt, Jugendamt: eigenes) aus"
                + " dem Gemeindeverzeichnis NRW angelegt.");
    Lauf kreis = kekiz("kommune", "--kommune", "05978020", "--jugendamt", "kreis");
    assertThat(kreis.out()).contains("Jugendamt: des Kreises 05978000) geändert.");
    Kommune kamen = kommune(daten(), Gemeindeschluessel.parse("05978020"));
    assertThat(kamen.jugendamt()).isEqualTo(Gemeindeschluessel.parse("05978000"));
    assertThat(kamen.kreis()).contains(Kreisschluessel.parse("05978"));
    assertThat(kamen.bevoelkerung()).isNotEmpty();
  }

  @Test
  @DisplayName("imports the real GENESIS 12411 export for Köln on a fresh database")
  void genesisAufFrischerDatenbank() {
    Lauf l =
        kekiz(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains("Kommune Köln (05315000) aus dem Gemeindeverzeichnis NRW angelegt")
        .contains("Bevölkerung von Köln (05315000) aktualisiert");
    Kommune koeln = kommune(daten(), Gemeindeschluessel.parse("05315000"));
    assertThat(koeln.art()).isEqualTo(Kommunenart.KREISFREIE_STADT);
    assertThat(koeln.einwohner(LocalDate.of(2024, 12, 31), Altersspanne.ab(0))).hasValue(1_024_621);
  }
}
