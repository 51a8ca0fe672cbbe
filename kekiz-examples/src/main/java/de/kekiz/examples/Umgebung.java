package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * What a command of the main job gets from outside: where it writes results ({@code out}) and
 * messages, progress and errors ({@code err}), and the clock it reads today from.
 *
 * @param out the standard output
 * @param err the error output
 * @param uhr the clock (the system clock in {@code main}; a fixed one in tests)
 */
record Umgebung(PrintWriter out, PrintWriter err, Clock uhr) {
  Umgebung {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(uhr, "uhr");
  }
}
