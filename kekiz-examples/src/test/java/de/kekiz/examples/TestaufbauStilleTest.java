package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.fixtures.KekizFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the tests' set-up of a database")
class TestaufbauStilleTest {

  @Test
  @DisplayName(
      "migrates a fresh database without Flyway's INFO lines on the error output, as kekiz.jar")
  void ohneFlywayZeilen(@TempDir Path daten) {
    List<String> zeilen = new ArrayList<>();
    Handler sammler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            zeilen.add(r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger flyway = Logger.getLogger("org.flywaydb");
    flyway.addHandler(sammler);
    try {
      Kommandozeile.lade(daten, List.of(KekizFixtures.bruehl()));
    } finally {
      flyway.removeHandler(sammler);
    }
    assertThat(Kommandozeile.messwerte(daten, KekizFixtures.bruehl().kommune().schluessel()))
        .isPositive();
    assertThat(zeilen).as("Flyway's lines while the set-up migrates a new database").isEmpty();
  }
}
