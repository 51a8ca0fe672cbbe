package de.kekiz.domain.kommune;

/** Where the money of a {@link Foerderung} comes from. */
public enum Finanzierungsquelle {
  /** The Land Nordrhein-Westfalen. */
  LAND("Land NRW"),
  /** The European Social Fund. */
  ESF("Europäischer Sozialfonds"),
  /** The federal government. */
  BUND("Bund"),
  /** The Kommune's own budget. */
  EIGENMITTEL("Eigenmittel"),
  /** A foundation (e.g. the Bertelsmann Stiftung). */
  STIFTUNG("Stiftung"),
  /** Any other source. */
  SONSTIGE("sonstige");

  private final String bezeichnung;

  Finanzierungsquelle(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
