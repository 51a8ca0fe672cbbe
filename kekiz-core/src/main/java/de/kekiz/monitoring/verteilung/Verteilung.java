package de.kekiz.monitoring.verteilung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a budget of whole units (places, or the cents of a {@link Geldbetrag}) across recipients
 * in proportion to their need, within each recipient's minimum and maximum, so that the shares sum
 * exactly to the budget.
 *
 * <p>Method:
 *
 * <ol>
 *   <li><b>Proportional shares within limits.</b> The exact (rational) shares are {@code λ ·
 *       bedarf}, clamped to each recipient's [minimum, maximum], with λ chosen so that they sum to
 *       the budget. λ is found by fixing recipients at their limits step by step: with the
 *       recipients still free sharing what is left in proportion to need, if the shortfall of those
 *       below their minimum is at least the excess of those above their maximum, the former are
 *       fixed at their minimum, else the latter at their maximum — a recipient fixed this way is at
 *       that limit in the final solution too. All arithmetic is exact ({@link BigInteger}).
 *   <li><b>Rounding by the largest-remainder method</b> (Hamilton): every free recipient gets the
 *       whole part of its share; the units left over (fewer than the free recipients) go one each
 *       to the largest fractional remainders. Ties: the larger need first, then the order of the
 *       claims as given. Rounding never crosses a limit.
 * </ol>
 *
 * <p>A recipient with need 0 gets exactly its minimum ("no need, no more than the minimum"). Rules
 * ({@link RegelverstossException} with the code given): the minimums fit into the budget ({@code
 * verteilung.minimum-ueber-budget}); the budget fits under the maximums ({@code
 * verteilung.budget-ueber-maximum}: the maximum of a recipient without need being its minimum). The
 * result keeps the order of the claims and does not depend on anything else. Stateless and
 * thread-safe.
 */
public final class Verteilung {
  private Verteilung() {}

