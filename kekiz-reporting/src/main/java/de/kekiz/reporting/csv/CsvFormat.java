package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

/**
 * How {@code messwerte.csv} is written and read: separator, decimal mark, byte order mark, line end
 * and the markers for suppressed and missing values.
 *
 * <p>{@link #EXCEL_DEUTSCH} (the default) opens with a double click in Excel or LibreOffice set to
 * German; {@link #RFC_4180} is the plain international form. Derive others with the {@code with…}
 * methods. Immutable and thread-safe.
 *
 * @param trennzeichen the field separator, e.g. {@code ';'}; not a quote, CR, LF, digit, {@code
 *     '-'} or the decimal mark
 * @param dezimalzeichen the decimal mark of numbers, {@code ','} or {@code '.'}
 * @param bom whether the file starts with the UTF-8 byte order mark (Excel needs it to read UTF-8)
 * @param zeilenende {@code "\r\n"} (RFC 4180, the default) or {@code "\n"}
 * @param gesperrt what a suppressed numerator, denominator or value is written as, e.g. {@code
 *     "."}; not empty, not a number
 * @param fehlend what a missing (or not applicable) number is written as, e.g. the empty string
 */
public record CsvFormat(
    char trennzeichen,
    char dezimalzeichen,
    boolean bom,
    String zeilenende,
    String gesperrt,
    String fehlend) {

  /** Excel and LibreOffice with German settings: {@code ;}, decimal comma, BOM, CRLF, {@code .}. */
  public static final CsvFormat EXCEL_DEUTSCH = new CsvFormat(';', ',', true, "\r\n", ".", "");

  /** RFC 4180 as written: {@code ,}, decimal point, no BOM, CRLF, {@code .} for suppressed. */
  public static final CsvFormat RFC_4180 = new CsvFormat(',', '.', false, "\r\n", ".", "");

  /**
   * Checks the settings.
   *
   * @param trennzeichen the field separator
   * @param dezimalzeichen the decimal mark
   * @param bom whether a byte order mark comes first
   * @param zeilenende the line end
   * @param gesperrt the marker of a suppressed value
   * @param fehlend the marker of a missing value
   * @throws IllegalArgumentException quoting the bad setting
   */
  public CsvFormat {
    requireNonNull(zeilenende, "zeilenende");
    requireNonNull(gesperrt, "gesperrt");
    requireNonNull(fehlend, "fehlend");
    if (trennzeichen == '"'
        || trennzeichen == '\r'
        || trennzeichen == '\n'
        || trennzeichen == '-'
        || Character.isDigit(trennzeichen)) {
      throw new IllegalArgumentException(
          "CSV separator must not be a quote, a line break, a digit or '-', got '"
              + trennzeichen
              + "'");
    }
    if (dezimalzeichen != ',' && dezimalzeichen != '.') {
      throw new IllegalArgumentException(
          "decimal mark needs ',' or '.', got '" + dezimalzeichen + "'");
    }
    if (trennzeichen == dezimalzeichen) {
      throw new IllegalArgumentException(
          "separator and decimal mark must differ, got '" + trennzeichen + "' for both");
    }
    if (!zeilenende.equals("\r\n") && !zeilenende.equals("\n")) {
      throw new IllegalArgumentException(
          "line end needs CRLF or LF, got '"
              + zeilenende.replace("\r", "\\r").replace("\n", "\\n")
              + "'");
    }
    if (gesperrt.isEmpty() || istZahl(gesperrt)) {
      throw new IllegalArgumentException(
          "marker for suppressed values must not be empty or a number, got '" + gesperrt + "'");
    }
    if (istZahl(fehlend)) {
      throw new IllegalArgumentException(
          "marker for missing values must not be a number, got '" + fehlend + "'");
    }
  }

  private static boolean istZahl(String text) {
    boolean ziffer = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        ziffer = true;
      } else if (c != '-' && c != '+' && c != '.' && c != ',' && c != ' ') {
        return false;
      }
    }
    return ziffer;
  }

  /**
   * {@return this format with another field separator}
   *
   * @param trennzeichen the separator between fields, e.g. {@code ';'}
   */
  public CsvFormat withTrennzeichen(char trennzeichen) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }

  /**
   * {@return this format with another decimal mark}
   *
   * @param dezimalzeichen the decimal mark of the numbers, {@code ','} or {@code '.'}
   */
  public CsvFormat withDezimalzeichen(char dezimalzeichen) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }

  /**
   * {@return this format with or without byte order mark}
   *
   * @param bom whether the file starts with a UTF-8 byte order mark
   */
  public CsvFormat withBom(boolean bom) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }

  /**
   * {@return this format with another line end ({@code "\r\n"} or {@code "\n"})}
   *
   * @param zeilenende the line end, {@code "\r\n"} or {@code "\n"}
   */
  public CsvFormat withZeilenende(String zeilenende) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }

  /**
   * {@return this format with another marker for suppressed values}
   *
   * @param gesperrt the marker of a suppressed value, e.g. {@code "."}
   */
  public CsvFormat withGesperrt(String gesperrt) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }

  /**
   * {@return this format with another marker for missing values}
   *
   * @param fehlend the marker of a missing value, e.g. {@code ""}
   */
  public CsvFormat withFehlend(String fehlend) {
    return new CsvFormat(trennzeichen, dezimalzeichen, bom, zeilenende, gesperrt, fehlend);
  }
}
