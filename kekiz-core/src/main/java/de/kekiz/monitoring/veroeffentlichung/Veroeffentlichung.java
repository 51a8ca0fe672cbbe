package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.List;
import java.util.Optional;

/**
 * One release: the reports of several Kommunen published together (one Kommune's report, a Kreis
 * with its Gemeinden, or every Kommune of a run), computed in one analysis and protected as a
 * whole, so that no figure of one report can be combined with another's to recover a suppressed
 * number. Made by {@link Veroeffentlichungsrechnung}. Immutable and thread-safe.
 *
 * @param auftrag what was computed and how it was protected
 * @param teile one part per report, in the order asked for
 */
public record Veroeffentlichung(Veroeffentlichungsauftrag auftrag, List<Berichtsteil> teile) {

  /**
   * Checks that both are given and copies the parts.
   *
   * @param auftrag what was computed and how it was protected
   * @param teile one part per report, in the order asked for
   * @throws NullPointerException naming a missing component
   */
  public Veroeffentlichung {
    requireNonNull(auftrag, "auftrag");
    teile = ImmutableList.copyOf(requireNonNull(teile, "teile"));
  }

  /**
   * The part of Kommune {@code kommune}, or empty if the release has no report of it.
   *
   * @param kommune the Kommune's key
   * @return its part, or empty if the release has no report of it
   */
  public Optional<Berichtsteil> teil(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    return teile.stream().filter(t -> t.kommune().schluessel().equals(kommune)).findFirst();
  }
}
