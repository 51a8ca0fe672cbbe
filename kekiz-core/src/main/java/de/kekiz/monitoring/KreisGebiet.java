package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Kreisschluessel;

/**
 * A Kreis as the sum of its Gemeinden, or a kreisfreie Stadt at Kreis level, e.g. {@code 05978}.
 * Immutable and thread-safe.
 *
 * @param kreis the 5-digit Kreisschlüssel
 */
public record KreisGebiet(Kreisschluessel kreis) implements Gebiet {

  /**
   * Checks that the key is given.
   *
   * @param kreis the 5-digit Kreisschlüssel
   * @throws NullPointerException naming a missing component
   */
  public KreisGebiet {
    requireNonNull(kreis, "kreis");
  }

  /** Always {@link RaeumlicheEbene#KREIS}. */
  @Override
  public RaeumlicheEbene ebene() {
    return RaeumlicheEbene.KREIS;
  }

  /** The 5-digit Kreisschlüssel. */
  @Override
  public String toString() {
    return kreis.toString();
  }
}
