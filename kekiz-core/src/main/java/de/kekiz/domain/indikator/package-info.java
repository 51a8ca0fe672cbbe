/**
 * Indikator aggregate: versioned indicator definitions and their observations (Messwerte) with numerator, denominator and SDMX status flags.
 */
@NullMarked
package de.kekiz.domain.indikator;

import org.jspecify.annotations.NullMarked;
