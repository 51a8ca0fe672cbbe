package de.kekiz.monitoring.verteilung;

import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Geldbetrag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Verteilung")
class VerteilungTest {

  private static long summe(List<Zuteilung<String>> z) {
    return z.stream().mapToLong(Zuteilung::einheiten).sum();
  }

  @Test
  @DisplayName(
      "the programme's figures: 22 new Kommunen of equal need share 660,000 € as 30,000 € each")
  void dreissigtausend() {
    List<Geldanspruch<Integer>> a = new ArrayList<>();
    for (int i = 1; i <= 22; i++) {
      a.add(Geldanspruch.of(i, BigDecimal.ONE));
    }
    List<Geldzuteilung<Integer>> z = Verteilung.verteile(Geldbetrag.of(660_000), a);
    assertThat(z)
        .hasSize(22)
        .allSatisfy(x -> assertThat(x.betrag()).isEqualTo(Geldbetrag.of(30_000)));
    // and the ESF flat rate: 22 × 29,958.39 € = 659,084.58 €, to the cent
    List<Geldzuteilung<Integer>> esf = Verteilung.verteile(Geldbetrag.of("659084.58"), a);
    assertThat(esf).allSatisfy(x -> assertThat(x.betrag()).isEqualTo(Geldbetrag.of("29958.39")));
  }

  @Test
  @DisplayName("gives the cent left over by the largest remainder, ties in the order of the claims")
  void groessterRest() {
    List<Geldanspruch<String>> a =
        List.of(
            Geldanspruch.of("a", BigDecimal.ONE),
            Geldanspruch.of("b", BigDecimal.ONE),
            Geldanspruch.of("c", BigDecimal.ONE));
    List<Geldzuteilung<String>> geld = Verteilung.verteile(Geldbetrag.of(100), a);
    assertThat(geld)
        .extracting(Geldzuteilung::betrag)
        .containsExactly(Geldbetrag.of("33.34"), Geldbetrag.of("33.33"), Geldbetrag.of("33.33"));
    assertThat(geld).extracting(Geldzuteilung::empfaenger).containsExactly("a", "b", "c");
    assertThat(geld.get(0).rechnerisch()).isEqualByComparingTo("33.33333333333333");
    assertThat(geld).extracting(Geldzuteilung::grenze).containsOnly(Grenze.KEINE);
    assertThat(a.get(0).hoechstens()).isEmpty();
    assertThat(a.get(0).withGrenzen(Geldbetrag.of(0), Geldbetrag.of(10)).hoechstens())
        .contains(Geldbetrag.of(10));
    // places 10 by need 1 : 2 : 3 → 1.667, 3.333, 5 → 2, 3, 5
    List<Zuteilung<String>> p =
        Verteilung.verteile(
            10, List.of(Anspruch.of("a", 1), Anspruch.of("b", 2), Anspruch.of("c", 3)));
    assertThat(p).extracting(Zuteilung::einheiten).containsExactly(2L, 3L, 5L);
    assertThat(p.get(0).rechnerisch()).isEqualByComparingTo("1.666666666666667");
    assertThat(p).extracting(Zuteilung::empfaenger).containsExactly("a", "b", "c");
    // a need as a decimal: 0.5 : 1 is the same as 1 : 2
    assertThat(
            Verteilung.verteile(
                    9,
                    List.of(
                        Anspruch.of("a", new BigDecimal("0.5")), Anspruch.of("b", BigDecimal.ONE)))
                .stream()
                .map(Zuteilung::einheiten))
        .containsExactly(3L, 6L);
  }

  @Test
  @DisplayName("breaks equal remainders by the larger need first")
  void gleicherRestGroessererBedarf() {
    // 3 units by need 1 : 1 : 2 → 0.75, 0.75, 1.5 → 0, 0, 1 and two left: 1.5 has remainder 0.5,
    // the others 0.75: they get one each
    List<Zuteilung<String>> p =
        Verteilung.verteile(
            3, List.of(Anspruch.of("a", 1), Anspruch.of("b", 1), Anspruch.of("c", 2)));
    assertThat(p).extracting(Zuteilung::einheiten).containsExactly(1L, 1L, 1L);
    // 5 units by need 2 : 1 : 1 : 1 → 2, 1, 1, 1 exactly
    assertThat(
            Verteilung.verteile(
                5,
                List.of(
                    Anspruch.of("a", 2),
                    Anspruch.of("b", 1),
                    Anspruch.of("c", 1),
                    Anspruch.of("d", 1))))
        .extracting(Zuteilung::einheiten)
        .containsExactly(2L, 1L, 1L, 1L);
    // 1 unit by need 2 : 2 : 1 → 0.4, 0.4, 0.2: a tie of remainders, the first claim wins
    assertThat(
            Verteilung.verteile(
                1, List.of(Anspruch.of("a", 2), Anspruch.of("b", 2), Anspruch.of("c", 1))))
        .extracting(Zuteilung::einheiten)
        .containsExactly(1L, 0L, 0L);
  }

