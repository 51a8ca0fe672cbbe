package de.kekiz.monitoring.veroeffentlichung;

/**
 * How a release protects its small numbers. Every figure that leaves kekiz goes through the
 * procedure of the release it belongs to.
 */
public enum Schutzverfahren {
  /**
   * Cell suppression over the linked tables of the whole release (primary suppression by the rules,
   * secondary suppression so that nothing can be recovered by subtraction), optionally with pooled
   * figures over several periods and the parent area's figure shown in place of a dot. The default.
   */
  SPERRUNG("Sperrung kleiner Fallzahlen"),
  /**
   * The Cell-Key-Verfahren of the statistical offices (Zensus 2022): every count is published with
   * a small, consistent perturbation (the same count gets the same noise in every table of every
   * release with the same secret); almost nothing is suppressed, and published tables need not add
   * up. Needs a secret the Kommune keeps ({@link Veroeffentlichungsauftrag#withCellKey}).
   */
  CELL_KEY("Cell-Key-Verfahren (stochastische Überlagerung)"),
  /**
   * Unprotected figures for the Kommune's own planners, "nur für den Dienstgebrauch": never the
   * default, and every page, sheet and file written says so.
   */
  INTERN("ungeschützt, nur für den Dienstgebrauch");

  private final String bezeichnung;

  Schutzverfahren(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, e.g. {@code "Sperrung kleiner Fallzahlen"}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return the kind of the figures this procedure publishes for single periods and areas} */
  public Wertart wertart() {
    return this == CELL_KEY ? Wertart.UEBERLAGERT : Wertart.EXAKT;
  }

  /** {@return whether figures of this procedure may leave the administration} */
  public boolean oeffentlich() {
    return this != INTERN;
  }
}
