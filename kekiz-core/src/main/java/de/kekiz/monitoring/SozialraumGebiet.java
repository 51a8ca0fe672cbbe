package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.SozialraumRef;
import org.jspecify.annotations.Nullable;

/**
 * One boundary version of a Sozialraum, e.g. {@code 05315000:404@1}. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 */
public record SozialraumGebiet(SozialraumRef sozialraum) implements Gebiet {

  /**
   * Checks that the Sozialraum version is given.
   *
   * @param sozialraum the Sozialraum version
   * @throws NullPointerException naming a missing component
   */
  public SozialraumGebiet {
    requireNonNull(sozialraum, "sozialraum");
  }

  /** Always {@link RaeumlicheEbene#SOZIALRAUM}. */
  @Override
  public RaeumlicheEbene ebene() {
    return RaeumlicheEbene.SOZIALRAUM;
  }

  /** The text form of the Sozialraum version, e.g. {@code 05315000:404@1}. */
  @Override
  public String toString() {
    return sozialraum.toString();
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof SozialraumGebiet o && sozialraum.equals(o.sozialraum));
  }

  @Override
  public int hashCode() {
    return sozialraum.hashCode();
  }
}
