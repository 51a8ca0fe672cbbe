package de.kekiz.monitoring;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.Optional;

/**
 * The published values of the Kreise and Länder a Kommune's Sozialräume are compared with "where
 * known". {@link Gebietsaggregation} computes them from the Gemeinden; {@link #keine()} knows none.
 */
public interface Referenzwerte {

  /** The value of Kreis {@code kreis} for {@code reihe} in {@code periode}, or empty if unknown. */
  Optional<Kennzahl> kreis(Kreisschluessel kreis, Reihe reihe, Periode periode);

  /** The value of Land {@code land} ({@code 05}) for {@code reihe} in {@code periode}, or empty. */
  Optional<Kennzahl> land(String land, Reihe reihe, Periode periode);

  /** Reference values that know no Kreis and no Land. */
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
