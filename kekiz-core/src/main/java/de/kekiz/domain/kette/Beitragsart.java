package de.kekiz.domain.kette;

/** What kind of part of a Präventionskette a {@link Zielbeitrag} names, with its German name. */
public enum Beitragsart {
  /** An Angebot of the chain, named by its id. */
  ANGEBOT("Angebot"),
  /** An Arbeitsgemeinschaft of the Steuerung, named by its key. */
  ARBEITSGEMEINSCHAFT("Arbeitsgemeinschaft"),
  /** An Akteur of the chain, named by its id. */
  AKTEUR("Akteur");

  private final String bezeichnung;

  Beitragsart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
