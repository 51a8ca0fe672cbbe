package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.VersionskonfliktException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Embedding in a host application")
class EinbettungTest {

  /**
   * A DataSource that hands out the host's connection of the running transaction, like Spring's.
   */
  static DataSource transaktionsgebunden(Connection c) {
    return (DataSource)
        Proxy.newProxyInstance(
            EinbettungTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, methode, argumente) -> {
              if (methode.getName().equals("getConnection")) {
                return Proxy.newProxyInstance(
                    EinbettungTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (p, m, a) -> {
                      if (m.getName().equals("close")) {
                        return null; // the host's transaction manager closes it
                      }
                      try {
                        return m.invoke(c, a);
                      } catch (InvocationTargetException e) {
                        throw e.getCause();
                      }
                    });
              }
              throw new UnsupportedOperationException(methode.getName());
            });
  }

  /** A migrated schema on {@code ds}; returns the schema name (null for H2's default schema). */
  private static String migriert(Testdatenbank db, DataSource ds) {
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : null;
    KekizPersistenz.Builder b = KekizPersistenz.builder().dataSource(ds);
    if (schema != null) {
      b.schema(schema);
    }
    b.build();
    return schema;
  }

  private static KekizPersistenz.Builder imSchema(KekizPersistenz.Builder b, String schema) {
    return schema == null ? b : b.schema(schema);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "joins the host's transaction: the host rolls back and nothing remains, not even audit entries")
  void rollbackDesAufrufers(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = migriert(db, ds);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      KekizPersistenz p =
          imSchema(
                  KekizPersistenz.builder()
                      .dataSource(transaktionsgebunden(c))
                      .transaktion(Transaktionsmodus.DES_AUFRUFERS)
                      .migrationen(false)
                      .uhr(Testdatenbank.UHR),
                  schema)
              .build();
      Kommune ahlen = p.kommunen().save(Testdaten.ahlen());
      p.leitbilder().save(LeitbildFixtures.ahlen());
      p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ABLEHNEN);
      assertThat(p.kommunen().findById(Testdaten.AHLEN)).contains(ahlen);
      assertThat(p.messwerte().count(Testdaten.AHLEN)).isEqualTo(10);
      assertThat(c.getAutoCommit()).as("the adapter leaves auto-commit alone").isFalse();
      c.rollback();
    }
    KekizPersistenz danach = imSchema(KekizPersistenz.builder().dataSource(ds), schema).build();
    assertThat(danach.kommunen().findAll()).isEmpty();
    assertThat(danach.leitbilder().findByKommune(Testdaten.AHLEN)).isEmpty();
    assertThat(danach.messwerte().count(Testdaten.AHLEN)).isZero();
    assertThat(danach.auditprotokoll().eintraege()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "with a DSLContext on the host's connection, the host's commit makes the changes visible")
  void commitDesAufrufers(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = migriert(db, ds);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      KekizPersistenz p =
          imSchema(
                  KekizPersistenz.builder()
                      .dslContext(DSL.using(c))
                      .transaktion(Transaktionsmodus.DES_AUFRUFERS)
                      .migrationen(false),
                  schema)
              .build();
      p.kommunen().save(Testdaten.koeln());
      KekizPersistenz andere =
          imSchema(KekizPersistenz.builder().dataSource(ds), schema).migrationen(false).build();
      assertThat(andere.kommunen().findAll()).as("not visible before the host commits").isEmpty();
      c.commit();
      assertThat(andere.kommunen().findById(Testdaten.KOELN)).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a failing call undoes only its own writes and leaves the host's transaction usable")
  void fehlerImTransaktionDesAufrufers(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = migriert(db, ds);
    String hosttabelle = (schema == null ? "" : schema + ".") + "host_protokoll";
    Testdatenbank.fuehreAus(ds, "CREATE TABLE " + hosttabelle + " (eintrag VARCHAR(100))");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      KekizPersistenz p =
          imSchema(
                  KekizPersistenz.builder()
                      .dataSource(transaktionsgebunden(c))
                      .transaktion(Transaktionsmodus.DES_AUFRUFERS)
                      .migrationen(false),
                  schema)
              .build();
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO " + hosttabelle + " VALUES ('vorher')");
      }
      List<Messwert> ladung = new ArrayList<>(Testdaten.besondereMesswerte());
      ladung.add(ladung.get(0));
      assertThatThrownBy(() -> p.messwerte().saveAll(ladung, Duplikatregel.ABLEHNEN))
          .isInstanceOf(DuplikatException.class);
      p.kommunen().save(Testdaten.boenen());
      assertThatThrownBy(() -> p.kommunen().save(Testdaten.boenen()))
          .isInstanceOf(VersionskonfliktException.class);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO " + hosttabelle + " VALUES ('nachher')");
      }
      c.commit();
    }
    KekizPersistenz danach =
        imSchema(KekizPersistenz.builder().dataSource(ds), schema).migrationen(false).build();
    assertThat(danach.messwerte().count(Testdaten.AHLEN)).isZero();
    assertThat(danach.kommunen().findAll())
        .extracting(Kommune::id)
        .containsExactly(Testdaten.BOENEN);
    assertThat(zeilen(ds, "SELECT eintrag FROM " + hosttabelle + " ORDER BY eintrag"))
        .containsExactly("nachher", "vorher");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "refuses to write in DES_AUFRUFERS mode on a connection in auto-commit mode, writing nothing")
  void autoCommitAbgelehnt(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = migriert(db, ds);
    try (Connection c = ds.getConnection()) {
      KekizPersistenz p =
          imSchema(
                  KekizPersistenz.builder()
                      .dataSource(transaktionsgebunden(c))
                      .transaktion(Transaktionsmodus.DES_AUFRUFERS)
                      .migrationen(false),
                  schema)
              .build();
      assertThatThrownBy(() -> p.kommunen().save(Testdaten.koeln()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Auto-Commit-Modus");
      assertThat(p.kommunen().findAll()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "puts its tables under the host's schema and prefix beside a host table of the same name")
  void schemaUndPraefix(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String schema = "fachverfahren" + Testdatenbank.neuesSchema();
    Testdatenbank.fuehreAus(ds, "CREATE SCHEMA " + schema);
    Testdatenbank.fuehreAus(
        ds, "CREATE TABLE " + schema + ".kommune (ags CHAR(8), bezeichnung VARCHAR(100))");
    Testdatenbank.fuehreAus(
        ds, "INSERT INTO " + schema + ".kommune VALUES ('05570004', 'Host-Zeile')");
    KekizPersistenz eins =
        KekizPersistenz.builder().dataSource(ds).schema(schema).tabellenpraefix("kekiz_").build();
    KekizPersistenz zwei =
        KekizPersistenz.builder()
            .dataSource(ds)
            .schema(schema)
            .tabellenpraefix("zweite_")
            .flywayHistorientabelle("zweite_migrationen")
            .build();
    eins.kommunen().save(Testdaten.ahlen());
    zwei.kommunen().save(Testdaten.koeln());
    assertThat(eins.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
    assertThat(zwei.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.KOELN);
    List<String> tabellen = tabellen(ds, schema);
    assertThat(tabellen)
        .contains("kekiz_kommune", "kekiz_messwert", "kekiz_flyway_history")
        .contains("zweite_kommune", "zweite_messwert", "zweite_migrationen")
        .contains("kommune")
        .doesNotContain("flyway_schema_history", "messwert");
    assertThat(zeilen(ds, "SELECT bezeichnung FROM " + schema + ".kommune"))
        .containsExactly("Host-Zeile");
    assertThat(eins.tabellenpraefix()).isEqualTo("kekiz_");
    assertThat(eins.schema()).contains(schema);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("building again on a migrated schema migrates nothing and keeps the data")
  void zweimalMigrieren(Testdatenbank db) {
    DataSource ds = db.datenquelle();
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : "kekiz";
    KekizPersistenz eins = KekizPersistenz.builder().dataSource(ds).schema(schema).build();
    eins.kommunen().save(Testdaten.koeln());
    KekizPersistenz zwei = KekizPersistenz.builder().dataSource(ds).schema(schema).build();
    assertThat(zwei.kommunen().findById(Testdaten.KOELN)).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("hands its scripts to a host that runs its own migration tool")
  void eigenesMigrationswerkzeug(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    Datenbank datenbank = db == Testdatenbank.H2 ? Datenbank.H2 : Datenbank.POSTGRESQL;
    List<Migrationsskript> skripte = KekizPersistenz.migrationsskripte(datenbank, "kk_");
    assertThat(skripte)
        .extracting(Migrationsskript::name)
        .containsExactly(
            "V1__kekiz_schema.sql",
            "V2__kompakte_messwerte.sql",
            "V3__indikator_genauigkeit.sql",
            "V4__programm_und_lernnetzwerk.sql",
            "V5__kette_zeitraeume.sql",
            "V6__aggregat_historie.sql",
            "V7__messwert_millionstel.sql");
    assertThat(skripte.get(0).sql())
        .doesNotContain("${")
        .contains("CREATE TABLE kk_messwert")
        .contains(datenbank.dezimaltyp());
    assertThat(skripte.get(1).sql()).doesNotContain("${").contains("CREATE TABLE kk_messreihe");
    String schema = Testdatenbank.neuesSchema();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute(db == Testdatenbank.H2 ? "SET SCHEMA " + schema : "SET search_path TO " + schema);
      for (Migrationsskript skript : skripte) {
        for (String anweisung : anweisungen(skript.sql())) {
          s.execute(anweisung);
        }
      }
      s.execute(db == Testdatenbank.H2 ? "SET SCHEMA PUBLIC" : "SET search_path TO public");
    }
    KekizPersistenz p =
        KekizPersistenz.builder()
            .dataSource(ds)
            .schema(schema)
            .tabellenpraefix("kk_")
            .migrationen(false)
            .build();
    assertThat(p.migrationsskripte()).isEqualTo(skripte);
    p.kommunen().save(Testdaten.ahlen());
    p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ABLEHNEN);
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
      assertThat(s.count()).isEqualTo(10);
    }
    assertThat(tabellen(ds, schema)).doesNotContain("kekiz_flyway_history", "kk_flyway_history");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        ";DATABASE_TO_LOWER=TRUE",
        ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        ";MODE=LEGACY"
      })
  @DisplayName("works on H2 whatever the host's identifier case and compatibility mode")
  void h2Modi(String optionen) {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:modus" + Testdatenbank.neuesSchema() + ";DB_CLOSE_DELAY=-1" + optionen);
    KekizPersistenz p =
        KekizPersistenz.builder()
            .dataSource(ds)
            .schema("Fachverfahren")
            .tabellenpraefix("kk_")
            .build();
    assertThat(p.datenbank()).isEqualTo(Datenbank.H2);
    Kommune ahlen = p.kommunen().save(Testdaten.ahlen());
    p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ERSETZEN);
    assertThat(p.kommunen().findById(Testdaten.AHLEN)).contains(ahlen);
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
      assertThat(s.toList())
          .containsExactlyElementsOf(
              Testdaten.besondereMesswerte().stream()
                  .sorted(java.util.Comparator.comparing(Messwert::schluessel))
                  .toList());
    }
  }

  @Test
  @DisplayName("refuses a malformed prefix or schema, quoting it")
  void bezeichnerGeprueft() {
    assertThatThrownBy(() -> KekizPersistenz.builder().tabellenpraefix("Kekiz-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Kekiz-'");
    assertThatThrownBy(() -> KekizPersistenz.builder().schema("a;drop table x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a;drop table x'");
    assertThatThrownBy(() -> KekizPersistenz.migrationsskripte(Datenbank.H2, "1x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1x'");
    assertThatThrownBy(() -> KekizPersistenz.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "creates no pool: every borrowed connection is given back after each call; a stream holds one until closed")
  void keinPool(Testdatenbank db) {
    DataSource ds = db.datenquelle();
    AtomicInteger offen = new AtomicInteger();
    AtomicInteger geliehen = new AtomicInteger();
    DataSource zaehlend = zaehlend(ds, offen, geliehen);
    KekizPersistenz p = db.neu(zaehlend, b -> b);
    p.kommunen().save(Testdaten.ahlen());
    p.kommunen().findAll();
    p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ABLEHNEN);
    assertThat(offen.get()).isZero();
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
      s.findFirst();
      assertThat(offen.get()).isEqualTo(1);
    }
    assertThat(offen.get()).isZero();
    assertThat(geliehen.get()).isPositive();
  }

  // ---------------------------------------------------------------- helpers

  private static DataSource zaehlend(DataSource ds, AtomicInteger offen, AtomicInteger geliehen) {
    return (DataSource)
        Proxy.newProxyInstance(
            EinbettungTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, methode, argumente) -> {
              Object ergebnis;
              try {
                ergebnis = methode.invoke(ds, argumente);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (!methode.getName().equals("getConnection")) {
                return ergebnis;
              }
              Connection c = (Connection) ergebnis;
              java.util.concurrent.atomic.AtomicBoolean zu =
                  new java.util.concurrent.atomic.AtomicBoolean();
              offen.incrementAndGet();
              geliehen.incrementAndGet();
              return Proxy.newProxyInstance(
                  EinbettungTest.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("close") && zu.compareAndSet(false, true)) {
                      offen.decrementAndGet();
                    }
                    try {
                      return m.invoke(c, a);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  /** The statements of a script: comment lines dropped, split at ';' ending a line. */
  private static List<String> anweisungen(String sql) {
    StringBuilder ohneKommentare = new StringBuilder();
    for (String zeile : sql.split("\n")) {
      if (!zeile.strip().startsWith("--")) {
        ohneKommentare.append(zeile).append('\n');
      }
    }
    List<String> ergebnis = new ArrayList<>();
    for (String teil : ohneKommentare.toString().split(";\\s*\n")) {
      if (!teil.isBlank()) {
        ergebnis.add(teil.strip());
      }
    }
    return ergebnis;
  }

  static List<String> tabellen(DataSource ds, String schema) throws SQLException {
    List<String> namen = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      String imKatalog =
          md.storesUpperCaseIdentifiers()
              ? schema.toUpperCase(Locale.ROOT)
              : schema.toLowerCase(Locale.ROOT);
      // PostgreSQL's driver reports the partitioned messwert as a table of its own type
      try (ResultSet r =
          md.getTables(null, imKatalog, "%", new String[] {"TABLE", "PARTITIONED TABLE"})) {
        while (r.next()) {
          namen.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return namen;
  }

  static List<String> zeilen(DataSource ds, String sql) throws SQLException {
    List<String> ergebnis = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        ergebnis.add(r.getString(1));
      }
    }
    return ergebnis;
  }
}
