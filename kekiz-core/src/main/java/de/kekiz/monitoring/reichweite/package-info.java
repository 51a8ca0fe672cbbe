/**
 * Programme reach: the share of children and young people (or of whatever population figure is
 * given) living in the Kommunen that take part in a programme phase on a date — the computation
 * behind "40 Kommunen reach 60 % of the children". See {@link
 * de.kekiz.monitoring.reichweite.Programmreichweite}.
 */
@NullMarked
package de.kekiz.monitoring.reichweite;

import org.jspecify.annotations.NullMarked;
