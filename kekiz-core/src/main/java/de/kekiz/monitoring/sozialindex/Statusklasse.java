package de.kekiz.monitoring.sozialindex;

/** The status class of a Sozialraum in the {@link StatusDynamikRaster}, as in Hamburg. */
public enum Statusklasse {
  /** High social status: clearly less need than the average Sozialraum. */
  HOCH("hoch"),
  /** Middle status: within the usual spread. */
  MITTEL("mittel"),
  /** Low status: more need. */
  NIEDRIG("niedrig"),
  /** Very low status: the most need. */
  SEHR_NIEDRIG("sehr niedrig");

  private final String bezeichnung;

  Statusklasse(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
