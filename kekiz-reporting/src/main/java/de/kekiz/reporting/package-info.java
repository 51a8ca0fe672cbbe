/**
 * Report adapters: they turn the core's domain objects and analysis results into the formats a
 * Kommune reads and the systems around it exchange.
 *
 * <ul>
 *   <li>{@link de.kekiz.reporting.bericht}: the {@code Monitoringbericht} model and the {@code
 *       BerichtWriter} that writes every format below into one folder;
 *   <li>documents: {@link de.kekiz.reporting.html} ({@code bericht.html}), {@link
 *       de.kekiz.reporting.pdf} ({@code bericht.pdf}), {@link de.kekiz.reporting.xlsx} ({@code
 *       bericht.xlsx});
 *   <li>data: {@link de.kekiz.reporting.json} (the Jackson module, {@code bericht.json}), {@link
 *       de.kekiz.reporting.csv} ({@code messwerte.csv}), {@link de.kekiz.reporting.sdmx} ({@code
 *       messwerte.sdmx.csv}), {@link de.kekiz.reporting.hsds} ({@code angebote.hsds.json});
 *   <li>{@link de.kekiz.reporting.text.TextZusammenfassung}, the plain-text summary the main job
 *       prints.
 * </ul>
 */
@NullMarked
package de.kekiz.reporting;

import org.jspecify.annotations.NullMarked;
