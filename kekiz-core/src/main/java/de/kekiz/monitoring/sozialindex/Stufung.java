package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cuts index values into equal-sized Stufen, optionally after sending the top {@code x} % straight
 * to the highest Stufe. The NRW Schulsozialindex since 2024/25 ({@link #nrwSchulsozialindex()}): 9
 * Stufen, the top 5 % go to Stufe 9, the rest is cut into 8 equal groups.
 *
 * <p>Rule, with n values (higher = more need):
 *
 * <ol>
 *   <li>Top group (if {@code topProzent} is given): {@code k = ⌊n · topProzent / 100⌋} — at most x
 *       %, so 10 Sozialräume and 5 % give none. Every value at least as high as the k-th highest
 *       goes to the highest Stufe (so a tie at the border joins the top group whole).
 *   <li>The m remaining values, sorted from least to most need, take positions {@code q = 0 … m −
 *       1}; position q goes to Stufe {@code 1 + ⌊q · s / m⌋}, where s is the number of Stufen left
 *       (all, or all but the highest). The groups differ in size by at most one.
 *   <li>Ties: equal values always share a Stufe — the Stufe of the highest position their group
 *       occupies (the benefit of the doubt goes to need). The result does not depend on the input
 *       order.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stufen the number of Stufen, at least 1 (at least 2 with a top group)
 * @param topProzent the share in percent that goes straight to the highest Stufe, greater than 0
 *     and below 100, or {@code null} for none
 */
public record Stufung(int stufen, @Nullable BigDecimal topProzent) {

  private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);

  /**
   * Checks the numbers.
   *
   * @param stufen the number of Stufen, at least 1 (at least 2 with a top group)
   * @param topProzent the share in percent that goes straight to the highest Stufe, greater than 0
   *     and below 100, or {@code null} for none
   * @throws IllegalArgumentException if the numbers lie outside the ranges given
   */
  public Stufung {
    if (stufen < 1 || (topProzent != null && stufen < 2)) {
      throw new IllegalArgumentException(
          "Stufung needs at least 1 Stufe (2 with a top group), got " + stufen);
    }
    if (topProzent != null && (topProzent.signum() <= 0 || topProzent.compareTo(HUNDERT) >= 0)) {
      throw new IllegalArgumentException(
          "the top group needs a share above 0 and below 100 %, got " + topProzent.toPlainString());
    }
  }

  /**
   * {@code stufen} equal-sized Stufen.
   *
   * @param stufen the number of Stufen, at least 1
   * @return the rule
   * @throws IllegalArgumentException if {@code stufen} is below 1
   */
  public static Stufung gleich(int stufen) {
    return new Stufung(stufen, null);
  }

  /**
   * {@code stufen} Stufen, the top {@code prozent} % (e.g. {@code "5"}) straight to the last.
   *
   * @param stufen the number of Stufen, at least 2
   * @param prozent the share in percent that goes straight to the highest Stufe, a decimal number
   *     with a point, above 0 and below 100
   * @return the rule
   * @throws IllegalArgumentException if {@code stufen} is below 2 or {@code prozent} is not a
   *     number in range
   */
  public static Stufung topgruppe(int stufen, String prozent) {
    requireNonNull(prozent, "prozent");
    try {
      return new Stufung(stufen, new BigDecimal(prozent.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the top group needs a percentage such as 5, got '" + prozent + "'", e);
    }
  }

  /**
   * The NRW Schulsozialindex since 2024/25: 9 Stufen, top 5 % to Stufe 9, 8 equal groups.
   *
   * @return the rule
   */
  public static Stufung nrwSchulsozialindex() {
    return new Stufung(9, BigDecimal.valueOf(5));
  }

  /**
   * {@return the share in percent that goes straight to the highest Stufe, or empty if there is no
   * top group}
   */
  public Optional<BigDecimal> topgruppe() {
    return Optional.ofNullable(topProzent);
  }

  /**
   * Places the Sozialräume of {@code index} that have an index (internal values).
   *
   * @param index the Sozialindex
   * @return the Stufe of every Sozialraum that has an index
   */
  public Stufeneinteilung einteilen(Sozialindex index) {
    requireNonNull(index, "index");
    List<Map.Entry<SozialraumRef, Sozialindex.Intern>> eintraege =
        new ArrayList<>(index.intern().entrySet());
    eintraege.sort(Map.Entry.comparingByKey());
    List<BigDecimal> werte = new ArrayList<>(eintraege.size());
    for (Map.Entry<SozialraumRef, Sozialindex.Intern> e : eintraege) {
      werte.add(e.getValue().index);
    }
    int[] stufe = stufen(werte);
    BigDecimal schwelle = topSchwelle(werte);
    ImmutableList.Builder<Stufenzuordnung> b = ImmutableList.builder();
    for (int i = 0; i < eintraege.size(); i++) {
      boolean top = schwelle != null && werte.get(i).compareTo(schwelle) >= 0;
      b.add(new Stufenzuordnung(eintraege.get(i).getKey(), stufe[i], top));
    }
    return new Stufeneinteilung(this, b.build());
  }

  /** The lowest value of the top group, or null if there is none. */
  private @Nullable BigDecimal topSchwelle(List<BigDecimal> werte) {
    if (topProzent == null) {
      return null;
    }
    int n = werte.size();
    int k =
        BigDecimal.valueOf(n)
            .multiply(topProzent)
            .divide(HUNDERT, 0, RoundingMode.FLOOR)
            .intValueExact();
    if (k == 0) {
      return null;
    }
    List<BigDecimal> absteigend = new ArrayList<>(werte);
    absteigend.sort(Comparator.reverseOrder());
    return absteigend.get(k - 1);
  }

  /**
   * The Stufe of each value (higher = more need), at the value's index, by the rule of the class
   * comment.
   *
   * @param werte the values, higher = more need
   * @return the Stufe of each value, from 1 to {@link #stufen()}, in the order of {@code werte}
   */
  public int[] stufen(List<BigDecimal> werte) {
    requireNonNull(werte, "werte");
    int n = werte.size();
    int[] stufe = new int[n];
    BigDecimal schwelle = topSchwelle(werte);
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (schwelle != null && werte.get(i).compareTo(schwelle) >= 0) {
        stufe[i] = stufen;
      } else {
        rest.add(i);
      }
    }
    int s = topProzent == null ? stufen : stufen - 1;
    int m = rest.size();
    rest.sort(Comparator.comparing(werte::get));
    int q = 0;
    while (q < m) {
      int ende = q;
      while (ende + 1 < m && werte.get(rest.get(ende + 1)).compareTo(werte.get(rest.get(q))) == 0) {
        ende++;
      }
      int st = 1 + (int) ((long) ende * s / m);
      for (int j = q; j <= ende; j++) {
        stufe[rest.get(j)] = st;
      }
      q = ende + 1;
    }
    return stufe;
  }
}
