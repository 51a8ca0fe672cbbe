package de.kekiz.reporting;

import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.KoelnFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark harness (not a test): builds a Köln-sized report (86 Stadtteile, 50 indicators, 10
 * years) and writes every format of {@link BerichtWriter#standard()}, round after round, and prints
 * per step the wall-clock time and the CPU time of the working thread, plus the CPU time of the
 * whole process (garbage collection and JIT compiler included). Run it on one core with {@code
 * kekiz-reporting/src/test/scripts/benchmark.sh}.
 *
 * <p>Arguments (all optional): rounds measured (default 5), warm-up rounds (default 20), output
 * folder (default {@code target/benchmark}).
 */
public final class BerichtBenchmark {

  private BerichtBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) throws IOException {
    int runden = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int aufwaermen = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path ordner = Path.of(args.length > 2 ? args[2] : "target/benchmark");
    Files.createDirectories(ordner);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    List<Berichtsformat> formate = BerichtWriter.standard().formate();
    List<String> schritte = new ArrayList<>();
    schritte.add("Veröffentlichung rechnen und Bericht bauen");
    formate.forEach(f -> schritte.add(f.dateiname()));
    int s = schritte.size();
    long[][] wand = new long[s][runden];
    long[][] cpu = new long[s][runden];
    long[] erste = new long[s];
    long[] prozess = new long[runden];
    long[] gc = new long[runden];
    Monitoringbericht b = null;
    for (int r = -aufwaermen; r < runden; r++) {
      long p0 = os.getProcessCpuTime();
      long g0 = gcZeit();
      for (int i = 0; i < s; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        if (i == 0) {
          b = Monitoringbericht.builder(KoelnFixtures.koelnTeil(50, 10)).build();
        } else {
          Berichtsformat f = formate.get(i - 1);
          try (OutputStream out =
              new BufferedOutputStream(
                  Files.newOutputStream(ordner.resolve(f.dateiname())), 1 << 16)) {
            f.schreibe(b, Berichtsoptionen.STANDARD, out);
          }
        }
        long w = System.nanoTime() - w0;
        long c = threads.getCurrentThreadCpuTime() - c0;
        if (r == -aufwaermen) {
          erste[i] = c;
        }
        if (r >= 0) {
          wand[i][r] = w;
          cpu[i][r] = c;
        }
      }
      if (r >= 0) {
        prozess[r] = os.getProcessCpuTime() - p0;
        gc[r] = gcZeit() - g0;
      }
    }

    System.out.printf(
        Locale.ROOT,
        "Köln: %d Sozialräume mit Werten, %d Indikatoren, %,d Messwerte%n",
        b.auswertungen().get(0).gebiete().size(),
        b.auswertungen().size(),
        b.messwerte().size());
    System.out.printf(
        Locale.ROOT,
        "JVM %s, %d Prozessor(en), max. Heap %d MB; %d Aufwärm-, %d Messrunden%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        aufwaermen,
        runden);
    System.out.printf(
        Locale.ROOT,
        "%n  %-20s %12s %12s %12s %14s%n",
        "Schritt",
        "CPU kalt",
        "CPU Median",
        "Uhr Median",
        "Größe");
    long summeCpu = 0;
    for (int i = 0; i < s; i++) {
      String groesse =
          i == 0
              ? ""
              : String.format(Locale.ROOT, "%,d B", Files.size(ordner.resolve(schritte.get(i))));
      System.out.printf(
          Locale.ROOT,
          "  %-20s %9.0f ms %9.0f ms %9.0f ms %14s%n",
          schritte.get(i),
          ms(erste[i]),
          median(cpu[i]),
          median(wand[i]),
          groesse);
      summeCpu += (long) (median(cpu[i]) * 1e6);
    }
    long[] alleFormateCpu = new long[runden];
    long[] alleFormateWand = new long[runden];
    for (int r = 0; r < runden; r++) {
      for (int i = 1; i < s; i++) {
        alleFormateCpu[r] += cpu[i][r];
        alleFormateWand[r] += wand[i][r];
      }
    }
    System.out.printf(
        Locale.ROOT,
        "  %-20s %12s %9.0f ms %9.0f ms%n",
        "alle Formate",
        "",
        median(alleFormateCpu),
        median(alleFormateWand));
    System.out.printf(
        Locale.ROOT, "  %-20s %12s %9.0f ms%n", "Summe der Mediane", "", ms(summeCpu));
    System.out.printf(
        Locale.ROOT,
        "%n  Prozess-CPU je Runde (mit GC und JIT): Median %.0f ms, Minimum %.0f ms; davon GC (Uhr) Median %.0f ms%n",
        median(prozess),
        min(prozess),
        median(gc));
    System.out.println("  Dateien in " + ordner.toAbsolutePath() + ": " + schritte.subList(1, s));
  }

  private static long gcZeit() {
    long summe = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      summe += Math.max(0, g.getCollectionTime());
    }
    return summe * 1_000_000L;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double median(long[] werte) {
    long[] k = werte.clone();
    Arrays.sort(k);
    return ms(k.length % 2 == 1 ? k[k.length / 2] : (k[k.length / 2 - 1] + k[k.length / 2]) / 2);
  }

  private static double min(long[] werte) {
    return ms(Arrays.stream(werte).min().orElse(0));
  }
}
