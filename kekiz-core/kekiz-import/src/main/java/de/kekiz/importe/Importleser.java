package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One entry point for every import file: tells the {@link Dateiart} and hands the file to {@link
 * GenesisCsvLeser}, {@link KekizCsvLeser} or {@link XlsxLeser}; a wide table of areas, which its
 * content does not tell apart, is read with its {@link Tabellenzuordnung} by {@link
 * GebietstabelleLeser}. Instances hold no state and may be shared.
 *
 * <pre>{@code
 * Importoptionen optionen = Importoptionen.standard()
 *     .withGebiet(Gebietsauswahl.kommune(Gemeindeschluessel.parse("05315000")));
 * Importergebnis e = new Importleser().lese(Path.of("12411-01-01-4_de_flat.csv"),
 *     Importzuordnung.bevoelkerung("BEVSTD").withDimension("GES", Aufschluesselung.GESCHLECHT),
 *     optionen);
 * if (!e.fehlerfrei()) {
 *   e.fehler().forEach(System.err::println); // file, line, column, value, reason
 * }
 * }</pre>
 */
public final class Importleser {

  private final GenesisCsvLeser genesis = new GenesisCsvLeser();
  private final KekizCsvLeser kekiz = new KekizCsvLeser();
  private final XlsxLeser xlsx = new XlsxLeser();
  private final GebietstabelleLeser gebietstabelle = new GebietstabelleLeser();

  /** A reader; it holds no state. */
  public Importleser() {}

  /**
   * Imports {@code datei}, whatever its kind. A GENESIS file needs {@code zuordnung}; a kekiz CSV
   * file or XLSX workbook (its first sheet) ignores it.
   *
   * @param datei the file to import
   * @param zuordnung the mapping for a GENESIS file, or {@code null}
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the file cannot be read as an import
   * @throws IllegalArgumentException if {@code datei} is a GENESIS file and {@code zuordnung} is
   *     {@code null}
   */
  public Importergebnis lese(
      Path datei, @Nullable Importzuordnung zuordnung, Importoptionen optionen) {
    requireNonNull(datei, "datei");
    requireNonNull(optionen, "optionen");
    switch (Dateiart.erkenne(datei)) {
      case GENESIS_CSV:
        if (zuordnung == null) {
          throw new IllegalArgumentException(
              "'"
                  + Anzeigetext.sichtbar(datei.toString(), 300)
                  + "' ist ein GENESIS-Export: bitte angeben, welches Wertmerkmal importiert wird"
                  + " und was es wird (eine Importzuordnung, z. B. BEVSTD als Bevölkerung)");
        }
        return genesis.lese(datei, zuordnung, optionen);
      case KEKIZ_CSV:
        return kekiz.lese(datei, optionen);
      case XLSX:
        return xlsx.lese(datei, optionen);
      default:
        throw new AssertionError(datei);
    }
  }

  /**
   * Imports {@code datei} as a wide table of areas (one row per area, one column per figure), as
   * {@code tabelle} says; see {@link GebietstabelleLeser}.
   *
   * @param datei the table to import
   * @param tabelle what the table's columns hold
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the file cannot be read or lacks a column the mapping names
   */
  public Importergebnis leseTabelle(
      Path datei, Tabellenzuordnung tabelle, Importoptionen optionen) {
    return gebietstabelle.lese(datei, tabelle, optionen);
  }
}
