package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the CSV writers of this package share: the byte order mark if the {@link CsvFormat} wants
 * one, UTF-8, the header row as text cells and rows of ready cells joined by the format's separator
 * and ended by its line end.
 */
final class CsvAusgabe {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The buffer of {@link BufferedWriter} when none is named. */
  static final int PUFFER = 8192;

  private CsvAusgabe() {}

  /**
   * Writes the header {@code kopf} and the ready {@code zeilen} to {@code ziel}; flushes but does
   * not close it.
   */
  static void schreibe(
      CsvFormat format, List<String> kopf, List<List<String>> zeilen, OutputStream ziel)
      throws IOException {
    Writer out = beginne(format, kopf, ziel, PUFFER);
    for (List<String> z : zeilen) {
      zeile(out, format, z);
    }
    out.flush();
  }

  /**
   * Starts a file on {@code ziel}: the BOM if the format wants one, then the header {@code kopf}.
   * The caller writes the rows with {@link #zeile} and flushes the returned writer.
   */
  static Writer beginne(CsvFormat format, List<String> kopf, OutputStream ziel, int puffer)
      throws IOException {
    requireNonNull(ziel, "ziel");
    if (format.bom()) {
      ziel.write(BOM);
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(ziel, StandardCharsets.UTF_8), puffer);
    zeile(out, format, kopf.stream().map(s -> Zelle.text(s, format)).toList());
    return out;
  }

  /** Writes one row of ready cells. */
  static void zeile(Writer out, CsvFormat format, List<String> zellen) throws IOException {
    for (int i = 0; i < zellen.size(); i++) {
      if (i > 0) {
        out.write(format.trennzeichen());
      }
      out.write(zellen.get(i));
    }
    out.write(format.zeilenende());
  }
}
