package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.PersistenzException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Errors of the database arrive as core exceptions naming the aggregate or the row")
class FehlerTest {

  private static Throwable wurzel(Throwable t) {
    Throwable w = t;
    while (w.getCause() != null) {
      w = w.getCause();
    }
    return w;
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a Messwert the database refuses (a breakdown too long for its column) is named by row and key, and nothing is stored")
  void zeileAbgelehnt(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(7));
    List<Messwert> ladung = new ArrayList<>();
    Testdaten.viele(30, 3, Testdaten.AHLEN).forEachRemaining(ladung::add);
    Messwert zuLang =
        ladung.get(22).withAufschluesselung(Aufschluesselung.of("text", "ä".repeat(1200)));
    ladung.set(22, zuLang);
    for (Duplikatregel regel : Duplikatregel.values()) {
      assertThatThrownBy(() -> p.messwerte().saveAll(ladung, regel))
          .isInstanceOf(PersistenzException.class)
          .hasMessageStartingWith(
              "Speichern der Messwertzeile 23 (" + zuLang.schluessel().toString().substring(0, 40))
          .satisfies(
              e ->
                  assertThat(((PersistenzException) e).gegenstand())
                      .startsWith("Speichern der Messwertzeile 23 ("))
          .satisfies(e -> assertThat(((PersistenzException) e).position()).hasValue(23))
          .satisfies(e -> assertThat(wurzel(e)).isInstanceOf(SQLException.class));
      assertThat(p.messwerte().count(Testdaten.AHLEN)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a missing table makes saving a Kommune fail with a PersistenzException naming the Kommune")
  void tabelleFehlt(Testdatenbank db) {
    javax.sql.DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b);
    String schema = p.schema().map(s -> s + ".").orElse("");
    p.kommunen().save(Testdaten.koeln());
    Testdatenbank.fuehreAus(ds, "DROP TABLE " + schema + "foerderung");
    assertThatThrownBy(() -> p.kommunen().save(Testdaten.ahlen()))
        .isInstanceOf(PersistenzException.class)
        .hasMessageStartingWith("Speichern der Kommune 05570004 ist fehlgeschlagen: ");
    assertThatThrownBy(() -> p.kommunen().findById(Testdaten.KOELN))
        .isInstanceOf(PersistenzException.class)
        .hasMessageStartingWith("Laden der Kommune 05315000 ist fehlgeschlagen: ");
    Testdatenbank.fuehreAus(
        ds,
        "CREATE TABLE "
            + schema
            + "foerderung (kommune VARCHAR(8), teilnahme_pos INTEGER,"
            + " pos INTEGER, jahr INTEGER, quelle VARCHAR(40), betrag NUMERIC(17, 2))");
    assertThat(p.kommunen().findAll())
        .extracting(k -> k.id())
        .as("the failed save wrote nothing")
        .containsExactly(Testdaten.KOELN);
  }

  @Test
  @DisplayName("an unreachable database fails the build and every call with a PersistenzException")
  void unerreichbar() {
    DataSource tot = new TotDatenquelle();
    assertThatThrownBy(() -> KekizPersistenz.builder().dataSource(tot).build())
        .isInstanceOf(PersistenzException.class)
        .hasMessageStartingWith("Erkennen der Datenbank ist fehlgeschlagen: ");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a stream that fails while reading reports a PersistenzException naming the Kommune")
  void stromBricht(Testdatenbank db) {
    javax.sql.DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b);
    String schema = p.schema().map(s -> s + ".").orElse("");
    // a Kommune that has stored Messwerte (one that never did is answered without the table)
    p.messwerte().saveAll(Testdaten.viele(3, 1, Testdaten.AHLEN), Duplikatregel.ABLEHNEN);
    Testdatenbank.fuehreAus(ds, "DROP TABLE " + schema + "messwert");
    assertThatThrownBy(() -> p.messwerte().streamByKommune(Testdaten.AHLEN).close())
        .isInstanceOf(PersistenzException.class)
        .hasMessageStartingWith(
            "Lesen der Messwerte der Kommune 05570004 als Stream ist fehlgeschlagen: ");
  }

  /** A DataSource whose database is down. */
  private static final class TotDatenquelle implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("Connection refused: db.example:5432", "08001");
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err);
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
