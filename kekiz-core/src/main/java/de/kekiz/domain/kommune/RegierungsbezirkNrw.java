package de.kekiz.domain.kommune;

import java.util.Optional;

/** The five Regierungsbezirke of Nordrhein-Westfalen with their key digit. */
public enum RegierungsbezirkNrw {
  DUESSELDORF("1", "Düsseldorf"),
  KOELN("3", "Köln"),
  MUENSTER("5", "Münster"),
  DETMOLD("7", "Detmold"),
  ARNSBERG("9", "Arnsberg");

  private final String ziffer;
  private final String bezeichnung;

  RegierungsbezirkNrw(String ziffer, String bezeichnung) {
    this.ziffer = ziffer;
    this.bezeichnung = bezeichnung;
  }

  /** The digit at position 3 of an NRW key. */
  public String ziffer() {
    return ziffer;
  }

  /** The German name, with umlauts. */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** The Regierungsbezirk with key digit {@code ziffer}, or empty if there is none. */
  public static Optional<RegierungsbezirkNrw> vonZiffer(String ziffer) {
    for (RegierungsbezirkNrw r : values()) {
      if (r.ziffer.equals(ziffer)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
