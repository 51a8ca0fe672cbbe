/**
 * Helpers shared by the domain and the monitoring of kekiz-core that are not API: the long division
 * of {@link de.kekiz.internal.Langteilung}. May change without notice.
 */
@NullMarked
package de.kekiz.internal;

import org.jspecify.annotations.NullMarked;
