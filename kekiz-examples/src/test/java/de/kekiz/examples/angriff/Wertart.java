package de.kekiz.examples.angriff;

import java.util.Locale;

/**
 * What kind of figure a published row holds (column {@code WERTART}; absent means {@link #EXAKT}).
 */
enum Wertart {
  /** The exact numbers. */
  EXAKT,
  /** The exact sum over several single periods (a pooled row). */
  GEPOOLT,
  /** Numbers perturbed on purpose (Cell Key Method): no exact relation holds for them. */
  UEBERLAGERT;

  /**
   * Reads the column's value; empty means {@link #EXAKT}.
   *
   * @throws IllegalArgumentException quoting any other value
   */
  static Wertart lies(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.isEmpty()) {
      return EXAKT;
    }
    for (Wertart w : values()) {
      if (w.name().equals(t)) {
        return w;
      }
    }
    throw new IllegalArgumentException(
        "WERTART needs EXAKT, GEPOOLT or UEBERLAGERT, got '" + text + "'");
  }

  /** Whether the numbers are exact and take part in relations. */
  boolean exakt() {
    return this != UEBERLAGERT;
  }
}
