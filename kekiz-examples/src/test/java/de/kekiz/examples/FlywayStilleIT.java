package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.persistence.KekizPersistenz;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * kekiz's Flyway in the host's log (SLF4J, here bound to {@code java.util.logging} by slf4j-jdk14,
 * as in {@link StilleEinbettungIT}): a build that migrates reports the applied migrations at INFO,
 * as a host expects of a migration; a build on an up-to-date database (the host's every later
 * start) validates it with Flyway's lines at DEBUG ({@code FINE}) and none at INFO or above. Runs
 * in a JVM of its own (failsafe forks one per test class), since Flyway's log configuration is
 * global.
 */
@DisplayName("Flyway in the host's log")
class FlywayStilleIT {

  /** Flyway's loggers are named after its classes, all below this one. */
  private final Logger flyway = Logger.getLogger("org.flywaydb");

  private final Sammler sammler = new Sammler();
  private @Nullable Level stufeVorher;

  /** Keeps every log record of Flyway's loggers. */
  private static final class Sammler extends Handler {
    private final List<LogRecord> saetze = new ArrayList<>();

    @Override
    public synchronized void publish(LogRecord satz) {
      saetze.add(satz);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** The records at {@code stufe} exactly, or at it and above, as "LEVEL logger: message". */
    synchronized List<String> zeilen(Level stufe, boolean undHoeher) {
      List<String> zeilen = new ArrayList<>();
      for (LogRecord satz : saetze) {
        int wert = satz.getLevel().intValue();
        if (wert == stufe.intValue() || (undHoeher && wert > stufe.intValue())) {
          zeilen.add(satz.getLevel() + " " + satz.getLoggerName() + ": " + satz.getMessage());
        }
      }
      return zeilen;
    }

    synchronized void leere() {
      saetze.clear();
    }
  }

  @BeforeEach
  void sammle() {
    stufeVorher = flyway.getLevel();
    flyway.setLevel(Level.FINE);
    flyway.addHandler(sammler);
  }

  @AfterEach
  void raeumeAuf() {
    flyway.removeHandler(sammler);
    flyway.setLevel(stufeVorher);
  }

  private static JdbcDataSource datenbank(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  @DisplayName(
      "logs the applied migrations at INFO on a fresh database, and on the next build of the same"
          + " database nothing at INFO or above, only DEBUG")
  void leiseOhneMigration() {
    JdbcDataSource ds = datenbank("flyway_stille");

    KekizPersistenz.builder().dataSource(ds).build();
    List<String> ersteInfo = sammler.zeilen(Level.INFO, true);
    sammler.leere();
    KekizPersistenz.builder().dataSource(ds).build();

    assertThat(ersteInfo)
        .as("Flyway's lines at INFO and above while migrating a fresh database")
        .anyMatch(
            z -> z.startsWith("INFO ") && z.matches(".*Successfully applied \\d+ migrations.*"));
    assertThat(sammler.zeilen(Level.INFO, true))
        .as("Flyway's lines at INFO and above on the second build")
        .isEmpty();
    assertThat(sammler.zeilen(Level.FINE, false))
        .as("Flyway's lines at DEBUG (FINE) on the second build")
        .anyMatch(z -> z.matches(".*Successfully validated \\d+ migrations.*"));
  }

  @Test
  @DisplayName("leaves Flyway's own logging at its levels after a build that migrated nothing")
  void flywaysLogDanachUnveraendert() {
    JdbcDataSource ds = datenbank("flyway_danach");
    KekizPersistenz.builder().dataSource(ds).build();
    KekizPersistenz.builder().dataSource(ds).build();
    sammler.leere();

    // one of Flyway's loggers, used after kekiz's quiet build (as the host's Flyway uses them)
    LogFactory.getLog(Flyway.class).info("eine Zeile des Wirts");

    assertThat(sammler.zeilen(Level.INFO, false))
        .as("a Flyway line at INFO after kekiz's build")
        .containsExactly("INFO org.flywaydb.core.Flyway: eine Zeile des Wirts");
  }
}
