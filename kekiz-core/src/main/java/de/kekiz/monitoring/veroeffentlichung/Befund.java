package de.kekiz.monitoring.veroeffentlichung;

/**
 * What an effect comparison shows, read from the 95 % interval of its difference in differences and
 * the indicator's polarity. It describes a development, not its cause.
 */
public enum Befund {
  /** The interval lies wholly on the desirable side of 0. */
  GUENSTIGER("günstigere Entwicklung als in der Vergleichsgruppe"),
  /** The interval lies wholly on the undesirable side of 0. */
  UNGUENSTIGER("ungünstigere Entwicklung als in der Vergleichsgruppe"),
  /** The interval contains 0. */
  KEIN_UNTERSCHIED("kein Unterschied nachweisbar"),
  /** The interval excludes 0 but the indicator has no desirable direction. */
  UNTERSCHIED_OHNE_WERTUNG("Unterschied ohne Wertung (Indikator ohne Richtung)"),
  /** The comparison could not be made; its reason says why. */
  NICHT_AUSWERTBAR("nicht auswertbar");

  private final String bezeichnung;

  Befund(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
