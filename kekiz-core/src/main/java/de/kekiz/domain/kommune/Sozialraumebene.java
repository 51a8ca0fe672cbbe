package de.kekiz.domain.kommune;

/**
 * The level of a Sozialraum in its Kommune's hierarchy (Stadtbezirk → Stadtteil → Quartier), or the
 * kind of planning area it is.
 */
public enum Sozialraumebene {
  /** A Stadtbezirk (Köln has 9). */
  STADTBEZIRK("Stadtbezirk"),
  /** A Stadtteil (Köln has 86). */
  STADTTEIL("Stadtteil"),
  /** A Quartier or neighbourhood. */
  QUARTIER("Quartier"),
  /** A statistical district drawn for the statistics office. */
  STATISTISCHER_BEZIRK("statistischer Bezirk"),
  /** The catchment area of a school. */
  SCHULEINZUGSBEREICH("Schuleinzugsbereich"),
  /** Any other kind of planning area. */
  SONSTIGE("sonstige");

  private final String bezeichnung;

  Sozialraumebene(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
