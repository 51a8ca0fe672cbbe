/**
 * An independent attacker on what kekiz publishes: it reads every file of a release as an outside
 * reader would (SDMX-CSV, CSV, JSON, XLSX; the geography from {@code bericht.json} through
 * Jackson's tree model, never through kekiz types, so it does not share the assumptions of the code
 * it judges), builds every linear relation a reader can know between the published cells, and
 * derives with an exact linear-programming solver over the rationals the least and greatest value
 * of every suppressed numerator and denominator.
 *
 * <ul>
 *   <li>reading: {@link de.kekiz.examples.angriff.Veroeffentlichung} with {@link
 *       de.kekiz.examples.angriff.SdmxCsvLeser}, {@link
 *       de.kekiz.examples.angriff.MesswerteCsvLeser}, {@link
 *       de.kekiz.examples.angriff.BerichtJsonLeser}, {@link
 *       de.kekiz.examples.angriff.BerichtXlsxLeser}; unified facts in {@link
 *       de.kekiz.examples.angriff.Zellbestand};
 *   <li>relations: {@link de.kekiz.examples.angriff.Beziehungen};
 *   <li>the exact solver: {@link de.kekiz.examples.angriff.ExaktesLp} over {@link
 *       de.kekiz.examples.angriff.Bruch};
 *   <li>the attack: {@link de.kekiz.examples.angriff.Angreifer}; the check of the formats: {@link
 *       de.kekiz.examples.angriff.Formatpruefung}; the findings: {@link
 *       de.kekiz.examples.angriff.Befund}, {@link de.kekiz.examples.angriff.Befundbericht}; all of
 *       it in one call: {@link de.kekiz.examples.angriff.Angriff}.
 * </ul>
 */
@NullMarked
package de.kekiz.examples.angriff;

import org.jspecify.annotations.NullMarked;
