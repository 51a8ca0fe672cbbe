package de.kekiz.domain.lernnetzwerk;

/** What part of its prevention work a Kommune presents in a {@link Beitrag}. */
public enum Praxisart {
  /** Its Steuerung (Steuerungsgruppe, AGs, Koordination). */
  STEUERUNG("Steuerung"),
  /** One of its Angebote. */
  ANGEBOT("Angebot"),
  /** One of its Übergänge and how it is bridged. */
  UEBERGANG("Übergang"),
  /** Its work on site in general, no single part named. */
  PRAXIS_VOR_ORT("Praxis vor Ort");

  private final String bezeichnung;

  Praxisart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, e.g. {@code "Praxis vor Ort"}} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
