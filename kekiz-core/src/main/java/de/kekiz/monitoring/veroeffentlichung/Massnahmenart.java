package de.kekiz.monitoring.veroeffentlichung;

/** What kind of measure an effect comparison is about, with its German name. */
public enum Massnahmenart {
  /** An Angebot that works on a Handlungsziel (its Zielbeitrag); the goal's indicators. */
  ANGEBOT("Angebot"),
  /** An Übergang bridged by Angebote; the Übergang's own indicators. */
  UEBERGANG("Übergang");

  private final String bezeichnung;

  Massnahmenart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
