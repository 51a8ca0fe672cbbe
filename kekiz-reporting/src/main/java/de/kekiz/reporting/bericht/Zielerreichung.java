package de.kekiz.reporting.bericht;

/** Whether a Zielwert of the Leitbild is met by the latest observation. */
public enum Zielerreichung {
  /** The latest publishable value meets the target. */
  ERREICHT("erreicht"),
  /** The latest publishable value misses the target. */
  NICHT_ERREICHT("nicht erreicht"),
  /** The latest observation is suppressed: its value may not be shown or judged. */
  GESPERRT("gesperrt (Geheimhaltung)"),
  /** There is no observation up to the reference date. */
  KEINE_DATEN("keine Daten");

  private final String bezeichnung;

  Zielerreichung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** The German label. */
  public String bezeichnung() {
    return bezeichnung;
  }
}
