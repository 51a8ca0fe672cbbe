/**
 * Indikator aggregate: versioned indicator definitions and their observations (Messwerte) with
 * numerator, denominator and SDMX status flags.
 *
 * <p>An {@link de.kekiz.domain.indikator.Indikator} is one version of a definition (key, validity,
 * numerator and denominator definitions, factor, unit, polarity, source, spatial level,
 * periodicity, reference day, breakdown dimensions). A {@link de.kekiz.domain.indikator.Messwert}
 * holds numerator and denominator for one indicator version, area ({@link
 * de.kekiz.domain.indikator.Raumbezug}), period ({@link de.kekiz.domain.indikator.Periode}) and
 * breakdown ({@link de.kekiz.domain.indikator.Aufschluesselung}); {@link
 * de.kekiz.domain.indikator.Indikator#pruefe(Messwert)} checks that it fits its definition and
 * {@link de.kekiz.domain.indikator.Indikator#wert(Messwert)} computes the value. {@link
 * de.kekiz.domain.indikator.Indikatoren} is the catalogue of standard indicators.
 *
 * <pre>{@code
 * Indikator quote = Indikatoren.sgb2QuoteU15Version2();
 * Messwert m = Messwert.of(quote.ref(), Raumbezug.parse("05315000:404@1"), Periode.jahr(2023),
 *     1234, 5678);
 * quote.wert(m); // Optional[21.73300457907714]
 * }</pre>
 */
@NullMarked
package de.kekiz.domain.indikator;

import org.jspecify.annotations.NullMarked;
