package de.kekiz.importe;

/** What an import does with the good rows of a file that also has bad rows. */
public enum Fehlerbehandlung {
  /**
   * The default: if any row is bad, the {@link Importergebnis} holds no objects at all, only the
   * errors, so that nothing of the file is stored.
   */
  ALLES_ODER_NICHTS,

  /** Bad rows are left out (and reported); every good row is imported. */
  FEHLERHAFTE_ZEILEN_UEBERSPRINGEN
}
