/**
 * {@code bericht.xlsx}: the Monitoringbericht as a workbook (fastexcel), a sheet per section,
 * numbers as numbers with formats, frozen header rows, suppressed cells as text.
 */
@NullMarked
package de.kekiz.reporting.xlsx;

import org.jspecify.annotations.NullMarked;
