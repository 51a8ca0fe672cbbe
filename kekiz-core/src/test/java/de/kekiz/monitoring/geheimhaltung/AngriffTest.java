package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Attacks the protection: for thousands of generated tables ({@link Zufallstabelle}) an attacker
 * ({@link Angreifer}) who knows every published cell and every additive relation tries to recover
 * the suppressed cells. Prints the figures of each run.
 */
@DisplayName("The protection of small numbers under attack")
class AngriffTest {

  /** Figures of one run. */
  private static final class Zahlen {
    int tabellen;
    long zellen;
    long primaer;
    long sekundaer;
    long fehlend;
    long primaerOhneSekundaerErrechnet;
    long primaerGesamtMitBeziehung;
    long festgenagelt;
    long festgenageltMitStatus;
    long schmal;
    long nanos;
    long mitFehlendenErrechnet;
    final List<Long> breiten = new ArrayList<>();

    String bericht(String titel) {
      breiten.sort(Long::compare);
      long median = breiten.isEmpty() ? 0 : breiten.get(breiten.size() / 2);
      long p10 = breiten.isEmpty() ? 0 : breiten.get(breiten.size() / 10);
      return String.format(
          Locale.ROOT,
          "%s: %d tables, %.1f cells/table, %.2f primary (A) and %.2f secondary (D)"
              + " suppressions/table (%.1f%% / %.1f%% of cells), %.1f missing/table;"
              + " without secondary suppression the attacker recovers %d of %d primary cells"
              + " (%.1f%%); with it 0. Interval attack on primary cells (attacker knows a D cell"
              + " passed the rules): width median %d, 10th percentile %d, %d narrower than 3,"
              + " %d pinned to one value (%d without the status flags); an attacker who knew"
              + " the missing cells would recover %d suppressed cells; protection took %.1f ms"
              + " in all",
          titel,
          tabellen,
          (double) zellen / tabellen,
          (double) primaer / tabellen,
          (double) sekundaer / tabellen,
          100.0 * primaer / zellen,
          100.0 * sekundaer / zellen,
          (double) fehlend / tabellen,
          primaerOhneSekundaerErrechnet,
          primaerGesamtMitBeziehung,
          100.0 * primaerOhneSekundaerErrechnet / Math.max(1, primaerGesamtMitBeziehung),
          median,
          p10,
          schmal,
          festgenageltMitStatus,
          festgenagelt,
          mitFehlendenErrechnet,
          nanos / 1e6);
    }
  }

  @Test
  @DisplayName("no suppressed cell of 3,000 generated tables can be recovered by linear reasoning")
  void lineareRekonstruktionScheitert() {
    Zahlen zahlen = greifeAn(new Random(20240611L), 3000, 0.0);
    System.out.println(zahlen.bericht("attack"));
    assertThat(zahlen.tabellen).isEqualTo(3000);
    // the attack has teeth: without secondary suppression it recovers many primary cells
    assertThat(zahlen.primaerOhneSekundaerErrechnet).isGreaterThan(1000);
    // and no primary cell is pinned by interval reasoning, even knowing what a D flag tells
    assertThat(zahlen.festgenageltMitStatus).isZero();
    assertThat(zahlen.festgenagelt).isZero();
  }

  @Test
  @DisplayName("no suppressed cell can be recovered when some cells are missing")
  void mitFehlendenZellen() {
    Zahlen zahlen = greifeAn(new Random(4711L), 300, 0.05);
    System.out.println(zahlen.bericht("attack with 5% missing cells"));
    assertThat(zahlen.fehlend).isPositive();
    assertThat(zahlen.festgenageltMitStatus).isZero();
  }