  @Test
  @DisplayName("holds minimum and maximum and shares the rest by need (hand-computed)")
  void grenzen() {
    // 100 units, need 1 : 1 : 8; c at most 50, everyone at least 20
    // proportional: 10, 10, 80 → a and b below 20, c above 50 → shortfall 20 ≥ excess 30? no:
    // excess 30 wins, c fixed at 50; then 50 for a and b (1:1) → 25 each, above 20: done
    List<Zuteilung<String>> z =
        Verteilung.verteile(
            100,
            List.of(
                Anspruch.of("a", 1).withGrenzen(20, null),
                Anspruch.of("b", 1).withGrenzen(20, null),
                Anspruch.of("c", 8).withGrenzen(20, 50L)));
    assertThat(Anspruch.of("c", 8).hoechstens()).isEmpty();
    assertThat(Anspruch.of("c", 8).withGrenzen(20, 50L).hoechstens()).hasValue(50L);
    assertThat(z).extracting(Zuteilung::einheiten).containsExactly(25L, 25L, 50L);
    assertThat(z)
        .extracting(Zuteilung::grenze)
        .containsExactly(Grenze.KEINE, Grenze.KEINE, Grenze.MAXIMUM);
    // 100 units, need 1 : 1 : 18, everyone at least 30: a and b at 30, c 40
    List<Zuteilung<String>> m =
        Verteilung.verteile(
            100,
            List.of(
                Anspruch.of("a", 1).withGrenzen(30, null),
                Anspruch.of("b", 1).withGrenzen(30, null),
                Anspruch.of("c", 18).withGrenzen(30, null)));
    assertThat(m).extracting(Zuteilung::einheiten).containsExactly(30L, 30L, 40L);
    assertThat(m)
        .extracting(Zuteilung::grenze)
        .containsExactly(Grenze.MINIMUM, Grenze.MINIMUM, Grenze.KEINE);
  }

  @Test
  @DisplayName("gives a recipient without need exactly its minimum")
  void ohneBedarf() {
    List<Zuteilung<String>> z =
        Verteilung.verteile(
            10,
            List.of(
                new Anspruch<>("a", BigDecimal.ZERO, 3, 8L),
                new Anspruch<>("b", BigDecimal.ONE, 0, null)));
    assertThat(z).extracting(Zuteilung::einheiten).containsExactly(3L, 7L);
    assertThat(z.get(0).grenze()).isEqualTo(Grenze.MINIMUM);
  }

  @Test
  @DisplayName("rejects a budget below the minimums or above the maximums")
  void unmoeglich() {
    assertRegelverstoss(
        () ->
            Verteilung.verteile(
                5,
                List.of(
                    Anspruch.of("a", 1).withGrenzen(3, null),
                    Anspruch.of("b", 1).withGrenzen(3, null))),
        "verteilung.minimum-ueber-budget",
        "6",
        "5");
    assertRegelverstoss(
        () ->
            Verteilung.verteile(
                20,
                List.of(
                    Anspruch.of("a", 1).withGrenzen(0, 5L),
                    new Anspruch<>("b", BigDecimal.ZERO, 2, null))),
        "verteilung.budget-ueber-maximum",
        "7",
        "20");
    assertRegelverstoss(
        () -> Verteilung.verteile(Geldbetrag.of(1), List.<Geldanspruch<String>>of()),
        "verteilung.budget-ueber-maximum");
    assertThat(Verteilung.verteile(0, List.<Anspruch<String>>of())).isEmpty();
    assertThatThrownBy(() -> Verteilung.verteile(-1, List.of(Anspruch.of("a", 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Anspruch<>("a", BigDecimal.ONE, 5, 4L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum 5, maximum 4");
  }

  @RepeatedTest(200)
  @DisplayName("sums exactly to the budget, within limits, in proportion and deterministically")
  void eigenschaften(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(7_000 + info.getCurrentRepetition());
    int n = 1 + r.nextInt(30);
    List<Anspruch<String>> a = new ArrayList<>();
    long summeMin = 0;
    long summeMax = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal bedarf =
          BigDecimal.valueOf(r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(10_000), r.nextInt(3));
      long min = r.nextInt(4) == 0 ? r.nextInt(50) : 0;
      Long max = r.nextInt(3) == 0 ? Long.valueOf(min + r.nextInt(500)) : null;
      a.add(new Anspruch<>("r" + i, bedarf, min, max));
      summeMin += min;
      summeMax += bedarf.signum() == 0 ? min : max == null ? 1_000_000 : max;
    }
    long budget =
        summeMin + r.nextLong(Math.max(1, Math.min(summeMax, summeMin + 10_000) - summeMin + 1));
    List<Zuteilung<String>> z = Verteilung.verteile(budget, a);
    assertThat(summe(z)).isEqualTo(budget);
    assertThat(Verteilung.verteile(budget, a)).isEqualTo(z);
    for (int i = 0; i < n; i++) {
      Anspruch<String> x = a.get(i);
      long e = z.get(i).einheiten();
      assertThat(e).isGreaterThanOrEqualTo(x.minimum());
      if (x.maximum() != null) {
        assertThat(e).isLessThanOrEqualTo(x.maximum());
      }
      if (x.bedarf().signum() == 0) {
        assertThat(e).isEqualTo(x.minimum());
      }
      // within one unit of the exact share where no limit binds
      if (z.get(i).grenze() == Grenze.KEINE) {
        assertThat(BigDecimal.valueOf(e).subtract(z.get(i).rechnerisch()).abs())
            .isLessThan(BigDecimal.ONE);
      }
      for (int j = 0; j < n; j++) {
        Anspruch<String> y = a.get(j);
        boolean gleicheGrenzen =
            x.minimum() == y.minimum() && java.util.Objects.equals(x.maximum(), y.maximum());
        if (gleicheGrenzen && x.bedarf().compareTo(y.bedarf()) > 0) {
          assertThat(e).isGreaterThanOrEqualTo(z.get(j).einheiten());
        }
      }
    }
  }
}
