/**
 * Präventionskette aggregate: Lebensphasen, Übergänge, Handlungsfelder, actors, networks, Steuerung, and the Angebote placed on the chain.
 */
@NullMarked
package de.kekiz.domain.kette;

import org.jspecify.annotations.NullMarked;
