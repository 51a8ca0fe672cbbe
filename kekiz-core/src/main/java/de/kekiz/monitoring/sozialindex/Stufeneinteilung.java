package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import de.kekiz.domain.kommune.SozialraumRef;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The Stufen of the Sozialräume with an index, as a {@link Stufung} placed them, ordered by
 * Sozialraum version. Immutable and thread-safe.
 *
 * @param stufung the rule used
 * @param zuordnungen one per Sozialraum with an index
 */
public record Stufeneinteilung(Stufung stufung, List<Stufenzuordnung> zuordnungen) {

  /**
   * Checks that the rule and the assignments are given, and copies the assignments.
   *
   * @param stufung the rule used
   * @param zuordnungen one per Sozialraum with an index
   * @throws NullPointerException naming a missing component
   */
  public Stufeneinteilung {
    requireNonNull(stufung, "stufung");
    zuordnungen = ImmutableList.copyOf(requireNonNull(zuordnungen, "zuordnungen"));
  }

  /**
   * The Stufe of {@code sozialraum}, or empty if it has no index.
   *
   * @param sozialraum the Sozialraum version
   * @return its Stufe (1 for the least need), or empty if it has no index
   */
  public OptionalInt stufe(SozialraumRef sozialraum) {
    requireNonNull(sozialraum, "sozialraum");
    for (Stufenzuordnung z : zuordnungen) {
      if (z.sozialraum().equals(sozialraum)) {
        return OptionalInt.of(z.stufe());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * How many Sozialräume each Stufe holds, for every Stufe from 1 (empty ones with 0).
   *
   * @return the number of Sozialräume per Stufe, keys 1 to {@link Stufung#stufen()}
   */
  public ImmutableSortedMap<Integer, Integer> besetzung() {
    TreeMap<Integer, Integer> m = new TreeMap<>();
    for (int s = 1; s <= stufung.stufen(); s++) {
      m.put(s, 0);
    }
    for (Stufenzuordnung z : zuordnungen) {
      m.merge(z.stufe(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(m);
  }
}
