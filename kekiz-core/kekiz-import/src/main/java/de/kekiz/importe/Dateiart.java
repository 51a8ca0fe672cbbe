package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The kinds of import file, told apart by their content (not by the file name). */
public enum Dateiart {
  /** A GENESIS ffcsv export, current or 2024 format: read by {@link GenesisCsvLeser}. */
  GENESIS_CSV,
  /** A CSV file in a kekiz layout: read by {@link KekizCsvLeser}. */
  KEKIZ_CSV,
  /** An XLSX workbook (a ZIP container): read by {@link XlsxLeser}. */
  XLSX;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /**
   * The kind of {@code datei}: a ZIP container is an XLSX workbook; a text file is told by its
   * first line.
   *
   * @param datei the file
   * @return its kind
   * @throws UnlesbareDateiException if the file cannot be read, or is none of these kinds (a
   *     GENESIS cube export is named as such)
   */
  public static Dateiart erkenne(Path datei) {
    requireNonNull(datei, "datei");
    if (istZip(datei)) {
      return XLSX;
    }
    String kopf;
    try (Textdatei t = Textdatei.oeffne(datei)) {
      kopf = t.naechsteZeile();
    }
    if (kopf == null || kopf.isBlank()) {
      throw new UnlesbareDateiException(datei, "die Datei ist leer: sie hat keine Kopfzeile");
    }
    if (GenesisKopf.istWuerfel(kopf)) {
      GenesisKopf.lies(datei, kopf);
    }
    if (GenesisKopf.istGenesis(kopf)) {
      return GENESIS_CSV;
    }
    List<String> felder = CsvZeile.teile(kopf, ';');
    if (felder != null && KekizLayout.erkenne(felder).isPresent()) {
      return KEKIZ_CSV;
    }
    throw new UnlesbareDateiException(
        datei,
        "sie ist weder ein GENESIS-ffcsv-Export (Zeile 1 beginnt mit 'statistics_code;' oder"
            + " 'Statistik_Code;') noch eine kekiz-CSV-Datei (Zeile 1 nennt die Spalten"
            + " 'indikator;version;raum;…' oder 'raum;stichtag;altersgruppe;anzahl') noch eine"
            + " XLSX-Arbeitsmappe; Zeile 1 ist '"
            + GenesisKopf.kurz(kopf)
            + "'");
  }

  /**
   * Whether {@code datei} is a ZIP container (an XLSX workbook), by its first four bytes.
   *
   * @throws UnlesbareDateiException if the file is missing or cannot be opened
   */
  static boolean istZip(Path datei) {
    byte[] anfang = new byte[ZIP.length];
    int gelesen;
    try (InputStream in = Files.newInputStream(datei)) {
      gelesen = in.readNBytes(anfang, 0, anfang.length);
    } catch (NoSuchFileException e) {
      throw new UnlesbareDateiException(datei, "die Datei gibt es nicht", e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(
          datei, "die Datei lässt sich nicht öffnen: " + e.getClass().getSimpleName(), e);
    }
    return gelesen == ZIP.length && Arrays.equals(anfang, ZIP);
  }
}
