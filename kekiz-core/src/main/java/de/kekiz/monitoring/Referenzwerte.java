package de.kekiz.monitoring;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.Optional;

/**
 * The published values of the Kreise and Länder a Kommune's Sozialräume are compared with "where
 * known". {@link Gebietsaggregation} computes them from the Gemeinden; {@link #keine()} knows none.
 */
public interface Referenzwerte {

  /**
   * The value of Kreis {@code kreis} for {@code reihe} in {@code periode}, or empty if unknown.
   *
   * @param kreis the Kreis
   * @param reihe the series
   * @param periode the period
   * @return the Kreis value, or empty if unknown
   */
  Optional<Kennzahl> kreis(Kreisschluessel kreis, Reihe reihe, Periode periode);

  /**
   * The value of Land {@code land} ({@code 05}) for {@code reihe} in {@code periode}, or empty.
   *
   * @param land the 2-digit Land key, e.g. {@code 05}
   * @param reihe the series
   * @param periode the period
   * @return the Land value, or empty if unknown
   */
  Optional<Kennzahl> land(String land, Reihe reihe, Periode periode);

  /**
   * Reference values that know no Kreis and no Land.
   *
   * @return reference values whose every look-up is empty
   */
  static Referenzwerte keine() {
    return new Referenzwerte() {
      @Override
      public Optional<Kennzahl> kreis(Kreisschluessel kreis, Reihe reihe, Periode periode) {
        return Optional.empty();
      }

      @Override
      public Optional<Kennzahl> land(String land, Reihe reihe, Periode periode) {
        return Optional.empty();
      }

      @Override
      public String toString() {
        return "Referenzwerte.keine()";
      }
    };
  }
}
