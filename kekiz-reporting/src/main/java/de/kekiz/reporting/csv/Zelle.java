package de.kekiz.reporting.csv;

import de.kekiz.reporting.internal.Csv;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** How one cell of {@code messwerte.csv} is written and read back. */
final class Zelle {
  private Zelle() {}

  /** The prefix that neutralises a text cell spreadsheets would take for a formula. */
  static final char SCHUTZ = '\'';

  /**
   * Whether a text starting with {@code c} would be run as a formula (or is itself a neutralised
   * text): {@code = + - @}, tab, CR and the apostrophe.
   */
  static boolean gefaehrlich(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == SCHUTZ;
  }

  /** A text cell: neutralised with a leading apostrophe if needed, then quoted per RFC 4180. */
  static String text(String text, CsvFormat format) {
    String sicher = !text.isEmpty() && gefaehrlich(text.charAt(0)) ? SCHUTZ + text : text;
    return Csv.feld(sicher, format.trennzeichen());
  }

  /**
   * A key cell (an AGS such as {@code 05315000}, a Sozialraum version, a period): a text cell that
   * is always in double quotes, so that a spreadsheet told to take quoted fields as text
   * (LibreOffice: "Format quoted field as text") keeps the leading zero instead of reading the
   * number 5315000.
   */
  static String schluessel(String text, CsvFormat format) {
    String feld = text(text, format);
    return feld.startsWith("\"") ? feld : "\"" + feld + "\"";
  }

  /** Reverses the neutralisation of {@link #text}. */
  static String textZurueck(String zelle) {
    return zelle.length() >= 2 && zelle.charAt(0) == SCHUTZ && gefaehrlich(zelle.charAt(1))
        ? zelle.substring(1)
        : zelle;
  }

  /**
   * A number cell: plain notation with the format's decimal mark, never neutralised (it holds only
   * digits, one decimal mark and perhaps a leading minus, so no spreadsheet runs it).
   */
  /** The marker of a missing value, as a text cell (neutralised and quoted if needed). */
  static String fehlend(CsvFormat format) {
    return text(format.fehlend(), format);
  }

  /** A number cell, or the marker of a missing value ({@link #fehlend}) for {@code null}. */
  static String zahlOderFehlend(@Nullable BigDecimal zahl, CsvFormat format) {
    return zahl == null ? fehlend(format) : zahl(zahl, format);
  }

  static String zahl(BigDecimal zahl, CsvFormat format) {
    BigDecimal z = zahl.stripTrailingZeros();
    String text = (z.scale() < 0 ? z.setScale(0) : z).toPlainString();
    return format.dezimalzeichen() == '.' ? text : text.replace('.', format.dezimalzeichen());
  }

  /**
   * A value cell already rounded to its indicator's precision ({@link
   * de.kekiz.domain.indikator.Indikator#gerundet}), written with exactly its scale: {@code 23.4}
   * gives {@code 23,4}, {@code 25.0} gives {@code 25,0}.
   */
  static String gerundet(BigDecimal wert, CsvFormat format) {
    String text = wert.toPlainString();
    return format.dezimalzeichen() == '.' ? text : text.replace('.', format.dezimalzeichen());
  }

  /** Reads a number cell written by {@link #zahl} or {@link #gerundet}. */
  static BigDecimal zahlZurueck(String zelle, CsvFormat format) {
    String text =
        format.dezimalzeichen() == '.' ? zelle : zelle.replace(format.dezimalzeichen(), '.');
    boolean ok = !text.isEmpty();
    for (int i = 0; ok && i < text.length(); i++) {
      char c = text.charAt(i);
      ok = (c >= '0' && c <= '9') || c == '.' || (c == '-' && i == 0);
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "needs a number such as '-12"
              + format.dezimalzeichen()
              + "5', '"
              + format.gesperrt()
              + "' (suppressed) or '"
              + format.fehlend()
              + "' (missing), got '"
              + zelle
              + "'");
    }
    return new BigDecimal(text);
  }
}
