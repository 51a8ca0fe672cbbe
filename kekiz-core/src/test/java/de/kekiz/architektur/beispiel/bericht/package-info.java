/** A broken report adapter for the architecture rules' own tests. */
@NullMarked
package de.kekiz.architektur.beispiel.bericht;

import org.jspecify.annotations.NullMarked;
