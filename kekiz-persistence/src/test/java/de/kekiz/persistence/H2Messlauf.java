package de.kekiz.persistence;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Duplikatregel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A focused measuring run (not a test, not the benchmark): loads {@code kekiz.benchmark.zeilen}
 * generated Messwerte into a fresh H2 file database, by the adapter or the benchmark's raw JDBC
 * batch, alternating, and prints rows per second. Arguments: the modes ({@code adapter}, {@code
 * roh}, {@code generator}) in the order to run; {@code -Dh2messlauf.url=…} appends settings to the
 * database URL.
 */
public final class H2Messlauf {

  private static final Gemeindeschluessel[] KOMMUNEN = {
    Gemeindeschluessel.parse("05315000"), Gemeindeschluessel.parse("05513000"),
    Gemeindeschluessel.parse("05570004"), Gemeindeschluessel.parse("05978036"),
    Gemeindeschluessel.parse("05334002"), Gemeindeschluessel.parse("05362012"),
    Gemeindeschluessel.parse("05170008"), Gemeindeschluessel.parse("05978024"),
    Gemeindeschluessel.parse("05978040"), Gemeindeschluessel.parse("05978004")
  };

  private H2Messlauf() {}

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Runs the modes given. */
  public static void main(String[] args) throws Exception {
    long zeilen = Long.getLong("kekiz.benchmark.zeilen", 2_000_000L);
    int stapel = Integer.getInteger("kekiz.benchmark.stapel", 5000);
    String zusatz = System.getProperty("h2messlauf.url", "");
    for (String modus : args) {
      Path verzeichnis = Files.createTempDirectory("kekiz-messlauf");
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:file:" + verzeichnis.resolve("m") + ";DB_CLOSE_DELAY=-1" + zusatz);
      long beginn = System.nanoTime();
      long cpu = cpu();
      switch (modus) {
        case "generator" -> {
          long n = 0;
          for (Iterator<Messwert> it = Testdaten.viele(zeilen, 42, KOMMUNEN); it.hasNext(); ) {
            n += it.next().nenner().signum();
          }
          if (n < 0) {
            throw new IllegalStateException();
          }
        }
        case "adapter" -> {
          KekizPersistenz p =
              KekizPersistenz.builder().dataSource(ds).stapelgroesse(stapel).build();
          beginn = System.nanoTime();
          cpu = cpu();
          p.messwerte().saveAll(Testdaten.viele(zeilen, 42, KOMMUNEN), Duplikatregel.ABLEHNEN);
        }
        case "roh" -> {
          KekizPersistenz.builder().dataSource(ds).build();
          beginn = System.nanoTime();
          cpu = cpu();
          new Benchmark().rohStapel(ds, "");
        }
        case "roh100" -> {
          KekizPersistenz.builder().dataSource(ds).build();
          beginn = System.nanoTime();
          cpu = cpu();
          new Benchmark().rohMehrzeilig(ds, "", 100);
        }
        default -> throw new IllegalArgumentException(modus);
      }
      long ns = System.nanoTime() - beginn;
      long cpuNs = cpu() - cpu;
      System.out.printf(
          Locale.ROOT,
          "%-10s %,d rows in %.2f s: %,.0f rows/s; process CPU %.2f s: %,.0f rows per CPU s"
              + "  (load %s)%n",
          modus,
          zeilen,
          ns / 1e9,
          zeilen * 1e9 / ns,
          cpuNs / 1e9,
          zeilen * 1e9 / cpuNs,
          Files.readString(Path.of("/proc/loadavg")).strip());
      if (!modus.equals("generator")) {
        try (Connection c = ds.getConnection();
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
      try (Stream<Path> dateien = Files.walk(verzeichnis)) {
        dateien.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
