package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Periode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report section of one indicator: a table of areas × periods with the Kommune as reference
 * row, each area's rank and distance to the Kommune in the latest period, and its trend.
 *
 * <p>Rank 1 is the greatest need: the highest value where higher is worse, the lowest where higher
 * is better, and the highest for a context indicator (neutral polarity). Equal values share a rank
 * (1, 2, 2, 4). Only the total ({@code insgesamt}) is shown; breakdowns are left to the data
 * formats. The rows are the areas of one level (the Stadtteile, not also their Stadtbezirke), so
 * that ranks compare like with like.
 *
 * @param indikator the definition the table is titled with: the newest of {@code versionen}
 * @param versionen every definition version whose observations the table holds, by version
 * @param perioden the periods of the table's columns, ascending, at least one
 * @param gebietsart the kind of the areas of the rows (one level of the hierarchy)
 * @param kommune the row of the whole Kommune (no rank, no distance)
 * @param gebiete one row per area, in the Kommune's order of its Sozialräume or Gemeinden
 */
public record Indikatorauswertung(
    Indikator indikator,
    List<Indikator> versionen,
    List<Periode> perioden,
    Gebietsart gebietsart,
    Zeitreihe kommune,
    List<Zeitreihe> gebiete) {

  /**
   * Checks the table and copies the lists.
   *
   * @param indikator the definition the table is titled with: the newest of {@code versionen}
   * @param versionen every definition version whose observations the table holds, by version
   * @param perioden the periods of the table's columns, ascending, at least one
   * @param gebietsart the kind of the areas of the rows (one level of the hierarchy)
   * @param kommune the row of the whole Kommune (no rank, no distance)
   * @param gebiete one row per area, in the Kommune's order of its Sozialräume or Gemeinden
   * @throws IllegalArgumentException if there is no period, periods are not ascending, a row has
   *     another number of cells, or {@code indikator} is not among the versions
   */
  public Indikatorauswertung {
    requireNonNull(indikator, "indikator");
    versionen = ImmutableList.copyOf(requireNonNull(versionen, "versionen"));
    perioden = ImmutableList.copyOf(requireNonNull(perioden, "perioden"));
    requireNonNull(gebietsart, "gebietsart");
    requireNonNull(kommune, "kommune");
    gebiete = ImmutableList.copyOf(requireNonNull(gebiete, "gebiete"));
    if (perioden.isEmpty()) {
      throw new IllegalArgumentException("the table of " + indikator.ref() + " needs a period");
    }
    for (int i = 1; i < perioden.size(); i++) {
      if (perioden.get(i - 1).compareTo(perioden.get(i)) >= 0) {
        throw new IllegalArgumentException(
            "the periods of " + indikator.ref() + " must ascend, got " + perioden);
      }
    }
    if (!versionen.contains(indikator)) {
      throw new IllegalArgumentException(
          "the definition " + indikator.ref() + " must be one of the versions");
    }
    pruefeZeile(indikator, perioden, kommune);
    for (Zeitreihe z : gebiete) {
      pruefeZeile(indikator, perioden, z);
    }
  }

  private static void pruefeZeile(Indikator indikator, List<Periode> perioden, Zeitreihe z) {
    if (z.werte().size() != perioden.size()) {
      throw new IllegalArgumentException(
          "the row "
              + z.gebiet().name()
              + " of "
              + indikator.ref()
              + " needs "
              + perioden.size()
              + " cells, got "
              + z.werte().size());
    }
  }

  /**
   * The definition version that period {@code periode} belongs to, or empty.
   *
   * @param periode a period
   * @return the definition version whose validity holds it (see {@link Indikator#gilt}), or empty
   *     if none of the table's versions does
   */
  public Optional<Indikator> version(Periode periode) {
    requireNonNull(periode, "periode");
    return versionen.stream().filter(v -> v.gilt(periode)).findFirst();
  }

  /**
   * Whether the column {@code spalte} (from 0) starts a new definition version: values before it
   * are not fully comparable (a break in the series).
   *
   * @param spalte the column, from 0
   * @return whether a new definition version starts at it; false for column 0 or a column the table
   *     does not have
   */
  public boolean bruchVor(int spalte) {
    if (spalte <= 0 || spalte >= perioden.size()) {
      return false;
    }
    Optional<Indikator> vorher = version(perioden.get(spalte - 1));
    Optional<Indikator> jetzt = version(perioden.get(spalte));
    return vorher.isPresent() && jetzt.isPresent() && !vorher.get().equals(jetzt.get());
  }

  /** The most classes {@link #wertklassen(int)} forms. */
  public static final int KLASSEN = 5;

  /**
   * The classes of a map of column {@code spalte}: the areas' published values (exact, pooled,
   * coarsened or perturbed; never a suppressed one) sorted and cut into at most {@value #KLASSEN}
   * classes of about equal count (quantiles), equal values always in the same class, each with the
   * range of its values. Empty if the column has no published value. {@link Wertklasse#nummer(List,
   * Zelle)} finds a cell's class.
   *
   * @param spalte the column, from 0
   * @return the classes, from class 1
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public List<Wertklasse> wertklassen(int spalte) {
    Objects.checkIndex(spalte, perioden.size());
    List<BigDecimal> werte = new ArrayList<>();
    for (Zeitreihe z : gebiete) {
      Zelle c = z.werte().get(spalte);
      if (c.art().hatZahl() && c.wert() != null) {
        werte.add(c.wert());
      }
    }
    werte.sort(null);
    int n = werte.size();
    long verschiedene = werte.stream().map(BigDecimal::stripTrailingZeros).distinct().count();
    int k = (int) Math.min(KLASSEN, verschiedene);
    List<Wertklasse> klassen = new ArrayList<>();
    int anfang = 0;
    for (int i = 0; i < k && anfang < n; i++) {
      // the i-th quantile's end, rounded to the nearest position (integers only)
      int ende = i == k - 1 ? n : Math.max(anfang + 1, ((i + 1) * n * 2 + k) / (2 * k));
      while (ende < n && werte.get(ende).compareTo(werte.get(ende - 1)) == 0) {
        ende++; // equal values stay in one class
      }
      klassen.add(new Wertklasse(klassen.size() + 1, werte.get(anfang), werte.get(ende - 1)));
      anfang = ende;
    }
    return ImmutableList.copyOf(klassen);
  }

  /** {@return the period of the last column} */
  public Periode letztePeriode() {
    return perioden.get(perioden.size() - 1);
  }

  /**
   * {@return the number of decimal places values of this indicator are printed with ({@link
   * #stellen(Indikator)})}
   */
  public int stellen() {
    return stellen(indikator);
  }

  /**
   * The number of decimal places for values of {@code indikator}: its declared precision {@link
   * Indikator#nachkommastellen()}. Directions of trends are judged at this precision.
   *
   * @param indikator the indicator version
   * @return its number of decimal places, at least 0
   */
  public static int stellen(Indikator indikator) {
    return indikator.nachkommastellen();
  }
}
