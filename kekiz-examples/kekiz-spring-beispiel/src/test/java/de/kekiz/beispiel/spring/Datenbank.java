package de.kekiz.beispiel.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the example runs on, each call a fresh one: H2 in a file (so that a restart finds
 * it as the last run left it) and a new database on one embedded PostgreSQL per test JVM.
 */
enum Datenbank {
  H2 {
    @Override
    String neueUrl(Path verzeichnis) {
      return "jdbc:h2:file:"
          + verzeichnis.resolve("db" + ZAEHLER.incrementAndGet()).toAbsolutePath();
    }
  },
  POSTGRESQL {
    @Override
    String neueUrl(Path verzeichnis) {
      String name = "beispiel" + ZAEHLER.incrementAndGet();
      try (Connection c = Server.POSTGRES.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("creating the database " + name, e);
      }
      return Server.POSTGRES.getJdbcUrl("postgres", name);
    }
  };

  private static final AtomicInteger ZAEHLER = new AtomicInteger();

  /** The JDBC URL of a new, empty database (H2: a file under {@code verzeichnis}). */
  abstract String neueUrl(Path verzeichnis);

  /** The embedded PostgreSQL, started on first use and stopped when the JVM ends. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = starte();

    private static EmbeddedPostgres starte() {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // the JVM ends anyway
                      }
                    }));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException("starting the embedded PostgreSQL", e);
      }
    }
  }
}
