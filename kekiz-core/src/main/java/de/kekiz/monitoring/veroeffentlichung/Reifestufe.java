package de.kekiz.monitoring.veroeffentlichung;

/**
 * The four stages of the Qualitätskreislauf of a Präventionskette, in order: Leitbild &amp; Vision
 * → strategische Steuerung &amp; Zielentwicklung → Zielkonkretisierung &amp; Umsetzung → Reflexion
 * &amp; Neuausrichtung. A chain reaches a stage when every {@link Reifekriterium} of that stage and
 * of every earlier stage is met ({@link Reifegrad#erreichteStufe()}).
 */
public enum Reifestufe {
  /** Stage 1: the Kommune has adopted a Leitbild. */
  LEITBILD_VISION(1, "Leitbild & Vision"),
  /** Stage 2: a cross-sector Steuerung, a funded coordination and measurable goals. */
  STEUERUNG_ZIELENTWICKLUNG(2, "Strategische Steuerung & Zielentwicklung"),
  /** Stage 3: targets set, who does what agreed, the transitions bridged. */
  ZIELKONKRETISIERUNG_UMSETZUNG(3, "Zielkonkretisierung & Umsetzung"),
  /** Stage 4: current monitoring of the goals and a revised Leitbild. */
  REFLEXION_NEUAUSRICHTUNG(4, "Reflexion & Neuausrichtung");

  private final int nummer;
  private final String bezeichnung;

  Reifestufe(int nummer, String bezeichnung) {
    this.nummer = nummer;
    this.bezeichnung = bezeichnung;
  }

  /** {@return the stage's number, 1 to 4} */
  public int nummer() {
    return nummer;
  }

  /** {@return the German name, e.g. {@code Leitbild & Vision}} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
