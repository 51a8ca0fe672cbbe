package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The stable key of an indicator across the versions of its definition, e.g. {@code sgb2-quote-u15}
 * or {@code betreuungsquote-u3}.
 *
 * <p>Lower-case letters, digits and '-', starting with a letter, at most 60 characters. Immutable
 * and thread-safe.
 *
 * @param wert the key
 */
public record IndikatorKey(String wert) implements Comparable<IndikatorKey> {

  /**
   * @param wert the key
   * @throws IllegalArgumentException quoting {@code wert} if it is not a lower-case letter followed
   *     by up to 59 lower-case letters, digits or '-'
   */
  public IndikatorKey {
    requireNonNull(wert, "wert");
    if (!wert.matches("[a-z][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException(
          "Indikator key needs a lower-case letter followed by up to 59 lower-case letters,"
              + " digits or '-', got '"
              + wert
              + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param wert the key, e.g. {@code sgb2-quote-u15}
   * @return the key
   * @throws IllegalArgumentException quoting {@code wert} if it is malformed
   */
  public static IndikatorKey of(String wert) {
    return new IndikatorKey(wert);
  }

  @Override
  public int compareTo(IndikatorKey o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof IndikatorKey o && wert.equals(o.wert));
  }

  @Override
  public int hashCode() {
    return wert.hashCode();
  }
}
