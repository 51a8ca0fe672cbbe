package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * A linear relation a reader knows between published cells: {@code Σ koeffizient × zelle = 0},
 * holding for the numerators and, separately, for the denominators (sums of areas, of breakdown
 * codes and of single years are sums of both).
 *
 * @param art the kind
 * @param beschreibung what it says, in German, e.g. {@code 05978000 = Σ 10 oberste Sozialräume am
 *     2010-01-01}
 * @param terme the coefficient of each cell, never zero
 */
record Beziehung(Art art, String beschreibung, ImmutableMap<Zelle, Integer> terme) {

  /** The kinds of relations. */
  enum Art {
    /** A Kommune's total is the sum of its top-level Sozialräume of one Gebietsstand. */
    KOMMUNE,
    /** A Sozialraum is the sum of its children of one Gebietsstand. */
    HIERARCHIE,
    /** A Kreis's Sozialraum named by a Gemeinde's key is that Gemeinde's total. */
    GEMEINDE_IM_KREIS,
    /** A Kreis's total is the sum of its Gemeinden's totals. */
    KREIS,
    /** A total is the sum over the codes of one breakdown dimension. */
    AUFSCHLUESSELUNG,
    /** A pooled row is the sum of its single periods. */
    POOLING
  }

  Beziehung {
    requireNonNull(art, "art");
    requireNonNull(beschreibung, "beschreibung");
    if (terme.size() < 2 || terme.containsValue(0)) {
      throw new IllegalArgumentException(
          "a relation needs two cells or more, none with 0: " + terme);
    }
  }

  /** {@code gesamt − Σ teile = 0}. */
  static Beziehung summe(Art art, String beschreibung, Zelle gesamt, Iterable<Zelle> teile) {
    ImmutableMap.Builder<Zelle, Integer> b = ImmutableMap.builder();
    b.put(gesamt, 1);
    for (Zelle t : teile) {
      b.put(t, -1);
    }
    return new Beziehung(art, beschreibung, b.buildOrThrow());
  }

  @Override
  public String toString() {
    return beschreibung;
  }
}
