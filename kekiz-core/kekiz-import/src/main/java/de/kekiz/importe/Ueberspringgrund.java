package de.kekiz.importe;

/**
 * Why a well-formed value was not imported. Skipping is not an error: a GENESIS table holds every
 * Kreis of Germany, and an import for one Kommune takes only its own values.
 */
public enum Ueberspringgrund {
  /** The value belongs to another area than the {@link Gebietsauswahl} selects. */
  ANDERES_GEBIET("anderes Gebiet"),

  /**
   * The value has no area a Kommune can be told from: the row has no regional variable, or it is
   * one for Germany ({@code DG}), a Land ({@code 05}), a Regierungsbezirk or a Gemeindeverband.
   */
  OHNE_KOMMUNE("kein Kommune-Bezug (Bund, Land, Regierungsbezirk oder ohne Gebiet)"),

  /** The row holds another GENESIS value variable than the {@link Importzuordnung} asks for. */
  ANDERES_WERTMERKMAL("anderes Wertmerkmal"),

  /**
   * A classifying variable of the row has another attribute than the {@link Importzuordnung}
   * selects (by default: not its total).
   */
  ANDERE_AUSPRAEGUNG("andere Ausprägung eines Merkmals"),

  /**
   * A population figure has no number (GENESIS special value such as {@code .} or {@code ...}):
   * there is nothing to count.
   */
  OHNE_ZAHL("Bevölkerungszahl ohne Zahlenwert"),

  /** The same key with the same value was read before (e.g. a Kreis-level and a Gemeinde row). */
  DOPPELT("doppelt mit gleichem Wert"),

  /**
   * A value a kekiz report suppressed for the protection of small numbers ({@code .} in its {@code
   * messwerte.csv}): re-importing it would replace the stored number with nothing.
   */
  GESPERRT("im Bericht gesperrter Wert"),

  /**
   * A figure a kekiz report pooled over several periods ({@code GEPOOLT} in the Wertart column of
   * its {@code messwerte.csv}): it summarises observations and is none.
   */
  ZUSAMMENGEFASST("im Bericht über mehrere Perioden zusammengefasster Wert");

  private final String bezeichnung;

  Ueberspringgrund(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
