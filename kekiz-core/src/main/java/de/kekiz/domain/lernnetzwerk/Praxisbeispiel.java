package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;

/**
 * One entry of the catalogue of shared practice: a contribution and the meeting it was given at.
 * Immutable and thread-safe.
 *
 * @param treffen the number of the meeting
 * @param inArbeitsgruppe whether it was a short talk in an Arbeitsgruppe (otherwise to all)
 * @param beitrag the contribution
 */
public record Praxisbeispiel(int treffen, boolean inArbeitsgruppe, Beitrag beitrag) {

  /**
   * @param treffen the number of the meeting
   * @param inArbeitsgruppe whether it was a short talk in an Arbeitsgruppe
   * @param beitrag the contribution
   */
  public Praxisbeispiel {
    requireNonNull(beitrag, "beitrag");
  }

  /** {@return the presenting Kommune (the contribution's)} */
  public Gemeindeschluessel kommune() {
    return beitrag.kommune();
  }
}
