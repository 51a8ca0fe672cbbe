package de.kekiz.domain.leitbild;

import java.math.BigDecimal;

/** Which side of a Zielwert counts as reached. */
public enum Zielrichtung {
  /** The value must reach at least the target (e.g. Betreuungsquote U3 at least 45 %). */
  MINDESTENS("mindestens"),
  /** The value must stay at or below the target (e.g. SGB-II-Quote u15 at most 20 %). */
  HOECHSTENS("höchstens");

  private final String bezeichnung;

  Zielrichtung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German word, e.g. {@code höchstens}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * {@return whether {@code istwert} meets the target {@code zielwert} in this direction; meeting
   * it exactly counts as reached}
   *
   * @param istwert the measured value
   * @param zielwert the target value, in the same unit
   */
  public boolean erreicht(BigDecimal istwert, BigDecimal zielwert) {
    int c = istwert.compareTo(zielwert);
    return this == MINDESTENS ? c >= 0 : c <= 0;
  }
}
