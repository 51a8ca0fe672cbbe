/**
 * Deliberately broken example classes: each breaks one architecture rule, so that {@code
 * KekizArchitekturTest} can show every rule failing once. Not part of the test-jar's API.
 */
@NullMarked
package de.kekiz.architektur.beispiel;

import org.jspecify.annotations.NullMarked;
