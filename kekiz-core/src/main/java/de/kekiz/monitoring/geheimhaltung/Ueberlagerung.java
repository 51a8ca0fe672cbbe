package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

/**
 * One cell perturbed by the Cell Key Method: its identity, the original count, the cell key and the
 * published (perturbed) count. It holds the original, so it is for tests and for the Kommune's
 * internal view, never for a publication: publish {@link #ueberlagerterWert()} only. Immutable and
 * thread-safe.
 *
 * @param zellidentitaet the identity the key was derived from (see {@link CellKeyVerfahren})
 * @param wert the original count, at least 0
 * @param schluessel the cell key
 * @param ueberlagerterWert the perturbed count, at least 0
 */
public record Ueberlagerung(
    String zellidentitaet, long wert, Zellschluessel schluessel, long ueberlagerterWert) {

  /**
   * Checks the counts.
   *
   * @param zellidentitaet the identity the key was derived from (see {@link CellKeyVerfahren})
   * @param wert the original count, at least 0
   * @param schluessel the cell key
   * @param ueberlagerterWert the perturbed count, at least 0
   * @throws IllegalArgumentException if a count is negative, quoting it
   */
  public Ueberlagerung {
    requireNonNull(zellidentitaet, "zellidentitaet");
    requireNonNull(schluessel, "schluessel");
    if (wert < 0 || ueberlagerterWert < 0) {
      throw new IllegalArgumentException(
          "Ueberlagerung of '"
              + zellidentitaet
              + "' needs counts of at least 0, got "
              + wert
              + " perturbed to "
              + ueberlagerterWert);
    }
  }

  /** {@return the noise added, {@code ueberlagerterWert − wert}} */
  public long abweichung() {
    return ueberlagerterWert - wert;
  }
}
