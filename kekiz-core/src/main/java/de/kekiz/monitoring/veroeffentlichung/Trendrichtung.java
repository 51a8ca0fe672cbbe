package de.kekiz.monitoring.veroeffentlichung;

/** The direction a time series took between its first and its last publishable value. */
public enum Trendrichtung {
  /** The value rose. */
  STEIGEND("steigend"),
  /** The value fell. */
  FALLEND("fallend"),
  /** The value is the same at the precision the report prints. */
  GLEICHBLEIBEND("gleichbleibend"),
  /** Fewer than two publishable values. */
  UNBEKANNT("unbekannt");

  private final String bezeichnung;

  Trendrichtung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
