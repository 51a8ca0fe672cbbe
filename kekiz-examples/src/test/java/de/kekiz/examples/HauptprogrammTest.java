package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.fixtures.KekizFixtures;
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
        .contains("Sozialräume am 2024-12-31: 95 (9 Stadtbezirk, 86 Stadtteil)")
        .contains("Bönen (AGS 05978008)")
        .contains("Jugendamt des Kreises (05978000)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  @DisplayName("--help lists the commands")
  void hilfe() {
    assertThat(starte("--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: kekiz")
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
        .contains("--skip-bad-rows")
        .contains("--data=DIR")
        .contains("--jdbc-url=URL")
        .contains("--stacktrace");
  }

  @Test
  @DisplayName("--data and --jdbc-url exclude each other: exit 2")
  void datenbankwahl() {
    assertThat(
            starte(
                "report",
                "--kommune",
                "05570004",
                "--data",
                "x",
                "--jdbc-url",
                "jdbc:postgresql://localhost/kekiz"))
        .isEqualTo(Hauptprogramm.AUFRUFFEHLER);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  @DisplayName("an unknown option exits non-zero and says what was wrong")
  void unbekannt() {
    assertThat(starte("--gibtsnicht")).isNotZero();
    assertThat(err.toString()).contains("--gibtsnicht");
  }

  @Test
  @DisplayName("a malformed --stichtag exits non-zero and quotes the value")
  void stichtag() {
    assertThat(starte("zusammenfassung", "--stichtag", "31.12.2024")).isNotZero();
    assertThat(err.toString()).contains("31.12.2024");
  }
}
