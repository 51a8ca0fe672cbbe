package de.kekiz.monitoring.veroeffentlichung;

/**
 * What kind of figure a published cell shows, so that the reader can tell an exact count from one
 * that was perturbed, pooled over several periods or taken from the parent area.
 */
public enum Wertart {
  /** The exact figure of the area and period. */
  EXAKT("exakt"),
  /**
   * The figure perturbed by the Cell-Key-Verfahren: close to the exact one, the same in every table
   * of the release; sums of perturbed figures need not add up.
   */
  UEBERLAGERT("überlagert (Cell-Key-Verfahren)"),
  /** The figure of the area summed over several periods ending with this one. */
  GEPOOLT("zusammengefasst über mehrere Perioden"),
  /** The figure of the parent area, shown because the area's own is suppressed. */
  VERGROEBERT("Wert des übergeordneten Gebiets"),
  /** No figure: suppressed by the protection of small numbers. */
  GESPERRT("gesperrt (Geheimhaltung)"),
  /** No figure: there is no observation. */
  FEHLEND("kein Wert vorhanden");

  private final String bezeichnung;

  Wertart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, e.g. {@code "exakt"}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return whether a cell of this kind shows a number} */
  public boolean hatZahl() {
    return this != GESPERRT && this != FEHLEND;
  }
}
