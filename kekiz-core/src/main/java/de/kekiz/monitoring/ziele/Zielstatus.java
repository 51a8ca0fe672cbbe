package de.kekiz.monitoring.ziele;

/** Where a Zielwert stands. */
public enum Zielstatus {
  /** The latest value meets the target. */
  ERREICHT("erreicht"),
  /** Not yet met, but the trend carries the value to the target by the deadline. */
  AUF_KURS("auf Kurs"),
  /** Not met, the deadline is ahead, and the trend does not carry the value to the target. */
  GEFAEHRDET("gefährdet"),
  /** The deadline has passed and the latest value does not meet the target. */
  VERFEHLT("verfehlt"),
  /** There is no value to judge by. */
  OHNE_DATEN("ohne Daten");

  private final String bezeichnung;

  Zielstatus(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports (e.g. "auf Kurs")} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
