package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * What {@code bericht.json} says about one indicator version that matters to an attacker.
 *
 * @param key the indicator key
 * @param version the version
 * @param stichtag the reference day in each period, {@code null} if none (then the period's first
 *     day)
 * @param anteil whether the figure is a share of its denominator (so numerator ≤ denominator)
 */
record Indikatorangaben(String key, int version, @Nullable MonthDay stichtag, boolean anteil) {
  Indikatorangaben {
    requireNonNull(key, "key");
  }
}
