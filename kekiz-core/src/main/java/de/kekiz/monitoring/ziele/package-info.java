/**
 * Zielerreichung: for every Zielwert of a Leitbild's Handlungsziele, whether it is reached, on
 * track, at risk or missed, from the latest value, the trend and the deadline, with today's date
 * from an injected {@link java.time.Clock}. See {@link de.kekiz.monitoring.ziele.Zielerreichung}.
 */
@NullMarked
package de.kekiz.monitoring.ziele;

import org.jspecify.annotations.NullMarked;
