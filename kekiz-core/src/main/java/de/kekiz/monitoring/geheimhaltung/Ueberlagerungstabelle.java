package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The perturbation table ("ptable") of the Cell Key Method: for each original count {@code i} the
 * probabilities with which it is published as {@code i + v}, {@code v} in {@code −D…D}. It is built
 * from {@link Ueberlagerungsparameter} by the construction of the R package {@code ptable}
 * (Destatis): per row, the maximum-entropy distribution of the deviations under the constraints
 *
 * <ul>
 *   <li>the probabilities add up to 1;
 *   <li>the noise is unbiased (mean 0);
 *   <li>its variance is {@code V} (at most {@code V}, see below);
 *   <li>{@code |v| ≤ D}, no target {@code i + v} is negative or in the blocked range {@code 1…js}.
 * </ul>
 *
 * <p>Rows exist for {@code i = 0, 1, …,} {@link Ueberlagerungsparameter#symmetrieAb()}; every
 * larger value uses the last, symmetric row. The row of 0 is "0 stays 0".
 *
 * <h2>Construction</h2>
 *
 * <p>Maximising the entropy {@code −Σ p log p} under the moment constraints gives {@code p_v ∝
 * exp(λ1·v + λ2·v²)} on the allowed deviations. The multipliers are found by Newton's method, each
 * step kept inside a bracket (bisection where it would leave it): {@code λ1} so that the mean is 0
 * (the mean grows with {@code λ1}), and {@code λ2} so that the variance is {@code V} (along the
 * curve of mean 0 the variance grows with {@code λ2}). As in {@code ptable}'s standard approach
 * ({@code optim = 1}), the variance constraint is an inequality, {@code Σ p·v² ≤ V}: a row whose
 * unconstrained maximum-entropy noise (mean 0 only, {@code λ2 = 0}) has a variance of at most
 * {@code V} keeps that noise, with the smaller variance ({@code ptable} reports such a row as a
 * violation of the fixed variance; the default parameters have none). Where no unbiased noise on
 * the allowed deviations has a variance as small as {@code V} (an original value inside the blocked
 * range can neither stay nor move by less than to 0 or beyond {@code js}), the row takes the noise
 * of the smallest variance: the two deviations next to 0, weighted so that the mean is 0. {@code
 * ptable} documents no solution for that case; this is the relaxation kekiz chose.
 *
 * <p>Unlike {@code ptable}, the construction does not enforce its monotony condition ({@code mono},
 * probabilities rising towards {@code v = 0} on the left) nor its lower bound of {@code 10^-8} for
 * every allowed target; {@code pstay} and {@code optim} are not offered. The exponential form is
 * what {@code ptable}'s optimiser converges to where those extra constraints do not bind; where the
 * monotony condition binds, {@code ptable}'s rows differ (for the defaults only in row 4, whose
 * {@code p(−1) = 0.3215} exceeds {@code p(0) = 0.3031}).
 *
 * <h2>Exact, reproducible numbers</h2>
 *
 * <p>The floating-point construction uses {@link StrictMath} (and Java 17's strict IEEE
 * arithmetic), so it gives the same bits on every JVM. Each row is then quantised to integer shares
 * ({@link Uebergang#anteil()}) in units of {@code 2^-32} that add up to exactly {@code 2^32}, and
 * whose mean is exactly 0: after rounding, the rest of the sum goes to the largest share and the
 * rest of the mean is moved, unit by unit, between two neighbouring deviations (in a two-point row
 * first between its two points). So an allowed deviation may get a few units where the real-valued
 * row has 0 (rows 1 and 2 of the defaults: 1 and 2 units, about {@code 5·10^-10}). The variance is
 * the real-valued row's up to the rounding: within {@code (4·n + 8)·D²·2^-32} for {@code n} allowed
 * deviations ({@code 1.4·10^-7} for the defaults, where it is below {@code 3·10^-9}). The lookup
 * ({@link #abweichung}) is integer arithmetic on these shares, as the cell keys are ({@link
 * Zellschluessel}): a key selects the first deviation, in ascending order, whose cumulative share
 * exceeds it, as the R package {@code cellKey} does with {@code ptable}'s {@code p_int_ub}.
 *
 * <p>Immutable and thread-safe; a lookup takes {@code O(log D)}.
 */
public final class Ueberlagerungstabelle {

  private static final BigDecimal EINHEITEN = BigDecimal.valueOf(Zellschluessel.EINHEITEN);
  private static final int MAX_SCHRITTE = 500;
  private static final double GENAUIGKEIT = 1e-14;
  private static final double ANNAHME = 1e-10;

  private final Ueberlagerungsparameter parameter;
  private final ImmutableList<Zeile> zeilen;
  private final int[][] abweichungen;
  private final long[][] obergrenzen;

  private Ueberlagerungstabelle(Ueberlagerungsparameter parameter, List<Zeile> zeilen) {
    this.parameter = parameter;
    this.zeilen = ImmutableList.copyOf(zeilen);
    abweichungen = new int[zeilen.size()][];
    obergrenzen = new long[zeilen.size()][];
    for (int r = 0; r < zeilen.size(); r++) {
      List<Uebergang> u = zeilen.get(r).uebergaenge();
      abweichungen[r] = new int[u.size()];
      obergrenzen[r] = new long[u.size()];
      long kumuliert = 0;
      for (int k = 0; k < u.size(); k++) {
        kumuliert += u.get(k).anteil();
        abweichungen[r][k] = u.get(k).abweichung();
        obergrenzen[r][k] = kumuliert;
      }
    }
  }

  /**
   * The table for {@code parameter}, built as the class comment describes.
   *
   * @param parameter the parameters
   * @return the table
   * @throws IllegalStateException if the multipliers of a row cannot be found to {@code 10^-10}
   *     (not observed for any valid parameters: the tests sweep {@code D = 1…20} with every {@code
   *     js})
   */
  public static Ueberlagerungstabelle of(Ueberlagerungsparameter parameter) {
    requireNonNull(parameter, "parameter");
    List<Zeile> zeilen = new ArrayList<>();
    zeilen.add(new Zeile(0, List.of(new Uebergang(0, Zellschluessel.EINHEITEN))));
    for (int i = 1; i <= parameter.symmetrieAb(); i++) {
      zeilen.add(zeile(i, parameter));
    }
    return new Ueberlagerungstabelle(parameter, zeilen);
  }

  /** {@return the parameters the table was built from} */
  public Ueberlagerungsparameter parameter() {
    return parameter;
  }

  /**
   * The rows for {@code i = 0, 1, …,} {@link Ueberlagerungsparameter#symmetrieAb()}, the last one
   * used for every larger value too.
   *
   * @return the rows, by original value
   */
  public List<Zeile> zeilen() {
    return zeilen;
  }

  /**
   * The row that perturbs {@code wert}: its own, or the symmetric row for values from {@link
   * Ueberlagerungsparameter#symmetrieAb()}.
   *
   * @param wert the original count, at least 0
   * @return the row
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   */
  public Zeile zeile(long wert) {
    return zeilen.get(zeilenindex(wert));
  }

  /**
   * The deviation {@code v} the cell key {@code schluessel} selects for the original count {@code
   * wert}: the first deviation of its row, in ascending order, whose cumulative share exceeds the
   * key.
   *
   * @param wert the original count, at least 0
   * @param schluessel the cell key
   * @return the deviation, from {@code −D} to {@code D}
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   */
  public int abweichung(long wert, Zellschluessel schluessel) {
    requireNonNull(schluessel, "schluessel");
    int r = zeilenindex(wert);
    long[] ub = obergrenzen[r];
    long k = schluessel.wert();
    int lo = 0;
    int hi = ub.length - 1;
    while (lo < hi) {
      int mitte = (lo + hi) >>> 1;
      if (k < ub[mitte]) {
        hi = mitte;
      } else {
        lo = mitte + 1;
      }
    }
    return abweichungen[r][lo];
  }

  /**
   * The perturbed value {@code wert + abweichung(wert, schluessel)}: never negative, never in the
   * blocked range, 0 for 0.
   *
   * @param wert the original count, at least 0
   * @param schluessel the cell key
   * @return the perturbed count
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   * @throws ArithmeticException if the result overflows a {@code long}
   */
  public long ueberlagere(long wert, Zellschluessel schluessel) {
    return Math.addExact(wert, abweichung(wert, schluessel));
  }

  /**
   * The expected absolute deviation {@code E|v|} of a perturbed {@code wert}, exactly (the
   * information loss per cell of that value).
   *
   * @param wert the original count, at least 0
   * @return the expected absolute deviation, exact
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   */
  public BigDecimal erwarteteAbsoluteAbweichung(long wert) {
    return zeile(wert).erwarteteAbsoluteAbweichung();
  }

  /**
   * The table as {@code ptable}'s {@code pt_export(…, SDCtool = "SAS")} writes it: a header {@code
   * i;j;p;v;p_int_lb;p_int_ub} and one line per original value {@code i} and target {@code j = i +
   * v} with a share above 0, numbers with a decimal point and 8 places, the cumulative bounds
   * rounded half up and {@code p} their difference (as {@code ptable} does). The row of {@link
   * Ueberlagerungsparameter#symmetrieAb()} applies to every larger {@code i}. The exact shares are
   * in {@link #zeilen()}.
   *
   * @return the CSV text, lines ending in {@code \n}
   */
  public String alsCsv() {
    StringBuilder sb = new StringBuilder("i;j;p;v;p_int_lb;p_int_ub\n");
    for (Zeile z : zeilen) {
      long kumuliert = 0;
      for (Uebergang u : z.uebergaenge()) {
        BigDecimal lb = achtStellen(kumuliert);
        kumuliert += u.anteil();
        BigDecimal ub = achtStellen(kumuliert);
        sb.append(z.ursprungswert())
            .append(';')
            .append(z.ursprungswert() + u.abweichung())
            .append(';')
            .append(ub.subtract(lb).toPlainString())
            .append(';')
            .append(u.abweichung())
            .append(';')
            .append(lb.toPlainString())
            .append(';')
            .append(ub.toPlainString())
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** {@code Ueberlagerungstabelle[D=4, V=2, js=2, Zeilen 0…7]}. */
  @Override
  public String toString() {
    return "Ueberlagerungstabelle[" + parameter + ", Zeilen 0…" + (zeilen.size() - 1) + "]";
  }

  private int zeilenindex(long wert) {
    if (wert < 0) {
      throw new IllegalArgumentException(
          "the Cell Key Method perturbs counts, which are at least 0, got " + wert);
    }
    return (int) Math.min(wert, zeilen.size() - 1);
  }

  private static BigDecimal achtStellen(long einheiten) {
    return BigDecimal.valueOf(einheiten).divide(EINHEITEN).setScale(8, RoundingMode.HALF_UP);
  }

  // ---------------------------------------------------------------- construction of one row

  private static Zeile zeile(int i, Ueberlagerungsparameter p) {
    int d = p.maximaleAbweichung();
    int js = p.sperrbereich();
    List<Integer> erlaubt = new ArrayList<>();
    for (int v = Math.max(-d, -i); v <= d; v++) {
      int ziel = i + v;
      if (ziel < 1 || ziel > js) {
        erlaubt.add(v);
      }
    }
    int[] s = erlaubt.stream().mapToInt(Integer::intValue).toArray();
    long[] anteile = quantisiere(s, ideal(i, s, p.varianz()));
    List<Uebergang> u = new ArrayList<>();
    for (int k = 0; k < s.length; k++) {
      if (anteile[k] > 0) {
        u.add(new Uebergang(s[k], anteile[k]));
      }
    }
    return new Zeile(i, u);
  }

  /** The real-valued row: smallest variance, unconstrained maximum entropy, or variance V. */
  private static double[] ideal(int i, int[] s, BigDecimal varianz) {
    int unten = Integer.MIN_VALUE;
    int oben = Integer.MAX_VALUE;
    boolean bleibenErlaubt = false;
    for (int v : s) {
      if (v == 0) {
        bleibenErlaubt = true;
      } else if (v < 0) {
        unten = Math.max(unten, v);
      } else {
        oben = Math.min(oben, v);
      }
    }
    if (!bleibenErlaubt) {
      long kleinsteVarianz = (long) -unten * oben;
      if (varianz.compareTo(BigDecimal.valueOf(kleinsteVarianz)) <= 0) {
        double[] q = new double[s.length];
        for (int k = 0; k < s.length; k++) {
          if (s[k] == unten) {
            q[k] = (double) oben / (oben - unten);
          } else if (s[k] == oben) {
            q[k] = (double) -unten / (oben - unten);
          }
        }
        return q;
      }
    }
    double v = varianz.doubleValue();
    Momente ohneVarianz = mittelwertNull(i, s, 0, 0);
    if (ohneVarianz.m2 <= v) {
      return ohneVarianz.p;
    }
    return varianzV(i, s, v, ohneVarianz).p;
  }

  /**
   * {@code p_v ∝ exp(λ1·v + λ2·v²)} with mean 0 and second moment {@code v}, for {@code v} between
   * the smallest variance and that of {@code λ2 = 0} ({@code beiNull}). Along the curve of mean 0
   * the second moment grows with {@code λ2} (its derivative is {@code Var(v²) − Cov(v, v²)² /
   * Var(v) ≥ 0}), so {@code λ2 < 0} is found by Newton steps kept inside the bracket known so far.
   */
  private static Momente varianzV(int i, int[] s, double v, Momente beiNull) {
    double toleranz = GENAUIGKEIT * Math.max(1, v);
    double unten = Double.NEGATIVE_INFINITY;
    double oben = 0;
    double x = 0;
    Momente m = beiNull;
    for (int n = 0; n < MAX_SCHRITTE && Math.abs(m.m2 - v) > toleranz; n++) {
      if (m.m2 < v) {
        unten = x;
      } else {
        oben = x;
      }
      double steigung = m.h22 - m.h12 * m.h12 / m.h11;
      double naechstes = imIntervall(x - (m.m2 - v) / steigung, unten, oben);
      if (naechstes == x) {
        break; // no double left between the bounds
      }
      x = naechstes;
      m = mittelwertNull(i, s, x, m.l1);
    }
    pruefe(i, m, Math.abs(m.m2 - v) <= ANNAHME * Math.max(1, v), v);
    return m;
  }

  /**
   * {@code p_v ∝ exp(λ1·v + λ2·v²)} with mean 0 for the given {@code λ2}, starting from {@code λ1 =
   * start}: the mean grows with {@code λ1} from the smallest to the largest deviation, so Newton
   * steps are kept inside the bracket known so far.
   */
  private static Momente mittelwertNull(int i, int[] s, double l2, double start) {
    double unten = Double.NEGATIVE_INFINITY;
    double oben = Double.POSITIVE_INFINITY;
    double x = start;
    Momente m = Momente.von(s, x, l2);
    for (int n = 0; n < MAX_SCHRITTE && Math.abs(m.m1) > GENAUIGKEIT; n++) {
      if (m.m1 < 0) {
        unten = x;
      } else {
        oben = x;
      }
      double naechstes = imIntervall(x - m.m1 / m.h11, unten, oben);
      if (naechstes == x) {
        break;
      }
      x = naechstes;
      m = Momente.von(s, x, l2);
    }
    pruefe(i, m, Math.abs(m.m1) <= ANNAHME, Double.NaN);
    return m;
  }

  /**
   * A Newton step if it lies strictly between the bounds; else their middle, or, towards an open
   * end, a step that doubles the distance from the other bound.
   */
  private static double imIntervall(double newton, double unten, double oben) {
    if (newton > unten && newton < oben) {
      return newton;
    }
    if (unten == Double.NEGATIVE_INFINITY) {
      return oben - Math.max(1, Math.abs(oben));
    }
    if (oben == Double.POSITIVE_INFINITY) {
      return unten + Math.max(1, Math.abs(unten));
    }
    return unten + (oben - unten) / 2;
  }

  private static void pruefe(int i, Momente m, boolean erreicht, double varianz) {
    if (!erreicht) {
      throw new IllegalStateException(
          "the maximum-entropy row of the perturbation table did not converge for i = "
              + i
              + " (mean "
              + m.m1
              + ", second moment "
              + m.m2
              + (Double.isNaN(varianz) ? "" : ", variance wanted " + varianz)
              + ")");
    }
  }

  /** The distribution for given multipliers, its first two moments and their covariances. */
  private static final class Momente {
    final double[] p;
    final double l1;
    final double m1;
    final double m2;
    final double h11;
    final double h12;
    final double h22;

    private Momente(
        double[] p, double l1, double m1, double m2, double h11, double h12, double h22) {
      this.p = p;
      this.l1 = l1;
      this.m1 = m1;
      this.m2 = m2;
      this.h11 = h11;
      this.h12 = h12;
      this.h22 = h22;
    }

    static Momente von(int[] s, double l1, double l2) {
      double[] a = new double[s.length];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < s.length; k++) {
        a[k] = l1 * s[k] + l2 * s[k] * s[k];
        max = Math.max(max, a[k]);
      }
      double z = 0;
      double[] p = new double[s.length];
      for (int k = 0; k < s.length; k++) {
        p[k] = StrictMath.exp(a[k] - max);
        z += p[k];
      }
      double m1 = 0;
      double m2 = 0;
      for (int k = 0; k < s.length; k++) {
        p[k] /= z;
        m1 += p[k] * s[k];
        m2 += p[k] * s[k] * s[k];
      }
      double h11 = 0;
      double h12 = 0;
      double h22 = 0;
      for (int k = 0; k < s.length; k++) {
        double x = s[k] - m1;
        double y = (double) s[k] * s[k] - m2;
        h11 += p[k] * x * x;
        h12 += p[k] * x * y;
        h22 += p[k] * y * y;
      }
      return new Momente(p, l1, m1, m2, h11, h12, h22);
    }
  }

  /** Integer shares in units of {@code 2^-32} with sum exactly {@code 2^32} and mean exactly 0. */
  private static long[] quantisiere(int[] s, double[] q) {
    long gesamt = Zellschluessel.EINHEITEN;
    long[] n = new long[s.length];
    long summe = 0;
    for (int k = 0; k < s.length; k++) {
      n[k] = Math.round(q[k] * gesamt);
      summe += n[k];
    }
    int groesster = 0;
    for (int k = 1; k < s.length; k++) {
      if (n[k] > n[groesster]) {
        groesster = k;
      }
    }
    n[groesster] += gesamt - summe;
    mittelwertAufNull(s, n);
    for (long x : n) {
      if (x < 0) {
        throw new IllegalStateException(
            "negative share in a perturbation table row, deviations " + Arrays.toString(s));
      }
    }
    return n;
  }

  /**
   * Makes {@code Σ s·n} exactly 0 without changing {@code Σ n}, by moving single units: along the
   * pair of neighbouring deviations {@code (v, v + 1)} with the largest shares (one unit changes
   * the sum by 1); if the unit would have to come from a share of 0 there (a two-point row), first
   * between the largest negative and the largest positive deviation, which turns the sign of the
   * rest.
   */
  private static void mittelwertAufNull(int[] s, long[] n) {
    long m = 0;
    for (int k = 0; k < s.length; k++) {
      m += s[k] * n[k];
    }
    if (m == 0) {
      return;
    }
    int paar = -1;
    for (int k = 0; k + 1 < s.length; k++) {
      if (s[k + 1] == s[k] + 1 && (paar < 0 || n[k] + n[k + 1] > n[paar] + n[paar + 1])) {
        paar = k;
      }
    }
    if (paar < 0) {
      throw new IllegalStateException(
          "a perturbation table row needs two neighbouring deviations, got " + Arrays.toString(s));
    }
    boolean geberReicht = m > 0 ? n[paar + 1] >= m : n[paar] >= -m;
    if (!geberReicht) {
      int neg = -1;
      int pos = -1;
      for (int k = 0; k < s.length; k++) {
        if (s[k] < 0 && (neg < 0 || n[k] > n[neg])) {
          neg = k;
        } else if (s[k] > 0 && (pos < 0 || n[k] > n[pos])) {
          pos = k;
        }
      }
      long abstand = s[pos] - s[neg];
      long c = (Math.abs(m) + abstand - 1) / abstand;
      if (m > 0) {
        n[pos] -= c;
        n[neg] += c;
        m -= c * abstand;
      } else {
        n[neg] -= c;
        n[pos] += c;
        m += c * abstand;
      }
    }
    // m > 0: move m units from v + 1 to v; m < 0: move −m units from v to v + 1
    n[paar + 1] -= m;
    n[paar] += m;
    long probe = 0;
    for (int k = 0; k < s.length; k++) {
      probe += s[k] * n[k];
    }
    if (probe != 0) {
      throw new IllegalStateException(
          "cannot make the mean of a perturbation table row exactly 0, deviations "
              + Arrays.toString(s));
    }
  }

  // ---------------------------------------------------------------- value types

  /**
   * One transition of a row: the deviation {@code v} and its share of the cell keys.
   *
   * @param abweichung the deviation {@code v} of the target from the original value
   * @param anteil the probability in units of {@code 2^-32}, from 1 to {@code 2^32}
   */
  public record Uebergang(int abweichung, long anteil) {

    /**
     * Checks the share.
     *
     * @param abweichung the deviation {@code v} of the target from the original value
     * @param anteil the probability in units of {@code 2^-32}, from 1 to {@code 2^32}
     * @throws IllegalArgumentException if {@code anteil} is not from 1 to {@code 2^32}
     */
    public Uebergang {
      if (anteil < 1 || anteil > Zellschluessel.EINHEITEN) {
        throw new IllegalArgumentException(
            "Uebergang needs a share from 1 to 2^32 units, got " + anteil);
      }
    }

    /** {@return the probability {@code anteil / 2^32}, exactly} */
    public BigDecimal wahrscheinlichkeit() {
      return BigDecimal.valueOf(anteil).divide(EINHEITEN);
    }
  }

  /**
   * The row of one original value: its transitions in ascending order of deviation.
   *
   * @param ursprungswert the original value {@code i}
   * @param uebergaenge the transitions, ascending by deviation, shares adding up to {@code 2^32}
   */
  public record Zeile(long ursprungswert, List<Uebergang> uebergaenge) {

    /**
     * Checks the row and copies the transitions.
     *
     * @param ursprungswert the original value {@code i}
     * @param uebergaenge the transitions, ascending by deviation, shares adding up to {@code 2^32}
     * @throws IllegalArgumentException if the value is negative, the transitions are not strictly
     *     ascending, or their shares do not add up to {@code 2^32}
     */
    public Zeile {
      requireNonNull(uebergaenge, "uebergaenge");
      uebergaenge = ImmutableList.copyOf(uebergaenge);
      if (ursprungswert < 0) {
        throw new IllegalArgumentException(
            "a row of the perturbation table needs an original value of at least 0, got "
                + ursprungswert);
      }
      long summe = 0;
      for (int k = 0; k < uebergaenge.size(); k++) {
        if (k > 0 && uebergaenge.get(k).abweichung() <= uebergaenge.get(k - 1).abweichung()) {
          throw new IllegalArgumentException(
              "the row of " + ursprungswert + " needs ascending deviations, got " + uebergaenge);
        }
        summe += uebergaenge.get(k).anteil();
      }
      if (summe != Zellschluessel.EINHEITEN) {
        throw new IllegalArgumentException(
            "the row of " + ursprungswert + " needs shares adding up to 2^32, got " + summe);
      }
    }

    /** {@return the mean deviation {@code Σ p·v}, exactly} */
    public BigDecimal mittelwert() {
      return moment(1, false);
    }

    /** {@return the variance of the deviation {@code Σ p·v² − (Σ p·v)²}, exactly} */
    public BigDecimal varianz() {
      BigDecimal m = mittelwert();
      return moment(2, false).subtract(m.multiply(m));
    }

    /** {@return the expected absolute deviation {@code E|v| = Σ p·|v|}, exactly} */
    public BigDecimal erwarteteAbsoluteAbweichung() {
      return moment(1, true);
    }

    private BigDecimal moment(int potenz, boolean betrag) {
      long summe = 0;
      for (Uebergang u : uebergaenge) {
        long v = betrag ? Math.abs(u.abweichung()) : u.abweichung();
        long vp = potenz == 1 ? v : v * v;
        summe = Math.addExact(summe, Math.multiplyExact(vp, u.anteil()));
      }
      BigDecimal ergebnis = BigDecimal.valueOf(summe).divide(EINHEITEN);
      return ergebnis.signum() == 0 ? BigDecimal.ZERO : ergebnis.stripTrailingZeros();
    }
  }
}
