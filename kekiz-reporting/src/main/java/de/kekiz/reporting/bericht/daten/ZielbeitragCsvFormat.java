package de.kekiz.reporting.bericht.daten;

import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.csv.AuswertungCsvWriter;
import de.kekiz.reporting.csv.CsvFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@value AuswertungCsvWriter#ZIELBEITRAEGE}: the Zielbeiträge ("who does what") of the report's
 * release through {@link AuswertungCsvWriter} in its German Excel form ({@link
 * CsvFormat#EXCEL_DEUTSCH}). Thread-safe.
 */
public final class ZielbeitragCsvFormat implements Berichtsformat {

  private final AuswertungCsvWriter writer = new AuswertungCsvWriter(CsvFormat.EXCEL_DEUTSCH);

  /** The German Excel form (also used by the service loader). */
  public ZielbeitragCsvFormat() {}

  @Override
  public String dateiname() {
    return AuswertungCsvWriter.ZIELBEITRAEGE;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    writer.schreibeZielbeitraege(bericht.teil(), out);
  }
}
