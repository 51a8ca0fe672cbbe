package de.kekiz.examples.angriff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.examples.angriff.ExaktesLp.Vergleich;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The exact linear-programming solver")
class ExaktesLpTest {

  static Bruch b(long z) {
    return Bruch.of(z);
  }

  @Test
  @DisplayName("finds a fractional optimum exactly and names the constraints of its proof")
  void bruch() {
    ExaktesLp<String> lp = new ExaktesLp<>(2);
    lp.bedingung(Map.of(0, b(1), 1, b(1)), Vergleich.HOECHSTENS, b(4), "a");
    lp.bedingung(Map.of(0, b(1), 1, b(3)), Vergleich.HOECHSTENS, b(6), "b");
    lp.bedingung(Map.of(0, b(1)), Vergleich.MINDESTENS, b(1), "c");

    ExaktesLp.Optimum<String> max = lp.maximum(1);

    assertThat(max.wert()).hasValue(Bruch.of(BigInteger.valueOf(5), BigInteger.valueOf(3)));
    assertThat(max.benutzt()).containsExactlyInAnyOrder("b", "c");
    assertThat(lp.minimum(1).wert()).hasValue(Bruch.NULL);
    assertThat(lp.maximum(0).wert()).hasValue(b(4));
    assertThat(lp.minimum(0).wert()).hasValue(b(1));
  }

  @Test
  @DisplayName("proves a system without solution and names the constraints that contradict")
  void unloesbar() {
    ExaktesLp<String> lp = new ExaktesLp<>(3);
    lp.bedingung(Map.of(0, b(1), 1, b(1)), Vergleich.GLEICH, b(1), "summe");
    lp.bedingung(Map.of(0, b(1)), Vergleich.MINDESTENS, b(2), "gross");
    lp.bedingung(Map.of(2, b(1)), Vergleich.HOECHSTENS, b(9), "unbeteiligt");

    assertThat(lp.zulaessig()).isFalse();
    assertThat(lp.widerspruch()).containsExactlyInAnyOrder("summe", "gross");
    assertThatThrownBy(() -> lp.minimum(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("says unbounded when a maximum does not exist")
  void unbeschraenkt() {
    ExaktesLp<String> lp = new ExaktesLp<>(2);
    lp.bedingung(Map.of(0, b(1), 1, b(-1)), Vergleich.GLEICH, b(0), "gleich");

    assertThat(lp.maximum(0).wert()).isEmpty();
    assertThat(lp.minimum(0).wert()).hasValue(Bruch.NULL);
  }

  @Test
  @DisplayName("pins a variable through redundant equations")
  void redundant() {
    ExaktesLp<String> lp = new ExaktesLp<>(2);
    lp.bedingung(Map.of(0, b(1), 1, b(1)), Vergleich.GLEICH, b(3), "a");
    lp.bedingung(Map.of(0, b(2), 1, b(2)), Vergleich.GLEICH, b(6), "doppelt a");
    lp.bedingung(Map.of(0, b(1), 1, b(-1)), Vergleich.GLEICH, b(1), "b");

    assertThat(lp.minimum(0).wert()).hasValue(b(2));
    assertThat(lp.maximum(0).wert()).hasValue(b(2));
    assertThat(lp.maximum(1).wert()).hasValue(b(1));
  }

  /**
   * Random systems around a known point: the point lies within the bounds found, and each bound is
   * tight (the system with x_j fixed to it has a solution, with x_j fixed just beyond it has none).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  @DisplayName("finds tight bounds on random systems that have a known solution")
  void zufall(int seed) {
    Random zufall = new Random(seed);
    int n = 2 + zufall.nextInt(5);
    int m = 1 + zufall.nextInt(6);
    long[] punkt = new long[n];
    for (int j = 0; j < n; j++) {
      punkt[j] = zufall.nextInt(10);
    }
    List<Map<Integer, Bruch>> zeilen = zeilen(zufall, n, m);
    Vergleich[] vergleiche = new Vergleich[m];
    Bruch[] rechts = new Bruch[m];
    for (int i = 0; i < m; i++) {
      Bruch wert = Bruch.NULL;
      for (Map.Entry<Integer, Bruch> e : zeilen.get(i).entrySet()) {
        wert = wert.plus(e.getValue().mal(b(punkt[e.getKey()])));
      }
      vergleiche[i] = Vergleich.values()[zufall.nextInt(3)];
      int spiel = zufall.nextInt(4);
      rechts[i] =
          switch (vergleiche[i]) {
            case GLEICH -> wert;
            case HOECHSTENS -> wert.plus(b(spiel));
            case MINDESTENS -> wert.minus(b(spiel));
          };
    }
    Bruch tausendstel = Bruch.of(BigInteger.ONE, BigInteger.valueOf(1000));
    for (int j = 0; j < n; j++) {
      ExaktesLp<String> lp = lp(n, zeilen, vergleiche, rechts, -1, null);
      Bruch min = lp.minimum(j).wert().orElseThrow();
      Optional<Bruch> max = lp.maximum(j).wert();
      assertThat(min).isLessThanOrEqualTo(b(punkt[j]));
      if (max.isPresent()) {
        assertThat(max.get()).isGreaterThanOrEqualTo(b(punkt[j]));
      }
      assertThat(lp(n, zeilen, vergleiche, rechts, j, min).zulaessig()).isTrue();
      if (min.signum() > 0) {
        assertThat(lp(n, zeilen, vergleiche, rechts, j, min.minus(tausendstel)).zulaessig())
            .isFalse();
      }
      if (max.isPresent()) {
        assertThat(lp(n, zeilen, vergleiche, rechts, j, max.get()).zulaessig()).isTrue();
        assertThat(lp(n, zeilen, vergleiche, rechts, j, max.get().plus(tausendstel)).zulaessig())
            .isFalse();
      }
    }
  }

  private static List<Map<Integer, Bruch>> zeilen(Random zufall, int n, int m) {
    List<Map<Integer, Bruch>> zeilen = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Map<Integer, Bruch> zeile = new HashMap<>();
      for (int j = 0; j < n; j++) {
        if (zufall.nextInt(3) > 0) {
          zeile.put(j, b(zufall.nextInt(7) - 3));
        }
      }
      zeilen.add(zeile);
    }
    return zeilen;
  }

  /** The system; with {@code x_fest = wert} added if {@code fest ≥ 0}. */
  private static ExaktesLp<String> lp(
      int n,
      List<Map<Integer, Bruch>> zeilen,
      Vergleich[] vergleiche,
      Bruch[] rechts,
      int fest,
      @Nullable Bruch wert) {
    ExaktesLp<String> lp = new ExaktesLp<>(n);
    for (int i = 0; i < zeilen.size(); i++) {
      lp.bedingung(zeilen.get(i), vergleiche[i], rechts[i], "z" + i);
    }
    if (fest >= 0 && wert != null) {
      lp.bedingung(Map.of(fest, Bruch.EINS), Vergleich.GLEICH, wert, "fest");
    }
    return lp;
  }
}
