package de.kekiz.reporting.bericht.daten;

import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.hsds.HsdsAngebotWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code angebote.hsds.json}: the Angebote of the report's Präventionskette as Open Referral HSDS
 * 3.0 services through {@link HsdsAngebotWriter}, with the Kommune's Sozialräume as service areas;
 * an empty array if the report has no chain. Thread-safe.
 */
public final class AngebotHsdsFormat implements Berichtsformat {

  /** Creates the format (also used by the service loader). */
  public AngebotHsdsFormat() {}

  @Override
  public String dateiname() {
    return HsdsAngebotWriter.DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    if (bericht.kette().isEmpty()) {
      out.write("[]\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    HsdsAngebotWriter.builder()
        .kommune(bericht.kommune())
        .build()
        .schreibe(bericht.kette().get(), out);
  }
}
