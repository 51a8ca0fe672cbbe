package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Importoptionen;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line")
class HauptprogrammTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int starte(String... args) {
    return Hauptprogramm.ausfuehren(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  @DisplayName("without a command prints the summary of every example Kommune and exits 0")
  void zusammenfassung() {
    assertThat(starte()).isZero();
    String text = out.toString();
    int n = KekizFixtures.alle().size();
    assertThat(text).contains(n + " Beispielkommunen.");
    assertThat(text)
        .contains("Ahlen (AGS 05570004)")
        .contains("Brühl (AGS 05362012)")
        .contains("Köln (AGS 05315000)")
        .contains("Sozialräume am 31.12.2024: 95 (9 Stadtbezirke, 86 Stadtteile)")
        .contains("Bönen (AGS 05978008)")
        .contains("Jugendamt des Kreises (05978000)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("--help lists the commands")
  void hilfe() {
    assertThat(starte("--help")).isZero();
    assertThat(out.toString())
        .contains("Aufruf: kekiz")
        .contains("zusammenfassung")
        .contains("demo")
        .contains("import")
        .contains("report");
  }

  @Test
  @DisplayName("import --help names the GENESIS options and the common database options")
  void importHilfe() {
    assertThat(starte("import", "--help")).isZero();
    assertThat(out.toString())
        .contains("--kommune=AGS")
        .contains("--wertmerkmal=CODE")
        .contains("--fehlerhafte-zeilen-ueberspringen")
        .contains("--daten=ORDNER")
        .contains("--jdbc-url=URL")
        .contains("--stacktrace")
        .contains(
            "(Vorgabe: " + Anzeigetext.zahl(Importoptionen.STANDARD_FORTSCHRITT_INTERVALL) + ")")
        .contains(
            "(Vorgabe: " + Anzeigetext.zahl(Importoptionen.STANDARD_MAX_GEMELDETE_FEHLER) + ")");
  }

  @Test
  @DisplayName("--daten and --jdbc-url exclude each other: exit 2")
  void datenbankwahl() {
    assertThat(
            starte(
                "report",
                "--kommune",
                "05570004",
                "--daten",
                "x",
                "--jdbc-url",
                "jdbc:postgresql://localhost/kekiz"))
        .isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(err.toString()).contains("schließen einander aus");
  }

  @Test
  @DisplayName("an unknown option exits non-zero and says what was wrong")
  void unbekannt() {
    assertThat(starte("--gibtsnicht")).isNotZero();
    assertThat(err.toString()).contains("--gibtsnicht");
  }

  @Test
  @DisplayName("a malformed --stichtag exits 2, naming option and value in German")
  void stichtag() {
    assertThat(starte("zusammenfassung", "--stichtag", "31.13.2024"))
        .isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(err.toString())
        .startsWith(
            "kekiz zusammenfassung: ungültiger Wert '31.13.2024' für --stichtag: erwartet ein"
                + " Datum als TT.MM.JJJJ oder JJJJ-MM-TT");
  }

  @Test
  @DisplayName("--stichtag takes a German date and an ISO date alike")
  void stichtagDeutschUndIso() {
    assertThat(starte("zusammenfassung", "--stichtag", "31.12.2023")).isZero();
    String deutsch = out.toString();
    out.getBuffer().setLength(0);
    assertThat(starte("zusammenfassung", "--stichtag", "2023-12-31")).isZero();
    assertThat(out.toString()).isEqualTo(deutsch);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("zusammenfassung prints the Reifegrad, who does what and the effect comparisons")
  void zusammenfassungAuswertung() {
    assertThat(starte("zusammenfassung")).isZero();
    assertThat(out.toString())
        .contains("Ahlen (AGS 05570004)")
        .contains("  Reifegrad der Präventionskette: Am 31.12.2024: 6 von 10 Punkten")
        .contains("  Wer tut was (Stand 31.12.2024):")
        .contains("Sprachbrücke Kita – Grundschule")
        .contains("      Differenz der Differenzen: +5,4 Prozentpunkte (")
        .contains("günstigere Entwicklung als in der Vergleichsgruppe");
    assertThat(err.toString()).isEmpty();
  }
}
