/**
 * The report model and the writer that puts every format into one folder.
 *
 * <p>A {@link de.kekiz.reporting.bericht.Monitoringbericht} presents one {@link
 * de.kekiz.monitoring.veroeffentlichung.Berichtsteil} of a release: one Kommune's monitoring at a
 * reference date as the core computed and protected it (the Leitbild with the status of every goal,
 * one table per indicator with rank, distance and trend, the Sozialindex with the ranking by need,
 * the Präventionskette's gap analysis, the Angebote, sources and definitions), plus a title, the
 * day it was made and a data-protection note. The report computes nothing: every figure, derived
 * ones included, comes from the core's one analysis path, so no format can print a number the
 * release's protection did not publish.
 *
 * <p>{@link de.kekiz.reporting.bericht.BerichtWriter} writes the formats ({@link
 * de.kekiz.reporting.bericht.Berichtsformat}) found through {@link java.util.ServiceLoader} into
 * one folder, under the file names tools look for ({@code bericht.html}, {@code bericht.pdf},
 * {@code bericht.xlsx}, …).
 */
@NullMarked
package de.kekiz.reporting.bericht;

import org.jspecify.annotations.NullMarked;
