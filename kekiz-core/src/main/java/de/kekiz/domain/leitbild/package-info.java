/**
 * Leitbild aggregate: a Kommune's goals as adopted by its council: Präventionsleitlinien,
 * Leitziele, Handlungsziele and the Zielwerte of the indicators that measure them.
 */
@NullMarked
package de.kekiz.domain.leitbild;

import org.jspecify.annotations.NullMarked;
