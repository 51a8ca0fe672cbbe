/**
 * Präventionskette aggregate: Lebensphasen, Übergänge (with the indicators that measure them),
 * Handlungsfelder, actors, networks, Steuerung with its coordination posts, the Angebote placed on
 * the chain and the Zielbeiträge saying who works on which Handlungsziel. Networks, the Steuerung's
 * parts, Angebote and Zielbeiträge may carry a validity period; {@code Praeventionskette.am} gives
 * the chain as it was on a day.
 */
@NullMarked
package de.kekiz.domain.kette;

import org.jspecify.annotations.NullMarked;
