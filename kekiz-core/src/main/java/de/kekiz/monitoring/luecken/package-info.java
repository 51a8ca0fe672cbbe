/**
 * Lückenanalyse of the Präventionskette: per Sozialraum a Lebensphase × Handlungsfeld matrix of
 * Angebote (count, places against the children of the phase's age living there), the Übergänge no
 * Angebot bridges, and the Sozialräume where high need meets low coverage. See {@link
 * de.kekiz.monitoring.luecken.Lueckenanalyse}.
 */
@NullMarked
package de.kekiz.monitoring.luecken;

import org.jspecify.annotations.NullMarked;
