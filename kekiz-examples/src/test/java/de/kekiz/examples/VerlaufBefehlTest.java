package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.lade;
import static de.kekiz.examples.Kommandozeile.mitDatenbank;
import static de.kekiz.examples.Kommandozeile.starteMitDaten;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kekiz verlauf: the stored earlier states of a Kommune, its chain and Leitbilder")
class VerlaufBefehlTest {

  @TempDir Path ordner;

  private Path daten() {
    return ordner.resolve("daten");
  }

  private Lauf kekiz(String befehl, String... args) {
    return starteMitDaten(daten(), befehl, args);
  }

  @Test
  @DisplayName(
      "shows a changed Kommune's current revision and the state it replaced, when, by whom")
  void geaenderteKommune() {
    Lauf anlegen =
        kekiz("kommune", "--kommune", "02000000", "--name", "Hamburg", "--art", "kreisfreie-stadt");
    assertThat(anlegen.status()).as(anlegen.toString()).isZero();
    Lauf aendern =
        kekiz("kommune", "--kommune", "02000000", "--name", "Freie und Hansestadt Hamburg");
    assertThat(aendern.status()).as(aendern.toString()).isZero();

    Lauf l = kekiz("verlauf", "--kommune", "02000000");

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .startsWith("Verlauf von Freie und Hansestadt Hamburg (02000000) in der H2-Datenbank")
        .contains(
            "\nKommune\n"
                + "  aktuell: Revision 2: Freie und Hansestadt Hamburg, kreisfreie Stadt,"
                + " 0 Sozialräume\n"
                + "  Revision 1, ersetzt am 01.03.2025 um 11:15:30 von ")
        .containsPattern(
            "um 11:15:30 von \\S+: Hamburg, kreisfreie Stadt, 0 Sozialräume\n"
                + "    danach geändert: Name „Hamburg“ → „Freie und Hansestadt Hamburg“\n"
                + "\nPräventionskette\n  nicht gespeichert\n"
                + "\nLeitbild: keines gespeichert\n"
                + "\n1 frühere Fassung gespeichert.\n$");
  }

  @Test
  @DisplayName("shows a chain's earlier state with its Angebote; an unchanged Leitbild has none")
  void geaenderteKette() {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    lade(daten(), List.of(ahlen));
    int angebote = ahlen.kette().angebote().size();
    mitDatenbank(
        daten(),
        db -> {
          Praeventionskette k =
              db.persistenz().praeventionsketten().findByKommune(ahlen.schluessel()).orElseThrow();
          return db.persistenz()
              .praeventionsketten()
              .save(k.toBuilder().angebote(k.angebote().subList(1, k.angebote().size())).build());
        });

    Lauf l = kekiz("verlauf", "--kommune", ahlen.schluessel().toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains(
            "\nKommune\n  aktuell: Revision 1: Ahlen, mittlere kreisangehörige Stadt,"
                + " 8 Sozialräume (9 Gebietsstände)\n")
        .contains("\nPräventionskette\n  aktuell: Revision 2: " + (angebote - 1) + " Angebote, ")
        .containsPattern(
            "  Revision 1, ersetzt am 01\\.03\\.2025 um 11:15:30 von test: "
                + angebote
                + " Angebote, \\d+ Übergänge\n"
                + "    danach geändert: Angebote − "
                + ahlen.kette().angebote().get(0).id()
                + "\n")
        .containsPattern(
            "\nLeitbild, Fassung 1\n  aktuell: Revision 1: Leitbild [^\n]+, Fassung 1, [^\n]+\n"
                + "  keine frühere Fassung\n")
        .endsWith("\n1 frühere Fassung gespeichert.\n");
  }

  @Test
  @DisplayName("shows a deleted chain as deleted, with the state the delete removed")
  void geloeschteKette() {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    lade(daten(), List.of(ahlen));
    mitDatenbank(daten(), db -> db.persistenz().praeventionsketten().delete(ahlen.schluessel(), 1));

    Lauf l = kekiz("verlauf", "--kommune", ahlen.schluessel().toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .contains(
            "\nPräventionskette\n  derzeit nicht gespeichert (gelöscht)\n"
                + "  Revision 1, gelöscht am 01.03.2025 um 11:15:30 von test: "
                + ahlen.kette().angebote().size()
                + " Angebote, ")
        .doesNotContain("danach geändert"); // a delete ends the chain's life: nothing after it
  }

  @Test
  @DisplayName("says so when nothing was ever replaced")
  void nichtsErsetzt() {
    lade(daten(), List.of(KekizFixtures.ahlen()));

    Lauf l = kekiz("verlauf", "--kommune", KekizFixtures.ahlen().schluessel().toString());

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out())
        .endsWith(
            "\nKeine frühere Fassung gespeichert: alles ist so, wie es zuerst gespeichert wurde.\n");
  }

  @Test
  @DisplayName("refuses a data folder that does not exist, and does not create it")
  void ohneDatenordner() {
    Lauf l = kekiz("verlauf", "--kommune", "05570004");

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(
            "den Datenordner " + daten() + " gibt es nicht, also ist dort nichts gespeichert");
    assertThat(daten()).doesNotExist();
  }

  @Test
  @DisplayName("names a Kommune that was never stored, on the error output, and exits with 1")
  void unbekannteKommune() {
    lade(daten(), List.of(KekizFixtures.ahlen()));
    Lauf l = kekiz("verlauf", "--kommune", "02000000");

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.out()).isEmpty();
    assertThat(l.err()).contains("Kommune 02000000 ist in der H2-Datenbank").contains("nie");
  }
}
