/**
 * The data files of a Monitoringbericht as {@link de.kekiz.reporting.bericht.Berichtsformat}s, so
 * that {@link de.kekiz.reporting.bericht.BerichtWriter} puts them next to the documents: {@code
 * messwerte.csv}, {@code reifegrad.csv}, {@code zielbeitraege.csv}, {@code wirkung.csv}, {@code
 * messwerte.sdmx.csv}, {@code angebote.hsds.json} (thin adapters over the writers of {@code
 * de.kekiz.reporting.csv}, {@code .sdmx} and {@code .hsds}) and {@code bericht.json}, the whole
 * report through the kekiz Jackson module.
 */
@NullMarked
package de.kekiz.reporting.bericht.daten;

import org.jspecify.annotations.NullMarked;
