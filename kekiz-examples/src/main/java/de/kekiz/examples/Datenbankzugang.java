package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import de.kekiz.importe.Anzeigetext;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.persistence.Transaktionsmodus;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.PersistenzException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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
 * <p>An embedded H2 database in a file ({@link #h2Datei}) lives in a {@link Datenablage}: the
 * command works on a copy, which is shut down on {@link #close()} and then made the valid database
 * in one atomic step, so that a command killed at any moment leaves the state before it or the one
 * after it. Not thread-safe: one command, one thread.
 */
final class Datenbankzugang implements AutoCloseable {

  /**
   * H2's settings for the main job's database: kept open until {@link #close()} shuts it down
   * ({@code DB_CLOSE_DELAY=-1}), without compacting the file on an ordinary shutdown ({@code
   * MAX_COMPACT_TIME=0}: H2 reuses free space; {@link #verdichteBeimSchliessen()} asks for it after
   * a large load).
   */
  private static final String H2_EINSTELLUNGEN = ";DB_CLOSE_DELAY=-1;MAX_COMPACT_TIME=0";

  /** How long a command waits by default for another kekiz process on the same data folder. */
  static final Duration STANDARD_WARTEZEIT = Duration.ofSeconds(30);

  private final Connection verbindung;
  private final KekizPersistenz persistenz;
  private final String beschreibung;
  private final @Nullable Datenablage ablage;
  private final PrintWriter meldungen;
  private boolean verdichten;
  private boolean verwerfen;

  private Datenbankzugang(
      Connection verbindung,
      KekizPersistenz persistenz,
      String beschreibung,
      @Nullable Datenablage ablage,
      PrintWriter meldungen) {
    this.meldungen = meldungen;
    this.verbindung = verbindung;
    this.persistenz = persistenz;
    this.beschreibung = beschreibung;
    this.ablage = ablage;
  }

  /**
   * Creates or opens the embedded H2 database in folder {@code verzeichnis} (created if needed) and
   * brings its schema up to date, waiting {@link #STANDARD_WARTEZEIT} at most for another kekiz
   * process, silently.
   *
   * @throws IOException if the folder cannot be created
   * @throws Abbruch if the database cannot be opened or its schema not be migrated
   */
  static Datenbankzugang h2Datei(Path verzeichnis, Clock uhr, Benutzerkontext benutzer)
      throws IOException {
    return h2Datei(
        verzeichnis, STANDARD_WARTEZEIT, new PrintWriter(Writer.nullWriter()), uhr, benutzer);
  }

  /**
   * Creates or opens the embedded H2 database in folder {@code verzeichnis} (created if needed) and
   * brings its schema up to date. The folder is kept by a {@link Datenablage}: the command works on
   * a copy, which {@link #close()} makes the valid database (or drops, see {@link
   * #verwerfeBeimSchliessen()}).
   *
   * @param warten how long to wait for another kekiz process working on the folder
   * @param meldungen where to say that it waits
   * @throws IOException if the folder cannot be created or read
   * @throws Abbruch if another process holds the folder too long, the database file is damaged, or
   *     the database cannot be opened or its schema not be migrated
   */
  static Datenbankzugang h2Datei(
      Path verzeichnis, Duration warten, PrintWriter meldungen, Clock uhr, Benutzerkontext benutzer)
      throws IOException {
    Datenablage ablage = Datenablage.oeffne(verzeichnis, warten, meldungen);
    try {
      return oeffne(
          ablage.url(H2_EINSTELLUNGEN, !ablage.vorhanden()),
          "sa",
          "",
          "H2-Datenbank in "
              + Anzeigetext.sichtbar(verzeichnis.toAbsolutePath().normalize().toString(), 300),
          ablage,
          meldungen,
          uhr,
          benutzer);
    } catch (RuntimeException | Error e) {
      ablage.close();
      throw e;
    }
  }

  /**
   * Opens the database at {@code url} (PostgreSQL, or H2) and brings its schema up to date.
   *
   * @throws Abbruch if the database cannot be reached or its schema not be migrated
   */
  static Datenbankzugang jdbc(
      String url,
      @Nullable String benutzername,
      @Nullable String passwort,
      Clock uhr,
      Benutzerkontext benutzer) {
    return oeffne(
        url,
        benutzername,
        passwort,
        "Datenbank " + ohneParameter(url),
        null,
        new PrintWriter(Writer.nullWriter()),
        uhr,
        benutzer);
  }

  private static Datenbankzugang oeffne(
      String url,
      @Nullable String benutzername,
      @Nullable String passwort,
      String beschreibung,
      @Nullable Datenablage ablage,
      PrintWriter meldungen,
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
      throw nichtGeoeffnet(beschreibung, e);
    }
    try {
      // the migration runs over connections of its own, committing as Flyway likes
      try {
        KekizPersistenz.builder()
            .dataSource(new Verbindungsquelle(url, p))
            .uhr(uhr)
            .benutzerkontext(benutzer)
            .build();
      } catch (PersistenzException e) {
        throw nichtMigriert(beschreibung, e);
      }
      c.setAutoCommit(false);
      KekizPersistenz persistenz =
          KekizPersistenz.builder()
              .dataSource(new EineVerbindung(c))
              .transaktion(Transaktionsmodus.DES_AUFRUFERS)
              .migrationen(false)
              .uhr(uhr)
              .benutzerkontext(benutzer)
              .build();
      return new Datenbankzugang(c, persistenz, beschreibung, ablage, meldungen);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException beimSchliessen) {
        e.addSuppressed(beimSchliessen);
      }
      if (e instanceof SQLException) {
        throw datenbankfehler("die " + beschreibung + " lässt sich nicht vorbereiten", e);
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
   * @throws Abbruch if the commit fails (nothing is stored then)
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
      throw datenbankfehler(
          "die Änderungen lassen sich in der "
              + beschreibung
              + " nicht festschreiben, nichts wurde gespeichert",
          e);
    }
    return ergebnis;
  }

  /**
   * Runs {@code arbeit} in one transaction that is always rolled back: for work that must not
   * change the database, even where it stores something to compute with (a report of a Kommune of
   * the register that is not stored yet).
   */
  <T> T lesend(Supplier<T> arbeit) {
    requireNonNull(arbeit, "arbeit");
    T ergebnis;
    try {
      ergebnis = arbeit.get();
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
    try {
      verbindung.rollback();
    } catch (SQLException e) {
      throw datenbankfehler(
          "die " + beschreibung + " lässt sich nach dem Lesen nicht zurücksetzen", e);
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

  /**
   * Asks that an embedded H2 database compacts its file when it is shut down: after a large load,
   * whose file would otherwise keep about twice the space it needs. Without effect on other
   * databases.
   */
  void verdichteBeimSchliessen() {
    verdichten = true;
  }

  /**
   * Asks that the embedded H2 database's copy is dropped on {@link #close()}, leaving the database
   * as it was: for a command that only read, or failed. Without effect on other databases (their
   * transactions decide).
   */
  void verwerfeBeimSchliessen() {
    verwerfen = true;
  }

  /** Undoes {@link #verwerfeBeimSchliessen()}: the command's work is to be kept after all. */
  void uebernimmBeimSchliessen() {
    verwerfen = false;
  }

  /**
   * Rolls back what is open, shuts an embedded H2 database down and closes the connection; then
   * makes the copy the H2 database worked on the valid database (see {@link Datenablage}), unless
   * it is to be dropped. Only when this returns is what the command committed durable.
   *
   * @throws Abbruch if the database cannot be shut down or its copy not be taken over (then the
   *     database is as it was before the command)
   */
  @Override
  public void close() {
    Datenablage a = ablage;
    try {
      try (Connection c = verbindung) {
        c.rollback();
        if (a != null) {
          c.setAutoCommit(true);
          boolean verdichte = verdichten && !verwerfen;
          if (verdichte) {
            meldungen.println("Verdichte die Datenbankdatei …");
            meldungen.flush();
          }
          try (Statement s = c.createStatement()) {
            s.execute(verdichte ? "SHUTDOWN COMPACT" : "SHUTDOWN");
          }
        }
      } catch (SQLException e) {
        throw datenbankfehler(
            "die " + beschreibung + " lässt sich nicht schließen, sie bleibt wie vor dem Befehl",
            e);
      }
      if (a != null && !verwerfen) {
        a.uebernimm(() -> pruefeKopie(a));
      }
    } catch (IOException e) {
      throw new Abbruch(
          "die "
              + beschreibung
              + " lässt sich nicht dauerhaft ablegen, sie bleibt wie vor dem Befehl: das"
              + " Dateisystem meldet "
              + Fehlerausgabe.innersteMeldung(e),
          e);
    } finally {
      if (a != null) {
        a.close();
      }
    }
  }

  /**
   * Opens the shut-down copy once more, read-only (so that H2 neither writes nor compacts it): it
   * must open and show its tables. Shut down explicitly: H2 keeps a database opened through a file
   * system of its own locked until then.
   */
  private void pruefeKopie(Datenablage a) {
    try (Connection c = DriverManager.getConnection(a.url(";ACCESS_MODE_DATA=r", false), "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
        if (!r.next() || r.getLong(1) == 0) {
          throw new SQLException("die Kopie enthält keine Tabellen");
        }
      }
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw datenbankfehler(
          "die geschriebene Kopie der "
              + beschreibung
              + " lässt sich nicht öffnen, die Datenbank bleibt wie vor dem Befehl",
          e);
    }
  }

  /**
   * Why the database could not be opened, in German for the terminal: H2's "in use" (another
   * program, such as an H2 console, holds the file; another kekiz process is waited for before)
   * said in our words, any other refusal with the driver's own words quoted (a wrong password, an
   * unknown host). The driver's exception stays the cause, for {@code --stacktrace}.
   */
  private static Abbruch nichtMigriert(String beschreibung, PersistenzException e) {
    return datenbankfehler(
        "das Schema der "
            + beschreibung
            + " lässt sich nicht auf den Stand dieser kekiz-Version bringen",
        e);
  }

  /**
   * What the command could not do ({@code was}, German), followed by the database's own words: the
   * terminal's line for a failed database step; {@code e} stays the cause, for {@code
   * --stacktrace}.
   */
  private static Abbruch datenbankfehler(String was, Throwable e) {
    return new Abbruch(was + ": die Datenbank meldet " + Fehlerausgabe.innersteMeldung(e), e);
  }

  private static Abbruch nichtGeoeffnet(String beschreibung, SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String grund =
        m.contains("Database may be already in use")
            ? "ein anderes Programm (etwa eine H2-Konsole) hat sie geöffnet; schließen Sie es und"
                + " versuchen Sie es noch einmal"
            : "der Datenbanktreiber meldet " + Fehlerausgabe.zitat(m);
    return new Abbruch("die " + beschreibung + " lässt sich nicht öffnen: " + grund, e);
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
