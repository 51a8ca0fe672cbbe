package de.kekiz.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for the tests, standing in for the host's pool (HikariCP, the
 * application server's): {@code close()} on a handed-out connection rolls back what is open,
 * switches auto-commit back on and keeps the physical connection for the next caller. Connecting to
 * PostgreSQL anew for every repository call would make the tests slow, not more telling.
 */
final class Testpool implements DataSource {

  private final DataSource quelle;
  private final Deque<Connection> frei = new ArrayDeque<>();

  Testpool(DataSource quelle) {
    this.quelle = quelle;
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    Connection physisch = frei.isEmpty() ? quelle.getConnection() : frei.pop();
    java.util.concurrent.atomic.AtomicBoolean geschlossen =
        new java.util.concurrent.atomic.AtomicBoolean();
    return (Connection)
        Proxy.newProxyInstance(
            Testpool.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, methode, argumente) -> {
              if (methode.getName().equals("close")) {
                if (geschlossen.compareAndSet(false, true)) {
                  zurueck(physisch);
                }
                return null;
              }
              if (methode.getName().equals("isClosed")) {
                return geschlossen.get();
              }
              if (geschlossen.get()) {
                throw new SQLException("connection closed (given back to the test pool)");
              }
              try {
                return methode.invoke(physisch, argumente);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private synchronized void zurueck(Connection physisch) throws SQLException {
    if (!physisch.getAutoCommit()) {
      physisch.rollback();
      physisch.setAutoCommit(true);
    }
    frei.push(physisch);
  }

  @Override
  public Connection getConnection(String benutzer, String passwort) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test pool has one user");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return quelle.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    quelle.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    quelle.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return quelle.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return quelle.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return quelle.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return quelle.isWrapperFor(iface);
  }
}
