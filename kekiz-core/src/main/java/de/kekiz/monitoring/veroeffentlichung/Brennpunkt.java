package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An area where high need meets low coverage of one Lebensphase by Angebote (from the monitoring's
 * Lückenanalyse).
 *
 * @param gebiet the area
 * @param bedarfsrang its rank by Sozialindex, 1 for the most need
 * @param lebensphase the name of the Lebensphase with low coverage
 * @param angebote the active Angebote of the phase serving the area
 * @param plaetzeJe100Kinder its places per 100 children of the phase, or {@code null} if unknown
 */
public record Brennpunkt(
    Berichtsgebiet gebiet,
    int bedarfsrang,
    String lebensphase,
    int angebote,
    @Nullable BigDecimal plaetzeJe100Kinder) {

  /**
   * Checks the rank and the count.
   *
   * @param gebiet the area
   * @param bedarfsrang its rank by Sozialindex, 1 for the most need
   * @param lebensphase the name of the Lebensphase with low coverage
   * @param angebote the active Angebote of the phase serving the area
   * @param plaetzeJe100Kinder its places per 100 children of the phase, or {@code null} if unknown
   * @throws IllegalArgumentException if the rank is below 1 or the count negative
   */
  public Brennpunkt {
    requireNonNull(gebiet, "gebiet");
    requireNonNull(lebensphase, "lebensphase");
    if (bedarfsrang < 1 || angebote < 0) {
      throw new IllegalArgumentException(
          "a Brennpunkt needs a rank from 1 and a count from 0, got "
              + bedarfsrang
              + " and "
              + angebote);
    }
  }

  /**
   * {@return the places per 100 children of the phase ({@link #plaetzeJe100Kinder()}), or empty if
   * unknown}
   */
  public Optional<BigDecimal> versorgungsquote() {
    return Optional.ofNullable(plaetzeJe100Kinder);
  }
}
