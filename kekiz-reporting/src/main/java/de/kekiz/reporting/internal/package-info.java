/** Helpers shared by the report adapters; not API, may change without notice. */
@NullMarked
package de.kekiz.reporting.internal;

import org.jspecify.annotations.NullMarked;
