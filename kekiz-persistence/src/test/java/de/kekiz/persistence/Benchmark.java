package de.kekiz.persistence;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Duplikatregel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
 *   <li>2,000,000 Messwerte streamed from a generator into an empty {@code messwert} table with its
 *       primary key: on H2, raw JDBC {@code executeBatch} against the adapter's bulk load; on
 *       PostgreSQL, raw {@code COPY FROM STDIN} (and raw JDBC batches, for reference) against the
 *       adapter. Each measurement starts from an empty table; baseline and adapter take turns;
 *       the first round warms the JIT up and is not counted.
 *   <li>Reading the 2,000,000 back through the adapter's stream.
 *   <li>Loading one Kommune's Präventionskette with 500 Angebote: queries and time.
 * </ol>
 *
 * <p>System properties: {@code kekiz.benchmark.zeilen} (default 2,000,000), {@code
 * kekiz.benchmark.runden} (measured rounds, default 2), {@code kekiz.benchmark.nur} ({@code h2}
 * or {@code postgresql}: one database only), {@code kekiz.benchmark.h2} ({@code file},
 * the default, or {@code mem}: in-memory H2 keeps every row on the heap, so give it a larger heap
 * with {@code -Dbenchmark.heap=3g}).
 */
public final class Benchmark {

  private static final int STAPEL = Integer.getInteger("kekiz.benchmark.stapel", 5000);
  private static final Gemeindeschluessel[] KOMMUNEN = {
    Gemeindeschluessel.of("05315000"), Gemeindeschluessel.of("05513000"),
    Gemeindeschluessel.of("05570004"), Gemeindeschluessel.of("05978036"),
    Gemeindeschluessel.of("05334002"), Gemeindeschluessel.of("05362012"),
    Gemeindeschluessel.of("05170008"), Gemeindeschluessel.of("05978024"),
    Gemeindeschluessel.of("05978040"), Gemeindeschluessel.of("05978004")
  };

  private final long zeilen = Long.getLong("kekiz.benchmark.zeilen", 2_000_000L);
  private final int runden = Integer.getInteger("kekiz.benchmark.runden", 3);
  private final long ersetzenZeilen = Long.getLong("kekiz.benchmark.ersetzen", 200_000L);
  private final boolean h2ImSpeicher = "mem".equals(System.getProperty("kekiz.benchmark.h2", "file"));
  private final AtomicInteger zaehler = new AtomicInteger();

  private Benchmark() {}

  /** Keeps Flyway's and zonky's INFO lines out of the figures (held: JUL keeps loggers weakly). */
  private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

  /** Runs every measurement and prints the figures. */
  public static void main(String[] args) throws Exception {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    new Benchmark().laufe();
  }

  private Iterator<Messwert> quelle() {
    return Testdaten.viele(zeilen, 42, KOMMUNEN);
  }

