package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A linear program over the rationals, solved exactly: variables {@code x₀ … xₙ₋₁ ≥ 0}, linear
 * equations and inequalities with rational coefficients; asks for the minimum and the maximum of
 * single variables.
 *
 * <p>The method is the two-phase simplex on a dense tableau of {@link Bruch}es with Bland's rule
 * (the entering column with the lowest index among those that improve, the leaving row with the
 * lowest basic index among the ties of the ratio test), which never cycles; every number is exact,
 * so an optimum reported is the optimum, not an approximation. Phase 1 minimises the sum of one
 * artificial variable per constraint; a positive minimum proves that the constraints have no
 * solution. The artificial columns stay in the tableau (they are never chosen to enter after phase
 * 1) because they hold the inverse of the basis: the dual value of constraint {@code i} is minus
 * the reduced cost of its artificial column. A constraint with a dual value other than zero is part
 * of the proof of an optimum (or, after phase 1, of the contradiction), which is how {@link
 * Optimum#benutzt()} names the relations an attacker used.
 *
 * <p>Successive optimisations start from the basis the previous one ended in (a warm start), so
 * asking for the minimum and maximum of many variables of one system costs a few pivots each. Not
 * thread-safe: the tableau changes with every question.
 *
 * @param <E> the label of a constraint, returned in {@link Optimum#benutzt()}
 */
final class ExaktesLp<E> {

  /** How the left side of a constraint compares with its right side. */
  enum Vergleich {
    GLEICH,
    HOECHSTENS,
    MINDESTENS
  }

  /**
   * The optimum of one question.
   *
   * @param wert the optimal value; empty if the variable is unbounded in that direction
   * @param benutzt the labels of the constraints the proof of the optimum rests on (empty when only
   *     {@code x ≥ 0} is needed, or when unbounded)
   */
  record Optimum<E>(Optional<Bruch> wert, Set<E> benutzt) {
    Optimum {
      requireNonNull(wert, "wert");
      benutzt = Set.copyOf(benutzt);
    }
  }

  private record Bedingung<E>(
      Map<Integer, Bruch> links, Vergleich vergleich, Bruch rechts, E etikett) {}

  private final int variablen;
  private final List<Bedingung<E>> bedingungen = new ArrayList<>();

  // the tableau, built on first use
  private boolean geloest;
  private boolean zulaessig;
  private Set<E> widerspruch = Set.of();
  private int zeilen;
  private int spalten; // structural + slack + artificial, without the right-hand side
  private int ersteKuenstliche;
  private Bruch[][] tableau = new Bruch[0][];
  private Bruch[] ziel = new Bruch[0]; // reduced costs, last entry: −objective value
  private int[] basis = new int[0];

  /** A program over {@code variablen} variables, all ≥ 0, without constraints yet. */
  ExaktesLp(int variablen) {
    if (variablen < 0) {
      throw new IllegalArgumentException(
          "number of variables must not be negative, got " + variablen);
    }
    this.variablen = variablen;
  }

  /** The number of variables. */
  int variablen() {
    return variablen;
  }

  /**
   * Adds {@code Σ links[j] · x_j vergleich rechts}.
   *
   * @param links coefficient by variable index; zero coefficients may be left out
   * @param etikett what the constraint stands for
   * @throws IllegalArgumentException for a variable index out of range
   * @throws IllegalStateException once a question has been asked
   */
  void bedingung(Map<Integer, Bruch> links, Vergleich vergleich, Bruch rechts, E etikett) {
    if (geloest) {
      throw new IllegalStateException("constraints must be added before the first question");
    }
    Map<Integer, Bruch> kopie = new TreeMap<>();
    for (Map.Entry<Integer, Bruch> e : links.entrySet()) {
      int j = e.getKey();
      if (j < 0 || j >= variablen) {
        throw new IllegalArgumentException(
            "variable " + j + " out of range 0.." + (variablen - 1) + " in " + etikett);
      }
      if (!e.getValue().istNull()) {
        kopie.put(j, e.getValue());
      }
    }
    bedingungen.add(
        new Bedingung<>(
            kopie,
            requireNonNull(vergleich, "vergleich"),
            requireNonNull(rechts, "rechts"),
            requireNonNull(etikett, "etikett")));
  }

  /** Whether the constraints have a solution. */
  boolean zulaessig() {
    loese();
    return zulaessig;
  }

  /**
   * The constraints that together contradict each other (from the dual solution of phase 1); empty
   * if the program has a solution.
   */
  Set<E> widerspruch() {
    loese();
    return widerspruch;
  }

  /**
   * The least value of {@code x_variable} over all solutions.
   *
   * @throws IllegalStateException if the constraints have no solution
   */
  Optimum<E> minimum(int variable) {
    return optimiere(variable, Bruch.EINS);
  }

  /**
   * The greatest value of {@code x_variable} over all solutions; empty if it is unbounded.
   *
   * @throws IllegalStateException if the constraints have no solution
   */
  Optimum<E> maximum(int variable) {
    Optimum<E> o = optimiere(variable, Bruch.EINS.negiert());
    return new Optimum<>(o.wert().map(Bruch::negiert), o.benutzt());
  }

  // ------------------------------------------------------------------ phase 1

  private void loese() {
    if (geloest) {
      return;
    }
    geloest = true;
    zeilen = bedingungen.size();
    int schlupf = (int) bedingungen.stream().filter(b -> b.vergleich() != Vergleich.GLEICH).count();
    ersteKuenstliche = variablen + schlupf;
    spalten = ersteKuenstliche + zeilen;
    tableau = new Bruch[zeilen][spalten + 1];
    basis = new int[zeilen];
    int s = variablen;
    for (int i = 0; i < zeilen; i++) {
      Bedingung<E> b = bedingungen.get(i);
      Bruch[] zeile = tableau[i];
      Arrays.fill(zeile, Bruch.NULL);
      b.links().forEach((j, a) -> zeile[j] = a);
      if (b.vergleich() == Vergleich.HOECHSTENS) {
        zeile[s++] = Bruch.EINS;
      } else if (b.vergleich() == Vergleich.MINDESTENS) {
        zeile[s++] = Bruch.EINS.negiert();
      }
      zeile[spalten] = b.rechts();
      if (b.rechts().signum() < 0) {
        for (int j = 0; j < spalten; j++) {
          zeile[j] = zeile[j].negiert();
        }
        zeile[spalten] = zeile[spalten].negiert();
      }
      zeile[ersteKuenstliche + i] = Bruch.EINS;
      basis[i] = ersteKuenstliche + i;
    }
    // phase 1: minimise the sum of the artificial variables
    ziel = new Bruch[spalten + 1];
    Arrays.fill(ziel, Bruch.NULL);
    for (int i = 0; i < zeilen; i++) {
      for (int j = 0; j <= spalten; j++) {
        if (j < ersteKuenstliche || j == spalten) {
          ziel[j] = ziel[j].minus(tableau[i][j]);
        }
      }
    }
    simplex();
    zulaessig = ziel[spalten].istNull(); // −(sum of artificials) at the optimum
    if (!zulaessig) {
      // dual y_i = c_art − d_art = 1 − d_art: the rows of a Farkas certificate
      Set<E> rest = new LinkedHashSet<>();
      for (int i = 0; i < zeilen; i++) {
        if (!Bruch.EINS.minus(ziel[ersteKuenstliche + i]).istNull()) {
          rest.add(bedingungen.get(i).etikett());
        }
      }
      widerspruch = rest;
      return;
    }
    // drive the artificial variables (all at zero now) out of the basis where possible; a row
    // where that is impossible is a redundant equation and never takes part in a pivot again
    for (int i = 0; i < zeilen; i++) {
      if (basis[i] >= ersteKuenstliche) {
        for (int j = 0; j < ersteKuenstliche; j++) {
          if (!tableau[i][j].istNull()) {
            pivot(i, j);
            break;
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ phase 2

  private Optimum<E> optimiere(int variable, Bruch kosten) {
    if (variable < 0 || variable >= variablen) {
      throw new IllegalArgumentException(
          "variable " + variable + " out of range 0.." + (variablen - 1));
    }
    loese();
    if (!zulaessig) {
      throw new IllegalStateException("the constraints have no solution: " + widerspruch);
    }
    // reduced costs for c = kosten · e_variable from the current basis
    Arrays.fill(ziel, Bruch.NULL);
    ziel[variable] = kosten;
    for (int i = 0; i < zeilen; i++) {
      if (basis[i] == variable) {
        Bruch[] zeile = tableau[i];
        for (int j = 0; j <= spalten; j++) {
          if (!zeile[j].istNull()) {
            ziel[j] = ziel[j].minus(kosten.mal(zeile[j]));
          }
        }
        ziel[variable] = Bruch.NULL;
      }
    }
    if (!simplex()) {
      return new Optimum<>(Optional.empty(), Set.of());
    }
    Set<E> benutzt = new LinkedHashSet<>();
    for (int i = 0; i < zeilen; i++) {
      if (!ziel[ersteKuenstliche + i].istNull()) {
        benutzt.add(bedingungen.get(i).etikett());
      }
    }
    return new Optimum<>(Optional.of(ziel[spalten].negiert()), benutzt);
  }

  /**
   * Minimises the objective in {@link #ziel} from the current feasible basis.
   *
   * @return false if it is unbounded below
   */
  private boolean simplex() {
    while (true) {
      int eintretend = -1;
      for (int j = 0; j < ersteKuenstliche; j++) {
        if (ziel[j].signum() < 0) {
          eintretend = j;
          break;
        }
      }
      if (eintretend < 0) {
        return true;
      }
      int austretend = -1;
      Bruch kleinstes = Bruch.NULL;
      for (int i = 0; i < zeilen; i++) {
        Bruch a = tableau[i][eintretend];
        if (a.signum() > 0) {
          Bruch q = tableau[i][spalten].durch(a);
          int v = austretend < 0 ? -1 : q.compareTo(kleinstes);
          if (austretend < 0 || v < 0 || (v == 0 && basis[i] < basis[austretend])) {
            austretend = i;
            kleinstes = q;
          }
        }
      }
      if (austretend < 0) {
        return false;
      }
      pivot(austretend, eintretend);
    }
  }

  private void pivot(int r, int c) {
    Bruch[] zeile = tableau[r];
    Bruch p = zeile[c];
    int[] besetzt = new int[spalten + 1];
    int anzahl = 0;
    for (int j = 0; j <= spalten; j++) {
      if (!zeile[j].istNull()) {
        zeile[j] = zeile[j].durch(p);
        besetzt[anzahl++] = j;
      }
    }
    for (int i = 0; i < zeilen; i++) {
      if (i != r) {
        eliminiere(tableau[i], zeile, c, besetzt, anzahl);
      }
    }
    eliminiere(ziel, zeile, c, besetzt, anzahl);
    basis[r] = c;
  }

  private static void eliminiere(Bruch[] ziel, Bruch[] pivotzeile, int c, int[] besetzt, int n) {
    Bruch f = ziel[c];
    if (f.istNull()) {
      return;
    }
    for (int k = 0; k < n; k++) {
      int j = besetzt[k];
      ziel[j] = ziel[j].minus(f.mal(pivotzeile[j]));
    }
  }
}
