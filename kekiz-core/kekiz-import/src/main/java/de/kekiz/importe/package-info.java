/**
 * Import readers: Messwerte and population figures from GENESIS exports, kekiz CSV files and XLSX
 * sheets, as domain objects with a full account of errors and skipped values.
 *
 * <p>The file formats, the mapping of GENESIS special values to SDMX status flags and the error
 * rules are described in the resource {@code de/kekiz/importe/FORMAT.md} next to these classes. In
 * short:
 *
 * <ul>
 *   <li>{@link de.kekiz.importe.GenesisCsvLeser} reads GENESIS "flat" CSV exports in the current
 *       long and the 2024 wide format; an {@link de.kekiz.importe.Importzuordnung} says which value
 *       variable becomes population figures or Messwerte of which indicator;
 *   <li>{@link de.kekiz.importe.KekizCsvLeser} and {@link de.kekiz.importe.XlsxLeser} read the two
 *       kekiz layouts ({@link de.kekiz.importe.KekizLayout}); {@link
 *       de.kekiz.importe.KekizCsvSchreiber} writes them;
 *   <li>{@link de.kekiz.importe.Importleser} picks the reader by the file's content;
 *   <li>the set-up files of a Kommune: {@link de.kekiz.importe.SozialraumGeojsonLeser}, {@link
 *       de.kekiz.importe.BevoelkerungstabelleLeser}, {@link de.kekiz.importe.IndikatorCsvLeser} and
 *       {@link de.kekiz.importe.ArbeitsmappeLeser} (the Leitbild from the planning workbook that
 *       {@link de.kekiz.importe.ArbeitsmappeSchreiber} writes) return a {@link
 *       de.kekiz.importe.Leseergebnis} (all objects or every error).
 * </ul>
 *
 * <p>Every reader streams its file, takes the areas of a {@link de.kekiz.importe.Gebietsauswahl},
 * reports progress, and returns an {@link de.kekiz.importe.Importergebnis}: the objects, every bad
 * row as an {@link de.kekiz.importe.Importfehler} (file, line, column, value, reason), and counts.
 * By default a file with a bad row gives no objects ({@link de.kekiz.importe.Fehlerbehandlung}). A
 * bad row never throws; a file that cannot be read at all throws {@link
 * de.kekiz.importe.UnlesbareDateiException}. The readers produce objects only; storing them is the
 * caller's business.
 */
@NullMarked
package de.kekiz.importe;

import org.jspecify.annotations.NullMarked;