  private static Zahlen greifeAn(Random rnd, int anzahl, double fehlendAnteil) {
    Zahlen zahlen = new Zahlen();
    for (int t = 0; t < anzahl; t++) {
      Zufallstabelle z = Zufallstabelle.erzeuge(rnd, fehlendAnteil);
      long start = System.nanoTime();
      List<Messwert> geschuetzt = Geheimhaltung.schuetze(z.messwerte(), z.kommune(), z.regeln());
      zahlen.nanos += System.nanoTime() - start;
      assertThat(geschuetzt).hasSameSizeAs(z.messwerte());
      Map<MesswertSchluessel, Messwert> nachSchluessel = new HashMap<>();
      for (Messwert m : geschuetzt) {
        nachSchluessel.put(m.schluessel(), m);
      }
      int n = z.zellen().size();
      boolean[] unbekannt = new boolean[n];
      boolean[] primaer = new boolean[n];
      long[] untergrenze = new long[n];
      for (int i = 0; i < n; i++) {
        @Nullable Messwert m = nachSchluessel.get(z.zellen().get(i));
        String wo = "table " + t + " cell " + z.zellen().get(i);
        boolean mitNenner = z.nenner()[i] > 0;
        if (z.fehlt()[i]) {
          if (m != null) {
            assertThat(m.zaehler()).as(wo).isNull();
            assertThat(m.confStatus()).as(wo).isEqualTo(ConfStatus.F);
          }
          zahlen.fehlend++;
          continue;
        }
        boolean klein = erwartetPrimaer(z.zaehler()[i], z.nenner()[i], mitNenner, z.regeln());
        switch (m.confStatus()) {
          case F -> {
            assertThat(klein).as(wo + " is small but published").isFalse();
            assertThat(m.zaehler().longValueExact()).as(wo).isEqualTo(z.zaehler()[i]);
          }
          case A -> {
            assertThat(klein).as(wo + " is A but not small").isTrue();
            assertThat(m.zaehler()).as(wo).isNull();
            assertThat(m.nenner()).as(wo).isNull();
            unbekannt[i] = true;
            primaer[i] = true;
            zahlen.primaer++;
          }
          case D -> {
            assertThat(klein).as(wo + " is D but small").isFalse();
            assertThat(m.zaehler()).as(wo).isNull();
            assertThat(m.nenner()).as(wo).isNull();
            unbekannt[i] = true;
            untergrenze[i] = z.regeln().untergrenzeSekundaer();
            zahlen.sekundaer++;
          }
          default -> throw new AssertionError(wo + " has status " + m.confStatus());
        }
      }
      zahlen.tabellen++;
      zahlen.zellen += n;
      // exact linear reasoning, on numerators and on denominators; missing cells are unknown
      // to the attacker as they are published nowhere (an empty Sozialraum whose 0 the published
      // values show is then found by the attacker itself)
      boolean[] verborgen = new boolean[n];
      for (int i = 0; i < n; i++) {
        verborgen[i] = unbekannt[i] || z.fehlt()[i];
      }
      Map<Integer, BigInteger> errechnet =
          Angreifer.rekonstruiere(z.zaehler(), verborgen, z.beziehungen());
      errechnet.keySet().removeIf(i -> z.fehlt()[i]);
      assertThat(errechnet.keySet())
          .as("table %d: recovered numerators of suppressed cells %s", t, schluessel(z, errechnet))
          .isEmpty();
      if (z.nenner()[0] > 0) {
        Map<Integer, BigInteger> nenner =
            Angreifer.rekonstruiere(z.nenner(), verborgen, z.beziehungen());
        nenner.keySet().removeIf(i -> z.fehlt()[i]);
        assertThat(nenner).as("table %d: recovered denominators", t).isEmpty();
      }
      // an attacker who knew the missing cells from elsewhere would get these
      zahlen.mitFehlendenErrechnet +=
          Angreifer.rekonstruiere(z.zaehler(), unbekannt, z.beziehungen()).size();
      // the same attack on primary suppression alone
      Map<Integer, BigInteger> ohne =
          Angreifer.rekonstruiere(z.zaehler(), primaer, z.beziehungen());
      for (Map.Entry<Integer, BigInteger> e : ohne.entrySet()) {
        assertThat(e.getValue()).isEqualTo(BigInteger.valueOf(z.zaehler()[e.getKey()]));
      }
      zahlen.primaerOhneSekundaerErrechnet += ohne.size();
      for (int i = 0; i < n; i++) {
        zahlen.primaerGesamtMitBeziehung += primaer[i] ? 1 : 0;
      }
      // interval reasoning
      long[][] mitStatus =
          Angreifer.schranken(z.zaehler(), verborgen, untergrenze, z.beziehungen());
      long[][] ohneStatus =
          Angreifer.schranken(z.zaehler(), verborgen, new long[n], z.beziehungen());
      for (int i = 0; i < n; i++) {
        assertThat(mitStatus[0][i]).isLessThanOrEqualTo(z.zaehler()[i]);
        assertThat(mitStatus[1][i]).isGreaterThanOrEqualTo(z.zaehler()[i]);
        if (!primaer[i]) {
          continue;
        }
        long breite = mitStatus[1][i] - mitStatus[0][i];
        zahlen.breiten.add(breite);
        zahlen.schmal += breite < 3 ? 1 : 0;
        zahlen.festgenageltMitStatus += breite == 0 ? 1 : 0;
        zahlen.festgenagelt += ohneStatus[1][i] == ohneStatus[0][i] ? 1 : 0;
      }
    }
    return zahlen;
  }

  private static List<MesswertSchluessel> schluessel(Zufallstabelle z, Map<Integer, BigInteger> m) {
    List<MesswertSchluessel> l = new ArrayList<>();
    for (int i : m.keySet()) {
      l.add(z.zellen().get(i));
    }
    return l;
  }

  /** The primary rule, written out independently of {@link Geheimhaltungsregeln}. */
  private static boolean erwartetPrimaer(
      long zaehler, long nenner, boolean mitNenner, Geheimhaltungsregeln r) {
    boolean zaehlerKlein = zaehler == 0 ? r.nullGeheim() : zaehler < r.mindestZaehler();
    return zaehlerKlein || (mitNenner && nenner < r.mindestNenner());
  }
}
