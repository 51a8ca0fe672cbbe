package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;

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
}
