package de.kekiz.benchmark;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.fixtures.NrwDatensatz;
import de.kekiz.monitoring.Gebietsaggregation;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.reichweite.Programmreichweite;
import de.kekiz.monitoring.reichweite.Reichweite;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsrechnung;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The monitoring benchmark (a harness, not a test): generates the NRW-scale data set of {@link
 * NrwDatensatz} Kommune by Kommune and runs, in one thread,
 *
 * <ol>
 *   <li>pass 1: every Kommune's data checked and indexed ({@link Kommunaldaten}) and summed to its
 *       Kreis and the Land ({@link Gebietsaggregation});
 *   <li>pass 2: the data generated again and published, one release per Kreis family (a Kreis with
 *       its Gemeinden, or a kreisfreie Stadt) as {@code kekiz report} makes it ({@link
 *       Veroeffentlichungsrechnung}: protection across the family's linked tables with pooled
 *       figures, the analysis on the published figures — comparisons, trends, Sozialindex with
 *       Stufen, Handlungsbedarf, Zielerreichung, Lückenanalyse — and the report's tables);
 *   <li>the programme reach over all Gemeinden.
 * </ol>
 *
 * <p>Run it with {@code ./mvnw -B -q -pl kekiz-core test-compile exec:exec} (the pom starts a JVM
 * with {@code -Xms512m -Xmx512m -XX:+UseSerialGC}; {@code exec:java
 * -Dexec.mainClass=de.kekiz.benchmark.MonitoringBenchmark -Dexec.classpathScope=test} runs it in
 * Maven's own JVM instead, without the heap limit); numeric arguments: {@code [sozialraeume
 * [indikatoren [jahre [runden [aufwaermen]]]]]}. It prints Messwerte per second (generation
 * included) for each pass and overall, the CPU time of the benchmark thread, the garbage collection
 * and the CPU time of the whole JVM in pass 2, the JIT compiler's time, and the peak heap used.
 * {@code aufwaermen} full runs (default 12) warm the JIT up and are not counted: the large methods
 * of the publication are called once per Kreis family, so the C2 compiler is still busy with them
 * after two runs (on one core, its time per run falls below a tenth of a second only after about
 * ten); then {@code runden} runs (default 5) are measured and the median is reported.
 */
