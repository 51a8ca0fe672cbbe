package de.kekiz.importe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Limits an import file must keep: set high enough that a planner's real files never reach them,
 * low enough that a hostile file cannot exhaust memory or time, or store a value the monitoring
 * cannot count exactly. Every limit a file breaks is reported with file, line (or sheet and row)
 * and column. Immutable and thread-safe.
 *
 * @param bytesProZeile the longest line of a CSV file, in bytes
 * @param zeichenProFeld the longest field (CSV) or cell text (XLSX), in characters
 * @param zeilenProDatei the most data rows of one file or sheet
 * @param betragUnter every number (numerator, denominator, count) must be below this in absolute
 *     value
 * @param nachkommastellen the most decimal places of a number
 * @param einwohnerHoechstens the largest population figure of one area
 * @param fruehestesJahr the earliest year of a reference date or period
 * @param spaetestesJahr the latest year of a reference date or period
 * @param xlsxEntpacktGesamt the most bytes all parts of an XLSX workbook may unpack to
 * @param xlsxVerhaeltnis the highest ratio of unpacked to packed size of a part larger than {@link
 *     #XLSX_KLEINER_TEIL} bytes
 * @param xlsxTeile the most parts (ZIP entries) of an XLSX workbook
 */
public record Importgrenzen(
    int bytesProZeile,
    int zeichenProFeld,
    long zeilenProDatei,
    BigDecimal betragUnter,
    int nachkommastellen,
    long einwohnerHoechstens,
    int fruehestesJahr,
    int spaetestesJahr,
    long xlsxEntpacktGesamt,
    int xlsxVerhaeltnis,
    int xlsxTeile) {

  /** Parts of an XLSX workbook up to this size (1 MiB unpacked) may have any ratio. */
  public static final long XLSX_KLEINER_TEIL = 1 << 20;

  /** The highest row number of a sheet (as Excel's). */
  public static final int XLSX_ZEILEN = 1_048_576;

  /** The highest column number of a sheet (XFD, as Excel's). */
  public static final int XLSX_SPALTEN = 16_384;

  /**
   * Checks that every limit is positive.
   *
   * @param bytesProZeile the longest line of a CSV file, in bytes
   * @param zeichenProFeld the longest field (CSV) or cell text (XLSX), in characters
   * @param zeilenProDatei the most data rows of one file or sheet
   * @param betragUnter every number (numerator, denominator, count) must be below this in absolute
   *     value
   * @param nachkommastellen the most decimal places of a number
   * @param einwohnerHoechstens the largest population figure of one area
   * @param fruehestesJahr the earliest year of a reference date or period
   * @param spaetestesJahr the latest year of a reference date or period
   * @param xlsxEntpacktGesamt the most bytes all parts of an XLSX workbook may unpack to
   * @param xlsxVerhaeltnis the highest ratio of unpacked to packed size of a part larger than
   *     {@link #XLSX_KLEINER_TEIL} bytes
   * @param xlsxTeile the most parts (ZIP entries) of an XLSX workbook
   * @throws IllegalArgumentException otherwise
   */
  public Importgrenzen {
    java.util.Objects.requireNonNull(betragUnter, "betragUnter");
    if (bytesProZeile < 1
        || zeichenProFeld < 1
        || zeilenProDatei < 1
        || betragUnter.signum() <= 0
        || nachkommastellen < 0
        || einwohnerHoechstens < 1
        || fruehestesJahr > spaetestesJahr
        || xlsxEntpacktGesamt < 1
        || xlsxVerhaeltnis < 1
        || xlsxTeile < 1) {
      throw new IllegalArgumentException(
          "Importgrenzen need positive limits and a first year not after the last, got "
              + bytesProZeile
              + ", "
              + zeichenProFeld
              + ", "
              + zeilenProDatei
              + ", "
              + betragUnter
              + ", "
              + fruehestesJahr
              + "-"
              + spaetestesJahr);
    }
  }

  /**
   * Lines up to 1 MiB, fields up to 1,000 characters, 5,000,000 rows per file; numbers below 10¹²
   * with at most 4 decimal places (so that the monitoring and the protection of small numbers,
   * which count in {@code long} scaled to the largest number of decimal places, can sum thousands
   * of them exactly); at most 20,000,000 inhabitants per area; years 1900 to 2100; XLSX workbooks
   * unpacking to at most 1 GiB in at most 1,000 parts, each larger part at most 200 times its
   * packed size.
   *
   * @return the standard limits
   */
  public static Importgrenzen standard() {
    return new Importgrenzen(
        1 << 20,
        1_000,
        5_000_000,
        BigDecimal.TEN.pow(12),
        4,
        20_000_000,
        1900,
        2100,
        1L << 30,
        200,
        1_000);
  }

  /**
   * These limits with at most {@code zeilen} data rows per file.
   *
   * @param zeilen the most data rows a file may have
   * @return limits like these with that number
   */
  public Importgrenzen withZeilenProDatei(long zeilen) {
    return new Importgrenzen(
        bytesProZeile,
        zeichenProFeld,
        zeilen,
        betragUnter,
        nachkommastellen,
        einwohnerHoechstens,
        fruehestesJahr,
        spaetestesJahr,
        xlsxEntpacktGesamt,
        xlsxVerhaeltnis,
        xlsxTeile);
  }

  /**
   * These limits with XLSX workbooks unpacking to at most {@code bytes}.
   *
   * @param bytes the most bytes all parts of a workbook may unpack to together
   * @return limits like these with that size
   */
  public Importgrenzen withXlsxEntpacktGesamt(long bytes) {
    return new Importgrenzen(
        bytesProZeile,
        zeichenProFeld,
        zeilenProDatei,
        betragUnter,
        nachkommastellen,
        einwohnerHoechstens,
        fruehestesJahr,
        spaetestesJahr,
        bytes,
        xlsxVerhaeltnis,
        xlsxTeile);
  }

  /** Why {@code zahl} breaks the number limits (German, for a person), or null if it keeps them. */
  @Nullable String pruefeZahl(BigDecimal zahl) {
    BigDecimal z = zahl.stripTrailingZeros();
    if (z.abs().compareTo(betragUnter) >= 0) {
      return "die Zahl ist zu groß: kekiz zählt Beträge unter "
          + deutsch(betragUnter)
          + " genau, größere nicht";
    }
    if (z.scale() > nachkommastellen) {
      return "die Zahl hat "
          + z.scale()
          + " Nachkommastellen, erlaubt sind höchstens "
          + nachkommastellen;
    }
    return null;
  }

  /** Why {@code tag} is no plausible reference date, or null if it is one. */
  @Nullable String pruefeDatum(LocalDate tag) {
    return pruefeJahr(tag.getYear());
  }

  /** Why {@code jahr} is no plausible year, or null if it is one. */
  @Nullable String pruefeJahr(int jahr) {
    if (jahr < fruehestesJahr || jahr > spaetestesJahr) {
      return "das Jahr "
          + jahr
          + " ist unplausibel: erwartet wird eines von "
          + fruehestesJahr
          + " bis "
          + spaetestesJahr;
    }
    return null;
  }

  /** Why {@code anzahl} is no plausible population figure, or null if it is one. */
  @Nullable String pruefeEinwohner(long anzahl) {
    if (anzahl < 0) {
      return "eine Einwohnerzahl ist nicht negativ";
    }
    if (anzahl > einwohnerHoechstens) {
      return "mehr als "
          + deutsch(BigDecimal.valueOf(einwohnerHoechstens))
          + " Einwohner in einem Gebiet sind unplausibel";
    }
    return null;
  }

  /** {@code zahl} with German thousands separators. */
  static String deutsch(BigDecimal zahl) {
    return String.format(Locale.GERMANY, "%,d", zahl.toBigInteger());
  }
}
