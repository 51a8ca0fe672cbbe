package de.kekiz.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Statistik and Rangfolge")
class StatistikTest {

  private static List<BigDecimal> zahlen(String... s) {
    List<BigDecimal> l = new ArrayList<>();
    for (String x : s) {
      l.add(new BigDecimal(x));
    }
    return l;
  }

  @Test
  @DisplayName("computes mean, population standard deviation and z-values by hand")
  void mittelUndStreuung() {
    List<BigDecimal> x = zahlen("2", "4", "4", "4", "5", "5", "7", "9");
    assertThat(Statistik.mittelwert(x)).isEqualByComparingTo("5");
    assertThat(Statistik.standardabweichung(x)).isEqualByComparingTo("2");
    assertThat(Statistik.zWerte(x))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(zahlen("-1.5", "-0.5", "-0.5", "-0.5", "0", "0", "1", "2"));
  }

  @Test
  @DisplayName("gives z = 0 to values that do not vary")
  void ohneStreuung() {
    assertThat(Statistik.zWerte(zahlen("3.5", "3.5", "3.50")))
        .allSatisfy(z -> assertThat(z).isEqualByComparingTo("0"));
  }

  @RepeatedTest(10)
  @DisplayName(
      "gives z = (n·x − Σx) / (n·sd) with sd as standardabweichung gives it, in value and scale")
  void zWerteWieStandardabweichung(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    for (int fall = 0; fall < 200; fall++) {
      List<BigDecimal> x = new ArrayList<>();
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        x.add(
            BigDecimal.valueOf(r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), r.nextInt(14)));
      }
      if (r.nextInt(10) == 0) {
        x = Collections.nCopies(n, x.get(0));
      }
      BigDecimal summe = BigDecimal.ZERO;
      for (BigDecimal w : x) {
        summe = summe.add(w);
      }
      BigDecimal sd = Statistik.standardabweichung(x);
      BigDecimal bn = BigDecimal.valueOf(n);
      List<BigDecimal> erwartet = new ArrayList<>();
      for (BigDecimal w : x) {
        erwartet.add(
            sd.signum() == 0
                ? BigDecimal.ZERO
                : w.multiply(bn).subtract(summe).divide(sd.multiply(bn), Statistik.MC));
      }
      assertThat(Statistik.zWerte(x)).containsExactlyElementsOf(erwartet); // equals: and scale
    }
  }

  @Test
  @DisplayName("computes the least-squares slope exactly, also with gaps")
  void steigung() {
    assertThat(Statistik.steigung(new int[] {0, 1, 2, 3, 4}, zahlen("10", "12", "14", "16", "18")))
        .isEqualByComparingTo("2");
    assertThat(Statistik.steigung(new int[] {0, 1, 3, 4}, zahlen("10", "12", "16", "18")))
        .isEqualByComparingTo("2");
    assertThat(Statistik.steigung(new int[] {0, 1, 2}, zahlen("10", "11", "15")))
        .isEqualByComparingTo("2.5");
    assertThat(Statistik.steigung(new int[] {0, 2}, zahlen("1", "0"))).isEqualByComparingTo("-0.5");
    assertThatThrownBy(() -> Statistik.steigung(new int[] {1, 1}, zahlen("1", "2")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The slope as the textbook formula computes it: {@code (nΣxy − ΣxΣy) / (nΣx² − (Σx)²)}. */
  private static BigDecimal steigungNachFormel(int[] x, List<BigDecimal> y) {
    int n = x.length;
    long sx = 0;
    long sxx = 0;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      sx += x[i];
      sxx += (long) x[i] * x[i];
      sy = sy.add(y.get(i));
      sxy = sxy.add(y.get(i).multiply(BigDecimal.valueOf(x[i])));
    }
    BigDecimal zaehler =
        sxy.multiply(BigDecimal.valueOf(n)).subtract(sy.multiply(BigDecimal.valueOf(sx)));
    return zaehler.divide(BigDecimal.valueOf(n * sxx - sx * sx), Statistik.MC);
  }

  @RepeatedTest(20)
  @DisplayName("gives the slope of the textbook formula, in value and scale")
  void steigungWieFormel(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    for (int fall = 0; fall < 3000; fall++) {
      int n = 2 + r.nextInt(5);
      int[] x = new int[n];
      List<BigDecimal> y = new ArrayList<>();
      int pos = r.nextInt(2);
      // values like those of Indikator.wert: up to 16 significant digits, mixed scales or one
      boolean eineSkala = r.nextBoolean();
      int skala = r.nextInt(18);
      long basis = r.nextLong(-10_000_000_000_000_000L, 10_000_000_000_000_000L);
      for (int i = 0; i < n; i++) {
        x[i] = pos;
        pos += 1 + r.nextInt(2);
        long unskaliert;
        if (eineSkala) {
          // a series: values near each other, sometimes equal or a whole number
          unskaliert =
              r.nextInt(5) == 0
                  ? basis
                  : basis + r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
          if (r.nextInt(10) == 0) {
            unskaliert = unskaliert / 1_000_000_000L * 1_000_000_000L;
          }
        } else {
          unskaliert = r.nextLong(-10_000_000_000_000_000L, 10_000_000_000_000_000L);
          unskaliert /= (long) Math.pow(10, r.nextInt(16));
        }
        y.add(BigDecimal.valueOf(unskaliert, eineSkala ? skala : r.nextInt(18)));
      }
      BigDecimal erwartet = steigungNachFormel(x, y);
      BigDecimal steigung = Statistik.steigung(x, y);
      assertThat(steigung).isEqualTo(erwartet); // equals: value and scale
      assertThat(steigung.scale()).isEqualTo(erwartet.scale());
    }
  }

  @Test
  @DisplayName("ranks with ties sharing the best rank (1, 2, 2, 4), in both directions")
  void raenge() {
    List<BigDecimal> x = zahlen("3", "1", "3.0", "2");
    assertThat(Rangfolge.raenge(x, true)).containsExactly(1, 4, 1, 3);
    assertThat(Rangfolge.raenge(x, false)).containsExactly(3, 1, 3, 2);
  }

  @RepeatedTest(10)
  @DisplayName("gives each value 1 + the number of values strictly before it in the order")
  void rangNachDefinition(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    int n = 1 + r.nextInt(200);
    List<BigDecimal> x = new ArrayList<>();
    // every third time beyond a long (the BigDecimal way), every third time spread over the whole
    // of a long (too wide to pack with the indexes), else small values of mixed scales
    BigDecimal gross =
        info.getCurrentRepetition() % 3 == 0
            ? new BigDecimal("123456789012345678901234.5")
            : BigDecimal.ZERO;
    boolean weit = info.getCurrentRepetition() % 3 == 1;
    for (int i = 0; i < n; i++) {
      x.add(
          weit && i % 3 != 0
              ? BigDecimal.valueOf(r.nextLong(-999_999_999_999_999_999L, 999_999_999_999_999_999L))
              : gross.add(BigDecimal.valueOf(r.nextInt(40), r.nextInt(2))));
    }
    for (boolean absteigend : new boolean[] {true, false}) {
      int[] rang = Rangfolge.raenge(x, absteigend);
      for (int i = 0; i < n; i++) {
        int davor = 0;
        for (BigDecimal y : x) {
          int c = y.compareTo(x.get(i));
          if (absteigend ? c > 0 : c < 0) {
            davor++;
          }
        }
        assertThat(rang[i]).as("rank of %s", x.get(i)).isEqualTo(1 + davor);
      }
    }
  }

  @RepeatedTest(10)
  @DisplayName("ranks the same whatever the input order")
  void reihenfolgeEgal(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    List<BigDecimal> x = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      x.add(BigDecimal.valueOf(r.nextInt(10)));
    }
    int[] vorher = Rangfolge.raenge(x, true);
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new java.util.Random(info.getCurrentRepetition()));
    List<BigDecimal> gemischt = new ArrayList<>();
    for (int i : idx) {
      gemischt.add(x.get(i));
    }
    int[] nachher = Rangfolge.raenge(gemischt, true);
    for (int k = 0; k < idx.size(); k++) {
      assertThat(nachher[k]).isEqualTo(vorher[idx.get(k)]);
    }
  }

  @Test
  @DisplayName("combines statuses: the stricter confidentiality, the more significant observation")
  void status() {
    assertThat(
            Status.strenger(
                de.kekiz.domain.indikator.ConfStatus.F, de.kekiz.domain.indikator.ConfStatus.A))
        .isEqualTo(de.kekiz.domain.indikator.ConfStatus.A);
    assertThat(
            Status.strenger(
                de.kekiz.domain.indikator.ConfStatus.C, de.kekiz.domain.indikator.ConfStatus.D))
        .isEqualTo(de.kekiz.domain.indikator.ConfStatus.C);
    assertThat(
            Status.summe(
                de.kekiz.domain.indikator.ObsStatus.B, de.kekiz.domain.indikator.ObsStatus.P))
        .isEqualTo(de.kekiz.domain.indikator.ObsStatus.P);
    assertThat(
            Status.summe(
                de.kekiz.domain.indikator.ObsStatus.A, de.kekiz.domain.indikator.ObsStatus.A))
        .isEqualTo(de.kekiz.domain.indikator.ObsStatus.A);
  }
}
