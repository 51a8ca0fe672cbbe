package de.kekiz.domain.leitbild;

/**
 * The seven Präventionsleitlinien of the Land NRW that a Kommune's Leitbild takes up.
 *
 * <p>Declaration order is the Land's order; sets of Leitlinien keep it.
 */
public enum Praeventionsleitlinie {
  /** Families and children take part in planning and shaping the offers. */
  BETEILIGUNGSORIENTIERUNG("Beteiligungsorientierung"),
  /** Strengthen the parents to strengthen the children. */
  ELTERN_STAERKEN_KINDER_STAERKEN("Eltern stärken – Kinder stärken"),
  /** Go to the families instead of waiting for them. */
  AUFSUCHENDER_ANSATZ("Aufsuchender Ansatz"),
  /** Unequal needs get unequal resources. */
  UNGLEICHES_UNGLEICH_BEHANDELN("Ungleiches ungleich behandeln"),
  /** Nobody is left out. */
  SOZIALE_INKLUSION("Soziale Inklusion"),
  /** (Educational) transitions are bridged so that no child gets lost. */
  UEBERGAENGE_FLIESSEND_GESTALTEN("(Bildungs-)Übergänge fließend gestalten"),
  /** Professions and departments work together. */
  MULTIPROFESSIONELLE_ZUSAMMENARBEIT("Multiprofessionelle Zusammenarbeit");

  private final String bezeichnung;

  Praeventionsleitlinie(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name as the Land writes it, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
