/**
 * Helpers of the monitoring services that are not API: status arithmetic, exact statistics on
 * {@link java.math.BigDecimal}, ranking with ties. Used only by {@code de.kekiz.monitoring} and its
 * subpackages.
 */
@NullMarked
package de.kekiz.monitoring.internal;

import org.jspecify.annotations.NullMarked;
