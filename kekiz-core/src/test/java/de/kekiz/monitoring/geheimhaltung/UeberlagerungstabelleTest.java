package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.kekiz.monitoring.geheimhaltung.Ueberlagerungstabelle.Uebergang;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungstabelle.Zeile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Ueberlagerungstabelle")
class UeberlagerungstabelleTest {

  private static final long EINHEITEN = Zellschluessel.EINHEITEN;
  private static final BigDecimal EINHEITEN_DEZIMAL = BigDecimal.valueOf(EINHEITEN);
  private static final MathContext GENAU = new MathContext(40);

  private static final Ueberlagerungstabelle STANDARD =
      Ueberlagerungstabelle.of(Ueberlagerungsparameter.standard());

  /** The sweep's tables, built once for its four property tests. */
  private static final Map<Ueberlagerungsparameter, Ueberlagerungstabelle> GEBAUT =
      new ConcurrentHashMap<>();

  private static Ueberlagerungstabelle gebaut(Ueberlagerungsparameter p) {
    return GEBAUT.computeIfAbsent(p, Ueberlagerungstabelle::of);
  }

  private static Ueberlagerungstabelle tabelle(int d, String v, int js) {
    return Ueberlagerungstabelle.of(Ueberlagerungsparameter.of(d, new BigDecimal(v), js));
  }

  /** The share of deviation {@code v} in a row, 0 if absent. */
  private static long anteil(Zeile z, int v) {
    return z.uebergaenge().stream()
        .filter(u -> u.abweichung() == v)
        .mapToLong(Uebergang::anteil)
        .findFirst()
        .orElse(0);
  }

  private static double p(Zeile z, int v) {
    return anteil(z, v) / (double) EINHEITEN;
  }

  /** |shares − exact probability · 2^32| ≤ toleranz units. */
  private static void assertAnteil(Zeile z, int v, BigDecimal wahrscheinlichkeit, long toleranz) {
    BigDecimal ideal = wahrscheinlichkeit.multiply(EINHEITEN_DEZIMAL);
    assertThat(BigDecimal.valueOf(anteil(z, v)).subtract(ideal).abs())
        .as("share of %d in row %d", v, z.ursprungswert())
        .isLessThanOrEqualTo(BigDecimal.valueOf(toleranz));
  }

  // ------------------------------------------------------------- independent reference values

  /** The deviations a row may use, computed here on its own. */
  private static List<Integer> erlaubt(long i, int d, int js) {
    List<Integer> s = new ArrayList<>();
    for (int v = -d; v <= d; v++) {
      long ziel = i + v;
      if (ziel >= 0 && !(ziel >= 1 && ziel <= js)) {
        s.add(v);
      }
    }
    return s;
  }

  /** Variance of the maximum-entropy noise with mean 0 only (p ∝ e^{λv}), by bisection on λ. */
  private static double varianzOhneVorgabe(List<Integer> s) {
    double lo = -60;
    double hi = 60;
    for (int n = 0; n < 70; n++) { // 120 / 2^70 is below the resolution of a double near λ
      double mitte = (lo + hi) / 2;
      if (momente(s, mitte)[0] > 0) {
        hi = mitte;
      } else {
        lo = mitte;
      }
    }
    return momente(s, (lo + hi) / 2)[1];
  }

  private static double[] momente(List<Integer> s, double lambda) {
    double z = 0;
    double m1 = 0;
    double m2 = 0;
    for (int v : s) {
      double w = Math.exp(lambda * v);
      z += w;
      m1 += w * v;
      m2 += w * v * v;
    }
    return new double[] {m1 / z, m2 / z};
  }

  /** The smallest variance of an unbiased noise on {@code s}: 0 if 0 is allowed. */
  private static double kleinsteVarianz(List<Integer> s) {
    if (s.contains(0)) {
      return 0;
    }
    int unten = s.stream().filter(v -> v < 0).mapToInt(Integer::intValue).max().orElseThrow();
    int oben = s.stream().filter(v -> v > 0).mapToInt(Integer::intValue).min().orElseThrow();
    return (double) -unten * oben;
  }

