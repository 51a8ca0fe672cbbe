package de.kekiz.domain.indikator;

/**
 * The spatial level at which an indicator's source delivers its values, from the finest ({@link
 * #SOZIALRAUM}) to the coarsest ({@link #LAND}).
 */
public enum RaeumlicheEbene {
  /** A Sozialraum of a Kommune (Stadtteil, Quartier, statistical district …). */
  SOZIALRAUM("Sozialraum"),
  /** A Gemeinde or Stadt. */
  GEMEINDE("Gemeinde"),
  /**
   * The area one Jugendamt serves: a kreisfreie Stadt, a town with its own Jugendamt, or a Kreis
   * without the towns that have their own.
   */
  JUGENDAMT("Jugendamtsbezirk"),
  /** A Kreis or kreisfreie Stadt. */
  KREIS("Kreis"),
  /** The Land (Nordrhein-Westfalen). */
  LAND("Land");

  private final String bezeichnung;

  RaeumlicheEbene(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
