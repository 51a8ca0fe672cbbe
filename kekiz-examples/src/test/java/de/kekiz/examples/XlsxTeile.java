package de.kekiz.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The parts of an XLSX file, to compare two workbooks written at different moments. */
final class XlsxTeile {
  private XlsxTeile() {}

  /** Every part of an XLSX file but {@code docProps/core.xml} (the moment of writing). */
  static Map<String, String> teile(Path datei) throws IOException {
    Map<String, String> teile = new TreeMap<>();
    try (ZipFile zip = new ZipFile(datei.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (!e.getName().equals("docProps/core.xml")) {
          teile.put(
              e.getName(),
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    if (!teile.containsKey("xl/worksheets/sheet7.xml")) {
      throw new AssertionError(datei + " is no planning workbook: sheet 7 is missing");
    }
    return teile;
  }
}
