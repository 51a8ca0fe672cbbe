package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

/**
 * What {@code bericht.json} says about one indicator version that matters to an attacker.
 *
 * @param key the indicator key
 * @param version the version
 * @param anteil whether the figure is a share of its denominator (so numerator ≤ denominator)
 */
record Indikatorangaben(String key, int version, boolean anteil) {
  Indikatorangaben {
    requireNonNull(key, "key");
  }
}
