package de.kekiz.monitoring.veroeffentlichung;

/**
 * The verdict on a Zielwert of the Leitbild, one vocabulary for every Kommune: the monitoring's
 * Zielerreichung gives {@link #ERREICHT}, {@link #AUF_KURS}, {@link #GEFAEHRDET} or {@link
 * #VERFEHLT}; without a value to judge by, {@link #GESPERRT} if the latest figure is suppressed,
 * else {@link #KEINE_DATEN}.
 */
public enum Zielerreichung {
  /** The latest value meets the target. */
  ERREICHT("erreicht"),
  /** Not yet met, but the trend reaches the target by the deadline. */
  AUF_KURS("auf Kurs"),
  /** Not met, and the trend does not reach the target by the deadline. */
  GEFAEHRDET("gefährdet"),
  /** The deadline has passed and the target is not met. */
  VERFEHLT("verfehlt"),
  /** The latest observation is suppressed: its value may not be shown or judged. */
  GESPERRT("gesperrt (Geheimhaltung)"),
  /** There is no observation up to the reference date. */
  KEINE_DATEN("keine Daten");

  private final String bezeichnung;

  Zielerreichung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
