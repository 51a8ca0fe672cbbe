/**
 * The report model and the writer that puts every format into one folder.
 *
 * <p>A {@link de.kekiz.reporting.bericht.Monitoringbericht} holds one Kommune's monitoring at a
 * reference date: the Kommune and its programme participations, the Leitbild with the status of
 * every goal ({@link de.kekiz.reporting.bericht.Zielstatus}), one {@link
 * de.kekiz.reporting.bericht.Indikatorauswertung} per indicator (a Sozialraum × period table with
 * the comparison to the Kommune, rank and trend), the {@link
 * de.kekiz.reporting.bericht.Sozialindex} with its {@link
 * de.kekiz.reporting.bericht.Handlungsbedarf} ranking, the Präventionskette's {@link
 * de.kekiz.reporting.bericht.Lueckenanalyse}, the Angebote, sources, definitions and a
 * data-protection note.
 *
 * <p>Small numbers: the report never holds the value of a suppressed observation. The builder
 * strips numerator and denominator from every {@link de.kekiz.domain.indikator.Messwert} whose
 * CONF_STATUS is not {@code F}, and every derived figure (rank, trend, index) is computed from
 * publishable values only; so no format can print a suppressed number, whatever it does.
 *
 * <p>{@link de.kekiz.reporting.bericht.BerichtWriter} writes the formats ({@link
 * de.kekiz.reporting.bericht.Berichtsformat}) found through {@link java.util.ServiceLoader} into
 * one folder, under the file names tools look for ({@code bericht.html}, {@code bericht.pdf},
 * {@code bericht.xlsx}, …).
 */
@NullMarked
package de.kekiz.reporting.bericht;

import org.jspecify.annotations.NullMarked;
