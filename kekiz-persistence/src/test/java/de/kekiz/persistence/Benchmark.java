package de.kekiz.persistence;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.fixtures.NrwDatensatz;
import de.kekiz.port.Duplikatregel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The adapter's speed against the raw baselines, on this machine (not a test: run it with {@code
 * ./mvnw -B -pl kekiz-persistence -am verify -DskipTests -Pbenchmark}).
 *
 * <ol>
 *   <li>2,000,000 Messwerte streamed from a generator into an empty {@code messwert} table (the
 *       compact layout of migration V2, with its Messreihen): on H2, raw JDBC {@code executeBatch}
 *       of multi-row INSERTs (100 rows each, as the adapter writes) against the adapter's bulk
 *       load; on PostgreSQL, one raw {@code COPY FROM STDIN} of the whole load (and raw JDBC
 *       batches, for reference) against the adapter. The raw baselines number the Messreihen in a
 *       hash map and write them too. Each measurement starts from an empty table (on PostgreSQL in
 *       a new schema, right after a {@code CHECKPOINT}, so that no measurement meets a checkpoint
 *       that the WAL of the ones before it triggers); baseline and adapter take turns; the first
 *       round warms the JIT up and is not counted. For reference, one round of the raw baseline
 *       into the version-1 table (the eight-column text key).
 *   <li>Reading the 2,000,000 back through the adapter's stream; loading and reading one Köln-sized
 *       Kommune (96 areas, 46 indicators, 10 years: 44,160 Messwerte) in that table; the table's
 *       size.
 *   <li>Replacing 200,000 stored Messwerte ({@code ERSETZEN}) against a raw upsert.
 *   <li>Loading one Kommune's Präventionskette with 500 Angebote: queries and time.
 * </ol>
 *
 * <p>System properties: {@code kekiz.benchmark.zeilen} (default 2,000,000), {@code
 * kekiz.benchmark.runden} (measured rounds, default 3), {@code kekiz.benchmark.nur} ({@code h2} or
 * {@code postgresql}: one database only), {@code kekiz.benchmark.h2} ({@code file}, the default, or
 * {@code mem}: in-memory H2 keeps every row on the heap, so give it a larger heap with {@code
 * -Dbenchmark.heap=3g}), {@code kekiz.benchmark.stapel} (batch size of adapter and raw batches,
 * default 5,000), {@code kekiz.benchmark.ersetzen} (default 200,000), {@code
 * kekiz.benchmark.diagnose} ({@code true}: after each PostgreSQL load measurement the checkpoints
 * that ran meanwhile, the buffers they wrote, the WAL written and this JVM's GC time).
 *
 * <p>With {@code kekiz.benchmark.skala=N} it runs the scale run instead, on PostgreSQL only: the
 * synthetic NRW data set of the monitoring benchmark with N Stadtteile (default 100,000: 394
 * Kommunen, 50 indicators, 10 years, 50,000,000 Messwerte), loaded Kommune by Kommune; then the
 * table's size, reads of single Kommunen and a correction.
 */
public final class Benchmark {

  private static final int STAPEL = Integer.getInteger("kekiz.benchmark.stapel", 5000);
  private static final Gemeindeschluessel[] KOMMUNEN = {
    Gemeindeschluessel.parse("05315000"), Gemeindeschluessel.parse("05513000"),
    Gemeindeschluessel.parse("05570004"), Gemeindeschluessel.parse("05978036"),
    Gemeindeschluessel.parse("05334002"), Gemeindeschluessel.parse("05362012"),
    Gemeindeschluessel.parse("05170008"), Gemeindeschluessel.parse("05978024"),
    Gemeindeschluessel.parse("05978040"), Gemeindeschluessel.parse("05978004")
  };

  /** The Köln-sized Kommune (Bonn's key, not one of {@link #KOMMUNEN}). */
  private static final Gemeindeschluessel KOELNGROSS = Gemeindeschluessel.parse("05314000");

  private final long zeilen = Long.getLong("kekiz.benchmark.zeilen", 2_000_000L);
  private final int runden = Integer.getInteger("kekiz.benchmark.runden", 3);
  private final long ersetzenZeilen = Long.getLong("kekiz.benchmark.ersetzen", 200_000L);
  private final boolean h2ImSpeicher =
      "mem".equals(System.getProperty("kekiz.benchmark.h2", "file"));
  private final AtomicInteger zaehler = new AtomicInteger();

  Benchmark() {}

  /** Keeps Flyway's and zonky's INFO lines out of the figures (held: JUL keeps loggers weakly). */
  private static final java.util.logging.Logger FLYWAY =
      java.util.logging.Logger.getLogger("org.flywaydb");

  /** Runs every measurement and prints the figures. */
  public static void main(String[] args) throws Exception {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    String skala = System.getProperty("kekiz.benchmark.skala");
    if (skala != null) {
      new Benchmark().skalenlauf(skala.isBlank() ? 100_000 : Integer.parseInt(skala.strip()));
    } else {
      new Benchmark().laufe();
    }
  }

  private Iterator<Messwert> quelle() {
    return Testdaten.viele(zeilen, 42, KOMMUNEN);
  }

  private void laufe() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "kekiz-persistence benchmark: %,d Messwerte, %d measured rounds after one warm-up, max heap %d MB, %d cores, Java %s%n",
        zeilen,
        runden,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println("load: " + last());
    String nur = System.getProperty("kekiz.benchmark.nur", "");
    if (!nur.equals("postgresql")) {
      h2();
      System.out.println("load: " + last());
    }
    if (!nur.equals("h2")) {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
        postgres(new Testpool(pg.getPostgresDatabase()));
      }
      System.out.println("load: " + last());
    }
  }

  // ---------------------------------------------------------------- H2

  private void h2() throws Exception {
    System.out.println();
    System.out.println(
        "H2 "
            + org.h2.engine.Constants.FULL_VERSION
            + (h2ImSpeicher ? " in memory" : " file (in a temp directory)"));
    List<Long> roh = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    for (int runde = 0; runde <= runden; runde++) {
      // baseline and adapter take turns at going first, so neither always meets the other's
      // leftovers (file system write-back, JIT, GC)
      for (int zug = 0; zug < 2; zug++) {
        if ((zug == 0) == (runde % 2 == 0)) {
          try (H2Datei d = new H2Datei()) {
            KekizPersistenz.builder().dataSource(d.ds).build();
            long t = zeit(() -> rohMehrzeilig(d.ds, "", 100));
            if (runde > 0) {
              roh.add(t);
            }
            melde(runde, "raw JDBC executeBatch, 100 rows per INSERT", t);
          }
        } else {
          try (H2Datei d = new H2Datei()) {
            KekizPersistenz p =
                KekizPersistenz.builder().dataSource(d.ds).stapelgroesse(STAPEL).build();
            long t = zeit(() -> p.messwerte().saveAll(quelle(), Duplikatregel.ABLEHNEN));
            if (runde > 0) {
              adapter.add(t);
            }
            melde(runde, "adapter saveAll (JDBC batches)", t);
            if (runde == runden) {
              lesen(p);
              koelngross(p);
              nachladen(p);
              kette(d.ds, null, SQLDialect.H2);
              if (!h2ImSpeicher) {
                try (Connection c = d.ds.getConnection();
                    Statement s = c.createStatement()) {
                  s.execute("CHECKPOINT SYNC");
                }
                System.out.printf(
                    Locale.ROOT,
                    "  database file with %,d + 44,160 Messwerte: %.0f MB%n",
                    zeilen,
                    Files.size(d.verzeichnis.resolve(d.name + ".mv.db")) / 1e6);
              }
            }
          }
        }
      }
    }
    vergleiche(
        "H2: adapter / raw JDBC executeBatch, 100 rows per INSERT (compact table)", adapter, roh);
    try (H2Datei d = new H2Datei()) {
      // for reference: the raw batch into the table of version 1 (eight-column text key)
      KekizPersistenz.builder().dataSource(d.ds).build();
      Testdatenbank.fuehreAus(d.ds, V1_TABELLE.replace("${s}", "").replace("${d}", "DECFLOAT"));
      long t = zeit(() -> rohStapelV1(d.ds, ""));
      melde(1, "raw JDBC executeBatch into the version-1 table", t);
    }
    try (H2Datei d1 = new H2Datei();
        H2Datei d2 = new H2Datei()) {
      ersetzen(d1.ds, null, d2.ds, null, "raw JDBC MERGE INTO … KEY (…) batches");
    }
  }

  /** An H2 database in a temp directory (or in memory), removed on close. */
  private final class H2Datei implements AutoCloseable {
    final JdbcDataSource ds = new JdbcDataSource();
    final Path verzeichnis;
    final String name;

    H2Datei() throws IOException {
      verzeichnis = Files.createTempDirectory("kekiz-benchmark");
      name = "b" + zaehler.incrementAndGet();
      ds.setURL(
          h2ImSpeicher
              ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
              : "jdbc:h2:file:" + verzeichnis.resolve(name) + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public void close() throws SQLException, IOException {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      try (Stream<Path> dateien = Files.walk(verzeichnis)) {
        dateien.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  // ---------------------------------------------------------------- PostgreSQL

  private void postgres(DataSource ds) throws Exception {
    System.out.println();
    System.out.println(servername(ds));
    List<Long> copy = new ArrayList<>();
    List<Long> batch = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    for (int runde = 0; runde <= runden; runde++) {
      // the three take turns at going first
      for (int zug = 0; zug < 3; zug++) {
        int wer = (zug + runde) % 3;
        String schema = "b" + zaehler.incrementAndGet();
        KekizPersistenz p =
            KekizPersistenz.builder().dataSource(ds).schema(schema).stapelgroesse(STAPEL).build();
        // each measurement starts right after a checkpoint: a load's WAL (about 360 MB for 2
        // million rows) then stays below what triggers one, instead of the checkpoints of the
        // rounds before falling into whichever measurement their WAL happens to reach
        Testdatenbank.fuehreAus(ds, "CHECKPOINT");
        long[] vorher = serverstand(ds);
        long t;
        if (wer == 0) {
          t = zeit(() -> rohesCopy(ds, schema + "."));
          melde(runde, "raw COPY FROM STDIN (one for the load)", t);
          if (runde > 0) {
            copy.add(t);
          }
        } else if (wer == 1) {
          t = zeit(() -> rohStapel(ds, schema + "."));
          melde(runde, "raw JDBC executeBatch", t);
          if (runde > 0) {
            batch.add(t);
          }
        } else {
          t = zeit(() -> p.messwerte().saveAll(quelle(), Duplikatregel.ABLEHNEN));
          melde(runde, "adapter saveAll (COPY across batches)", t);
          if (runde > 0) {
            adapter.add(t);
          }
          if (runde == runden) {
            lesen(p);
            koelngross(p);
            nachladen(p);
            kette(ds, schema, SQLDialect.POSTGRES);
            groesse(ds, schema, zeilen + KOELNGROSS_ANZAHL);
          }
        }
        if (DIAGNOSE) {
          long[] nachher = serverstand(ds);
          System.out.printf(
              Locale.ROOT,
              "    (checkpoints %d, buffers written by checkpoints %,d, WAL %,d MB, GC %,d ms)%n",
              nachher[0] - vorher[0],
              nachher[1] - vorher[1],
              (nachher[2] - vorher[2]) >> 20,
              nachher[3] - vorher[3]);
        }
        Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
    vergleiche("PostgreSQL: adapter / one raw COPY (compact table)", adapter, copy);
    vergleiche("PostgreSQL: raw JDBC executeBatch / one raw COPY", batch, copy);
    String v1 = "b" + zaehler.incrementAndGet();
    KekizPersistenz.builder().dataSource(ds).schema(v1).build();
    Testdatenbank.fuehreAus(ds, V1_TABELLE.replace("${s}", v1 + ".").replace("${d}", "NUMERIC"));
    long t = zeit(() -> rohesCopyV1(ds, v1 + "."));
    melde(1, "raw COPY into the version-1 table", t);
    Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + v1 + " CASCADE");
    String s4 = "b" + zaehler.incrementAndGet();
    String s5 = "b" + zaehler.incrementAndGet();
    ersetzen(ds, s4, ds, s5, "raw JDBC INSERT … ON CONFLICT DO UPDATE batches");
    Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + s4 + " CASCADE");
    Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + s5 + " CASCADE");
  }

  private static final boolean DIAGNOSE = Boolean.getBoolean("kekiz.benchmark.diagnose");

  /**
   * Checkpoints so far, buffers they wrote, WAL position in bytes, GC milliseconds of this JVM; all
   * 0 unless {@code -Dkekiz.benchmark.diagnose=true} (which reads {@code pg_stat_checkpointer}, a
   * view of PostgreSQL 17 and later).
   */
  private static long[] serverstand(DataSource ds) throws SQLException {
    if (!DIAGNOSE) {
      return new long[4];
    }
    long gc = 0;
    for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, b.getCollectionTime());
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT num_timed + num_requested, buffers_written,"
                    + " pg_current_wal_lsn() - '0/0'::pg_lsn FROM pg_stat_checkpointer")) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), gc};
    }
  }

  private static String servername(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT current_setting('shared_buffers'), current_setting('synchronous_commit'),"
                    + " current_setting('fsync'), current_setting('max_wal_size'),"
                    + " current_setting('work_mem')")) {
      r.next();
      return "PostgreSQL "
          + c.getMetaData().getDatabaseProductVersion()
          + " (embedded, local TCP;"
          + " shared_buffers "
          + r.getString(1)
          + ", synchronous_commit "
          + r.getString(2)
          + ", fsync "
          + r.getString(3)
          + ", max_wal_size "
          + r.getString(4)
          + ", work_mem "
          + r.getString(5)
          + ")";
    }
  }

  /** Prints the size of the Messwert tables in {@code schema} (heap and indexes) per Messwert. */
  private static void groesse(DataSource ds, String schema, long messwerte) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ANALYZE " + schema + ".messwert");
      try (ResultSet r =
          s.executeQuery(
              "SELECT sum(pg_table_size(inhrelid)), sum(pg_indexes_size(inhrelid)), count(*),"
                  + " pg_total_relation_size('"
                  + schema
                  + ".messreihe'),"
                  + " (SELECT count(*) FROM "
                  + schema
                  + ".messreihe)"
                  + " FROM pg_inherits WHERE inhparent = '"
                  + schema
                  + ".messwert'::regclass")) {
        r.next();
        long tabelle = r.getLong(1);
        long indexe = r.getLong(2);
        System.out.printf(
            Locale.ROOT,
            "  size: messwert %,.0f MB (heap %,.0f MB + primary key %,.0f MB in %d partitions) = %.0f bytes per Messwert; messreihe %,.1f MB for %,d Messreihen%n",
            (tabelle + indexe) / 1e6,
            tabelle / 1e6,
            indexe / 1e6,
            r.getInt(3),
            (tabelle + indexe) / (double) messwerte,
            r.getLong(4) / 1e6,
            r.getLong(5));
      }
    }
  }

  // ---------------------------------------------------------------- replacing

  /**
   * A second load of the same keys with new values into a table that holds them: the adapter under
   * ERSETZEN (which also keeps every replaced value in messwert_historie) against a raw upsert that
   * keeps nothing. {@code ersetzenZeilen} rows, the raw upsert on {@code ds1}, the adapter on
   * {@code ds2}; two rounds each, taking turns.
   */
  private void ersetzen(
      DataSource ds1,
      @Nullable String schema1,
      DataSource ds2,
      @Nullable String schema2,
      String roh)
      throws SQLException {
    KekizPersistenz p1 =
        mitSchema(KekizPersistenz.builder().dataSource(ds1), schema1).stapelgroesse(STAPEL).build();
    KekizPersistenz p2 =
        mitSchema(KekizPersistenz.builder().dataSource(ds2), schema2).stapelgroesse(STAPEL).build();
    p1.messwerte().saveAll(Testdaten.viele(ersetzenZeilen, 42, KOMMUNEN), Duplikatregel.ABLEHNEN);
    p2.messwerte().saveAll(Testdaten.viele(ersetzenZeilen, 42, KOMMUNEN), Duplikatregel.ABLEHNEN);
    List<Long> upsert = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    boolean postgres = schema1 != null;
    String s1 = schema1 == null ? "" : schema1 + ".";
    for (int runde = 1; runde <= 2; runde++) {
      long seed = 100 + runde;
      for (int zug = 0; zug < 2; zug++) {
        if ((zug == 0) == (runde % 2 == 1)) {
          long t = zeit(() -> upsert(ds1, s1, postgres, seed));
          upsert.add(t);
          melde(runde, roh, t, ersetzenZeilen);
        } else {
          long t =
              zeit(
                  () ->
                      p2.messwerte()
                          .saveAll(
                              Testdaten.viele(ersetzenZeilen, seed, KOMMUNEN),
                              Duplikatregel.ERSETZEN));
          adapter.add(t);
          melde(runde, "adapter saveAll ERSETZEN", t, ersetzenZeilen);
        }
      }
    }
    for (Gemeindeschluessel k : KOMMUNEN) {
      List<Messwert> a;
      List<Messwert> b;
      try (Stream<Messwert> x = p1.messwerte().streamByKommune(k);
          Stream<Messwert> y = p2.messwerte().streamByKommune(k)) {
        a = x.toList();
        b = y.toList();
      }
      if (!a.equals(b)) {
        throw new IllegalStateException("upsert and adapter disagree on the Messwerte of " + k);
      }
    }
    vergleiche(
        "replacing " + ersetzenZeilen + " stored Messwerte: adapter ERSETZEN / raw upsert",
        adapter,
        upsert,
        ersetzenZeilen);
  }

  private static KekizPersistenz.Builder mitSchema(
      KekizPersistenz.Builder b, @Nullable String schema) {
    return schema == null ? b : b.schema(schema);
  }

  /**
   * Raw upsert of the generated Messwerte with seed {@code seed}: the Messreihen's ids read into a
   * hash map first, then batches of 5000, one transaction.
   */
  private Object upsert(DataSource ds, String schema, boolean postgres, long seed) {
    String sql =
        postgres
            ? "INSERT INTO "
                + schema
                + "messwert ("
                + SPALTEN
                + ") VALUES (?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (kommune, schluessel) DO UPDATE SET"
                + " zaehler_millionstel = EXCLUDED.zaehler_millionstel,"
                + " nenner_millionstel = EXCLUDED.nenner_millionstel,"
                + " zaehler_exakt = EXCLUDED.zaehler_exakt, nenner_exakt = EXCLUDED.nenner_exakt,"
                + " obs_status = EXCLUDED.obs_status, conf_status = EXCLUDED.conf_status,"
                + " lauf = EXCLUDED.lauf"
            : "MERGE INTO "
                + schema
                + "messwert ("
                + SPALTEN
                + ") KEY (schluessel)"
                + " VALUES (?,?,?,?,?,?,?,?,?)";
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Nummern nummern = Nummern.gelesen(c, schema);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int n = 0;
        for (Iterator<Messwert> it = Testdaten.viele(ersetzenZeilen, seed, KOMMUNEN);
            it.hasNext(); ) {
          Messwert m = it.next();
          binde(ps, m, nummern.schluessel(m));
          ps.addBatch();
          if (++n % STAPEL == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- baselines

  private static final String SPALTEN =
      "kommune, schluessel, zaehler_millionstel, nenner_millionstel, zaehler_exakt, nenner_exakt,"
          + " obs_status, conf_status, lauf";
  private static final String REIHENSPALTEN =
      "kommune, id, indikator, indikator_version, sozialraum_code, gebietsstand, aufschluesselung";

  /**
   * The Messreihe of a Messwert as the raw baselines key it (written out here, not the adapter's).
   */
  private record Reihe(IndikatorRef indikator, Raumbezug raum, Aufschluesselung aufschluesselung) {
    static Reihe von(Messwert m) {
      return new Reihe(m.indikator(), m.raum(), m.aufschluesselung());
    }
  }

  /**
   * Numbers the Kommunen and their Messreihen for the raw baselines in hash maps and makes the keys
   * (written out here, not the adapter's code): Kommune number × 2^47 + Messreihe id × 2^20 +
   * ((year − 1000) × 12 + month − 1) × 8 + kind of period.
   */
  private static final class Nummern {
    final Map<Reihe, Integer> ids = new HashMap<>();
    final Map<Gemeindeschluessel, int[]> kommunen = new HashMap<>();

    /** The Messreihen numbered since the last time the caller emptied this list. */
    final List<Reihe> neu = new ArrayList<>();

    /** The Messreihen and Kommune numbers stored in {@code schema}. */
    static Nummern gelesen(Connection c, String schema) throws SQLException {
      Nummern n = new Nummern();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT kommune, nummer, naechste_id FROM " + schema + "messreihe_zaehler")) {
        while (r.next()) {
          n.kommunen.put(
              Gemeindeschluessel.parse(r.getString(1)), new int[] {r.getInt(2), r.getInt(3)});
        }
      }
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("SELECT " + REIHENSPALTEN + " FROM " + schema + "messreihe")) {
        while (r.next()) {
          Gemeindeschluessel k = Gemeindeschluessel.parse(r.getString(1));
          Raumbezug raum =
              r.getString(5).isEmpty()
                  ? Raumbezug.of(k)
                  : Raumbezug.of(SozialraumRef.of(SozialraumId.of(k, r.getString(5)), r.getInt(6)));
          n.ids.put(
              new Reihe(
                  IndikatorRef.of(r.getString(3), r.getInt(4)),
                  raum,
                  Aufschluesselung.parse(r.getString(7))),
              r.getInt(2));
        }
      }
      return n;
    }

    /** The Messreihe id of {@code m}, numbering a new one. */
    int id(Messwert m) {
      Reihe r = Reihe.von(m);
      Integer id = ids.get(r);
      if (id == null) {
        id = kommune(m)[1]++;
        ids.put(r, id);
        neu.add(r);
      }
      return id;
    }

    /** Number and next free Messreihe id of the Kommune of {@code m}. */
    int[] kommune(Messwert m) {
      return kommunen.computeIfAbsent(m.raum().kommune(), k -> new int[] {kommunen.size() + 1, 1});
    }

    /** The key of {@code m}. */
    long schluessel(Messwert m) {
      int id = id(m);
      Periode p = m.periode();
      int periode =
          ((p.beginn().getYear() - 1000) * 12 + p.beginn().getMonthValue() - 1) * 8 + art(p.art());
      return ((long) kommune(m)[0] << 47) + ((long) id << 20) + periode;
    }
  }

  /**
   * Raw JDBC: one prepared INSERT for the Messwerte, one for new Messreihen, batches of 5000, one
   * transaction.
   */
  Object rohStapel(DataSource ds, String schema) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Nummern nummern = new Nummern();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO "
                      + schema
                      + "messwert ("
                      + SPALTEN
                      + ") VALUES (?,?,?,?,?,?,?,?,?)");
          PreparedStatement reihen =
              c.prepareStatement(
                  "INSERT INTO "
                      + schema
                      + "messreihe ("
                      + REIHENSPALTEN
                      + ") VALUES (?,?,?,?,?,?,?)")) {
        int n = 0;
        for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
          Messwert m = it.next();
          binde(ps, m, nummern.schluessel(m));
          ps.addBatch();
          if (++n % STAPEL == 0) {
            schreibeReihen(reihen, nummern);
            ps.executeBatch();
          }
        }
        schreibeReihen(reihen, nummern);
        ps.executeBatch();
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void schreibeReihen(PreparedStatement ps, Nummern nummern) throws SQLException {
    if (nummern.neu.isEmpty()) {
      return;
    }
    for (Reihe r : nummern.neu) {
      SozialraumBezug s = r.raum() instanceof SozialraumBezug b ? b : null;
      ps.setString(1, r.raum().kommune().wert());
      ps.setInt(2, nummern.ids.get(r));
      ps.setString(3, r.indikator().key().wert());
      ps.setInt(4, r.indikator().version());
      ps.setString(5, s == null ? "" : s.sozialraum().id().code());
      ps.setInt(6, s == null ? 0 : s.sozialraum().gebietsstand());
      ps.setString(7, r.aufschluesselung().toString());
      ps.addBatch();
    }
    ps.executeBatch();
    nummern.neu.clear();
  }

  /** The number of a kind of period in the key (written out here, not the adapter's). */
  private static int art(Periodizitaet p) {
    return switch (p) {
      case JAEHRLICH -> 0;
      case HALBJAEHRLICH -> 1;
      case QUARTALSWEISE -> 2;
      case MONATLICH -> 3;
      case SCHULJAHR -> 4;
    };
  }

  /**
   * Binds the seven columns of {@code m} with key {@code schluessel}, written out here (not the
   * adapter's code).
   */
  private static void binde(PreparedStatement ps, Messwert m, long schluessel) throws SQLException {
    binde(ps, 1, m, schluessel);
  }

  private static void binde(PreparedStatement ps, int ab, Messwert m, long schluessel)
      throws SQLException {
    ps.setString(ab, m.raum().kommune().wert());
    ps.setLong(ab + 1, schluessel);
    Long z = millionstel(m.zaehler());
    Long n = millionstel(m.nenner());
    if (z == null) {
      ps.setNull(ab + 2, Types.BIGINT);
    } else {
      ps.setLong(ab + 2, z);
    }
    if (n == null) {
      ps.setNull(ab + 3, Types.BIGINT);
    } else {
      ps.setLong(ab + 3, n);
    }
    zahl(ps, ab + 4, z == null ? m.zaehler() : null);
    zahl(ps, ab + 5, n == null ? m.nenner() : null);
    ps.setString(ab + 6, m.obsStatus().name());
    ps.setString(ab + 7, m.confStatus().name());
    ps.setLong(ab + 8, 1);
  }

  /**
   * {@code wert} × 1,000,000 if that is a whole {@code long}, else null (the value then goes into
   * the exact column); written out here, not the adapter's code.
   */
  private static @Nullable Long millionstel(@Nullable BigDecimal wert) {
    if (wert == null) {
      return null;
    }
    if (wert.scale() == 0 && wert.precision() <= 12) {
      return wert.longValue() * 1_000_000;
    }
    try {
      return wert.movePointRight(6).longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Raw JDBC like {@link #rohStapel}, but {@code je} rows per INSERT (multi-row VALUES; the last
   * rows of each batch one per INSERT), which H2 executes faster than one row per INSERT, and each
   * batch's rows in the order of the primary key, which H2's B-tree inserts faster than rows in
   * file order (sorted here with its own code, not the adapter's).
   */
  Object rohMehrzeilig(DataSource ds, String schema, int je) {
    StringBuilder werte = new StringBuilder();
    for (int i = 0; i < je; i++) {
      werte.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?)");
    }
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Nummern nummern = new Nummern();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO " + schema + "messwert (" + SPALTEN + ") VALUES " + werte);
          PreparedStatement eine =
              c.prepareStatement(
                  "INSERT INTO "
                      + schema
                      + "messwert ("
                      + SPALTEN
                      + ") VALUES (?,?,?,?,?,?,?,?,?)");
          PreparedStatement reihen =
              c.prepareStatement(
                  "INSERT INTO "
                      + schema
                      + "messreihe ("
                      + REIHENSPALTEN
                      + ") VALUES (?,?,?,?,?,?,?)")) {
        Messwert[] stapel = new Messwert[STAPEL];
        long[] schluessel = new long[STAPEL];
        int n = 0;
        for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
          Messwert m = it.next();
          stapel[n] = m;
          schluessel[n] = nummern.schluessel(m);
          if (++n == STAPEL) {
            schreibeReihen(reihen, nummern);
            schreibeGeordnet(ps, eine, je, stapel, schluessel, n);
            n = 0;
          }
        }
        schreibeReihen(reihen, nummern);
        schreibeGeordnet(ps, eine, je, stapel, schluessel, n);
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the first {@code n} rows of a batch in key order: full groups of {@code je} through the
   * multi-row statement, the rest one per INSERT.
   */
  private static void schreibeGeordnet(
      PreparedStatement mehrere,
      PreparedStatement eine,
      int je,
      Messwert[] stapel,
      long[] schluessel,
      int n)
      throws SQLException {
    Integer[] folge = new Integer[n];
    for (int i = 0; i < n; i++) {
      folge[i] = i;
    }
    Arrays.sort(
        folge,
        (a, b) -> {
          int k = stapel[a].raum().kommune().wert().compareTo(stapel[b].raum().kommune().wert());
          return k != 0 ? k : Long.compare(schluessel[a], schluessel[b]);
        });
    int voll = n - n % je;
    for (int i = 0; i < n; i++) {
      int z = folge[i];
      if (i < voll) {
        binde(mehrere, 1 + 9 * (i % je), stapel[z], schluessel[z]);
        if ((i + 1) % je == 0) {
          mehrere.addBatch();
        }
      } else {
        binde(eine, stapel[z], schluessel[z]);
        eine.addBatch();
      }
    }
    if (voll > 0) {
      mehrere.executeBatch();
    }
    if (voll < n) {
      eine.executeBatch();
    }
  }

  private static void zahl(PreparedStatement ps, int i, @Nullable BigDecimal wert)
      throws SQLException {
    if (wert == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, wert);
    }
  }

  /**
   * Raw COPY: one COPY command for all Messwerte, rows formatted with a StringBuilder, written in
   * 64 KiB chunks; the Messreihen numbered in a hash map and copied by a second COPY at the end.
   */
  private Object rohesCopy(DataSource ds, String schema) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Nummern nummern = new Nummern();
      StringBuilder reihen = new StringBuilder();
      CopyIn copy =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + schema + "messwert (" + SPALTEN + ") FROM STDIN");
      StringBuilder sb = new StringBuilder(1 << 17);
      for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
        Messwert m = it.next();
        long schluessel = nummern.schluessel(m);
        if (!nummern.neu.isEmpty()) {
          Reihe r = nummern.neu.remove(0);
          int id = nummern.ids.get(r);
          SozialraumBezug s = r.raum() instanceof SozialraumBezug b ? b : null;
          reihen
              .append(r.raum().kommune().wert())
              .append('\t')
              .append(id)
              .append('\t')
              .append(r.indikator().key().wert())
              .append('\t')
              .append(r.indikator().version())
              .append('\t')
              .append(s == null ? "" : s.sozialraum().id().code())
              .append('\t')
              .append(s == null ? 0 : s.sozialraum().gebietsstand())
              .append('\t')
              .append(r.aufschluesselung())
              .append('\n');
        }
        Long z = millionstel(m.zaehler());
        Long n = millionstel(m.nenner());
        sb.append(m.raum().kommune().wert())
            .append('\t')
            .append(schluessel)
            .append('\t')
            .append(z == null ? "\\N" : z.toString())
            .append('\t')
            .append(n == null ? "\\N" : n.toString())
            .append('\t')
            .append(z != null || m.zaehler() == null ? "\\N" : m.zaehler().toString())
            .append('\t')
            .append(n != null || m.nenner() == null ? "\\N" : m.nenner().toString())
            .append('\t')
            .append(m.obsStatus().name())
            .append('\t')
            .append(m.confStatus().name())
            .append("\t1\n");
        if (sb.length() > 1 << 16) {
          byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(b, 0, b.length);
          sb.setLength(0);
        }
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(b, 0, b.length);
      copy.endCopy();
      byte[] r = reihen.toString().getBytes(StandardCharsets.UTF_8);
      CopyIn reihenCopy =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + schema + "messreihe (" + REIHENSPALTEN + ") FROM STDIN");
      reihenCopy.writeToCopy(r, 0, r.length);
      reihenCopy.endCopy();
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- version 1, for reference

  /**
   * The Messwert table of version 1 (its DDL), under another name; ${s} is the schema prefix, ${d}
   * the decimal type.
   */
  private static final String V1_TABELLE =
      "CREATE TABLE ${s}messwert_v1 (kommune VARCHAR(8) NOT NULL, indikator VARCHAR(60) NOT NULL,"
          + " indikator_version INTEGER NOT NULL, sozialraum_code VARCHAR(40) NOT NULL,"
          + " gebietsstand INTEGER NOT NULL, periode_beginn DATE NOT NULL,"
          + " periode_art VARCHAR(16) NOT NULL, aufschluesselung VARCHAR(1000) NOT NULL,"
          + " zaehler ${d}, nenner ${d}, obs_status VARCHAR(1) NOT NULL,"
          + " conf_status VARCHAR(1) NOT NULL, CONSTRAINT messwert_v1_pk PRIMARY KEY (kommune,"
          + " indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,"
          + " periode_art, aufschluesselung))";

  private static final String V1_SPALTEN =
      "kommune, indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,"
          + " periode_art, aufschluesselung, zaehler, nenner, obs_status, conf_status";

  private Object rohStapelV1(DataSource ds, String schema) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO "
                  + schema
                  + "messwert_v1 ("
                  + V1_SPALTEN
                  + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        int n = 0;
        for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
          Messwert m = it.next();
          SozialraumBezug s = m.raum() instanceof SozialraumBezug b ? b : null;
          ps.setString(1, m.raum().kommune().wert());
          ps.setString(2, m.indikator().key().wert());
          ps.setInt(3, m.indikator().version());
          ps.setString(4, s == null ? "" : s.sozialraum().id().code());
          ps.setInt(5, s == null ? 0 : s.sozialraum().gebietsstand());
          ps.setObject(6, m.periode().beginn());
          ps.setString(7, m.periode().art().name());
          ps.setString(8, m.aufschluesselung().toString());
          zahl(ps, 9, m.zaehler());
          zahl(ps, 10, m.nenner());
          ps.setString(11, m.obsStatus().name());
          ps.setString(12, m.confStatus().name());
          ps.addBatch();
          if (++n % STAPEL == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object rohesCopyV1(DataSource ds, String schema) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      CopyIn copy =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + schema + "messwert_v1 (" + V1_SPALTEN + ") FROM STDIN");
      StringBuilder sb = new StringBuilder(1 << 17);
      for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
        Messwert m = it.next();
        SozialraumBezug s = m.raum() instanceof SozialraumBezug b ? b : null;
        sb.append(m.raum().kommune().wert())
            .append('\t')
            .append(m.indikator().key().wert())
            .append('\t')
            .append(m.indikator().version())
            .append('\t')
            .append(s == null ? "" : s.sozialraum().id().code())
            .append('\t')
            .append(s == null ? 0 : s.sozialraum().gebietsstand())
            .append('\t')
            .append(m.periode().beginn())
            .append('\t')
            .append(m.periode().art().name())
            .append('\t')
            .append(m.aufschluesselung())
            .append('\t')
            .append(m.zaehler() == null ? "\\N" : m.zaehler().toString())
            .append('\t')
            .append(m.nenner() == null ? "\\N" : m.nenner().toString())
            .append('\t')
            .append(m.obsStatus().name())
            .append('\t')
            .append(m.confStatus().name())
            .append('\n');
        if (sb.length() > 1 << 16) {
          byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(b, 0, b.length);
          sb.setLength(0);
        }
      }
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(b, 0, b.length);
      copy.endCopy();
      c.commit();
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- reading, aggregates

  private void lesen(KekizPersistenz p) {
    long[] n = new long[1];
    long t =
        zeit(
            () -> {
              for (Gemeindeschluessel k : KOMMUNEN) {
                try (Stream<Messwert> s = p.messwerte().streamByKommune(k)) {
                  s.forEach(m -> n[0]++);
                }
              }
              return null;
            });
    System.out.printf(
        Locale.ROOT,
        "  reading them back (streamByKommune, Kommune by Kommune): %,d rows in %.1f s = %,.0f rows/s%n",
        n[0],
        t / 1e9,
        n[0] / (t / 1e9));
  }

  private static final int KOELNGROSS_INDIKATOREN = 46;
  private static final int KOELNGROSS_RAEUME = 96;
  private static final int KOELNGROSS_JAHRE = 10;
  private static final long KOELNGROSS_ANZAHL =
      (long) KOELNGROSS_INDIKATOREN * KOELNGROSS_RAEUME * KOELNGROSS_JAHRE;

  /**
   * The Messwerte of a Köln-sized Kommune: the Kommune, 9 Stadtbezirke and 86 Stadtteile, 46
   * indicators, 2015 to 2024 (44,160 Messwerte in 4,416 Messreihen), by indicator, area and year as
   * an import delivers them.
   */
  private static Iterator<Messwert> koelngrosseMesswerte() {
    List<Raumbezug> raeume = new ArrayList<>();
    raeume.add(Raumbezug.of(KOELNGROSS));
    for (int b = 1; b <= 9; b++) {
      raeume.add(Raumbezug.of(SozialraumRef.of(SozialraumId.of(KOELNGROSS, "b" + b), 1)));
    }
    for (int t = 101; t < 101 + KOELNGROSS_RAEUME - 10; t++) {
      raeume.add(
          Raumbezug.of(SozialraumRef.of(SozialraumId.of(KOELNGROSS, Integer.toString(t)), 1)));
    }
    SplittableRandom zufall = new SplittableRandom(44_160);
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < KOELNGROSS_ANZAHL;
      }

      @Override
      public Messwert next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int jahr = i % KOELNGROSS_JAHRE;
        int raum = i / KOELNGROSS_JAHRE % KOELNGROSS_RAEUME;
        int indikator = i / KOELNGROSS_JAHRE / KOELNGROSS_RAEUME;
        i++;
        long nenner = 100 + zufall.nextInt(5_000);
        return Messwert.of(
            IndikatorRef.of(String.format(Locale.ROOT, "kennzahl-%02d", indikator + 1), 1),
            raeume.get(raum),
            Periode.jahr(2015 + jahr),
            zufall.nextInt((int) nenner),
            nenner);
      }
    };
  }

  /** Loads the Köln-sized Kommune into the full table and reads it back six times. */
  private void koelngross(KekizPersistenz p) {
    long laden = zeit(() -> p.messwerte().saveAll(koelngrosseMesswerte(), Duplikatregel.ABLEHNEN));
    List<Long> zeiten = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long[] n = new long[1];
      zeiten.add(
          zeit(
              () -> {
                try (Stream<Messwert> s = p.messwerte().streamByKommune(KOELNGROSS)) {
                  s.forEach(m -> n[0]++);
                }
                return null;
              }));
      if (n[0] != KOELNGROSS_ANZAHL) {
        throw new IllegalStateException("read " + n[0] + " Messwerte of " + KOELNGROSS);
      }
    }
    List<Long> danach = new ArrayList<>(zeiten.subList(1, zeiten.size()));
    danach.sort(null);
    System.out.printf(
        Locale.ROOT,
        "  a Köln-sized Kommune (%,d Messwerte in %,d Messreihen): load %.2f s; read %.3f s the first time, %.3f s median of the next 5 (max %.3f s)%n",
        KOELNGROSS_ANZAHL,
        KOELNGROSS_ANZAHL / KOELNGROSS_JAHRE,
        laden / 1e9,
        zeiten.get(0) / 1e9,
        danach.get(danach.size() / 2) / 1e9,
        danach.get(danach.size() - 1) / 1e9);
  }

  /**
   * A correction of 1,000 stored Messwerte of one Kommune under ERSETZEN into the full table: its
   * cost should follow the size of the load, not of the table.
   */
  private void nachladen(KekizPersistenz p) {
    long t =
        zeit(
            () ->
                p.messwerte()
                    .saveAll(Testdaten.viele(1000, 7, KOMMUNEN[0]), Duplikatregel.ERSETZEN));
    System.out.printf(
        Locale.ROOT,
        "  replacing 1,000 stored Messwerte of one Kommune in the table of %,d (ERSETZEN): %.0f ms%n",
        zeilen + KOELNGROSS_ANZAHL,
        t / 1e6);
  }

  private void kette(DataSource ds, @Nullable String schema, SQLDialect dialekt) {
    AtomicInteger anweisungen = new AtomicInteger();
    KekizPersistenz p = gezaehlt(ds, schema, dialekt, anweisungen);
    Praeventionskette k = Testdaten.ketteMitAngeboten(500);
    long speichern = zeit(() -> p.praeventionsketten().save(k));
    for (int i = 0; i < 20; i++) {
      p.praeventionsketten().findByKommune(k.kommune()).orElseThrow();
    }
    int vorher = anweisungen.get();
    int wiederholungen = 50;
    long laden =
        zeit(
            () -> {
              for (int i = 0; i < wiederholungen; i++) {
                p.praeventionsketten().findByKommune(k.kommune()).orElseThrow();
              }
              return null;
            });
    System.out.printf(
        Locale.ROOT,
        "  Praeventionskette with 500 Angebote (%d rows in 8 tables): save %.0f ms; load %d queries, %.1f ms (mean of %d)%n",
        1 + zeilenDerKette(k),
        speichern / 1e6,
        (anweisungen.get() - vorher) / wiederholungen,
        laden / 1e6 / wiederholungen,
        wiederholungen);
  }

  private static int zeilenDerKette(Praeventionskette k) {
    int n =
        k.lebensphasen().size()
            + k.uebergaenge().size()
            + k.handlungsfelder().size()
            + k.netzwerke().size()
            + k.steuerung().ags().size()
            + k.akteure().size();
    for (var a : k.angebote()) {
      n +=
          1
              + a.standorte().size()
              + a.zeitplaene().size()
              + a.kosten().size()
              + a.ebenen().size()
              + a.lebensphasen().size()
              + a.handlungsfelder().size()
              + a.uebergaenge().size()
              + a.sozialraeume().size()
              + a.finanzierung().size();
    }
    return n;
  }

  /** An adapter on {@code ds} (and {@code schema}) through a DSLContext that counts statements. */
  private static KekizPersistenz gezaehlt(
      DataSource ds, @Nullable String schema, SQLDialect dialekt, AtomicInteger anweisungen) {
    var dsl = DSL.using(ds, dialekt);
    dsl.configuration().set(ExecuteListener.onExecuteStart(ctx -> anweisungen.incrementAndGet()));
    KekizPersistenz.Builder b = KekizPersistenz.builder().dslContext(dsl).migrationen(false);
    return schema == null ? b.build() : b.schema(schema).build();
  }

  // ---------------------------------------------------------------- the scale run

  /**
   * The NRW data set of the monitoring benchmark with {@code stadtteile} Stadtteile, loaded into
   * PostgreSQL Kommune by Kommune (one load each, as a Kommune's import would), then measured.
   */
  private void skalenlauf(int stadtteile) throws Exception {
    NrwDatensatz daten = new NrwDatensatz(20_240_101L, stadtteile, 50, 10);
    System.out.printf(
        Locale.ROOT,
        "kekiz-persistence scale run: %,d Messwerte of %d Kommunen (%,d Stadtteile, 50 indicators, 10 years), max heap %d MB, %d cores, Java %s%n",
        daten.anzahlMesswerte(),
        daten.anzahlKommunen(),
        stadtteile,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.println("load: " + last());
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      DataSource ds = new Testpool(pg.getPostgresDatabase());
      System.out.println(servername(ds));
      String schema = "skala";
      KekizPersistenz p = KekizPersistenz.builder().dataSource(ds).schema(schema).build();
      long gesamt = 0;
      long geladen = 0;
      int nummer = 0;
      Map<Gemeindeschluessel, Long> anzahl = new HashMap<>();
      long start = System.nanoTime();
      for (Iterator<NrwDatensatz.Kommunalpaket> it = daten.kommunen(); it.hasNext(); ) {
        NrwDatensatz.Kommunalpaket k = it.next();
        long t0 = System.nanoTime();
        long n = p.messwerte().saveAll(k.messwerte().iterator(), Duplikatregel.ABLEHNEN);
        gesamt += System.nanoTime() - t0;
        geladen += n;
        anzahl.put(k.kommune().schluessel(), n);
        if (++nummer % 50 == 0 || !it.hasNext()) {
          System.out.printf(
              Locale.ROOT,
              "  %3d Kommunen, %,11d Messwerte loaded in %6.0f s = %,.0f rows/s (wall %.0f s; %s)%n",
              nummer,
              geladen,
              gesamt / 1e9,
              geladen / (gesamt / 1e9),
              (System.nanoTime() - start) / 1e9,
              last());
        }
      }
      groesse(ds, schema, geladen);
      List<Map.Entry<Gemeindeschluessel, Long>> nachGroesse = new ArrayList<>(anzahl.entrySet());
      nachGroesse.sort(Map.Entry.comparingByValue());
      lies(p, "the largest Kommune", nachGroesse.get(nachGroesse.size() - 1).getKey());
      lies(p, "a Kommune of median size", nachGroesse.get(nachGroesse.size() / 2).getKey());
      koelngross(p);
      long t =
          zeit(
              () ->
                  p.messwerte()
                      .saveAll(
                          Testdaten.viele(1000, 7, nachGroesse.get(0).getKey()),
                          Duplikatregel.ERSETZEN));
      System.out.printf(
          Locale.ROOT,
          "  1,000 new Messwerte of one Kommune under ERSETZEN into the full table: %.0f ms%n",
          t / 1e6);
      verteilung(ds, schema);
    }
    System.out.println("load: " + last());
  }

  /** Reads one Kommune's Messwerte three times and prints the times. */
  private static void lies(KekizPersistenz p, String was, Gemeindeschluessel kommune) {
    long[] zeiten = new long[3];
    long n = 0;
    for (int i = 0; i < zeiten.length; i++) {
      long[] gelesen = new long[1];
      long t0 = System.nanoTime();
      try (Stream<Messwert> s = p.messwerte().streamByKommune(kommune)) {
        s.forEach(m -> gelesen[0]++);
      }
      zeiten[i] = System.nanoTime() - t0;
      n = gelesen[0];
    }
    System.out.printf(
        Locale.ROOT,
        "  reading %s (%s, %,d Messwerte): %.2f s, %.2f s, %.2f s = %,.0f rows/s at best%n",
        was,
        kommune,
        n,
        zeiten[0] / 1e9,
        zeiten[1] / 1e9,
        zeiten[2] / 1e9,
        n / (java.util.Arrays.stream(zeiten).min().orElseThrow() / 1e9));
  }

  /** Prints how the Messwerte spread over the partitions. */
  private static void verteilung(DataSource ds, String schema) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT min(n), max(n), min(k), max(k) FROM (SELECT tableoid, count(*) n,"
                    + " count(DISTINCT kommune) k FROM "
                    + schema
                    + ".messwert GROUP BY tableoid) x")) {
      r.next();
      System.out.printf(
          Locale.ROOT,
          "  partitions: %,d to %,d Messwerte, %d to %d Kommunen each%n",
          r.getLong(1),
          r.getLong(2),
          r.getLong(3),
          r.getLong(4));
    }
  }

  // ---------------------------------------------------------------- figures

  private static String last() {
    try {
      return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "load average unknown";
    }
  }

  private long zeit(Supplier<?> arbeit) {
    System.gc();
    long t0 = System.nanoTime();
    arbeit.get();
    return System.nanoTime() - t0;
  }

  private void melde(int runde, String was, long nanos) {
    melde(runde, was, nanos, zeilen);
  }

  private static void melde(int runde, String was, long nanos, long anzahl) {
    System.out.printf(
        Locale.ROOT,
        "  %s %-50s %6.1f s  %,9.0f rows/s%n",
        runde == 0 ? "warm-up" : "round " + runde,
        was,
        nanos / 1e9,
        anzahl / (nanos / 1e9));
  }

  private void vergleiche(String was, List<Long> zaehler, List<Long> nenner) {
    vergleiche(was, zaehler, nenner, zeilen);
  }

  /**
   * Prints the ratio of the speeds: of the summed times (the figure the README quotes), with the
   * ratio of each round (rounds pair the two in the order they ran) and their median.
   */
  private static void vergleiche(String was, List<Long> zaehler, List<Long> nenner, long anzahl) {
    double a = zaehler.stream().mapToLong(Long::longValue).sum() / (double) zaehler.size();
    double b = nenner.stream().mapToLong(Long::longValue).sum() / (double) nenner.size();
    StringBuilder runden = new StringBuilder();
    List<Double> verhaeltnisse = new ArrayList<>();
    for (int i = 0; i < zaehler.size(); i++) {
      double v = nenner.get(i) / (double) zaehler.get(i);
      verhaeltnisse.add(v);
      runden.append(String.format(Locale.ROOT, " %.2f", v));
    }
    verhaeltnisse.sort(null);
    int m = verhaeltnisse.size();
    double median =
        m % 2 == 1
            ? verhaeltnisse.get(m / 2)
            : (verhaeltnisse.get(m / 2 - 1) + verhaeltnisse.get(m / 2)) / 2;
    System.out.printf(
        Locale.ROOT,
        "  => %s: %.2f x (mean rows/s %,.0f vs %,.0f; per round:%s; median %.2f)%n",
        was,
        b / a,
        anzahl / (a / 1e9),
        anzahl / (b / 1e9),
        runden,
        median);
  }

  static {
    if (System.getProperty("org.jooq.no-logo") == null) {
      System.setProperty("org.jooq.no-logo", "true");
      System.setProperty("org.jooq.no-tips", "true");
    }
  }
}
