/** Helpers shared by the domain packages; not API. */
@NullMarked
package de.kekiz.domain.internal;

import org.jspecify.annotations.NullMarked;
