package de.kekiz.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * {@code COPY … FROM STDIN} through the PostgreSQL JDBC driver's {@link CopyManager}. The only
 * class that touches the driver's own types: it is loaded only for PostgreSQL, so the driver is an
 * optional dependency.
 */
final class PostgresCopy {

  private static final Pattern ZEILE = Pattern.compile("\\bline (\\d+)");

  private final CopyManager manager;

  private PostgresCopy(CopyManager manager) {
    this.manager = manager;
  }

  /**
   * COPY on {@code c}, or null if {@code c} does not unwrap to the PostgreSQL driver's connection.
   */
  static @Nullable PostgresCopy fuer(Connection c) {
    try {
      if (!c.isWrapperFor(PGConnection.class)) {
        return null;
      }
      return new PostgresCopy(c.unwrap(PGConnection.class).getCopyAPI());
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * Runs {@code sql} (a {@code COPY … FROM STDIN}) with the first {@code laenge} bytes of {@code
   * daten} as its input.
   *
   * @return the number of rows copied
   */
  long kopiere(String sql, byte[] daten, int laenge) throws SQLException {
    CopyIn kopie = manager.copyIn(sql);
    try {
      kopie.writeToCopy(daten, 0, laenge);
      return kopie.endCopy();
    } finally {
      if (kopie.isActive()) {
        kopie.cancelCopy();
      }
    }
  }

  /**
   * Starts {@code sql} (a {@code COPY … FROM STDIN}) for input written piece by piece: the server
   * inserts what arrived while the caller prepares the next piece.
   */
  Strom beginne(String sql) throws SQLException {
    return new Strom(manager.copyIn(sql));
  }

  /** A COPY under way; until it is ended or cancelled the connection runs nothing else. */
  static final class Strom {
    private final CopyIn kopie;

    private Strom(CopyIn kopie) {
      this.kopie = kopie;
    }

    /** Sends the first {@code laenge} bytes of {@code daten}. */
    void schreibe(byte[] daten, int laenge) throws SQLException {
      kopie.writeToCopy(daten, 0, laenge);
    }

    /**
     * Ends the input and waits until the server has inserted it.
     *
     * @return the number of rows copied
     */
    long beende() throws SQLException {
      return kopie.endCopy();
    }

    /** Cancels the COPY if it is still under way (after a failure). */
    void brichAb() throws SQLException {
      if (kopie.isActive()) {
        kopie.cancelCopy();
      }
    }
  }

  /** The 1-based line of the COPY input the server names in {@code e}, or empty. */
  static OptionalLong zeile(SQLException e) {
    String wo = null;
    if (e instanceof PSQLException p) {
      ServerErrorMessage m = p.getServerErrorMessage();
      wo = m == null ? null : m.getWhere();
    }
    for (String text : new String[] {wo, e.getMessage()}) {
      if (text != null) {
        Matcher z = ZEILE.matcher(text);
        if (z.find()) {
          return OptionalLong.of(Long.parseLong(z.group(1)));
        }
      }
    }
    return OptionalLong.empty();
  }
}
