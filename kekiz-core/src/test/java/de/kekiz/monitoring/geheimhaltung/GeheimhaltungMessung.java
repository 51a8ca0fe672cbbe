package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A harness (not a test) that measures the protection at NRW scale: Kommunen with 5 Stadtbezirke of
 * 5 Stadtteile each (31 areas), 50 indicators (rates, a few with a breakdown by sex) and 10 years,
 * streamed Kommune by Kommune; counts as in SGB-II data, a few of them small. Prints observations
 * per second of CPU time.
 *
 * <pre>
 * ./mvnw -q -pl kekiz-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.kekiz.monitoring.geheimhaltung.GeheimhaltungMessung -Dexec.args=400
 * </pre>
 *
 * <p>With {@code -Dexec.args=skalierung} it prints the time per cell for ever larger 2-D tables
 * instead. Times are CPU times of the protecting thread, so other load on the machine matters
 * little; JIT warm-up is excluded.
 */
public final class GeheimhaltungMessung {

  private GeheimhaltungMessung() {}

  /**
   * Runs the measurement; the argument is the number of Kommunen (default 400), or {@code
   * skalierung} for the time per cell of ever larger 2-D tables.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("skalierung")) {
      skalierung();
      return;
    }
    int kommunen = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Random rnd = new Random(5_000_000L);
    // warm-up
    for (int i = 0; i < 20; i++) {
      Kommune k = kommune(i);
      Geheimhaltung.schuetze(messwerte(k, rnd), k);
    }
    long messwerte = 0;
    long gesperrt = 0;
    long cpu = 0;
    long start = System.nanoTime();
    for (int i = 0; i < kommunen; i++) {
      Kommune k = kommune(i);
      List<Messwert> m = messwerte(k, rnd);
      long a = mx.getCurrentThreadCpuTime();
      List<Messwert> g = Geheimhaltung.schuetze(m, k);
      cpu += mx.getCurrentThreadCpuTime() - a;
      messwerte += m.size();
      for (Messwert x : g) {
        gesperrt += x.veroeffentlichbar() ? 0 : 1;
      }
    }
    long wand = System.nanoTime() - start;
    System.out.printf(
        Locale.ROOT,
        "%d Kommunen, %d observations, %.1f%% suppressed: protection %.2f s CPU, %.0f"
            + " observations/s (whole loop incl. generation %.2f s wall)%n",
        kommunen,
        messwerte,
        100.0 * gesperrt / messwerte,
        cpu / 1e9,
        messwerte / (cpu / 1e9),
        wand / 1e9);
  }

  /**
   * Tables of one Kommune with a Sozialraum hierarchy of depth 2, a breakdown alter × geschlecht
   * and 10 % small numbers, from 25 to 800 Sozialräume: the time per cell should stay flat.
   */
  private static void skalierung() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int grenze : new int[] {25, 25, 50, 100, 200, 400, 800}) {
      Random rnd = new Random(grenze);
      long zellen = 0;
      long gesperrt = 0;
      long cpu = 0;
      int tabellen = Math.max(3, 4000 / grenze);
      for (int t = 0; t < tabellen; t++) {
        Zufallstabelle z = Zufallstabelle.erzeuge(rnd, 0.0, 2, grenze, 2, 0.1);
        long a = mx.getCurrentThreadCpuTime();
        List<Messwert> g = Geheimhaltung.schuetze(z.messwerte(), z.kommune(), z.regeln());
        cpu += mx.getCurrentThreadCpuTime() - a;
        zellen += g.size();
        for (Messwert x : g) {
          gesperrt += x.veroeffentlichbar() ? 0 : 1;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "up to %d Sozialräume: %d tables, %.0f cells/table, %.1f%% suppressed, %.2f µs CPU per"
              + " cell%n",
          grenze,
          tabellen,
          (double) zellen / tabellen,
          100.0 * gesperrt / zellen,
          cpu / 1e3 / zellen);
    }
  }

  private static Kommune kommune(int i) {
    Gemeindeschluessel ags =
        Gemeindeschluessel.parse(String.format(Locale.ROOT, "05%03d000", 100 + i));
    Kommune.Builder b =
        Kommune.builder(ags, "Stadt " + i, Kommunenart.KREISFREIE_STADT)
            .kreisfrei(true)
            .kreis(null)
            .jugendamt(ags);
    Zeitraum immer = Zeitraum.parse("2000-01-01..");
    for (int bz = 1; bz <= 5; bz++) {
      SozialraumId bid = SozialraumId.of(ags, "" + bz);
      b.sozialraum(Sozialraum.of(bid, 1, "Bezirk " + bz, Sozialraumebene.STADTBEZIRK, immer));
      for (int st = 1; st <= 5; st++) {
        b.sozialraum(
            Sozialraum.of(
                    SozialraumId.of(ags, bz + "0" + st),
                    1,
                    "Teil " + bz + st,
                    Sozialraumebene.STADTTEIL,
                    immer)
                .withUebergeordnet(bid));
      }
    }
    return b.build();
  }

  private static List<Messwert> messwerte(Kommune k, Random rnd) {
    List<Messwert> m = new ArrayList<>();
    Gemeindeschluessel ags = k.schluessel();
    for (int ind = 0; ind < 50; ind++) {
      IndikatorRef ref = IndikatorRef.of("indikator-" + ind, 1);
      boolean nachGeschlecht = ind % 10 == 0;
      for (int jahr = 2014; jahr < 2024; jahr++) {
        Periode p = Periode.jahr(jahr);
        int breite = nachGeschlecht ? 2 : 1;
        long[][] kz = new long[breite][];
        long[][] kn = new long[breite][];
        for (int g = 0; g < breite; g++) {
          kz[g] = new long[6];
          kn[g] = new long[6];
        }
        for (int bz = 1; bz <= 5; bz++) {
          for (int st = 1; st <= 5; st++) {
            Raumbezug raum = Raumbezug.of(SozialraumRef.of(SozialraumId.of(ags, bz + "0" + st), 1));
            long z0 = 0;
            long n0 = 0;
            for (int g = 0; g < breite; g++) {
              long n = 150 + rnd.nextInt(3000);
              long z = rnd.nextInt(40) == 0 ? rnd.nextInt(3) : n * (2 + rnd.nextInt(30)) / 100;
              z0 += z;
              n0 += n;
              kz[g][bz] += z;
              kn[g][bz] += n;
              kz[g][0] += z;
              kn[g][0] += n;
              if (nachGeschlecht) {
                m.add(rate(ref, raum, p, z, n, g == 0 ? "m" : "w"));
              }
            }
            m.add(rate(ref, raum, p, z0, n0, null));
          }
        }
        for (int bz = 0; bz <= 5; bz++) {
          Raumbezug raum =
              bz == 0
                  ? Raumbezug.of(ags)
                  : Raumbezug.of(SozialraumRef.of(SozialraumId.of(ags, "" + bz), 1));
          long z0 = 0;
          long n0 = 0;
          for (int g = 0; g < breite; g++) {
            z0 += kz[g][bz];
            n0 += kn[g][bz];
            if (nachGeschlecht) {
              m.add(rate(ref, raum, p, kz[g][bz], kn[g][bz], g == 0 ? "m" : "w"));
            }
          }
          m.add(rate(ref, raum, p, z0, n0, null));
        }
      }
    }
    return m;
  }

  private static Messwert rate(
      IndikatorRef ref, Raumbezug raum, Periode p, long z, long n, @Nullable String geschlecht) {
    Messwert m = Messwert.of(ref, raum, p, z, n);
    return geschlecht == null
        ? m
        : m.withAufschluesselung(Aufschluesselung.of(Aufschluesselung.GESCHLECHT, geschlecht))
            .withWerten(BigDecimal.valueOf(z), BigDecimal.valueOf(n));
  }
}
