package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database error as the user of the real {@code target/kekiz.jar} sees it: one German line on the
 * error output, the database's own words quoted, and no line of the libraries' logging (Flyway logs
 * an English error of its own when a migration fails; the command line's logging setup keeps it off
 * the terminal, {@code --stacktrace} shows it).
 */
@DisplayName("A database error on the terminal")
class DatenbankfehlerIT {

  @TempDir Path ordner;

  @Test
  @DisplayName("a failed migration is one German line, without Flyway's own log line")
  void misslungeneMigration() throws Exception {
    String url = mitFremderTabelle("fremd");

    Ergebnis e = laufe("kommune", "--kommune", "05315000", "--jdbc-url", url);

    assertThat(e.status()).as(e.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(e.zeilen())
        .as(e.toString())
        .containsExactly(
            "kekiz kommune: das Schema der Datenbank "
                + url
                + " lässt sich nicht auf den Stand dieser kekiz-Version bringen: die Datenbank"
                + " meldet 'Table \"KOMMUNE\" already exists' (--stacktrace zeigt Einzelheiten)");
  }

  @Test
  @DisplayName("with --stacktrace the libraries' warnings and errors are shown")
  void mitStacktrace() throws Exception {
    String url = mitFremderTabelle("fremd2");

    Ergebnis e = laufe("kommune", "--kommune", "05315000", "--jdbc-url", url, "--stacktrace");

    assertThat(e.status()).as(e.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(String.join("\n", e.zeilen()))
        .contains("Migration of schema")
        .contains("at de.kekiz");
  }

  private record Ergebnis(int status, List<String> zeilen) {}

  /** A new H2 database whose schema holds a foreign table of kekiz's name; its URL. */
  private String mitFremderTabelle(String name) throws SQLException {
    String url = "jdbc:h2:file:" + ordner.resolve(name);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kommune (nummer INT)");
    }
    return url;
  }

  private static Ergebnis laufe(String... argumente) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("kekiz.jar", "target/kekiz.jar")).toAbsolutePath();
    assertThat(jar).as("build the jar first (mvn package)").exists();
    List<String> befehl = new ArrayList<>();
    befehl.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    befehl.add("-jar");
    befehl.add(jar.toString());
    befehl.addAll(List.of(argumente));
    Process p = new ProcessBuilder(befehl).redirectErrorStream(true).start();
    String ausgabe = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Ergebnis(p.exitValue(), ausgabe.lines().toList());
  }
}
