package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * The maturity of a Kommune's Präventionskette in a report: the rules in German for the reader and
 * the {@link Reifegrad} on several reference dates, the report's own date last ({@link
 * Reiferechnung#stichtage}). Immutable and thread-safe.
 *
 * @param methode how the score is computed, in German
 * @param verlauf the score on each reference date, oldest first; empty if the report has neither
 *     Leitbild nor Präventionskette
 */
public record Kettenreife(String methode, List<Reifegrad> verlauf) {

  /**
   * Checks the dates and copies the scores.
   *
   * @param methode how the score is computed, in German
   * @param verlauf the score on each reference date, oldest first; empty if the report has neither
   *     Leitbild nor Präventionskette
   * @throws IllegalArgumentException if the reference dates do not strictly increase
   */
  public Kettenreife {
    requireNonNull(methode, "methode");
    verlauf = ImmutableList.copyOf(requireNonNull(verlauf, "verlauf"));
    for (int i = 1; i < verlauf.size(); i++) {
      if (!verlauf.get(i - 1).stichtag().isBefore(verlauf.get(i).stichtag())) {
        throw new IllegalArgumentException(
            "the reference dates of a Kettenreife must increase, got "
                + verlauf.get(i - 1).stichtag()
                + " before "
                + verlauf.get(i).stichtag());
      }
    }
  }

  /**
   * {@return the score on the report's reference date (the last one), or empty if there is none}
   */
  public Optional<Reifegrad> aktuell() {
    return verlauf.isEmpty() ? Optional.empty() : Optional.of(verlauf.get(verlauf.size() - 1));
  }

  /** {@return whether there is nothing to show (no score at all)} */
  public boolean leer() {
    return verlauf.isEmpty();
  }
}
