package de.kekiz.domain.indikator;

/**
 * Which direction of an indicator's value is desirable: a higher Betreuungsquote U3 is better, a
 * higher SGB-II-Quote is worse, a higher HzE-Eckwert is only context.
 */
public enum Polaritaet {
  /** A higher value is better (e.g. Betreuungsquote U3, Masern-Impfquote). */
  HOEHER_IST_BESSER("höher ist besser"),
  /** A higher value is worse (e.g. SGB-II-Quote, SEU findings). */
  HOEHER_IST_SCHLECHTER("höher ist schlechter"),
  /** Neither direction is better in itself: the value describes context (e.g. HzE-Eckwert). */
  NEUTRAL("neutral (Kontext)");

  private final String bezeichnung;

  Polaritaet(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