public final class MonitoringBenchmark {
  private MonitoringBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] alle) {
    // only the numbers count: exec:java passes the JVM options of exec:exec along as arguments
    String[] args =
        java.util.Arrays.stream(alle).filter(a -> a.matches("[0-9]+")).toArray(String[]::new);
    int sozialraeume = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int indikatoren = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int jahre = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int runden = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int aufwaermen = args.length > 4 ? Integer.parseInt(args[4]) : 12;
    NrwDatensatz ds = new NrwDatensatz(20_240_101L, sozialraeume, indikatoren, jahre);
    System.out.println("warm-up: " + aufwaermen + " full runs, not counted");
    for (int i = 1; i <= aufwaermen; i++) {
      System.out.println("warm-up " + i + ": " + lauf(ds).kurz());
    }
    List<Ergebnis> ergebnisse = new ArrayList<>();
    for (int i = 1; i <= runden; i++) {
      Ergebnis e = lauf(ds);
      ergebnisse.add(e);
      System.out.println("run " + i + ": " + e.kurz());
    }
    ergebnisse.sort(java.util.Comparator.comparingLong(Ergebnis::cpuMitGc));
    System.out.println("median of " + runden + " runs:");
    System.out.println(ergebnisse.get(ergebnisse.size() / 2).bericht());
  }

  /** The figures of one run. */
  record Ergebnis(
      int kommunen,
      long messwerte,
      long nanosPass1,
      long nanosPass2,
      long cpuPass1,
      long cpuPass2,
      long gcMillis,
      long gcMillisPass2,
      long prozessPass2,
      long compilerMillis,
      long spitzeHeap,
      long maxHeap,
      long pruefsumme,
      Reichweite reichweite) {

    double proSekunde(long nanos) {
      return messwerte / (nanos / 1e9);
    }

    long cpuMitGc() {
      return cpuPass1 + cpuPass2 + gcMillis * 1_000_000L;
    }

    long cpuPass2MitGc() {
      return cpuPass2 + gcMillisPass2 * 1_000_000L;
    }

    String kurz() {
      return String.format(
          Locale.ROOT,
          "CPU pass 1 %.3f s, pass 2 %.3f s, GC %d ms (of it in pass 2 %d ms), pass 2 all"
              + " threads %.3f s, JIT compiler %d ms: %,.0f Messwerte/s",
          cpuPass1 / 1e9,
          cpuPass2 / 1e9,
          gcMillis,
          gcMillisPass2,
          prozessPass2 / 1e9,
          compilerMillis,
          proSekunde(cpuMitGc()));
    }

    String bericht() {
      return String.format(
          Locale.ROOT,
          "kekiz monitoring benchmark (one thread; CPU = CPU time of that thread)%n  data set      "
              + "       : %d Kommunen, %,d Messwerte%n  pass 1 (aggregate)   : CPU %7.3f s  %,12.0f"
              + " Messwerte/s   (wall %7.3f s)%n  pass 2 (publication)  : CPU %7.3f s  %,12.0f"
              + " Messwerte/s   (wall %7.3f s)%n  pass 2 + its GC      : CPU %7.3f s  %,12.0f"
              + " Messwerte/s   (GC %d ms)%n  pass 2, all threads  : CPU %7.3f s  %,12.0f"
              + " Messwerte/s   (process CPU: thread, collector, compiler; JIT compiler %d ms)%n"
              + "  both passes + GC     : CPU %7.3f s  %,12.0f"
              + " Messwerte/s   (wall %7.3f s, GC %d ms)%n  peak heap used       : %,d MB of max"
              + " %,d MB%n  reach                : %s%n  checksum             : %d",
          kommunen,
          messwerte,
          cpuPass1 / 1e9,
          proSekunde(cpuPass1),
          nanosPass1 / 1e9,
          cpuPass2 / 1e9,
          proSekunde(cpuPass2),
          nanosPass2 / 1e9,
          cpuPass2MitGc() / 1e9,
          proSekunde(cpuPass2MitGc()),
          gcMillisPass2,
          prozessPass2 / 1e9,
          proSekunde(prozessPass2),
          compilerMillis,
          cpuMitGc() / 1e9,
          proSekunde(cpuMitGc()),
          (nanosPass1 + nanosPass2) / 1e9,
          gcMillis,
          spitzeHeap >> 20,
          maxHeap >> 20,
          reichweite.anteil() + " % (" + reichweite.zaehler() + "/" + reichweite.nenner() + ")",
          pruefsumme);
    }
  }

  /** Runs both passes over {@code ds}. */
  static Ergebnis lauf(NrwDatensatz ds) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gc0 = gcMillis();
    long cpu0 = threads.getCurrentThreadCpuTime();

    // pass 1: Kommune sums to Kreis and Land
    long t0 = System.nanoTime();
    Gebietsaggregation aggregation =
        new Gebietsaggregation(ds.indikatoren()).erwarte(ds.gemeinden());
    List<Kommune> fuerReichweite = new ArrayList<>();
    long messwerte = 0;
    for (Iterator<NrwDatensatz.Kommunalpaket> it = ds.kommunen(); it.hasNext(); ) {
      NrwDatensatz.Kommunalpaket p = it.next();
      // only numbers are summed here: nothing of this pass is published per Kommune
      Kommunaldaten d =
          Kommunaldaten.builder(p.kommune(), ds.indikatoren())
              .ohneGeheimhaltung()
              .addAll(p.messwerte())
              .build();
      messwerte += d.anzahlMesswerte();
      aggregation.add(d);
      Kommune k = p.kommune();
      Kommune.Builder leicht =
          Kommune.builder(k.id(), k.name(), k.art())
              .kreisfrei(k.kreisfrei())
              .kreis(k.kreis().orElse(null))
              .jugendamt(k.jugendamt())
              .bevoelkerung(k.bevoelkerung());
      for (Programmteilnahme t : k.teilnahmen()) {
        leicht.teilnahme(t);
      }
      fuerReichweite.add(leicht.build());
    }
    long t1 = System.nanoTime();
    long cpu1 = threads.getCurrentThreadCpuTime();
    long gc1 = gcMillis();
    long prozess1 = prozessCpu();
    long compiler0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();

    // pass 2: every Kreis family published as one release
    long[] pruefsumme = {0};
    int kommunen = jedeFamilie(ds, v -> pruefsumme[0] = 31 * pruefsumme[0] + pruefsumme(v));
    Map<Gemeindeschluessel, Long> kinder =
        Programmreichweite.bevoelkerung(
            fuerReichweite,
            LocalDate.of(ds.letztesJahr(), 12, 31),
            de.kekiz.domain.Altersspanne.unter(18));
    Reichweite reichweite =
        Programmreichweite.berechne(
            fuerReichweite,
            Programm.KEKIZ,
            Programmteilnahme.PHASE_AUSBAU_2017,
            LocalDate.of(2017, 6, 30),
            kinder,
            "unter 18 Jahre");
    long t2 = System.nanoTime();
    long cpu2 = threads.getCurrentThreadCpuTime();
    long gc2 = gcMillis();
    long prozess2 = prozessCpu();
    long compiler1 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long gc = gc2 - gc0;

    long spitze = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        spitze += pool.getPeakUsage().getUsed();
      }
    }
    return new Ergebnis(
        kommunen,
        messwerte,
        t1 - t0,
        t2 - t1,
        cpu1 - cpu0,
        cpu2 - cpu1,
        gc,
        gc2 - gc1,
        prozess2 - prozess1,
        compiler1 - compiler0,
        spitze,
        Runtime.getRuntime().maxMemory(),
        pruefsumme[0],
        reichweite);
  }

  /**
   * Publishes every Kreis family of {@code ds} (a Kreis with its Gemeinden, or a kreisfreie Stadt)
   * as one release, as {@code kekiz report} makes it, and hands each release to {@code ziel} in the
   * order of the data set; the Sozialindex takes the first seven indicators.
   *
   * @return the number of Kommunen published
   */
  static int jedeFamilie(NrwDatensatz ds, Consumer<Veroeffentlichung> ziel) {
    List<IndikatorKey> keys = ds.indikatorKeys();
    Veroeffentlichungsrechnung rechnung =
        new Veroeffentlichungsrechnung(
            Veroeffentlichungsauftrag.am(LocalDate.of(2025, 6, 30))
                .withSozialindexIndikatoren(keys.subList(0, Math.min(7, keys.size()))));
    List<Veroeffentlichungsrechnung.Eingabe> familie = new ArrayList<>();
    Object kreis = null;
    int kommunen = 0;
    for (Iterator<NrwDatensatz.Kommunalpaket> it = ds.kommunen(); it.hasNext(); ) {
      NrwDatensatz.Kommunalpaket p = it.next();
      Object k = p.kommune().schluessel().kreis();
      if (kreis != null && !kreis.equals(k)) {
        ziel.accept(rechnung.berechne(familie, ds.indikatoren()));
        familie.clear();
      }
      kreis = k;
      familie.add(
          new Veroeffentlichungsrechnung.Eingabe(
              p.kommune(),
              com.google.common.collect.ImmutableList.copyOf(p.messwerte()),
              p.leitbild(),
              p.kette(),
              true));
      kommunen++;
    }
    if (!familie.isEmpty()) {
      ziel.accept(rechnung.berechne(familie, ds.indikatoren()));
    }
    return kommunen;
  }

  /**
   * The CPU time of the whole JVM so far: the benchmark's thread, the garbage collector's and the
   * compiler's. Unlike the collector's elapsed time it does not grow while another process has the
   * core.
   */
  private static long prozessCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /** A number that depends on every part of the release, so nothing is optimised away. */
  static long pruefsumme(Veroeffentlichung v) {
    long s = 0;
    for (Berichtsteil t : v.teile()) {
      s = 31 * s + t.messwerte().size();
      s = 31 * s + t.mehrjahreswerte().size();
      for (var a : t.auswertungen()) {
        s = 31 * s + a.gebiete().size();
        for (var z : a.gebiete()) {
          s = 31 * s + z.letzte().art().ordinal() + (z.rang() == null ? 0 : z.rang());
        }
      }
      s = 31 * s + t.handlungsbedarf().size();
      for (var z : t.ziele()) {
        s = 31 * s + z.erreichung().ordinal();
      }
    }
    return s;
  }
}
