package de.kekiz.architektur.beispiel.bericht;

import de.kekiz.monitoring.Kommunaldaten;
import java.math.BigDecimal;

/** A "report adapter" used by the broken examples: it computes a figure and reads raw data. */
public final class RechnenderBericht {
  private RechnenderBericht() {}

  /** A deviation computed by the adapter itself: what a report must not do. */
  public static BigDecimal abweichung(BigDecimal wert, BigDecimal kommune) {
    return wert.subtract(kommune);
  }

  /** The number of observations of raw data, which a report must not see. */
  public static long anzahl(Kommunaldaten daten) {
    return daten.anzahlMesswerte();
  }
}
