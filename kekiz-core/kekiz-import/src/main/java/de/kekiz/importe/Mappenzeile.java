package de.kekiz.importe;

import de.kekiz.domain.Zeitraum;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a sheet of the planning workbook, read cell by cell; every value it refuses is
 * added to the workbook's list of errors with file, sheet, row, column, header and value.
 */
final class Mappenzeile {

  private static final DateTimeFormatter TAG =
      DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Excel's serial number of 31 December 9999, the last date it has. */
  private static final BigDecimal HOECHSTES_DATUM = BigDecimal.valueOf(2_958_465);

  private final Path datei;
  private final Arbeitsmappenblatt blatt;
  private final Row row;
  private final List<Importfehler> fehler;

  Mappenzeile(Path datei, Arbeitsmappenblatt blatt, Row row, List<Importfehler> fehler) {
    this.datei = datei;
    this.blatt = blatt;
    this.row = row;
    this.fehler = fehler;
  }

  Arbeitsmappenblatt blatt() {
    return blatt;
  }

  /** The row number as Excel shows it (from 1). */
  long nummer() {
    return row.getRowNum();
  }

  /** How many errors the workbook has so far. */
  int fehlerzahl() {
    return fehler.size();
  }

  private @Nullable Cell zelle(int spalte) {
    int i = spalte - 1;
    return i < row.getCellCount() ? row.getOptionalCell(i).orElse(null) : null;
  }

  boolean leer() {
    for (int c = 1; c <= Math.max(row.getCellCount(), blatt.spalten().size()); c++) {
      if (!text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  boolean istZahl(int spalte) {
    Cell c = zelle(spalte);
    return c != null && c.getType() == CellType.NUMBER;
  }

  /** The cell's text, stripped; empty for an empty cell. */
  String text(int spalte) {
    Cell c = zelle(spalte);
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    if (c.getType() == CellType.STRING) {
      String s = c.asString();
      return s == null ? "" : s.strip();
    }
    String roh = c.getRawValue();
    return roh == null ? "" : roh.strip();
  }

  /** The cell's text, or null if it is empty. */
  @Nullable String optional(int spalte) {
    String t = text(spalte);
    return t.isEmpty() ? null : t;
  }

  /** Adds an error on column {@code spalte} (from 1; 0: the whole row). */
  void fehler(int spalte, String grund) {
    fehler.add(
        new Importfehler(
            datei,
            blatt.blattname(),
            nummer(),
            spalte,
            spalte == 0 ? "" : blatt.spalte(spalte),
            spalte == 0 ? String.join(" | ", alle()) : text(spalte),
            grund));
  }

  private List<String> alle() {
    List<String> t = new ArrayList<>();
    for (int c = 1; c <= blatt.spalten().size(); c++) {
      t.add(text(c));
    }
    return t;
  }

  @Nullable String pflicht(int spalte) {
    String t = text(spalte);
    if (t.isEmpty()) {
      fehler(spalte, "fehlt; die Spalte ist Pflicht");
      return null;
    }
    return t;
  }

  @Nullable BigDecimal zahl(int spalte, boolean pflicht) {
    Cell c = zelle(spalte);
    String t = text(spalte);
    if (t.isEmpty()) {
      if (pflicht) {
        fehler(spalte, "fehlt; erwartet eine Zahl");
      }
      return null;
    }
    BigDecimal z = null;
    if (c != null && c.getType() == CellType.NUMBER) {
      try {
        z = c.asNumber();
      } catch (NumberFormatException e) {
        z = null;
      }
    } else if (c != null && c.getType() == CellType.STRING) {
      z = Zahlen.dezimal(t, ',', '.');
    }
    if (z == null) {
      fehler(spalte, "erwartet eine Zahl, z. B. 12,5");
    }
    return z;
  }

  /** A whole number from {@code min}, or null (with an error if it is not one). */
  @Nullable Integer ganzzahl(int spalte, boolean pflicht, int min) {
    int vorher = fehler.size();
    BigDecimal z = zahl(spalte, pflicht);
    if (z == null) {
      return null;
    }
    try {
      int i = z.intValueExact();
      if (i >= min) {
        return i;
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    if (fehler.size() == vorher) {
      fehler(spalte, "erwartet eine ganze Zahl ab " + min);
    }
    return null;
  }

  @Nullable LocalDate datum(int spalte, boolean pflicht) {
    Cell c = zelle(spalte);
    String t = text(spalte);
    if (t.isEmpty()) {
      if (pflicht) {
        fehler(spalte, "fehlt; erwartet ein Datum, z. B. 31.12.2025");
      }
      return null;
    }
    if (c != null && c.getType() == CellType.NUMBER) {
      try {
        BigDecimal n = c.asNumber();
        if (n.signum() > 0 && n.compareTo(HOECHSTES_DATUM) <= 0) {
          return c.asDate().toLocalDate();
        }
      } catch (RuntimeException e) {
        // reported below
      }
    } else if (c != null && c.getType() == CellType.STRING) {
      try {
        return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, TAG);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    fehler(spalte, "erwartet ein Datum, z. B. 31.12.2025");
    return null;
  }

  /**
   * The validity from column {@code ab} and the next one ({@code bis}); null if both are empty.
   * {@code Gültig bis} alone, or before {@code Gültig ab}, is an error.
   */
  @Nullable Zeitraum zeitraum(int ab) {
    LocalDate von = datum(ab, false);
    LocalDate bis = datum(ab + 1, false);
    if (von == null) {
      if (bis != null) {
        fehler(ab, "fehlt; zu 'Gültig bis' gehört ein 'Gültig ab'");
      }
      return null;
    }
    if (bis != null && bis.isBefore(von)) {
      fehler(ab + 1, "liegt vor 'Gültig ab' (" + Anzeigetext.datum(von) + ")");
      return null;
    }
    return new Zeitraum(von, bis);
  }

  /**
   * The constant of {@code werte} whose German name ({@code bezeichnung}) or constant name is the
   * cell's text, ignoring case; null if the cell is empty (with an error if {@code pflicht}) or no
   * constant has it (with an error listing every name).
   */
  <E extends Enum<E>> @Nullable E auswahl(
      int spalte, boolean pflicht, E[] werte, java.util.function.Function<E, String> bezeichnung) {
    String t = pflicht ? pflicht(spalte) : optional(spalte);
    if (t == null) {
      return null;
    }
    for (E e : werte) {
      if (bezeichnung.apply(e).equalsIgnoreCase(t) || e.name().equalsIgnoreCase(t)) {
        return e;
      }
    }
    List<String> namen = new ArrayList<>();
    for (E e : werte) {
      namen.add(bezeichnung.apply(e));
    }
    fehler(spalte, "erwartet einen Wert aus der Liste: " + String.join("; ", namen));
    return null;
  }
}
