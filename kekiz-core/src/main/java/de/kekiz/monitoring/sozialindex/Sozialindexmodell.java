package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Regelverstoss;
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
 * <p>Rules: at least one indicator; each indicator and breakdown once ({@code
 * sozialindex.indikator-doppelt}); {@code mindestanteil} greater than 0 and at most 1. Immutable
 * and thread-safe.
 *
 * @param name the name of the index, e.g. {@code "Sozialindex Köln"}
 * @param gewichte the indicators and their weights, in order
 * @param mindestanteil the share of the total weight a Sozialraum's available values must reach
 */
public record Sozialindexmodell(String name, List<Gewicht> gewichte, BigDecimal mindestanteil) {

  /**
   * @throws IllegalArgumentException if the name is blank, no indicator is given or {@code
   *     mindestanteil} lies outside (0, 1]
   * @throws Regelverstoss {@code sozialindex.indikator-doppelt} if an indicator and breakdown
   *     occurs twice
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
    Set<String> gesehen = new HashSet<>();
    for (Gewicht g : gewichte) {
      Regelverstoss.pruefe(
          gesehen.add(g.indikator() + " " + g.aufschluesselung()),
          "sozialindex.indikator-doppelt",
          "Sozialindexmodell " + name,
          "indicator " + g.indikator() + " (" + g.aufschluesselung() + ") is listed twice");
    }
  }

  /** A model of {@code gewichte} where only complete Sozialräume get an index. */
  public static Sozialindexmodell of(String name, Gewicht... gewichte) {
    return new Sozialindexmodell(name, Arrays.asList(gewichte), BigDecimal.ONE);
  }

  /** A model where every indicator (its total) has weight 1. */
  public static Sozialindexmodell gleichgewichtet(String name, IndikatorKey... indikatoren) {
    ImmutableList.Builder<Gewicht> b = ImmutableList.builder();
    for (IndikatorKey k : indikatoren) {
      b.add(Gewicht.eins(k));
    }
    return new Sozialindexmodell(name, b.build(), BigDecimal.ONE);
  }

  /** This model with the missing-value share {@code mindestanteil}, e.g. {@code "0.5"}. */
  public Sozialindexmodell mitMindestanteil(String mindestanteil) {
    return new Sozialindexmodell(name, gewichte, new BigDecimal(mindestanteil.strip()));
  }

  /** The sum of all weights. */
  public BigDecimal gesamtgewicht() {
    BigDecimal s = BigDecimal.ZERO;
    for (Gewicht g : gewichte) {
      s = s.add(g.gewicht());
    }
    return s;
  }
}
