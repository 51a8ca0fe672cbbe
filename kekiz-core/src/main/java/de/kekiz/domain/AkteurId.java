package de.kekiz.domain;

import static java.util.Objects.requireNonNull;

/**
 * Identifies an actor of a Präventionskette (a Kita, a Schule, a freier Träger …) inside its
 * Kommune; the Träger of an Angebot is named by it. Shared by {@code kette} and {@code angebot} so
 * that neither package depends on the other's identity type.
 *
 * <p>1 to 60 characters of letters, digits, '-', '_' or '.'. Immutable and thread-safe.
 *
 * @param wert the id
 */
public record AkteurId(String wert) implements Comparable<AkteurId> {

  /**
   * @param wert the id
   * @throws IllegalArgumentException quoting {@code wert} if it is not 1 to 60 letters, digits,
   *     '.', '_' or '-'
   */
  public AkteurId {
    requireNonNull(wert, "wert");
    if (!wert.matches("[A-Za-z0-9._-]{1,60}")) {
      throw new IllegalArgumentException(
          "AkteurId needs 1 to 60 letters, digits, '.', '_' or '-', got '" + wert + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param wert the id, 1 to 60 letters, digits, '.', '_' or '-'
   * @return the id
   * @throws IllegalArgumentException quoting {@code wert} if it is malformed
   */
  public static AkteurId of(String wert) {
    return new AkteurId(wert);
  }

  @Override
  public int compareTo(AkteurId o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }
}
