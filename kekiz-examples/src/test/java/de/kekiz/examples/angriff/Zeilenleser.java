package de.kekiz.examples.angriff;

import java.util.function.Supplier;

/** Reads the fields of one CSV record and says where a value was bad. */
final class Zeilenleser {
  private final CsvText.Datensatz satz;
  private final Kopfzeile kopf;
  private final String quelle;

  Zeilenleser(CsvText.Datensatz satz, Kopfzeile kopf, String quelle) {
    this.satz = satz;
    this.kopf = kopf;
    this.quelle = quelle;
    if (satz.felder().size() != kopf.breite()) {
      throw new IllegalArgumentException(
          quelle
              + ", line "
              + satz.zeile()
              + ": "
              + satz.felder().size()
              + " fields, the header has "
              + kopf.breite());
    }
  }

  /** The field at {@code spalte}, stripped. */
  String text(int spalte) {
    return satz.felder().get(spalte).strip();
  }

  /**
   * Runs {@code leser}; an {@link IllegalArgumentException} from it comes back naming file, line
   * and what was read.
   */
  <T> T lies(String was, Supplier<T> leser) {
    try {
      return leser.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          quelle
              + ", line "
              + satz.zeile()
              + ", "
              + was
              + ": "
              + e.getMessage()
              + " (record "
              + satz.felder()
              + ")",
          e);
    }
  }
}