  /**
   * Per D (1…20) and js (0…D − 1), the variances tried: fractions of the largest (seven for D up to
   * 8, the smallest and the largest above), and 2.
   */
  static Stream<List<Ueberlagerungsparameter>> parameterraum() {
    List<List<Ueberlagerungsparameter>> alle = new ArrayList<>();
    MathContext sechsStellen = new MathContext(6, RoundingMode.DOWN);
    String[] viele = {"0.02", "0.1", "0.3", "0.5", "0.7", "0.9", "1"};
    String[] wenige = {"0.02", "1"};
    for (int d = 1; d <= Ueberlagerungsparameter.GROESSTE_ABWEICHUNG; d++) {
      BigDecimal vmax = BigDecimal.valueOf((long) d * (d + 1)).divide(BigDecimal.valueOf(3), GENAU);
      for (int js = 0; js < d; js++) {
        List<Ueberlagerungsparameter> gruppe = new ArrayList<>();
        for (String a : d <= 8 ? viele : wenige) {
          gruppe.add(
              Ueberlagerungsparameter.of(d, vmax.multiply(new BigDecimal(a), sechsStellen), js));
        }
        if (BigDecimal.valueOf(2).compareTo(vmax) <= 0) {
          gruppe.add(Ueberlagerungsparameter.of(d, BigDecimal.valueOf(2), js));
        }
        alle.add(gruppe);
      }
    }
    return alle.stream();
  }

  @Nested
  @DisplayName("for every parameter set of a sweep (D 1…20, every js, 3 to 8 variances)")
  class Eigenschaften {

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.kekiz.monitoring.geheimhaltung.UeberlagerungstabelleTest#parameterraum")
    @DisplayName("has rows 0…symmetry that sum to exactly 2^32 with a mean of exactly 0")
    void summeUndMittelwert(List<Ueberlagerungsparameter> gruppe) {
      for (Ueberlagerungsparameter p : gruppe) {
        summeUndMittelwertFuer(p);
      }
    }

