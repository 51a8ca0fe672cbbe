package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An additive relation between cells of a {@link Tabelle}: the value of {@link #summe()} is the sum
 * of the values of {@link #teile()}. Along the Sozialraum hierarchy (a Stadtbezirk is the sum of
 * its Stadtteile) and across a breakdown (the total is the sum over the codes of a dimension).
 *
 * <p>The relation holds for the numerators, for the denominators, or for both; an observer who
 * knows it can compute one unknown cell from the others. Immutable and thread-safe if the keys are.
 *
 * @param <K> the type of the cell keys
 * @param summe the total
 * @param teile the parts, at least one, each once, none equal to the total
 */
public record Summenbeziehung<K>(K summe, ImmutableList<K> teile) {

  /**
   * Checks the parts and copies them.
   *
   * @param summe the total
   * @param teile the parts, at least one, each once, none equal to the total
   * @throws IllegalArgumentException if there are no parts, a part occurs twice or is the total
   */
  public Summenbeziehung {
    requireNonNull(summe, "summe");
    teile = ImmutableList.copyOf(requireNonNull(teile, "teile"));
    if (teile.isEmpty()) {
      throw new IllegalArgumentException("Summenbeziehung of " + summe + " needs parts, got none");
    }
    Set<K> gesehen = new HashSet<>();
    for (K teil : teile) {
      if (teil.equals(summe) || !gesehen.add(teil)) {
        throw new IllegalArgumentException(
            "Summenbeziehung of "
                + summe
                + " needs distinct parts other than the total, got "
                + teile);
      }
    }
  }

  /**
   * The relation {@code summe = teile[0] + teile[1] + …}.
   *
   * @param <K> the type of the cell keys
   * @param summe the key of the total
   * @param teile the keys of the parts, at least one, each once, none equal to the total
   * @return the relation
   * @throws IllegalArgumentException if there are no parts, a part occurs twice or is the total
   */
  public static <K> Summenbeziehung<K> of(K summe, List<K> teile) {
    return new Summenbeziehung<>(summe, ImmutableList.copyOf(teile));
  }

  /** The form {@code summe = a + b + c}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(summe).append(" = ");
    for (int i = 0; i < teile.size(); i++) {
      if (i > 0) {
        sb.append(" + ");
      }
      sb.append(teile.get(i));
    }
    return sb.toString();
  }
}
