package de.kekiz.reporting.xlsx;

import de.kekiz.reporting.internal.Sichtbar;
import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What {@link XlsxBerichtWriter} and {@link ProgrammXlsxWriter} share in how a workbook looks: the
 * workbook on a stream it does not close, the print set-up and notice of every sheet, the title
 * cell, the header rows, the date cell and the mark of a figure that is not exact.
 */
final class Blattgestaltung {

  /** The background of a header row. */
  private static final String KOPF_FARBE = "E6EDF3";

  /** The number format of a date cell. */
  static final String DATUM = "dd.mm.yyyy";

  private Blattgestaltung() {}

  /**
   * A workbook writing to {@code out} (not closed by {@link Workbook#finish()}), with {@code titel}
   * (as a reader sees it, {@link Sichtbar}) and {@code thema} as its properties.
   */
  static Workbook mappe(OutputStream out, String titel, String thema) {
    Workbook wb = new Workbook(new NichtSchliessend(out), "kekiz", "1.0");
    wb.properties().setTitle(Sichtbar.text(titel)).setSubject(thema);
    return wb;
  }

  /**
   * Prints {@code ws} on A4, as wide as the page and as many pages long as needed; a non-empty
   * {@code vermerk} goes in the print header of each page and in a note in the corner.
   */
  static void druck(Worksheet ws, String vermerk) {
    ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    if (!vermerk.isEmpty()) {
      ws.header(vermerk, org.dhatim.fastexcel.Position.CENTER);
      ws.comment(0, 0, vermerk);
    }
  }

  /** The sheet's title cell (its first) bold and large. */
  static void titel(Worksheet ws) {
    ws.style(0, 0).bold().fontSize(13).set();
  }

  /**
   * The header row at {@code zeile}, its {@code spalten} cells already written: bold on a tinted
   * background, frozen above with {@code gefroreneSpalten} columns, and repeated with the rows
   * above it (title and header) on every printed page.
   */
  static void kopf(Worksheet ws, int zeile, int spalten, int gefroreneSpalten) {
    unterkopf(ws, zeile, spalten);
    ws.freezePane(gefroreneSpalten, zeile + 1);
    ws.repeatRows(0, zeile);
  }

  /**
   * The header row of a table further down a sheet (below another table), its {@code spalten} cells
   * already written: bold on the tinted background of {@link #kopf} and wrapped, but neither frozen
   * nor repeated on every page (that is the sheet's first header).
   */
  static void unterkopf(Worksheet ws, int zeile, int spalten) {
    ws.range(zeile, 0, zeile, spalten - 1)
        .style()
        .bold()
        .fillColor(KOPF_FARBE)
        .wrapText(true)
        .set();
  }

  /** A date cell, already written, as {@value #DATUM} aligned left. */
  static void datum(Worksheet ws, int r, int c) {
    ws.style(r, c).format(DATUM).horizontalAlignment("left").set();
  }

  /**
   * A number cell whose figure is not exact: the number format {@code format} with the {@code
   * marke} behind the number ({@code 22,9 g}), italic; it stays a number for calculations.
   */
  static void markiert(Worksheet ws, int r, int c, String format, String marke) {
    ws.style(r, c).format(format + "\" " + marke + "\"").italic().set();
  }

  /** Keeps fastexcel from closing the caller's stream. */
  private static final class NichtSchliessend extends java.io.FilterOutputStream {
    NichtSchliessend(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
