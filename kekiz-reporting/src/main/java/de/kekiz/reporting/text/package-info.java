/** Plain-text output for terminals and logs. */
@NullMarked
package de.kekiz.reporting.text;

import org.jspecify.annotations.NullMarked;
