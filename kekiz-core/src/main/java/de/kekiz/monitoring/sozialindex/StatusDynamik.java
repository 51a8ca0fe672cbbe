package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.SozialraumRef;
import java.util.List;
import java.util.Optional;

/**
 * The Status × Dynamik grid of the Sozialräume of one level, as {@link StatusDynamikRaster} placed
 * them. Immutable and thread-safe.
 *
 * @param status the status index the classes come from
 * @param zellen one per Sozialraum, ordered by Sozialraum version
 */
public record StatusDynamik(Sozialindex status, List<Rasterzelle> zellen) {

  /**
   * Checks that the index and the cells are given, and copies the cells.
   *
   * @param status the status index the classes come from
   * @param zellen one per Sozialraum, ordered by Sozialraum version
   * @throws NullPointerException naming a missing component
   */
  public StatusDynamik {
    requireNonNull(status, "status");
    zellen = ImmutableList.copyOf(requireNonNull(zellen, "zellen"));
  }

  /**
   * The cell of {@code sozialraum}, or empty.
   *
   * @param sozialraum the Sozialraum version
   * @return its cell, or empty if it is not among the indexed Sozialräume
   */
  public Optional<Rasterzelle> zelle(SozialraumRef sozialraum) {
    requireNonNull(sozialraum, "sozialraum");
    return zellen.stream().filter(z -> z.sozialraum().equals(sozialraum)).findFirst();
  }

  /**
   * How many Sozialräume lie in status class {@code s} and dynamics class {@code d}.
   *
   * @param s the status class
   * @param d the dynamics class
   * @return the number of Sozialräume with both classes, 0 if none
   */
  public int anzahl(Statusklasse s, Dynamikklasse d) {
    requireNonNull(s, "s");
    requireNonNull(d, "d");
    int n = 0;
    for (Rasterzelle z : zellen) {
      if (z.status() == s && z.dynamik() == d) {
        n++;
      }
    }
    return n;
  }

  /**
   * The Sozialräume that need attention most: status {@link Statusklasse#NIEDRIG} or {@link
   * Statusklasse#SEHR_NIEDRIG} with dynamics {@link Dynamikklasse#NEGATIV}, in cell order.
   *
   * @return the cells, empty if none needs attention
   */
  public ImmutableList<Rasterzelle> aufmerksamkeitsgebiete() {
    return zellen.stream()
        .filter(
            z ->
                (z.status() == Statusklasse.NIEDRIG || z.status() == Statusklasse.SEHR_NIEDRIG)
                    && z.dynamik() == Dynamikklasse.NEGATIV)
        .collect(ImmutableList.toImmutableList());
  }
}
