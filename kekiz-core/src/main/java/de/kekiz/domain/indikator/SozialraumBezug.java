package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;
import org.jspecify.annotations.Nullable;

/**
 * An observation about one boundary version of a Sozialraum, e.g. {@code 05315000:404@1}: the value
 * stays tied to the boundary it was collected for. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 */
public record SozialraumBezug(SozialraumRef sozialraum) implements Raumbezug {

  /**
   * @param sozialraum the Sozialraum version
   */
  public SozialraumBezug {
    requireNonNull(sozialraum, "sozialraum");
  }

  /** The Kommune the Sozialraum belongs to. */
  @Override
  public Gemeindeschluessel kommune() {
    return sozialraum.id().kommune();
  }

  /** The text form, e.g. {@code 05315000:404@1}. */
  @Override
  public String toString() {
    return sozialraum.toString();
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof SozialraumBezug o && sozialraum.equals(o.sozialraum));
  }

  @Override
  public int hashCode() {
    return sozialraum.hashCode();
  }
}
