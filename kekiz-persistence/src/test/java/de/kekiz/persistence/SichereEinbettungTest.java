package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.PersistenzException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The defaults every embedding gets without asking: no commit of the caller's transaction, a
 * history table per prefix, a retry after a failed first migration, streams that give their
 * connection back when closed.
 */
@DisplayName("Safe defaults for every embedding")
class SichereEinbettungTest {

  /** A schema of its own on the database ({@code null}: H2's default schema of a new database). */
  private static @Nullable String schemaFuer(Testdatenbank db, DataSource ds) {
    if (db == Testdatenbank.H2) {
      return null;
    }
    String schema = Testdatenbank.neuesSchema();
    Testdatenbank.fuehreAus(ds, "CREATE SCHEMA " + schema);
    return schema;
  }

  private static KekizPersistenz.Builder im(@Nullable String schema, DataSource ds) {
    KekizPersistenz.Builder b = KekizPersistenz.builder().dataSource(ds).uhr(Testdatenbank.UHR);
    return schema == null ? b : b.schema(schema);
  }

  private static String tabelle(@Nullable String schema, String name) {
    return schema == null ? name : schema + "." + name;
  }

  private static String katalog(Testdatenbank db, @Nullable String schema) {
    return schema != null ? schema : db == Testdatenbank.H2 ? "PUBLIC" : "public";
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "in mode EIGENE refuses the connection of the caller's running transaction instead of committing it")
  void eigeneTransaktionInFremder(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = schemaFuer(db, ds);
    im(schema, ds).build();
    Testdatenbank.fuehreAus(
        ds, "CREATE TABLE " + tabelle(schema, "host_eintrag") + " (text VARCHAR(20))");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO " + tabelle(schema, "host_eintrag") + " VALUES ('vom Host')");
      }
      KekizPersistenz p =
          im(schema, EinbettungTest.transaktionsgebunden(c)).migrationen(false).build();
      assertThatThrownBy(() -> p.kommunen().save(Testdaten.ahlen()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Transaktionsmodus EIGENE")
          .hasMessageContaining("nichts wurde geschrieben")
          .hasMessageContaining("DES_AUFRUFERS");
      c.rollback();
    }
    assertThat(EinbettungTest.zeilen(ds, "SELECT text FROM " + tabelle(schema, "host_eintrag")))
        .as("the host's rollback still undoes its row: nobody committed it")
        .isEmpty();
    assertThat(im(schema, ds).migrationen(false).build().kommunen().findAll()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "refuses to migrate on the connection of the caller's transaction, which Flyway would commit")
  void migrationInFremderTransaktion(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = schemaFuer(db, ds);
    Testdatenbank.fuehreAus(
        ds, "CREATE TABLE " + tabelle(schema, "host_eintrag") + " (text VARCHAR(20))");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO " + tabelle(schema, "host_eintrag") + " VALUES ('vom Host')");
      }
      assertThatThrownBy(
              () ->
                  im(schema, EinbettungTest.transaktionsgebunden(c))
                      .transaktion(Transaktionsmodus.DES_AUFRUFERS)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Migration braucht eine Verbindung außerhalb einer Transaktion")
          .hasMessageContaining("Nichts wurde migriert");
      c.rollback();
    }
    assertThat(EinbettungTest.zeilen(ds, "SELECT text FROM " + tabelle(schema, "host_eintrag")))
        .isEmpty();
    assertThat(EinbettungTest.tabellen(ds, katalog(db, schema))).containsExactly("host_eintrag");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "prefix \"\" and prefix \"kekiz_\" live in one schema, each with its own history table")
  void zweiPraefixe(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = schemaFuer(db, ds);
    KekizPersistenz ohne = im(schema, ds).build();
    KekizPersistenz mit = im(schema, ds).tabellenpraefix("kekiz_").build();
    ohne.kommunen().save(Testdaten.ahlen());
    mit.kommunen().save(Testdaten.koeln());
    assertThat(ohne.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
    assertThat(mit.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.KOELN);
    assertThat(EinbettungTest.tabellen(ds, katalog(db, schema)))
        .contains("flyway_history", "kommune", "kekiz_flyway_history", "kekiz_kommune");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "an unprefixed schema of an earlier version keeps its history table kekiz_flyway_history; prefix kekiz_ then needs a name of its own")
  void alteHistorientabelle(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = schemaFuer(db, ds);
    // what earlier versions did without a prefix
    im(schema, ds)
        .flywayHistorientabelle("kekiz_flyway_history")
        .build()
        .kommunen()
        .save(Testdaten.ahlen());
    KekizPersistenz ohne = im(schema, ds).build();
    assertThat(ohne.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
    assertThat(EinbettungTest.tabellen(ds, katalog(db, schema)))
        .contains("kekiz_flyway_history")
        .doesNotContain("flyway_history");
    assertThatThrownBy(() -> im(schema, ds).tabellenpraefix("kekiz_").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kekiz_flyway_history")
        .hasMessageContaining("ohne Tabellenpräfix")
        .hasMessageContaining("flywayHistorientabelle");
    assertThat(EinbettungTest.tabellen(ds, katalog(db, schema))).doesNotContain("kekiz_kommune");
    KekizPersistenz mit =
        im(schema, ds)
            .tabellenpraefix("kekiz_")
            .flywayHistorientabelle("kekiz_migrationen")
            .build();
    mit.kommunen().save(Testdaten.koeln());
    assertThat(ohne.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
  }

  @Test
  @DisplayName("on H2 a failed first migration leaves nothing behind, so the retry succeeds")
  void h2WiederholungNachFehlschlag() throws SQLException {
    DataSource ds = Testdatenbank.H2.datenquelle();
    // the host's table has the name of a table the first script creates late
    Testdatenbank.fuehreAus(ds, "CREATE TABLE audit (host_spalte INT)");
    Testdatenbank.fuehreAus(ds, "INSERT INTO audit VALUES (7)");
    assertThatThrownBy(() -> im(null, ds).build()).isInstanceOf(PersistenzException.class);
    assertThat(EinbettungTest.tabellen(ds, "PUBLIC"))
        .as("the tables of the failed attempt are gone, the host's stays")
        .containsExactly("audit");
    assertThat(EinbettungTest.zeilen(ds, "SELECT host_spalte FROM audit")).containsExactly("7");
    Testdatenbank.fuehreAus(ds, "ALTER TABLE audit RENAME TO host_audit");
    KekizPersistenz p = im(null, ds).build();
    p.kommunen().save(Testdaten.ahlen());
    assertThat(p.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "streams closed before their end give their connection back: twelve in a row on a pool of three")
  void stroemeGebenVerbindungZurueck(Testdatenbank db) {
    DataSource quelle = db.datenquelle();
    HikariConfig konfiguration = new HikariConfig();
    konfiguration.setDataSource(quelle);
    konfiguration.setMaximumPoolSize(3);
    konfiguration.setConnectionTimeout(250);
    try (HikariDataSource pool = new HikariDataSource(konfiguration)) {
      KekizPersistenz p = db.neu(pool, b -> b);
      p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ABLEHNEN);
      for (int i = 0; i < 12; i++) {
        try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
          assertThat(s.findFirst()).as("stream %d", i).isPresent();
        }
      }
      assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
      assertThat(p.messwerte().count(Testdaten.AHLEN)).isEqualTo(10);
    }
  }
}
