package de.kekiz.domain.kommune;

import java.util.Optional;

/** The five Regierungsbezirke of Nordrhein-Westfalen with their key digit. */
public enum RegierungsbezirkNrw {
  /** Regierungsbezirk Düsseldorf, key digit 1. */
  DUESSELDORF("1", "Düsseldorf"),
  /** Regierungsbezirk Köln, key digit 3. */
  KOELN("3", "Köln"),
  /** Regierungsbezirk Münster, key digit 5. */
  MUENSTER("5", "Münster"),
  /** Regierungsbezirk Detmold, key digit 7. */
  DETMOLD("7", "Detmold"),
  /** Regierungsbezirk Arnsberg, key digit 9. */
  ARNSBERG("9", "Arnsberg");

  private final String ziffer;
  private final String bezeichnung;

  RegierungsbezirkNrw(String ziffer, String bezeichnung) {
    this.ziffer = ziffer;
    this.bezeichnung = bezeichnung;
  }

  /** {@return the digit at position 3 of an NRW key} */
  public String ziffer() {
    return ziffer;
  }

  /** {@return the German name, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * {@return the Regierungsbezirk with key digit {@code ziffer}, or empty if there is none}
   *
   * @param ziffer one digit, e.g. {@code "5"}
   */
  public static Optional<RegierungsbezirkNrw> vonZiffer(String ziffer) {
    for (RegierungsbezirkNrw r : values()) {
      if (r.ziffer.equals(ziffer)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
