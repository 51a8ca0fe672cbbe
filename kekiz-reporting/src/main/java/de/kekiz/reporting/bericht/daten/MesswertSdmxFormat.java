package de.kekiz.reporting.bericht.daten;

import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.sdmx.MesswertSdmxCsvWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code messwerte.sdmx.csv}: every Messwert of the report as SDMX-CSV 2.0 through {@link
 * MesswertSdmxCsvWriter} (suppressed values absent, CONF_STATUS set). Thread-safe.
 */
public final class MesswertSdmxFormat implements Berichtsformat {

  /** Creates the format (also used by the service loader). */
  public MesswertSdmxFormat() {}

  @Override
  public String dateiname() {
    return MesswertSdmxCsvWriter.DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    MesswertSdmxCsvWriter.builder()
        .indikatoren(bericht.indikatoren())
        .wertart(bericht.verfahren().wertart())
        .build()
        .schreibe(bericht.messwerte(), bericht.mehrjahreswerte(), out);
  }
}
