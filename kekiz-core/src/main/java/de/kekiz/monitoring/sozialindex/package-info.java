/**
 * Composite Sozialindex per Sozialraum and what is built on it: equal-sized Stufen with an optional
 * "top x % straight to the highest Stufe" rule ({@link de.kekiz.monitoring.sozialindex.Stufung}, as
 * the NRW Schulsozialindex), a Status × Dynamik grid ({@link
 * de.kekiz.monitoring.sozialindex.StatusDynamikRaster}, as Hamburg's Sozialmonitoring), and the
 * ranking of Sozialräume by {@link de.kekiz.monitoring.sozialindex.Handlungsbedarf} with the
 * indicators that drive it.
 *
 * <p>The index is oriented to need: a higher index means more need (lower social status). It is
 * computed from every value, suppressed ones included; what is published is explained at {@link
 * de.kekiz.monitoring.sozialindex.Sozialindexberechnung}. Every result is deterministic, ties
 * included.
 */
@NullMarked
package de.kekiz.monitoring.sozialindex;

import org.jspecify.annotations.NullMarked;
