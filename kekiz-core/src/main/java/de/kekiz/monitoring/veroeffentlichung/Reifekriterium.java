package de.kekiz.monitoring.veroeffentlichung;

/**
 * One criterion of the chain maturity score ({@link Reifegrad}), with the stage of the
 * Qualitätskreislauf it belongs to. Each criterion is met or not and counts one point when met;
 * {@link Reiferechnung} states every rule and {@link Kriteriumsergebnis#begruendung()} the facts
 * behind each result.
 */
public enum Reifekriterium {
  /** The Leitbild in force has been adopted by the council on or before the reference date. */
  LEITBILD(Reifestufe.LEITBILD_VISION, "Leitbild vom Rat beschlossen"),
  /** The adopted Leitbild takes up at least one Präventionsleitlinie. */
  LEITLINIEN(Reifestufe.LEITBILD_VISION, "Präventionsleitlinien aufgenommen"),
  /**
   * The Steuerungsgruppe of the reference date holds seats for Gesundheit, Bildung, Kinder- und
   * Jugendhilfe and Soziales.
   */
  STEUERUNGSGRUPPE(
      Reifestufe.STEUERUNG_ZIELENTWICKLUNG, "Steuerungsgruppe über die vier Kernbereiche"),
  /** A coordination post exists on the reference date and its funding is recorded. */
  KOORDINATION(Reifestufe.STEUERUNG_ZIELENTWICKLUNG, "Finanzierte Koordination"),
  /** The Leitbild has Handlungsziele, and each is measured by at least one indicator. */
  HANDLUNGSZIELE(Reifestufe.STEUERUNG_ZIELENTWICKLUNG, "Handlungsziele mit Indikatoren"),
  /** Every Handlungsziel has at least one Zielwert. */
  ZIELWERTE(Reifestufe.ZIELKONKRETISIERUNG_UMSETZUNG, "Zielwerte für alle Handlungsziele"),
  /** Every Handlungsziel has a contribution (Angebot, AG or Akteur) on the reference date. */
  ZIELBEITRAEGE(
      Reifestufe.ZIELKONKRETISIERUNG_UMSETZUNG, "Zuständigkeiten für alle Handlungsziele"),
  /** Every Übergang of the chain is bridged by an active Angebot on the reference date. */
  UEBERGAENGE(Reifestufe.ZIELKONKRETISIERUNG_UMSETZUNG, "Alle Übergänge überbrückt"),
  /**
   * Every indicator of the Handlungsziele has a published value of a period that ended on or before
   * the reference date and at most two years before it.
   */
  MONITORING(Reifestufe.REFLEXION_NEUAUSRICHTUNG, "Aktuelles Monitoring der Ziele"),
  /** The Leitbild in force is a revised Fassung (Fassung 2 or later). */
  FORTSCHREIBUNG(Reifestufe.REFLEXION_NEUAUSRICHTUNG, "Leitbild fortgeschrieben");

  private final Reifestufe stufe;
  private final String bezeichnung;

  Reifekriterium(Reifestufe stufe, String bezeichnung) {
    this.stufe = stufe;
    this.bezeichnung = bezeichnung;
  }

  /** {@return the stage of the Qualitätskreislauf the criterion belongs to} */
  public Reifestufe stufe() {
    return stufe;
  }

  /** {@return the German name of the criterion} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