    private void summeUndMittelwertFuer(Ueberlagerungsparameter p) {
      Ueberlagerungstabelle t = gebaut(p);
      assertThat(t.zeilen()).hasSize(p.symmetrieAb() + 1);
      for (Zeile z : t.zeilen()) {
        long summe = 0;
        long summeV = 0;
        for (Uebergang u : z.uebergaenge()) {
          summe += u.anteil();
          summeV += u.abweichung() * u.anteil();
        }
        assertThat(summe).as("sum of row %d", z.ursprungswert()).isEqualTo(EINHEITEN);
        assertThat(summeV).as("Σ v·n of row %d", z.ursprungswert()).isZero();
        assertThat(z.mittelwert()).isEqualByComparingTo("0");
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.kekiz.monitoring.geheimhaltung.UeberlagerungstabelleTest#parameterraum")
    @DisplayName("keeps 0 at 0 and sends no value below 0, into 1…js or further than D")
    void ziele(List<Ueberlagerungsparameter> gruppe) {
      for (Ueberlagerungsparameter p : gruppe) {
        zieleFuer(p);
      }
    }

    private void zieleFuer(Ueberlagerungsparameter p) {
      Ueberlagerungstabelle t = gebaut(p);
      assertThat(t.zeile(0).uebergaenge()).containsExactly(new Uebergang(0, EINHEITEN));
      assertThat(t.zeile(0).uebergaenge().get(0).wahrscheinlichkeit()).isEqualByComparingTo("1");
      // the probabilities of a row add up to exactly 1
      assertThat(
              t.zeile(5).uebergaenge().stream()
                  .map(Uebergang::wahrscheinlichkeit)
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("1");
      assertThat(new Uebergang(1, EINHEITEN / 4).wahrscheinlichkeit()).isEqualByComparingTo("0.25");
      for (Zeile z : t.zeilen()) {
        List<Integer> erlaubt =
            erlaubt(z.ursprungswert(), p.maximaleAbweichung(), p.sperrbereich());
        for (Uebergang u : z.uebergaenge()) {
          assertThat(erlaubt)
              .as("deviation %d of row %d", u.abweichung(), z.ursprungswert())
              .contains(u.abweichung());
        }
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.kekiz.monitoring.geheimhaltung.UeberlagerungstabelleTest#parameterraum")
    @DisplayName(
        "has the variance V where a maximum-entropy row reaches it, else the documented one")
    void varianz(List<Ueberlagerungsparameter> gruppe) {
      for (Ueberlagerungsparameter p : gruppe) {
        varianzFuer(p);
      }
    }

    private void varianzFuer(Ueberlagerungsparameter p) {
      Ueberlagerungstabelle t = gebaut(p);
      double v = p.varianz().doubleValue();
      for (Zeile z : t.zeilen().subList(1, t.zeilen().size())) {
        List<Integer> s = erlaubt(z.ursprungswert(), p.maximaleAbweichung(), p.sperrbereich());
        double kleinste = kleinsteVarianz(s);
        double ohneVorgabe = varianzOhneVorgabe(s);
        double erwartet = v <= kleinste ? kleinste : Math.min(v, ohneVorgabe);
        // the quantisation bound of the class comment, plus Newton's acceptance of 10^-10
        double d2 = (double) p.maximaleAbweichung() * p.maximaleAbweichung();
        double toleranz = (4.0 * s.size() * d2 + 8 * d2 + 1) / EINHEITEN + 1e-10;
        assertThat(z.varianz().doubleValue())
            .as(
                "variance of row %d (smallest %s, unconstrained %s)",
                z.ursprungswert(), kleinste, ohneVorgabe)
            .isCloseTo(erwartet, within(toleranz));
      }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("de.kekiz.monitoring.geheimhaltung.UeberlagerungstabelleTest#parameterraum")
    @DisplayName("has the maximum-entropy form: log p is a quadratic in v on every row that has 0")
    void maximaleEntropie(List<Ueberlagerungsparameter> gruppe) {
      for (Ueberlagerungsparameter p : gruppe) {
        maximaleEntropieFuer(p);
      }
    }

    private void maximaleEntropieFuer(Ueberlagerungsparameter p) {
      Ueberlagerungstabelle t = gebaut(p);
      for (Zeile z : t.zeilen().subList(1, t.zeilen().size())) {
        List<Uebergang> gross =
            z.uebergaenge().stream().filter(u -> u.anteil() > EINHEITEN / 10_000).toList();
        if (gross.size() < 4) {
          continue; // three points or fewer always fit a quadratic
        }
        // fit c + a·v + b·v² through the first, the middle and the last large share
        int[] idx = {0, gross.size() / 2, gross.size() - 1};
        double[][] m = new double[3][4];
        for (int r = 0; r < 3; r++) {
          double x = gross.get(idx[r]).abweichung();
          m[r] = new double[] {1, x, x * x, Math.log(gross.get(idx[r]).anteil())};
        }
        double[] koeff = loese(m);
        for (Uebergang u : gross) {
          double x = u.abweichung();
          double passend = koeff[0] + koeff[1] * x + koeff[2] * x * x;
          assertThat(Math.log(u.anteil()))
              .as("log share of %d in row %d", u.abweichung(), z.ursprungswert())
              .isCloseTo(passend, within(1e-4));
        }
      }
    }
  }

  /** Gauss–Jordan on a 3×4 augmented matrix. */
  private static double[] loese(double[][] m) {
    for (int c = 0; c < 3; c++) {
      int pivot = c;
      for (int r = c + 1; r < 3; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      for (int r = 0; r < 3; r++) {
        if (r != c) {
          double f = m[r][c] / m[c][c];
          for (int k = c; k < 4; k++) {
            m[r][k] -= f * m[c][k];
          }
        }
      }
    }
    return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
  }

  @Nested
  @DisplayName("agrees with a hand computation")
  class VonHand {

    @Test
    @DisplayName("D = 1, V = 0.5: 1 → 0, 1, 2 with 1/4, 1/2, 1/4 exactly")
    void d1() {
      Zeile z = tabelle(1, "0.5", 0).zeile(1);
      assertThat(z.uebergaenge())
          .containsExactly(
              new Uebergang(-1, EINHEITEN / 4),
              new Uebergang(0, EINHEITEN / 2),
              new Uebergang(1, EINHEITEN / 4));
      assertThat(z.varianz()).isEqualByComparingTo("0.5");
      assertThat(z.erwarteteAbsoluteAbweichung()).isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("D = 2, V = 1, symmetric row: p(v) ∝ x^(v²) with x = 6^(−1/4)")
    void d2() {
      // mean 0 by symmetry; variance (2x + 8x⁴)/(1 + 2x + 2x⁴) = 1 gives 6x⁴ = 1
      BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(6).sqrt(GENAU).sqrt(GENAU), GENAU);
      BigDecimal x4 = BigDecimal.ONE.divide(BigDecimal.valueOf(6), GENAU);
      BigDecimal z = BigDecimal.ONE.add(x.multiply(BigDecimal.valueOf(2))).add(x4.add(x4));
      Zeile zeile = tabelle(2, "1", 0).zeile(2);
      assertAnteil(zeile, 0, BigDecimal.ONE.divide(z, GENAU), 2);
      assertAnteil(zeile, 1, x.divide(z, GENAU), 2);
      assertAnteil(zeile, -1, x.divide(z, GENAU), 2);
      assertAnteil(zeile, 2, x4.divide(z, GENAU), 2);
      assertAnteil(zeile, -2, x4.divide(z, GENAU), 2);
    }

    @Test
    @DisplayName("D = 2, V = 1.08, js = 1, row 1: 0.51333…, 0.46, 0.02666… as in ptable's vignette")
    void ptableVignette() {
      // targets 0, 2, 3 (1 blocked): a + b + c = 1, −a + b + 2c = 0, a + b + 4c = 1.08
      BigDecimal c = new BigDecimal("0.08").divide(BigDecimal.valueOf(3), GENAU);
      BigDecimal b = new BigDecimal("0.46");
      BigDecimal a = b.add(c).add(c);
      Zeile z = tabelle(2, "1.08", 1).zeile(1);
      assertAnteil(z, -1, a, 2);
      assertAnteil(z, 1, b, 2);
      assertAnteil(z, 2, c, 2);
      assertThat(z.uebergaenge()).hasSize(3);
    }

    @Test
    @DisplayName(
        "the defaults send 1 to 0 with 2/3 and to 3 with 1/3, and 2 to 0 with 1/3, to 3 with 2/3")
    void standardKleineWerte() {
      BigDecimal drittel = BigDecimal.ONE.divide(BigDecimal.valueOf(3), GENAU);
      Zeile eins = STANDARD.zeile(1);
      assertAnteil(eins, -1, drittel.add(drittel), 3);
      assertAnteil(eins, 2, drittel, 3);
      Zeile zwei = STANDARD.zeile(2);
      assertAnteil(zwei, -2, drittel, 3);
      assertAnteil(zwei, 1, drittel.add(drittel), 3);
      // the only other shares are the few units that make the mean exactly 0
      assertThat(eins.uebergaenge().stream().mapToLong(Uebergang::anteil).filter(n -> n < 10))
          .hasSizeLessThanOrEqualTo(1);
      assertThat(zwei.uebergaenge().stream().mapToLong(Uebergang::anteil).filter(n -> n < 10))
          .hasSizeLessThanOrEqualTo(1);
      assertThat(STANDARD.erwarteteAbsoluteAbweichung(1).doubleValue())
          .isCloseTo(4.0 / 3, within(1e-8));
      assertThat(STANDARD.erwarteteAbsoluteAbweichung(2).doubleValue())
          .isCloseTo(4.0 / 3, within(1e-8));
    }
  }

  @Nested
  @DisplayName("with the default parameters")
  class Standard {

    @Test
    @DisplayName("has the variance 2 in every row from 1 on, within 10^-8")
    void varianzUeberall() {
      for (Zeile z : STANDARD.zeilen().subList(1, STANDARD.zeilen().size())) {
        assertThat(z.varianz().doubleValue())
            .as("row %d", z.ursprungswert())
            .isCloseTo(2.0, within(1e-8));
      }
    }

    @Test
    @DisplayName("meets ptable's monotony condition in every row except 4, where p(−1) > p(0)")
    void monotonie() {
      for (Zeile z : STANDARD.zeilen()) {
        boolean monoton = true;
        List<Uebergang> links = z.uebergaenge().stream().filter(u -> u.abweichung() <= 0).toList();
        for (int k = 0; k + 1 < links.size(); k++) {
          monoton &= links.get(k).anteil() <= links.get(k + 1).anteil();
        }
        assertThat(monoton).as("row %d", z.ursprungswert()).isEqualTo(z.ursprungswert() != 4);
      }
      assertThat(p(STANDARD.zeile(4), -1)).isCloseTo(0.3215, within(1e-4));
      assertThat(p(STANDARD.zeile(4), 0)).isCloseTo(0.3031, within(1e-4));
    }

    @Test
    @DisplayName("is the same on every JVM: its shares are pinned here")
    void festgeschrieben() {
      long[][] erwartet = {
        {4294967296L},
        {2863311531L, 1431655764L, 1L},
        {1431655766L, 2863311528L, 2L},
        {632784767L, 2195789356L, 1095850065L, 314004632L, 51658932L, 4879544L},
        {195191984L, 1380939296L, 1301899060L, 860127113L, 398226866L, 129205521L, 29377456L},
        {683539769L, 1029562239L, 1097831155L, 828729169L, 442877713L, 167551822L, 44875429L},
        {
          149319057L,
          475512139L,
          947845524L,
          1182614227L,
          923587870L,
          451484582L,
          138145649L,
          26458248L
        },
        {
          23402212L,
          131218728L,
          449582431L,
          941233630L,
          1204093294L,
          941233630L,
          449582431L,
          131218728L,
          23402212L
        }
      };
      for (int i = 0; i < erwartet.length; i++) {
        assertThat(STANDARD.zeile(i).uebergaenge().stream().mapToLong(Uebergang::anteil).toArray())
            .as("row %d", i)
            .containsExactly(erwartet[i]);
      }
    }

    @Test
    @DisplayName(
        "expects an absolute deviation of about 1.08 for large values, the symmetric row's")
    void informationsverlust() {
      assertThat(STANDARD.erwarteteAbsoluteAbweichung(0)).isEqualByComparingTo("0");
      assertThat(STANDARD.erwarteteAbsoluteAbweichung(1_000_000))
          .isEqualByComparingTo(STANDARD.zeile(7).erwarteteAbsoluteAbweichung());
      // by hand from the symmetric row: Σ |v|·p(v)
      Zeile z = STANDARD.zeile(7);
      double handsumme = 0;
      for (int v = -4; v <= 4; v++) {
        handsumme += Math.abs(v) * p(z, v);
      }
      assertThat(STANDARD.erwarteteAbsoluteAbweichung(7).doubleValue())
          .isCloseTo(handsumme, within(1e-12))
          .isCloseTo(1.084, within(1e-3));
    }

    @Test
    @DisplayName("prints as ptable's export: header, one line per target, 8 decimal places")
    void csv() {
      String csv = STANDARD.alsCsv();
      List<String> zeilen = csv.lines().toList();
      assertThat(zeilen.get(0)).isEqualTo("i;j;p;v;p_int_lb;p_int_ub");
      assertThat(zeilen.get(1)).isEqualTo("0;0;1.00000000;0;0.00000000;1.00000000");
      assertThat(zeilen.get(2)).isEqualTo("1;0;0.66666667;-1;0.00000000;0.66666667");
      assertThat(zeilen.get(3)).isEqualTo("1;3;0.33333333;2;0.66666667;1.00000000");
      int eintraege = STANDARD.zeilen().stream().mapToInt(z -> z.uebergaenge().size()).sum();
      assertThat(zeilen).hasSize(eintraege + 1);
      assertThat(zeilen.get(zeilen.size() - 1)).startsWith("7;11;").endsWith(";1.00000000");
    }
  }

  @Nested
  @DisplayName("looks up")
  class Nachschlagen {

    @Test
    @DisplayName(
        "the first deviation whose cumulative share exceeds the key, at both interval ends")
    void grenzen() {
      Zeile z = STANDARD.zeile(7);
      long ub = 0;
      for (Uebergang u : z.uebergaenge()) {
        long lb = ub;
        ub += u.anteil();
        assertThat(STANDARD.abweichung(7, Zellschluessel.of(lb))).isEqualTo(u.abweichung());
        assertThat(STANDARD.abweichung(7, Zellschluessel.of(ub - 1))).isEqualTo(u.abweichung());
      }
      assertThat(STANDARD.abweichung(7, Zellschluessel.of(0))).isEqualTo(-4);
      assertThat(STANDARD.abweichung(7, Zellschluessel.of(EINHEITEN - 1))).isEqualTo(4);
    }

    @Test
    @DisplayName(
        "values beyond the symmetric row in that row, and perturbs by adding the deviation")
    void grosseWerte() {
      Zellschluessel k = Zellschluessel.of(EINHEITEN - 1);
      assertThat(STANDARD.ueberlagere(1_000_000_000_000L, k)).isEqualTo(1_000_000_000_004L);
      assertThat(STANDARD.ueberlagere(0, k)).isZero();
      assertThat(STANDARD.ueberlagere(1, Zellschluessel.of(0))).isZero();
      assertThatThrownBy(() -> STANDARD.ueberlagere(Long.MAX_VALUE, k))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("nothing for a negative value, quoting it")
    void negativ() {
      assertThatThrownBy(() -> STANDARD.abweichung(-3, Zellschluessel.of(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -3");
    }
  }

  @Test
  @DisplayName("rejects a hand-made row whose shares do not add up to 2^32, naming the sum")
  void zeileValidiert() {
    assertThatThrownBy(() -> new Zeile(3, List.of(new Uebergang(0, EINHEITEN - 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got " + (EINHEITEN - 1));
    assertThatThrownBy(
            () -> new Zeile(3, List.of(new Uebergang(1, 2), new Uebergang(0, EINHEITEN - 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending");
  }
}
