package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Gemeindeschluessel;

/**
 * A whole Kommune, e.g. {@code 05315000}. Immutable and thread-safe.
 *
 * @param kommune the Kommune's AGS
 */
public record KommuneGebiet(Gemeindeschluessel kommune) implements Gebiet {

  /**
   * Checks that the key is given.
   *
   * @param kommune the Kommune's AGS
   * @throws NullPointerException naming a missing component
   */
  public KommuneGebiet {
    requireNonNull(kommune, "kommune");
  }

  /** Always {@link RaeumlicheEbene#GEMEINDE}. */
  @Override
  public RaeumlicheEbene ebene() {
    return RaeumlicheEbene.GEMEINDE;
  }

  /** The 8-digit AGS. */
  @Override
  public String toString() {
    return kommune.toString();
  }
}
