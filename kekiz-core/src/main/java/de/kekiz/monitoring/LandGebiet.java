package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Gemeindeschluessel;

/**
 * A Land as the sum of its Gemeinden, e.g. {@code 05} for Nordrhein-Westfalen. Immutable and
 * thread-safe.
 *
 * @param schluessel the 2-digit Land key, {@code 01} to {@code 16}
 */
public record LandGebiet(String schluessel) implements Gebiet {

  /** Nordrhein-Westfalen. */
  public static final LandGebiet NRW = new LandGebiet(Gemeindeschluessel.LAND_NRW);

  /**
   * Checks the key.
   *
   * @param schluessel the 2-digit Land key, {@code 01} to {@code 16}
   * @throws IllegalArgumentException quoting the key unless it is {@code 01} to {@code 16}
   */
  public LandGebiet {
    requireNonNull(schluessel, "schluessel");
    boolean ok =
        schluessel.length() == 2
            && Character.isDigit(schluessel.charAt(0))
            && Character.isDigit(schluessel.charAt(1));
    int nummer = ok ? Integer.parseInt(schluessel) : 0;
    if (nummer < 1 || nummer > 16) {
      throw new IllegalArgumentException(
          "Land key needs two digits from 01 to 16, got '" + schluessel + "'");
    }
  }

  /** Always {@link RaeumlicheEbene#LAND}. */
  @Override
  public RaeumlicheEbene ebene() {
    return RaeumlicheEbene.LAND;
  }

  /** The 2-digit key. */
  @Override
  public String toString() {
    return schluessel;
  }
}
