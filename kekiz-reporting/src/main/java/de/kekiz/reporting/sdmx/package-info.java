/**
 * {@code messwerte.sdmx.csv}: observations as SDMX-CSV 2.0 for statistical systems, written by
 * {@link de.kekiz.reporting.sdmx.MesswertSdmxCsvWriter}.
 */
@NullMarked
package de.kekiz.reporting.sdmx;

import org.jspecify.annotations.NullMarked;
