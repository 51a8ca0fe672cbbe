package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

/**
 * How the formats print cells without a value.
 *
 * <p>The defaults follow the symbols of the German official statistics: {@code "."} for a value
 * kept secret (suppressed), {@code "x"} for a value that does not exist (no observation, or
 * OBS_STATUS M). Both symbols must not look like a number, so that a reader (or a spreadsheet) can
 * never take them for one.
 *
 * @param gesperrt the symbol of a suppressed cell, e.g. {@code "."}
 * @param fehlend the symbol of a missing cell, e.g. {@code "x"}
 */
public record Berichtsoptionen(String gesperrt, String fehlend) {

  /** The defaults: {@code "."} for suppressed, {@code "x"} for missing. */
  public static final Berichtsoptionen STANDARD = new Berichtsoptionen(".", "x");

  /**
   * Checks both symbols.
   *
   * @param gesperrt the symbol of a suppressed cell
   * @param fehlend the symbol of a missing cell
   * @throws IllegalArgumentException if a symbol is blank, contains a digit, or both are equal
   */
  public Berichtsoptionen {
    pruefe(requireNonNull(gesperrt, "gesperrt"), "gesperrt");
    pruefe(requireNonNull(fehlend, "fehlend"), "fehlend");
    if (gesperrt.equals(fehlend)) {
      throw new IllegalArgumentException(
          "the symbols for suppressed and missing cells must differ, got '" + gesperrt + "' twice");
    }
  }

  private static void pruefe(String symbol, String rolle) {
    if (symbol.isBlank() || symbol.chars().anyMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "the symbol for "
              + rolle
              + " cells must be non-blank text without digits, got '"
              + symbol
              + "'");
    }
  }

  /**
   * {@return these options with {@code symbol} for suppressed cells}
   *
   * @param symbol the new symbol of a suppressed cell, e.g. {@code "–"}
   */
  public Berichtsoptionen withGesperrt(String symbol) {
    return new Berichtsoptionen(symbol, fehlend);
  }

  /**
   * {@return these options with {@code symbol} for missing cells}
   *
   * @param symbol the new symbol of a missing cell, e.g. {@code "/"}
   */
  public Berichtsoptionen withFehlend(String symbol) {
    return new Berichtsoptionen(gesperrt, symbol);
  }
}
