package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;

/**
 * One indicator definition as a set-up file gives it, with the line it stands on, so that a
 * conflict with what is stored can name its place. Immutable and thread-safe.
 *
 * @param indikator the definition (revision 0)
 * @param zeile the line in its file, from 1
 */
public record Indikatorangabe(Indikator indikator, long zeile) {

  /**
   * Checks the parts.
   *
   * @param indikator the definition (revision 0)
   * @param zeile the line in its file, from 1
   */
  public Indikatorangabe {
    requireNonNull(indikator, "indikator");
    if (zeile < 1) {
      throw new IllegalArgumentException("Indikatorangabe needs a line from 1, got " + zeile);
    }
  }
}
