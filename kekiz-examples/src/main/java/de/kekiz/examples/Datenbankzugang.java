package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.persistence.Transaktionsmodus;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.PersistenzException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The main job's database: one connection, opened for the run of one command, on which every
 * repository works inside transactions the command draws ({@link #imTransaktion}).
 *
 * <p>This is how a host embeds kekiz-persistence when it owns its connection and its transactions:
 * the schema is migrated over connections of its own first, then {@link KekizPersistenz} is built
 * in mode {@link Transaktionsmodus#DES_AUFRUFERS} on a {@link DataSource} that always hands out the
 * one connection, so that several repository calls (a Kommune, its Leitbild, its chain and its
 * Messwerte; an import's Messwerte and the population it changes) are stored all or nothing.
 *
 * <p>An embedded H2 database in a file ({@link #h2Datei}) is shut down on {@link #close()}, so that
 * its file is free for the next command. Not thread-safe: one command, one thread.
 */
final class Datenbankzugang implements AutoCloseable {

  /** The file name of the embedded H2 database under the data folder (H2 adds {@code .mv.db}). */
  static final String H2_DATEINAME = "kekiz";

  private final Connection verbindung;
  private final KekizPersistenz persistenz;
  private final String beschreibung;
  private final boolean herunterfahren;

  private Datenbankzugang(
      Connection verbindung,
      KekizPersistenz persistenz,
      String beschreibung,
      boolean herunterfahren) {
    this.verbindung = verbindung;
    this.persistenz = persistenz;
    this.beschreibung = beschreibung;
    this.herunterfahren = herunterfahren;
  }

  /**
   * The JDBC URL of the embedded H2 database under {@code verzeichnis}: kept open until {@link
   * #close()} shuts it down ({@code DB_CLOSE_DELAY=-1}, as kekiz-persistence's tests), without
   * compacting the file on shutdown ({@code MAX_COMPACT_TIME=0}: H2 reuses free space anyway, and
   * compacting cost each command up to a second).
   */
  static String h2Url(Path verzeichnis) {
    return "jdbc:h2:file:"
        + verzeichnis.toAbsolutePath().normalize().resolve(H2_DATEINAME)
        + ";DB_CLOSE_DELAY=-1;MAX_COMPACT_TIME=0";
  }

  /**
   * Creates or opens the embedded H2 database in folder {@code verzeichnis} (created if needed) and
   * brings its schema up to date.
   *
   * @throws IOException if the folder cannot be created
   * @throws de.kekiz.port.PersistenzException if the database cannot be opened or migrated
   */
  static Datenbankzugang h2Datei(Path verzeichnis, Clock uhr, Benutzerkontext benutzer)
      throws IOException {
    Files.createDirectories(verzeichnis);
    return oeffne(
        h2Url(verzeichnis),
        "sa",
        "",
        "H2-Datenbank in " + verzeichnis.toAbsolutePath().normalize(),
        true,
        uhr,
        benutzer);
  }

  /**
   * Opens the database at {@code url} (PostgreSQL, or H2) and brings its schema up to date.
   *
   * @throws de.kekiz.port.PersistenzException if the database cannot be reached or migrated
   */
  static Datenbankzugang jdbc(
      String url,
      @Nullable String benutzername,
      @Nullable String passwort,
      Clock uhr,
      Benutzerkontext benutzer) {
    return oeffne(
        url, benutzername, passwort, "Datenbank " + ohneParameter(url), false, uhr, benutzer);
  }

  private static Datenbankzugang oeffne(
      String url,
      @Nullable String benutzername,
      @Nullable String passwort,
      String beschreibung,
      boolean herunterfahren,
      Clock uhr,
      Benutzerkontext benutzer) {
    requireNonNull(url, "url");
    Properties p = new Properties();
    if (benutzername != null) {
      p.setProperty("user", benutzername);
    }
    if (passwort != null) {
      p.setProperty("password", passwort);
    }
    Connection c;
    try {
      c = DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      throw new PersistenzException("opening the " + beschreibung, e);
    }
    try {
      // the migration runs over connections of its own, committing as Flyway likes
      KekizPersistenz.builder()
          .dataSource(new Verbindungsquelle(url, p))
          .uhr(uhr)
          .benutzerkontext(benutzer)
          .build();
      c.setAutoCommit(false);
      KekizPersistenz persistenz =
          KekizPersistenz.builder()
              .dataSource(new EineVerbindung(c))
              .transaktion(Transaktionsmodus.DES_AUFRUFERS)
              .migrationen(false)
              .uhr(uhr)
              .benutzerkontext(benutzer)
              .build();
      return new Datenbankzugang(c, persistenz, beschreibung, herunterfahren);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException beimSchliessen) {
        e.addSuppressed(beimSchliessen);
      }
      if (e instanceof SQLException) {
        throw new PersistenzException("preparing the " + beschreibung, e);
      }
      throw (RuntimeException) e;
    }
  }

  private static String ohneParameter(String url) {
    int q = url.indexOf('?');
    int s = url.indexOf(';');
    int ende = q < 0 ? s : (s < 0 ? q : Math.min(q, s));
    return ende < 0 ? url : url.substring(0, ende);
  }

  /** The repositories, for every Kommune; work with them inside {@link #imTransaktion}. */
  KekizPersistenz persistenz() {
    return persistenz;
  }

  /** E.g. {@code H2-Datenbank in /home/x/kekiz-daten}. */
  String beschreibung() {
    return beschreibung;
  }

  /**
   * Runs {@code arbeit} in one transaction: commits if it returns, rolls back if it throws.
   *
   * @throws PersistenzException if the commit fails (nothing is stored then)
   */
  <T> T imTransaktion(Supplier<T> arbeit) {
    requireNonNull(arbeit, "arbeit");
    T ergebnis;
    try {
      ergebnis = arbeit.get();
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
    try {
      verbindung.commit();
    } catch (SQLException e) {
      rollback(e);
      throw new PersistenzException("committing to the " + beschreibung, e);
    }
    return ergebnis;
  }

  private void rollback(Throwable ursache) {
    try {
      verbindung.rollback();
    } catch (SQLException e) {
      ursache.addSuppressed(e);
    }
  }

  /** Rolls back what is open, shuts an embedded H2 database down and closes the connection. */
  @Override
  public void close() {
    try (Connection c = verbindung) {
      c.rollback();
      if (herunterfahren) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
    } catch (SQLException e) {
      throw new PersistenzException("closing the " + beschreibung, e);
    }
  }

  @Override
  public String toString() {
    return beschreibung;
  }

  /** Opens a new connection per call: for Flyway. */
  private static final class Verbindungsquelle extends Quelle {
    private final String url;
    private final Properties eigenschaften;

    Verbindungsquelle(String url, Properties eigenschaften) {
      this.url = url;
      this.eigenschaften = eigenschaften;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, eigenschaften);
    }
  }

  /**
   * Hands out the one connection, wrapped so that the repositories' {@code close()} leaves it open:
   * the transaction belongs to the {@link Datenbankzugang}.
   */
  private static final class EineVerbindung extends Quelle {
    private final Connection huelle;

    EineVerbindung(Connection verbindung) {
      this.huelle =
          (Connection)
              Proxy.newProxyInstance(
                  Datenbankzugang.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, methode, argumente) -> {
                    switch (methode.getName()) {
                      case "close":
                        return null;
                      case "isClosed":
                        return verbindung.isClosed();
                      default:
                        try {
                          return methode.invoke(verbindung, argumente);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                    }
                  });
    }

    @Override
    public Connection getConnection() {
      return huelle;
    }
  }

  /** The parts of {@link DataSource} both sources leave alone. */
  private abstract static class Quelle implements DataSource {
    @Override
    public Connection getConnection(String benutzer, String passwort) throws SQLException {
      throw new SQLFeatureNotSupportedException("the main job's database has one user");
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {}

    @Override
    public void setLoginTimeout(int sekunden) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