  /**
   * Splits {@code budget} units across {@code ansprueche}.
   *
   * @param <K> the kind of recipient
   * @param budget the units to split, not negative
   * @param ansprueche the claims, one per recipient
   * @return one share per claim, in the claims' order, summing to {@code budget}
   * @throws IllegalArgumentException if {@code budget} is negative
   * @throws RegelverstossException if the limits cannot hold the budget (see the class comment)
   */
  public static <K> ImmutableList<Zuteilung<K>> verteile(
      long budget, List<Anspruch<K>> ansprueche) {
    requireNonNull(ansprueche, "ansprueche");
    if (budget < 0) {
      throw new IllegalArgumentException("a budget must not be negative, got " + budget);
    }
    int n = ansprueche.size();
    BigDecimal[] bedarf = new BigDecimal[n];
    long[] min = new long[n];
    Long[] max = new Long[n];
    for (int i = 0; i < n; i++) {
      Anspruch<K> a = requireNonNull(ansprueche.get(i), "anspruch");
      bedarf[i] = a.bedarf();
      min[i] = a.minimum();
      max[i] = a.maximum();
    }
    Ergebnis e = rechne(budget, bedarf, min, max);
    ImmutableList.Builder<Zuteilung<K>> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(
          new Zuteilung<>(
              ansprueche.get(i).empfaenger(), e.einheiten[i], e.rechnerisch[i], e.grenze[i]));
    }
    return b.build();
  }

  /**
   * Splits {@code budget} across {@code ansprueche}, exact to the cent.
   *
   * @param <K> the kind of recipient
   * @param budget the amount to split
   * @param ansprueche the claims, one per recipient
   * @return one share per claim, in the claims' order, summing to {@code budget}
   * @throws RegelverstossException if the limits cannot hold the budget (see the class comment)
   */
  public static <K> ImmutableList<Geldzuteilung<K>> verteile(
      Geldbetrag budget, List<Geldanspruch<K>> ansprueche) {
    requireNonNull(budget, "budget");
    requireNonNull(ansprueche, "ansprueche");
    int n = ansprueche.size();
    BigDecimal[] bedarf = new BigDecimal[n];
    long[] min = new long[n];
    Long[] max = new Long[n];
    for (int i = 0; i < n; i++) {
      Geldanspruch<K> a = requireNonNull(ansprueche.get(i), "anspruch");
      bedarf[i] = a.bedarf();
      min[i] = cent(a.minimum());
      Geldbetrag m = a.maximum();
      max[i] = m == null ? null : cent(m);
    }
    Ergebnis e = rechne(cent(budget), bedarf, min, max);
    ImmutableList.Builder<Geldzuteilung<K>> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(
          new Geldzuteilung<>(
              ansprueche.get(i).empfaenger(),
              new Geldbetrag(BigDecimal.valueOf(e.einheiten[i], 2)),
              e.rechnerisch[i].movePointLeft(2),
              e.grenze[i]));
    }
    return b.build();
  }

  private static long cent(Geldbetrag betrag) {
    return betrag.euro().movePointRight(2).longValueExact();
  }

  /** The shares in units, their unrounded values and the limits that set them. */
  private static final class Ergebnis {
    final long[] einheiten;
    final BigDecimal[] rechnerisch;
    final Grenze[] grenze;

    Ergebnis(int n) {
      einheiten = new long[n];
      rechnerisch = new BigDecimal[n];
      grenze = new Grenze[n];
    }
  }

  private static Ergebnis rechne(long budget, BigDecimal[] bedarf, long[] min, Long[] max) {
    int n = bedarf.length;
    // the weights as integers with a common scale
    int skala = 0;
    for (BigDecimal b : bedarf) {
      skala = Math.max(skala, b.stripTrailingZeros().scale());
    }
    BigInteger[] w = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      w[i] = bedarf[i].setScale(Math.max(skala, 0)).unscaledValue();
    }
    // feasibility; a recipient without need is held at its minimum
    BigInteger summeMin = BigInteger.ZERO;
    BigInteger summeMax = BigInteger.ZERO;
    boolean maxBegrenzt = true;
    for (int i = 0; i < n; i++) {
      summeMin = summeMin.add(BigInteger.valueOf(min[i]));
      if (w[i].signum() == 0) {
        summeMax = summeMax.add(BigInteger.valueOf(min[i]));
      } else if (max[i] == null) {
        maxBegrenzt = false;
      } else {
        summeMax = summeMax.add(BigInteger.valueOf(max[i]));
      }
    }
    BigInteger b = BigInteger.valueOf(budget);
    RegelverstossException.pruefe(
        summeMin.compareTo(b) <= 0,
        "verteilung.minimum-ueber-budget",
        "Verteilung von " + budget,
        "the minimums add up to " + summeMin + ", more than the budget of " + budget);
    RegelverstossException.pruefe(
        !maxBegrenzt || summeMax.compareTo(b) >= 0,
        "verteilung.budget-ueber-maximum",
        "Verteilung von " + budget,
        "the maximums (a recipient without need counting with its minimum) add up to "
            + summeMax
            + ", less than the budget of "
            + budget);

    Ergebnis e = new Ergebnis(n);
    boolean[] frei = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (w[i].signum() == 0) {
        e.einheiten[i] = min[i];
        e.grenze[i] = Grenze.MINIMUM;
      } else {
        frei[i] = true;
        e.grenze[i] = Grenze.KEINE;
      }
    }
    // fix recipients at their limits until the proportional shares fit
    while (true) {
      BigInteger rest = b;
      BigInteger summeW = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        if (frei[i]) {
          summeW = summeW.add(w[i]);
        } else {
          rest = rest.subtract(BigInteger.valueOf(e.einheiten[i]));
        }
      }
      if (summeW.signum() == 0) {
        if (rest.signum() != 0) {
          throw new IllegalStateException("no free recipient left for " + rest + " units");
        }
        break;
      }
      BigInteger unten = BigInteger.ZERO; // Σ (min·W − R·w) over those below, scaled by W
      BigInteger oben = BigInteger.ZERO; // Σ (R·w − max·W) over those above
      List<Integer> darunter = new ArrayList<>();
      List<Integer> darueber = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!frei[i]) {
          continue;
        }
        BigInteger anteil = rest.multiply(w[i]);
        BigInteger untergrenze = BigInteger.valueOf(min[i]).multiply(summeW);
        if (anteil.compareTo(untergrenze) < 0) {
          darunter.add(i);
          unten = unten.add(untergrenze.subtract(anteil));
        } else if (max[i] != null) {
          BigInteger obergrenze = BigInteger.valueOf(max[i]).multiply(summeW);
          if (anteil.compareTo(obergrenze) > 0) {
            darueber.add(i);
            oben = oben.add(anteil.subtract(obergrenze));
          }
        }
      }
      if (darunter.isEmpty() && darueber.isEmpty()) {
        runde(e, frei, w, rest, summeW);
        break;
      }
      if (!darunter.isEmpty() && unten.compareTo(oben) >= 0) {
        for (int i : darunter) {
          frei[i] = false;
          e.einheiten[i] = min[i];
          e.grenze[i] = Grenze.MINIMUM;
        }
      } else {
        for (int i : darueber) {
          frei[i] = false;
          e.einheiten[i] = max[i];
          e.grenze[i] = Grenze.MAXIMUM;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (e.rechnerisch[i] == null) {
        e.rechnerisch[i] = BigDecimal.valueOf(e.einheiten[i]);
      }
    }
    return e;
  }

  /** Whole parts to every free recipient, the rest by largest remainder. */
  private static void runde(
      Ergebnis e, boolean[] frei, BigInteger[] w, BigInteger rest, BigInteger summeW) {
    int n = w.length;
    List<Integer> freie = new ArrayList<>();
    BigInteger[] reste = new BigInteger[n];
    BigInteger verteilt = BigInteger.ZERO;
    BigDecimal teiler = new BigDecimal(summeW);
    for (int i = 0; i < n; i++) {
      if (!frei[i]) {
        continue;
      }
      BigInteger[] qr = rest.multiply(w[i]).divideAndRemainder(summeW);
      e.einheiten[i] = qr[0].longValueExact();
      reste[i] = qr[1];
      verteilt = verteilt.add(qr[0]);
      e.rechnerisch[i] = new BigDecimal(rest.multiply(w[i])).divide(teiler, MathContext.DECIMAL64);
      freie.add(i);
    }
    long uebrig = rest.subtract(verteilt).longValueExact();
    freie.sort(
        (x, y) -> {
          int c = reste[y].compareTo(reste[x]);
          if (c == 0) {
            c = w[y].compareTo(w[x]);
          }
          return c != 0 ? c : Integer.compare(x, y);
        });
    for (int k = 0; k < uebrig; k++) {
      e.einheiten[freie.get(k)]++;
    }
  }
}
