package de.kekiz.domain.angebot;

/** Whom an Angebot addresses: all families, groups at risk, or families with visible problems. */
public enum Praeventionsebene {
  /** Universal prevention: open to all families. */
  UNIVERSELL("universell", "alle Familien"),
  /** Selective prevention: groups at higher risk. */
  SELEKTIV("selektiv", "Gruppen mit erhöhtem Risiko"),
  /** Indicated prevention: families with visible problems. */
  INDIZIERT("indiziert", "Familien mit sichtbaren Problemen");

  private final String bezeichnung;
  private final String zielgruppe;

  Praeventionsebene(String bezeichnung, String zielgruppe) {
    this.bezeichnung = bezeichnung;
    this.zielgruppe = zielgruppe;
  }

  /** {@return the German name, e.g. {@code universell}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return whom this level addresses, in German} */
  public String zielgruppe() {
    return zielgruppe;
  }
}
