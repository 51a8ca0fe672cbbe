package de.kekiz.domain.programm;

/** What a {@link Programmakteur} does for a programme. */
public enum Programmrolle {
  /** Runs the programme operationally, e.g. the Land's Familienministerium. */
  TRAEGER("Träger"),
  /** Advises and coordinates the Kommunen, e.g. the Landeskoordinierungsstelle at the ISA. */
  KOORDINIERUNGSSTELLE("Landeskoordinierungsstelle"),
  /** Contributes research, e.g. the Bertelsmann Stiftung. */
  FORSCHUNGSPARTNER("Forschungspartner");

  private final String bezeichnung;

  Programmrolle(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, e.g. {@code "Landeskoordinierungsstelle"}} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
