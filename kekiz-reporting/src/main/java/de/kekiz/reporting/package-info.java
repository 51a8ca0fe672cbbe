/**
 * Report adapters: they turn the core's domain objects and analysis results into the formats a
 * Kommune reads. So far {@link de.kekiz.reporting.text.TextZusammenfassung}, the plain-text
 * summary the main job prints.
 */
@NullMarked
package de.kekiz.reporting;

import org.jspecify.annotations.NullMarked;
