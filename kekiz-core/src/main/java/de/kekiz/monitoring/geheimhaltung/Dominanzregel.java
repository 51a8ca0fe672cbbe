package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The (n, k) dominance rule: a cell is confidential if its {@link #anzahl()} largest contributors
 * together make up more than {@link #prozent()} % of its value, e.g. one Träger providing 90 % of
 * the Kita places of a Sozialraum ({@code Dominanzregel.of(1, 85)}), or two providing more than 90
 * % ({@code of(2, 90)}).
 *
 * <p>The rule needs the contributions behind a cell; where they are not known it does not apply.
 * Immutable and thread-safe.
 *
 * @param anzahl how many of the largest contributors are added up, at least 1
 * @param prozent the share in percent they must not exceed, from 1 to 99
 */
public record Dominanzregel(int anzahl, int prozent) {

  /**
   * Checks the numbers.
   *
   * @param anzahl how many of the largest contributors are added up, at least 1
   * @param prozent the share in percent they must not exceed, from 1 to 99
   * @throws IllegalArgumentException if {@code anzahl} is below 1 or {@code prozent} is not from 1
   *     to 99, quoting the value
   */
  public Dominanzregel {
    if (anzahl < 1) {
      throw new IllegalArgumentException(
          "Dominanzregel needs at least 1 contributor, got anzahl " + anzahl);
    }
    if (prozent < 1 || prozent > 99) {
      throw new IllegalArgumentException(
          "Dominanzregel needs a share from 1 to 99 percent, got prozent " + prozent);
    }
  }

  /**
   * The rule "the {@code anzahl} largest contributors make up more than {@code prozent} %".
   *
   * @param anzahl how many of the largest contributors are added up, at least 1
   * @param prozent the share in percent they must not exceed, from 1 to 99
   * @return the rule
   * @throws IllegalArgumentException if {@code anzahl} is below 1 or {@code prozent} is not from 1
   *     to 99
   */
  public static Dominanzregel of(int anzahl, int prozent) {
    return new Dominanzregel(anzahl, prozent);
  }

  /**
   * Whether a cell of value {@code wert} with the contributions {@code beitraege} is dominated: the
   * {@link #anzahl()} largest contributions add up to more than {@link #prozent()} % of {@code
   * wert}. False for an empty list (contributions unknown) and for a value that is not positive.
   *
   * @param wert the cell's value, the sum of all contributions
   * @param beitraege the contributions, in any order; empty if unknown
   * @return whether the cell is dominated
   */
  public boolean dominiert(BigDecimal wert, List<BigDecimal> beitraege) {
    requireNonNull(wert, "wert");
    requireNonNull(beitraege, "beitraege");
    if (beitraege.isEmpty() || wert.signum() <= 0) {
      return false;
    }
    List<BigDecimal> sortiert = new ArrayList<>(beitraege);
    sortiert.sort(Comparator.reverseOrder());
    BigDecimal oben = BigDecimal.ZERO;
    for (int i = 0; i < Math.min(anzahl, sortiert.size()); i++) {
      oben = oben.add(sortiert.get(i));
    }
    return oben.multiply(BigDecimal.valueOf(100))
            .compareTo(wert.multiply(BigDecimal.valueOf(prozent)))
        > 0;
  }
}
