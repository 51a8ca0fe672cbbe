package de.kekiz.reporting.bericht;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file format of the Monitoringbericht. Implementations are registered as services ({@code
 * META-INF/services/de.kekiz.reporting.bericht.Berichtsformat}) so that {@link BerichtWriter} finds
 * them, and must be thread-safe (a writer may be used for several reports at once).
 */
public interface Berichtsformat {

  /** {@return the file name in the output folder, e.g. {@code bericht.html}} */
  String dateiname();

  /**
   * Writes {@code bericht} to {@code out}; does not close {@code out}.
   *
   * @param bericht the report to write
   * @param optionen how cells without a value are printed
   * @param out where the file's bytes go
   * @throws IOException if writing fails; a format wraps its library's errors in it
   */
  void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException;
}
