/**
 * {@code messwerte.csv}: observations as CSV for spreadsheet users, written by {@link
 * de.kekiz.reporting.csv.MesswertCsvWriter} and read back by {@link
 * de.kekiz.reporting.csv.MesswertCsvReader}; and the release's evaluation of the chain as {@code
 * reifegrad.csv}, {@code zielbeitraege.csv} and {@code wirkung.csv} in the same layout, written by
 * {@link de.kekiz.reporting.csv.AuswertungCsvWriter} (columns in its Javadoc).
 *
 * <p>The default {@link de.kekiz.reporting.csv.CsvFormat#EXCEL_DEUTSCH} suits Excel and LibreOffice
 * with German settings: {@code ;} between fields, decimal comma, UTF-8 with byte order mark, CRLF
 * line ends, RFC 4180 quoting. Text cells are safe against formula injection; suppressed values are
 * written as {@code .}, never as numbers.
 */
@NullMarked
package de.kekiz.reporting.csv;

import org.jspecify.annotations.NullMarked;
