package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line {@link Fehlerausgabe} prints for a command that failed. */
@DisplayName("The error line of the command line")
class FehlerausgabeTest {

  @TempDir Path ordner;

  @Test
  @DisplayName(
      "a database that refuses a change: what failed, in kekiz's German words, and the database's"
          + " own words quoted")
  void datenbankLehntAb() {
    String url = "jdbc:h2:file:" + ordner.resolve("db");
    Lauf angelegt = starte("kommune", "--kommune", "05315000", "--jdbc-url", url);
    assertThat(angelegt.status()).as(angelegt.toString()).isZero();

    Lauf l = starte("kommune", "--kommune", "05978004", "--jdbc-url", url + ";ACCESS_MODE_DATA=r");

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "kekiz kommune: Datenbankfehler: Speichern der Kommune 05978004 ist fehlgeschlagen,"
                + " die Datenbank meldet 'The database is read only'")
        .as("the database's state and the statement are in the stack trace")
        .endsWith(" (--stacktrace zeigt Einzelheiten)");
  }

  @Test
  @DisplayName(
      "a user's mistake (a Kommune not stored, a missing file) is one line without the hint")
  void fehlerDesBenutzers() {
    String daten = ordner.resolve("daten").toString();
    Lauf kommune = starte("report", "--kommune", "09162000", "--daten", daten);
    assertThat(kommune.status()).as(kommune.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(kommune.err().lines().filter(z -> z.startsWith("kekiz report: ")))
        .singleElement()
        .asString()
        .startsWith("kekiz report: Kommune 09162000 ist nicht in der");
    assertThat(kommune.err()).doesNotContain("--stacktrace");

    Lauf datei =
        starte(
            "import",
            "--kommune",
            "05315000",
            ordner.resolve("fehlt.csv").toString(),
            "--daten",
            daten);
    assertThat(datei.status()).as(datei.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(datei.err()).contains("fehlt.csv").doesNotContain("--stacktrace");
  }

  @Test
  @DisplayName(
      "the hint follows an unexpected failure and a database failure, not the German explanation"
          + " of a command or a broken rule")
  void hinweisNurWoDerStacktraceMehrSagt() {
    assertThat(zeile(new IllegalStateException("index 3 out of bounds")))
        .isEqualTo("probe: index 3 out of bounds (--stacktrace zeigt Einzelheiten)");
    assertThat(zeile(new NullPointerException()))
        .isEqualTo("probe: NullPointerException (--stacktrace zeigt Einzelheiten)");
    assertThat(
            zeile(
                new de.kekiz.domain.RegelverstossException(
                    "probe.regel", "Messwert x", "numerator 3 exceeds denominator 2")))
        .as("a domain rule no command turned into its own explanation is unexpected")
        .endsWith(" (--stacktrace zeigt Einzelheiten)");
    assertThat(zeile(new Abbruch("die Datei x.csv fehlt")))
        .isEqualTo("probe: die Datei x.csv fehlt");
    assertThat(zeile(new Abbruch("die Datei x.csv fehlt", new java.io.IOException("x.csv"))))
        .isEqualTo("probe: die Datei x.csv fehlt");
    assertThat(zeile(new de.kekiz.port.VersionskonfliktException("Kommune", "05315000", 1, 2)))
        .startsWith("probe: Kommune 05315000: die Änderung beruht auf Revision 1")
        .doesNotContain("--stacktrace");
    assertThat(
            zeile(
                new Abbruch(
                    "die Datenbank lässt sich nicht öffnen",
                    new java.sql.SQLException("Connection refused"))))
        .endsWith("(--stacktrace zeigt Einzelheiten)");
    assertThat(
            zeile(
                new de.kekiz.port.PersistenzException(
                    "Laden der Kommune 05315000", new java.sql.SQLException("timeout"))))
        .isEqualTo(
            "probe: Datenbankfehler: Laden der Kommune 05315000 ist fehlgeschlagen, die"
                + " Datenbank meldet 'timeout' (--stacktrace zeigt Einzelheiten)");
    // a limit of kekiz's own is not put in the database's mouth
    assertThat(
            zeile(
                new de.kekiz.port.PersistenzException(
                    "Nummerieren der Kommune 05315000 für ihre Messwerte",
                    new IllegalStateException("sie bekam die Nummer 65536"))))
        .startsWith(
            "probe: Datenbankfehler: Nummerieren der Kommune 05315000 für ihre Messwerte ist"
                + " fehlgeschlagen: 'sie bekam die Nummer 65536'")
        .doesNotContain("die Datenbank meldet");
  }

  /** The error line {@link Fehlerausgabe} prints when a command throws {@code fehler}. */
  private static String zeile(RuntimeException fehler) {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine befehl =
        new picocli.CommandLine(new Probe(fehler))
            .setErr(new java.io.PrintWriter(err))
            .setExecutionExceptionHandler(new Fehlerausgabe());
    assertThat(befehl.execute()).isEqualTo(Hauptprogramm.FEHLER);
    return err.toString().strip();
  }

  /** A command that fails with a given exception. */
  @picocli.CommandLine.Command(name = "probe")
  private static final class Probe implements java.util.concurrent.Callable<Integer> {
    private final RuntimeException fehler;

    Probe(RuntimeException fehler) {
      this.fehler = fehler;
    }

    @Override
    public Integer call() {
      throw fehler;
    }
  }
}
