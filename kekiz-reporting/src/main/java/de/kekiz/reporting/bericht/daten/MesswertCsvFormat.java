package de.kekiz.reporting.bericht.daten;

import de.kekiz.domain.kommune.Kommune;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.csv.CsvFormat;
import de.kekiz.reporting.csv.MesswertCsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code messwerte.csv}: every Messwert of the report (breakdowns included) through {@link
 * MesswertCsvWriter} in its German Excel form, with the report's symbol for suppressed values.
 * Thread-safe.
 */
public final class MesswertCsvFormat implements Berichtsformat {

  private final CsvFormat format;

  /** The format {@link CsvFormat#EXCEL_DEUTSCH} (also used by the service loader). */
  public MesswertCsvFormat() {
    this(CsvFormat.EXCEL_DEUTSCH);
  }

  /**
   * The CSV format {@code format}; its symbol for suppressed values is the report's.
   *
   * @param format separator, decimal mark and markers of the file
   */
  public MesswertCsvFormat(CsvFormat format) {
    this.format = format;
  }

  @Override
  public String dateiname() {
    return MesswertCsvWriter.DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    List<Kommune> kommunen = new ArrayList<>();
    kommunen.add(bericht.kommune());
    kommunen.addAll(bericht.gemeinden());
    MesswertCsvWriter.builder()
        .format(format.withGesperrt(optionen.gesperrt()))
        .indikatoren(bericht.indikatoren())
        .kommunen(kommunen)
        .wertart(bericht.verfahren().wertart())
        .build()
        .schreibe(bericht.messwerte(), bericht.mehrjahreswerte(), out);
  }
}
