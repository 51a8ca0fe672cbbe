/**
 * Publication: every figure kekiz publishes, computed in one analysis and protected as one release.
 *
 * <p>{@link de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsrechnung} takes the data of the
 * Kommunen of a release (one Kommune's report, a Kreis with its Gemeinden, or every Kommune of a
 * run) and a {@link de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag}, protects
 * every figure across the linked tables of the whole release ({@link
 * de.kekiz.monitoring.geheimhaltung.Verbundtabelle}), runs the analysis on the published figures
 * only and returns a {@link de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung} with one
 * {@link de.kekiz.monitoring.veroeffentlichung.Berichtsteil} per report: the tables, ranks, trends,
 * Sozialindex, ranking by need, goal status, gap analysis and effect comparison ({@link
 * de.kekiz.monitoring.veroeffentlichung.Wirkungsmonitoring}) a report shows, each cell saying what
 * kind of figure it is ({@link de.kekiz.monitoring.veroeffentlichung.Wertart}). Report adapters
 * present these records and compute nothing.
 *
 * <pre>{@code
 * Veroeffentlichung v = new Veroeffentlichungsrechnung(Veroeffentlichungsauftrag.am(stichtag))
 *     .berechne(eingaben, indikatoren);
 * Berichtsteil koeln = v.teil(Gemeindeschluessel.parse("05315000")).orElseThrow();
 * }</pre>
 */
@NullMarked
package de.kekiz.monitoring.veroeffentlichung;

import org.jspecify.annotations.NullMarked;
