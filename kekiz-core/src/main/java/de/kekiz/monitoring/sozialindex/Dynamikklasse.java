package de.kekiz.monitoring.sozialindex;

/** The dynamics class of a Sozialraum in the {@link StatusDynamikRaster}, as in Hamburg. */
public enum Dynamikklasse {
  /** Developing better than the average Sozialraum (need falling relatively). */
  POSITIV("positiv"),
  /** Developing like the average Sozialraum. */
  STABIL("stabil"),
  /** Developing worse than the average Sozialraum (need rising relatively). */
  NEGATIV("negativ");

  private final String bezeichnung;

  Dynamikklasse(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
