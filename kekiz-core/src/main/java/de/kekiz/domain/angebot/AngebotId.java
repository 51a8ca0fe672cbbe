package de.kekiz.domain.angebot;

import de.kekiz.domain.internal.Pruefung;

/**
 * Identifies an Angebot inside its Präventionskette (and as the HSDS {@code service.id} when
 * exchanged).
 *
 * <p>1 to 60 characters of letters, digits, '-', '_' or '.', like {@link de.kekiz.domain.AkteurId}.
 * {@link #toString()} gives the id. Immutable and thread-safe.
 *
 * @param wert the id
 */
public record AngebotId(String wert) implements Comparable<AngebotId> {

  /**
   * @param wert the id
   * @throws IllegalArgumentException quoting {@code wert} if it is not 1 to 60 letters, digits,
   *     '.', '_' or '-'
   */
  public AngebotId {
    Pruefung.id(wert, "AngebotId");
  }

  /**
   * Same as the constructor.
   *
   * @param wert the id, 1 to 60 letters, digits, '.', '_' or '-'
   * @return the id
   * @throws IllegalArgumentException quoting {@code wert} if it is malformed
   */
  public static AngebotId of(String wert) {
    return new AngebotId(wert);
  }

  @Override
  public int compareTo(AngebotId o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }
}
