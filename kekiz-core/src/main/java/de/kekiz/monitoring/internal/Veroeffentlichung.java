package de.kekiz.monitoring.internal;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;

/** Builds published figures from values already computed by {@code Indikator.wert}. */
public final class Veroeffentlichung {
  private Veroeffentlichung() {}

  /**
   * The published form of {@code m} for {@code gebiet}, with {@code wert} the value {@code
   * Indikator.wert(m)} computed for it: numbers only if its CONF_STATUS is {@code F}.
   */
  public static Kennzahl kennzahl(Gebiet gebiet, Messwert m, BigDecimal wert) {
    if (m.confStatus() != ConfStatus.F) {
      return Kennzahl.gesperrt(
          m.indikator(), gebiet, m.periode(), m.aufschluesselung(), m.obsStatus(), m.confStatus());
    }
    return new Kennzahl(
        m.indikator(),
        gebiet,
        m.periode(),
        m.aufschluesselung(),
        m.zaehler(),
        m.nenner(),
        wert,
        m.obsStatus(),
        ConfStatus.F);
  }
}
