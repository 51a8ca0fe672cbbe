package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.IndikatorKey;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which indicators make up a Sozialindex, with which weights, and how missing values are treated.
 *
 * <p><b>Missing-value rule.</b> A Sozialraum gets an index if the weights of the indicators it has
 * a value for add up to at least {@code mindestanteil} of all weights; its index is then the
 * weighted mean over those indicators only (the weights are re-normalised). {@code mindestanteil} 1
 * (the default) means: only Sozialräume with every value get an index. A value is missing if the
 * Sozialraum has no observation with a numerator, neither its own nor summed from its children; a
 * suppressed value is not missing (it is used internally).
 *
 * <p><b>Minimum population.</b> A Sozialraum with fewer than {@code mindestEinwohner} inhabitants
 * (all ages, at the latest population figure on or before the index's first day) gets no index and
 * does not enter the standardisation, as Hamburg's Sozialmonitoring rates only areas of at least
 * 300 inhabitants: an index from a handful of families says nothing and could disclose them. A
 * Sozialraum without population figures is rated (nothing says it is small). 0, the default, rates
 * every Sozialraum.
 *
 * <p>Rules: at least one indicator; each indicator and breakdown once ({@code
 * sozialindex.indikator-doppelt}); {@code mindestanteil} greater than 0 and at most 1. Immutable
 * and thread-safe.
 *
 * @param name the name of the index, e.g. {@code "Sozialindex Köln"}
 * @param gewichte the indicators and their weights, in order
 * @param mindestanteil the share of the total weight a Sozialraum's available values must reach
 * @param mindestEinwohner the least number of inhabitants a rated Sozialraum has, 0 for no limit
 */
public record Sozialindexmodell(
    String name, List<Gewicht> gewichte, BigDecimal mindestanteil, long mindestEinwohner) {

  /**
   * A model without minimum population.
   *
   * @param name the name of the index, e.g. {@code "Sozialindex Köln"}
   * @param gewichte the indicators and their weights, in order
   * @param mindestanteil the share of the total weight a Sozialraum's available values must reach,
   *     greater than 0 and at most 1
   * @throws IllegalArgumentException if the name is blank, no weight is given or {@code
   *     mindestanteil} lies outside (0, 1]
   */
  public Sozialindexmodell(String name, List<Gewicht> gewichte, BigDecimal mindestanteil) {
    this(name, gewichte, mindestanteil, 0);
  }

  /**
   * Checks the model and copies the weights.
   *
   * @param name the name of the index, e.g. {@code "Sozialindex Köln"}
   * @param gewichte the indicators and their weights, in order
   * @param mindestanteil the share of the total weight a Sozialraum's available values must reach
   * @param mindestEinwohner the least number of inhabitants a rated Sozialraum has, 0 for no limit
   * @throws IllegalArgumentException if the name is blank, no indicator is given or {@code
   *     mindestanteil} lies outside (0, 1]
   * @throws RegelverstossException {@code sozialindex.indikator-doppelt} if an indicator and
   *     breakdown occurs twice
   */
  public Sozialindexmodell {
    requireNonNull(name, "name");
    gewichte = ImmutableList.copyOf(requireNonNull(gewichte, "gewichte"));
    requireNonNull(mindestanteil, "mindestanteil");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Sozialindexmodell needs a name, got '" + name + "'");
    }
    if (gewichte.isEmpty()) {
      throw new IllegalArgumentException("Sozialindexmodell " + name + " needs an indicator");
    }
    if (mindestanteil.signum() <= 0 || mindestanteil.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "mindestanteil of Sozialindexmodell "
              + name
              + " must lie in (0, 1], got "
              + mindestanteil.toPlainString());
    }
    if (mindestEinwohner < 0) {
      throw new IllegalArgumentException(
          "mindestEinwohner of Sozialindexmodell "
              + name
              + " cannot be negative, got "
              + mindestEinwohner);
    }
    Set<String> gesehen = new HashSet<>();
    for (Gewicht g : gewichte) {
      RegelverstossException.pruefe(
          gesehen.add(g.indikator() + " " + g.aufschluesselung()),
          "sozialindex.indikator-doppelt",
          "Sozialindexmodell " + name,
          "indicator " + g.indikator() + " (" + g.aufschluesselung() + ") is listed twice");
    }
  }

  /**
   * A model of {@code gewichte} where only complete Sozialräume get an index.
   *
   * @param name the name of the index
   * @param gewichte the indicators and their weights, in order
   * @return the model, with {@code mindestanteil} 1 and no minimum population
   * @throws IllegalArgumentException if the name is blank or no weight is given
   */
  public static Sozialindexmodell of(String name, Gewicht... gewichte) {
    return new Sozialindexmodell(name, Arrays.asList(gewichte), BigDecimal.ONE);
  }

  /**
   * A model where every indicator (its total) has weight 1.
   *
   * @param name the name of the index
   * @param indikatoren the indicators, in order
   * @return the model, with {@code mindestanteil} 1 and no minimum population
   * @throws IllegalArgumentException if the name is blank or no indicator is given
   */
  public static Sozialindexmodell gleichgewichtet(String name, IndikatorKey... indikatoren) {
    ImmutableList.Builder<Gewicht> b = ImmutableList.builder();
    for (IndikatorKey k : indikatoren) {
      b.add(Gewicht.eins(k));
    }
    return new Sozialindexmodell(name, b.build(), BigDecimal.ONE);
  }

  /**
   * This model with the missing-value share {@code mindestanteil}, e.g. {@code "0.5"}.
   *
   * @param mindestanteil the share of the total weight a Sozialraum's available values must reach,
   *     as a decimal number with a point: greater than 0 and at most 1
   * @return a new model, otherwise like this one
   * @throws IllegalArgumentException if {@code mindestanteil} is not a decimal number (the message
   *     quotes it) or lies outside (0, 1]
   */
  public Sozialindexmodell withMindestanteil(String mindestanteil) {
    BigDecimal anteil;
    try {
      anteil = new BigDecimal(mindestanteil.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "mindestanteil needs a decimal number with a point such as 0.5, got '"
              + mindestanteil
              + "'",
          e);
    }
    return new Sozialindexmodell(name, gewichte, anteil, mindestEinwohner);
  }

  /**
   * This model rating only Sozialräume of at least {@code einwohner} inhabitants (see the class
   * comment), e.g. 300 as in Hamburg.
   *
   * @param einwohner the least number of inhabitants (all ages) a rated Sozialraum has, 0 for no
   *     limit
   * @return a new model, otherwise like this one
   * @throws IllegalArgumentException if {@code einwohner} is negative
   */
  public Sozialindexmodell withMindestEinwohnern(long einwohner) {
    return new Sozialindexmodell(name, gewichte, mindestanteil, einwohner);
  }

  /**
   * Whether {@code s} is large enough to be rated on {@code tag}: it has at least {@link
   * #mindestEinwohner()} inhabitants at its latest population figure on or before that day, or no
   * figure at all.
   *
   * @param s the Sozialraum version
   * @param tag the day the size is judged on (for an index, its period's first day)
   * @return whether {@code s} is rated
   */
  public boolean bewertbar(de.kekiz.domain.kommune.Sozialraum s, java.time.LocalDate tag) {
    if (mindestEinwohner == 0) {
      return true;
    }
    java.time.LocalDate stand = s.stichtage().floor(tag);
    if (stand == null) {
      return true;
    }
    java.util.OptionalLong e = s.einwohner(stand, de.kekiz.domain.Altersspanne.ab(0));
    return e.isEmpty() || e.getAsLong() >= mindestEinwohner;
  }

  /** {@return the sum of all weights, greater than 0} */
  public BigDecimal gesamtgewicht() {
    BigDecimal s = BigDecimal.ZERO;
    for (Gewicht g : gewichte) {
      s = s.add(g.gewicht());
    }
    return s;
  }
}
