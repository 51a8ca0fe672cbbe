package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kette.Uebergang;

/**
 * How many active Angebote bridge one Übergang of the Präventionskette.
 *
 * @param uebergang the transition
 * @param angebote the number of active Angebote that bridge it
 */
public record Uebergangsabdeckung(Uebergang uebergang, int angebote) {

  /**
   * Checks the count.
   *
   * @param uebergang the transition
   * @param angebote the number of active Angebote that bridge it
   * @throws IllegalArgumentException if the count is negative
   */
  public Uebergangsabdeckung {
    requireNonNull(uebergang, "uebergang");
    if (angebote < 0) {
      throw new IllegalArgumentException("a count cannot be negative, got " + angebote);
    }
  }

  /** {@return whether no active Angebot bridges the transition: a gap in the chain} */
  public boolean offen() {
    return angebote == 0;
  }
}
