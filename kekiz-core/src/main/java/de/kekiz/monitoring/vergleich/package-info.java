/**
 * Comparisons: every Sozialraum against its Kommune (and its Kreis and Land where known) with
 * value, absolute and relative deviation, rank and a polarity-aware {@link
 * de.kekiz.monitoring.vergleich.Bewertung} ({@link
 * de.kekiz.monitoring.vergleich.Sozialraumvergleich}); and trends over a chosen number of periods
 * with change and least-squares slope ({@link de.kekiz.monitoring.vergleich.Trendanalyse}).
 *
 * <p>Deviations and slopes of values that may not be published are absent (see {@link
 * de.kekiz.monitoring}); only publishable values are ranked, so a rank never brackets a suppressed
 * value between two published ones.
 */
@NullMarked
package de.kekiz.monitoring.vergleich;

import org.jspecify.annotations.NullMarked;
