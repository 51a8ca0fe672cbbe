package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One bad row (or one bad value in it) of an import file: where it is and why it was rejected.
 *
 * <p>{@link #toString()} gives one line a person can act on, in German, e.g. {@code
 * DE_52411-02-01-4.csv, Zeile 2, Spalte 5 (Zeit), Wert '': …}. Immutable and thread-safe.
 *
 * @param datei the file, as the caller named it
 * @param blatt the sheet of an XLSX workbook, or {@code null} for a CSV file
 * @param zeile the line (CSV, the header is line 1) or row number (XLSX, as Excel shows it), from 1
 * @param spalte the column, from 1; {@code 0} when the row as a whole is bad (e.g. it has the wrong
 *     number of fields)
 * @param spaltenname the column's header name, or empty when {@code spalte} is 0
 * @param wert the value found (for {@code spalte} 0: the start of the row), made visible with
 *     {@link Anzeigetext#sichtbar(CharSequence, int)} and cut after {@value #WERT_HOECHSTLAENGE}
 *     characters
 * @param grund what is wrong and what was expected
 */
public record Importfehler(
    Path datei,
    @Nullable String blatt,
    long zeile,
    int spalte,
    String spaltenname,
    String wert,
    String grund) {

  /** The longest value kept; longer ones are cut and end with {@code …}. */
  public static final int WERT_HOECHSTLAENGE = 120;

  /**
   * Checks line and column and shortens an overlong value.
   *
   * @param datei the file, as the caller named it
   * @param blatt the sheet of an XLSX workbook, or {@code null} for a CSV file
   * @param zeile the line (CSV, the header is line 1) or row number (XLSX, as Excel shows it), from
   *     1
   * @param spalte the column, from 1; {@code 0} when the row as a whole is bad (e.g. it has the
   *     wrong number of fields)
   * @param spaltenname the column's header name, or empty when {@code spalte} is 0
   * @param wert the value found (for {@code spalte} 0: the start of the row), made visible with
   *     {@link Anzeigetext#sichtbar(CharSequence, int)} and cut after {@value #WERT_HOECHSTLAENGE}
   *     characters
   * @param grund what is wrong and what was expected
   * @throws IllegalArgumentException if {@code zeile} is below 1 or {@code spalte} below 0
   */
  public Importfehler {
    requireNonNull(datei, "datei");
    requireNonNull(spaltenname, "spaltenname");
    requireNonNull(wert, "wert");
    requireNonNull(grund, "grund");
    if (zeile < 1) {
      throw new IllegalArgumentException("Importfehler needs a line from 1, got " + zeile);
    }
    if (spalte < 0) {
      throw new IllegalArgumentException("Importfehler needs a column from 0, got " + spalte);
    }
    wert = Anzeigetext.sichtbar(wert, WERT_HOECHSTLAENGE);
  }

  /**
   * The column as a spreadsheet shows it: {@code A} for 1, {@code AA} for 27.
   *
   * @param spalte the column, from 1
   * @return the column's letters
   */
  public static String spaltenbuchstabe(int spalte) {
    if (spalte < 1) {
      throw new IllegalArgumentException("spaltenbuchstabe needs a column from 1, got " + spalte);
    }
    StringBuilder b = new StringBuilder();
    int n = spalte;
    while (n > 0) {
      int rest = (n - 1) % 26;
      b.insert(0, (char) ('A' + rest));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  /**
   * The German reason for a Messwert that breaks the domain rule {@code regel} (the domain's own
   * messages are English, for developers).
   */
  /**
   * A German reason for a value or object the domain refused, for the terminal: the domain's own
   * messages are English (for developers), so a broken rule is named by its code and any other
   * refusal says only that the value is not valid.
   */
  static String abgelehnt(RuntimeException e) {
    return e instanceof RegelverstossException r
        ? "verletzt die Regel '" + r.regel() + "'"
        : "ist nicht gültig";
  }

  static String regelverstoss(String regel) {
    return switch (regel) {
      case "messwert.nenner-nicht-positiv" -> "der Nenner muss größer als 0 sein";
      case "messwert.wert-fehlt-ohne-status" ->
          "ein Wert darf nur fehlen, wenn OBS_STATUS M (fehlend) oder CONF_STATUS nicht F"
              + " (gesperrt) ist";
      case "messwert.fehlend-mit-wert" -> "ein Wert mit OBS_STATUS M (fehlend) hat keinen Zähler";
      default -> "der Messwert verletzt die Regel " + regel;
    };
  }

  /** One line: file (and sheet), line, column with its name, the value in quotes and the reason. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(Anzeigetext.sichtbar(datei.toString(), 300));
    if (blatt != null) {
      b.append(" [").append(Anzeigetext.sichtbar(blatt)).append(']');
    }
    b.append(", Zeile ").append(zeile);
    if (spalte == 0) {
      b.append(": ").append(Anzeigetext.sichtbar(grund, 600));
      if (!wert.isEmpty()) {
        // the whole line, where there is one to quote
        b.append(" (Zeile '").append(wert).append("')");
      }
      return b.toString();
    }
    b.append(", Spalte ");
    b.append(blatt != null ? spaltenbuchstabe(spalte) : Integer.toString(spalte));
    if (!spaltenname.isEmpty()) {
      b.append(" (").append(spaltenname).append(')');
    }
    b.append(", Wert '").append(wert).append("': ").append(Anzeigetext.sichtbar(grund, 600));
    return b.toString();
  }
}
