/**
 * The command-line main job ({@link de.kekiz.examples.Hauptprogramm}, packaged as {@code
 * kekiz-examples/target/kekiz.jar}) and runnable examples of every module.
 */
@NullMarked
package de.kekiz.examples;

import org.jspecify.annotations.NullMarked;
