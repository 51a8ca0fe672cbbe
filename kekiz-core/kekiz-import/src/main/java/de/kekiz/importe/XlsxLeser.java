package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sheet of an XLSX workbook in a kekiz layout (Messwerte or population, see {@link
 * KekizLayout} and {@code de/kekiz/importe/FORMAT.md}), streaming row by row.
 *
 * <p>The first row of the sheet names the columns. A cell may hold its value as a number or as
 * text: numbers stored as numbers are taken exactly as the workbook holds them; numbers stored as
 * text are read with {@link Importoptionen#dezimaltrennzeichen()}. A {@code stichtag} may be a date
 * cell or text ({@code 2024-12-31}, {@code 31.12.2024}). A {@code raum} stored as a number has lost
 * its leading zero ({@code 5315000}); it is padded to 8 digits ({@code 05315000}). The cached
 * result of a formula cell is read like a number cell. Rows with only empty cells are ignored.
 * Errors name the sheet, the row and the column letter as Excel shows them.
 *
 * <p>A bad row becomes an {@link Importfehler}; only a workbook that cannot be read at all, a
 * missing sheet or a header of no kekiz layout raise an {@link UnlesbareDateiException}. Instances
 * hold no state and may be shared.
 */
public final class XlsxLeser {

  /** A reader; it holds no state. */
  public XlsxLeser() {}

  /**
   * Imports every row of the first sheet of {@code datei}.
   *
   * @param datei the XLSX workbook
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the workbook cannot be read in a kekiz layout
   */
  public Importergebnis lese(Path datei, Importoptionen optionen) {
    return lese(datei, null, optionen);
  }

  /**
   * Imports every row of sheet {@code blatt} (the first sheet if {@code null}) of {@code datei}.
   *
   * @param datei the XLSX workbook
   * @param blatt the sheet's name, or {@code null} for the first sheet
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the workbook cannot be read, has no such sheet, or the sheet
   *     is in no kekiz layout
   */
  public Importergebnis lese(Path datei, @Nullable String blatt, Importoptionen optionen) {
    requireNonNull(datei, "datei");
    requireNonNull(optionen, "optionen");
    if (!Files.isRegularFile(datei)) {
      throw new UnlesbareDateiException(datei, "die Datei gibt es nicht");
    }
    return leseBlatt(
        datei, blatt, optionen.grenzen(), (name, zeilen) -> lese(datei, name, zeilen, optionen));
  }

  /**
   * Checks {@code datei} against {@code grenzen}, opens sheet {@code blatt} (the first if {@code
   * null}) and hands its name and rows to {@code leser}; a missing sheet and every failure of the
   * reader library become an {@link UnlesbareDateiException} naming the file.
   */
  static <T> T leseBlatt(
      Path datei,
      @Nullable String blatt,
      Importgrenzen grenzen,
      BiFunction<String, Iterator<Row>, T> leser) {
    XlsxPruefung.pruefe(datei, grenzen);
    try (ReadableWorkbook mappe = new ReadableWorkbook(datei.toFile())) {
      Sheet sheet = blatt == null ? mappe.getFirstSheet() : mappe.findSheet(blatt).orElse(null);
      if (sheet == null) {
        throw new UnlesbareDateiException(
            datei,
            "die Arbeitsmappe hat kein Blatt '"
                + Anzeigetext.sichtbar(String.valueOf(blatt))
                + "' (Blätter: "
                + mappe.getSheets().map(Sheet::getName).collect(Collectors.joining(", "))
                + ")");
      }
      try (Stream<Row> zeilen = sheet.openStream()) {
        return leser.apply(sheet.getName(), zeilen.iterator());
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      throw new UnlesbareDateiException(
          datei,
          "sie kann nicht als XLSX-Datei gelesen werden (" + e.getClass().getSimpleName() + ")",
          e);
    } catch (RuntimeException e) {
      if (e instanceof UnlesbareDateiException) {
        throw e;
      }
      // the reader library's own parsing of a malformed workbook (numbers, styles, references)
      throw new UnlesbareDateiException(
          datei, "sie ist keine gültige XLSX-Datei (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static Importergebnis lese(
      Path datei, String blatt, Iterator<Row> zeilen, Importoptionen optionen) {
    if (!zeilen.hasNext()) {
      throw new UnlesbareDateiException(
          datei, "das Blatt '" + blatt + "' ist leer: es hat keine Kopfzeile");
    }
    Row kopfzeile = zeilen.next();
    List<String> kopf = new ArrayList<>();
    for (int i = 0; i < kopfzeile.getCellCount(); i++) {
      kopf.add(new XlsxZellen(kopfzeile).text(i));
    }
    KekizLayout layout =
        KekizLayout.erkenne(kopf)
            .orElseThrow(
                () ->
                    new UnlesbareDateiException(
                        datei,
                        "Blatt '"
                            + blatt
                            + "', Zeile "
                            + kopfzeile.getRowNum()
                            + " ist der Kopf"
                            + " keines kekiz-Layouts: erwartet werden die Spalten "
                            + String.join(", ", KekizLayout.MESSWERTE.spalten())
                            + " oder "
                            + String.join(", ", KekizLayout.BEVOELKERUNG.spalten())
                            + ", gefunden: "
                            + kopf));
    int[] index = layout.spaltenindizes(datei, blatt, kopf);
    Sammlung sammlung = new Sammlung(datei, blatt, optionen);
    KekizZeilen leser = new KekizZeilen(layout, kopf, index, optionen, sammlung);
    while (zeilen.hasNext()) {
      Row zeile = zeilen.next();
      XlsxZellen zellen = new XlsxZellen(zeile);
      if (zellen.leer()) {
        continue;
      }
      sammlung.beginneZeile(zeile.getRowNum());
      leser.zeile(zellen);
      sammlung.beendeZeile();
    }
    return sammlung.ergebnis("XLSX " + layout.bezeichnung());
  }

  /** Excel's serial number of 31 December 9999, the last date it has. */
  private static final BigDecimal HOECHSTES_DATUM = BigDecimal.valueOf(2_958_465);

  /** The cells of one sheet row. */
  private static final class XlsxZellen implements KekizZeilen.Zellen {
    private final Row zeile;

    XlsxZellen(Row zeile) {
      this.zeile = zeile;
    }

    private @Nullable Cell zelle(int index) {
      return index >= 0 && index < zeile.getCellCount() ? zeile.getCell(index) : null;
    }

    boolean leer() {
      for (int i = 0; i < zeile.getCellCount(); i++) {
        if (!text(i).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String text(int index) {
      Cell c = zelle(index);
      if (c == null || c.getType() == CellType.EMPTY) {
        return "";
      }
      if (c.getType() == CellType.NUMBER) {
        BigDecimal zahl = zahl(index);
        if (zahl == null) {
          String roh = c.getRawValue();
          return roh == null ? "" : roh.strip();
        }
        // a number far out of range keeps its short form (1E+308), never thousands of digits
        return Math.abs((long) zahl.precision() - zahl.scale()) > 40 || zahl.scale() > 40
            ? zahl.toString()
            : zahl.toPlainString();
      }
      if (c.getType() == CellType.STRING) {
        String s = c.asString();
        return s == null ? "" : s.strip();
      }
      String roh = c.getRawValue();
      return roh == null ? "" : roh.strip();
    }

    @Override
    public @Nullable BigDecimal zahl(int index) {
      Cell c = zelle(index);
      if (c == null) {
        return null;
      }
      if (c.getType() == CellType.NUMBER) {
        try {
          return c.asNumber();
        } catch (NumberFormatException e) {
          return null; // read as text, and reported as no number
        }
      }
      if (c.getType() == CellType.FORMULA) {
        String roh = c.getRawValue();
        if (roh != null) {
          try {
            return new BigDecimal(roh.strip());
          } catch (NumberFormatException e) {
            return null;
          }
        }
      }
      return null;
    }

    @Override
    public @Nullable LocalDate datum(int index) {
      Cell c = zelle(index);
      if (c == null || c.getType() != CellType.NUMBER) {
        return null;
      }
      BigDecimal zahl = zahl(index);
      if (zahl == null || zahl.abs().compareTo(HOECHSTES_DATUM) > 0) {
        return null; // read as text, and reported as no date
      }
      try {
        return c.asDate().toLocalDate();
      } catch (RuntimeException e) {
        return null;
      }
    }
  }
}
