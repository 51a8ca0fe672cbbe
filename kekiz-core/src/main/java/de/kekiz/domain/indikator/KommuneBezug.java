package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import org.jspecify.annotations.Nullable;

/**
 * An observation about a whole Kommune (a Gemeinde, Stadt or Kreis), e.g. {@code 05315000}.
 * Immutable and thread-safe.
 *
 * @param kommune the Kommune's key
 */
public record KommuneBezug(Gemeindeschluessel kommune) implements Raumbezug {

  /**
   * @param kommune the Kommune's key
   */
  public KommuneBezug {
    requireNonNull(kommune, "kommune");
  }

  /** The text form: the 8-digit AGS. */
  @Override
  public String toString() {
    return kommune.toString();
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof KommuneBezug o && kommune.equals(o.kommune));
  }

  @Override
  public int hashCode() {
    return kommune.hashCode();
  }
}
