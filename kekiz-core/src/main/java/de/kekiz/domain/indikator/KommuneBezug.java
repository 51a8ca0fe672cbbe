package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;

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
}
