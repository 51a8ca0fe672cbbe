package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.SozialraumRef;

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
}