  private void laufe() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "kekiz-persistence benchmark: %,d Messwerte, %d measured rounds after one warm-up, max heap %d MB, %d cores, Java %s%n",
        zeilen, runden, Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    String nur = System.getProperty("kekiz.benchmark.nur", "");
    if (!nur.equals("postgresql")) {
      h2();
    }
    if (!nur.equals("h2")) {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
        postgres(new Testpool(pg.getPostgresDatabase()));
      }
    }
  }

  // ---------------------------------------------------------------- H2

  private void h2() throws Exception {
    System.out.println();
    System.out.println("H2 " + org.h2.engine.Constants.FULL_VERSION + (h2ImSpeicher ? " in memory" : " file (in a temp directory)"));
    List<Long> roh = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    for (int runde = 0; runde <= runden; runde++) {
      // baseline and adapter take turns at going first, so neither always meets the other's
      // leftovers (file system write-back, JIT, GC)
      for (int zug = 0; zug < 2; zug++) {
        if ((zug == 0) == (runde % 2 == 0)) {
          try (H2Datei d = new H2Datei()) {
            KekizPersistenz.builder().dataSource(d.ds).build();
            long t = zeit(() -> jdbcBatch(d.ds, ""));
            if (runde > 0) {
              roh.add(t);
            }
            melde(runde, "raw JDBC executeBatch", t);
          }
        } else {
          try (H2Datei d = new H2Datei()) {
            KekizPersistenz p = KekizPersistenz.builder().dataSource(d.ds).stapelgroesse(STAPEL).build();
            long t = zeit(() -> p.messwerte().speichere(quelle(), Duplikatregel.ABLEHNEN));
            if (runde > 0) {
              adapter.add(t);
            }
            melde(runde, "adapter speichere (JDBC batches)", t);
            if (runde == runden) {
              lesen(p);
              nachladen(p);
              kette(d.ds, null, SQLDialect.H2);
            }
          }
        }
      }
    }
    vergleiche("H2: adapter / raw JDBC executeBatch", adapter, roh);
    try (H2Datei d = new H2Datei()) {
      // for reference: what the primary key costs H2 (one round, the same columns, no key)
      KekizPersistenz.builder().dataSource(d.ds).build();
      Testdatenbank.fuehreAus(d.ds, "CREATE TABLE ohne_schluessel AS SELECT * FROM messwert WITH NO DATA");
      long t = zeit(() -> jdbcBatch(d.ds, "", "ohne_schluessel"));
      melde(1, "raw JDBC executeBatch, same columns, no key", t);
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

    H2Datei() throws IOException {
      verzeichnis = Files.createTempDirectory("kekiz-benchmark");
      String name = "b" + zaehler.incrementAndGet();
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
    String version;
    try (Connection c = ds.getConnection()) {
      version = c.getMetaData().getDatabaseProductVersion();
    }
    System.out.println("PostgreSQL " + version + " (embedded, local socket)");
    List<Long> copy = new ArrayList<>();
    List<Long> batch = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    for (int runde = 0; runde <= runden; runde++) {
      // the three take turns at going first
      for (int zug = 0; zug < 3; zug++) {
        int wer = (zug + runde) % 3;
        String schema = "b" + zaehler.incrementAndGet();
        long t;
        if (wer == 0) {
          KekizPersistenz.builder().dataSource(ds).schema(schema).build();
          t = zeit(() -> rohesCopy(ds, schema + "."));
          melde(runde, "raw COPY FROM STDIN", t);
          if (runde > 0) {
            copy.add(t);
          }
        } else if (wer == 1) {
          KekizPersistenz.builder().dataSource(ds).schema(schema).build();
          t = zeit(() -> jdbcBatch(ds, schema + "."));
          melde(runde, "raw JDBC executeBatch", t);
          if (runde > 0) {
            batch.add(t);
          }
        } else {
          KekizPersistenz p =
              KekizPersistenz.builder().dataSource(ds).schema(schema).stapelgroesse(STAPEL).build();
          t = zeit(() -> p.messwerte().speichere(quelle(), Duplikatregel.ABLEHNEN));
          melde(runde, "adapter speichere (COPY per batch)", t);
          if (runde > 0) {
            adapter.add(t);
          }
          if (runde == runden) {
            lesen(p);
            nachladen(p);
            kette(ds, schema, SQLDialect.POSTGRES);
          }
        }
        Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
    vergleiche("PostgreSQL: adapter / raw COPY", adapter, copy);
    vergleiche("PostgreSQL: raw JDBC executeBatch / raw COPY", batch, copy);
    String s4 = "b" + zaehler.incrementAndGet();
    String s5 = "b" + zaehler.incrementAndGet();
    ersetzen(ds, s4, ds, s5, "raw JDBC INSERT … ON CONFLICT DO UPDATE batches");
    Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + s4 + " CASCADE");
    Testdatenbank.fuehreAus(ds, "DROP SCHEMA " + s5 + " CASCADE");
  }

  // ---------------------------------------------------------------- replacing

  /**
   * A second load of the same keys with new values into a table that holds them: the adapter
   * under ERSETZEN (which also keeps every replaced value in messwert_historie) against a raw
   * upsert that keeps nothing. {@code ersetzenZeilen} rows, the raw upsert on {@code ds1}, the
   * adapter on {@code ds2}; two rounds each, taking turns.
   */
  private void ersetzen(
      DataSource ds1, @Nullable String schema1, DataSource ds2, @Nullable String schema2, String roh)
      throws SQLException {
    KekizPersistenz p1 = mitSchema(KekizPersistenz.builder().dataSource(ds1), schema1).stapelgroesse(STAPEL).build();
    KekizPersistenz p2 = mitSchema(KekizPersistenz.builder().dataSource(ds2), schema2).stapelgroesse(STAPEL).build();
    p1.messwerte().speichere(Testdaten.viele(ersetzenZeilen, 42, KOMMUNEN), Duplikatregel.ABLEHNEN);
    p2.messwerte().speichere(Testdaten.viele(ersetzenZeilen, 42, KOMMUNEN), Duplikatregel.ABLEHNEN);
    List<Long> upsert = new ArrayList<>();
    List<Long> adapter = new ArrayList<>();
    boolean postgres = schema1 != null;
    for (int runde = 1; runde <= 2; runde++) {
      long seed = 100 + runde;
      for (int zug = 0; zug < 2; zug++) {
        if ((zug == 0) == (runde % 2 == 1)) {
          long t = zeit(() -> upsert(ds1, schema1 == null ? "" : schema1 + ".", postgres, seed));
          upsert.add(t);
          melde(runde, roh, t, ersetzenZeilen);
        } else {
          long t = zeit(() -> p2.messwerte().speichere(Testdaten.viele(ersetzenZeilen, seed, KOMMUNEN), Duplikatregel.ERSETZEN));
          adapter.add(t);
          melde(runde, "adapter speichere ERSETZEN", t, ersetzenZeilen);
        }
      }
    }
    if (p1.messwerte().count(KOMMUNEN[0]) != p2.messwerte().count(KOMMUNEN[0])) {
      throw new IllegalStateException("upsert and adapter disagree on the number of rows");
    }
    vergleiche("replacing " + ersetzenZeilen + " stored Messwerte: adapter ERSETZEN / raw upsert", adapter, upsert, ersetzenZeilen);
  }

  private static KekizPersistenz.Builder mitSchema(KekizPersistenz.Builder b, @Nullable String schema) {
    return schema == null ? b : b.schema(schema);
  }

  /** Raw upsert of the generated Messwerte with seed {@code seed}: batches of 5000, one transaction. */
  private Object upsert(DataSource ds, String schema, boolean postgres, long seed) {
    String sql =
        postgres
            ? "INSERT INTO " + schema + "messwert (" + SPALTEN + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (" + SCHLUESSEL + ") DO UPDATE SET zaehler = EXCLUDED.zaehler,"
                + " nenner = EXCLUDED.nenner, obs_status = EXCLUDED.obs_status,"
                + " conf_status = EXCLUDED.conf_status"
            : "MERGE INTO " + schema + "messwert (" + SPALTEN + ") KEY (" + SCHLUESSEL
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    return stapelweise(ds, sql, Testdaten.viele(ersetzenZeilen, seed, KOMMUNEN));
  }

  // ---------------------------------------------------------------- baselines

  private static final String SPALTEN =
      "kommune, indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,"
          + " periode_art, aufschluesselung, zaehler, nenner, obs_status, conf_status";
  private static final String SCHLUESSEL =
      "kommune, indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,"
          + " periode_art, aufschluesselung";

  /** Raw JDBC: one prepared INSERT, batches of 5000, one transaction. */
  private Object jdbcBatch(DataSource ds, String schema) {
    return jdbcBatch(ds, schema, "messwert");
  }

  private Object jdbcBatch(DataSource ds, String schema, String tabelle) {
    return stapelweise(
        ds, "INSERT INTO " + schema + tabelle + " (" + SPALTEN + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", quelle());
  }

  /** Executes {@code sql} for every Messwert of {@code quelle}: batches of 5000, one transaction. */
  private static Object stapelweise(DataSource ds, String sql, Iterator<Messwert> quelle) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int n = 0;
        while (quelle.hasNext()) {
          binde(ps, quelle.next());
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

  /** Binds the twelve columns of {@code m}, written out here (not the adapter's code). */
  private static void binde(PreparedStatement ps, Messwert m) throws SQLException {
    Raumbezug r = m.raum();
    SozialraumBezug s = r instanceof SozialraumBezug b ? b : null;
    ps.setString(1, r.kommune().wert());
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
  }

  private static void zahl(PreparedStatement ps, int i, @Nullable BigDecimal wert) throws SQLException {
    if (wert == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, wert);
    }
  }

  /** Raw COPY: one COPY command, rows formatted with a StringBuilder, written in 64 KiB chunks. */
  private Object rohesCopy(DataSource ds, String schema) {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      CopyIn copy =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + schema + "messwert (" + SPALTEN + ") FROM STDIN");
      StringBuilder sb = new StringBuilder(1 << 17);
      for (Iterator<Messwert> it = quelle(); it.hasNext(); ) {
        Messwert m = it.next();
        Raumbezug r = m.raum();
        SozialraumBezug s = r instanceof SozialraumBezug b ? b : null;
        sb.append(r.kommune().wert()).append('\t')
            .append(m.indikator().key().wert()).append('\t')
            .append(m.indikator().version()).append('\t')
            .append(s == null ? "" : s.sozialraum().id().code()).append('\t')
            .append(s == null ? 0 : s.sozialraum().gebietsstand()).append('\t')
            .append(m.periode().beginn()).append('\t')
            .append(m.periode().art().name()).append('\t')
            .append(m.aufschluesselung()).append('\t')
            .append(m.zaehler() == null ? "\\N" : m.zaehler().toString()).append('\t')
            .append(m.nenner() == null ? "\\N" : m.nenner().toString()).append('\t')
            .append(m.obsStatus().name()).append('\t')
            .append(m.confStatus().name()).append('\n');
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
        Locale.ROOT, "  reading them back (streamByKommune, Kommune by Kommune): %,d rows in %.1f s = %,.0f rows/s%n",
        n[0], t / 1e9, n[0] / (t / 1e9));
  }

  /**
   * A correction of 1,000 stored Messwerte of one Kommune under ERSETZEN into the full table: its
   * cost should follow the size of the load, not of the table.
   */
  private void nachladen(KekizPersistenz p) {
    long t = zeit(() -> p.messwerte().speichere(Testdaten.viele(1000, 7, KOMMUNEN[0]), Duplikatregel.ERSETZEN));
    System.out.printf(
        Locale.ROOT, "  replacing 1,000 stored Messwerte of one Kommune in the table of %,d (ERSETZEN): %.0f ms%n",
        zeilen, t / 1e6);
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
        1 + zeilenDerKette(k), speichern / 1e6, (anweisungen.get() - vorher) / wiederholungen,
        laden / 1e6 / wiederholungen, wiederholungen);
  }

  private static int zeilenDerKette(Praeventionskette k) {
    int n = k.lebensphasen().size() + k.uebergaenge().size() + k.handlungsfelder().size()
        + k.netzwerke().size() + k.steuerung().ags().size() + k.akteure().size();
    for (var a : k.angebote()) {
      n += 1 + a.standorte().size() + a.zeitplaene().size() + a.kosten().size() + a.ebenen().size()
          + a.lebensphasen().size() + a.handlungsfelder().size() + a.uebergaenge().size()
          + a.sozialraeume().size() + a.finanzierung().size();
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

  // ---------------------------------------------------------------- figures

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
        Locale.ROOT, "  %s %-46s %6.1f s  %,9.0f rows/s%n",
        runde == 0 ? "warm-up" : "round " + runde, was, nanos / 1e9, anzahl / (nanos / 1e9));
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
    double median = m % 2 == 1 ? verhaeltnisse.get(m / 2) : (verhaeltnisse.get(m / 2 - 1) + verhaeltnisse.get(m / 2)) / 2;
    System.out.printf(
        Locale.ROOT, "  => %s: %.2f x (mean rows/s %,.0f vs %,.0f; per round:%s; median %.2f)%n", was, b / a,
        anzahl / (a / 1e9), anzahl / (b / 1e9), runden, median);
  }

  static {
    if (System.getProperty("org.jooq.no-logo") == null) {
      System.setProperty("org.jooq.no-logo", "true");
      System.setProperty("org.jooq.no-tips", "true");
    }
  }

}
