package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a release computes and how it protects it. Immutable and thread-safe.
 *
 * <p>Defaults ({@link #am(LocalDate)}): cell suppression by the {@linkplain
 * Geheimhaltungsregeln#standard() standard rules} over the whole release; figures pooled over the
 * last 3 periods where the single one must be suppressed; the parent area's figure in place of a
 * dot; a Sozialindex only for Sozialräume of at least 300 inhabitants; trends over 5 periods; the
 * level of Sozialräume with the most areas; the Sozialindex over every indicator with a polarity.
 *
 * @param stichtag the reference date: "today" for goals, Leitbild, chain and population
 * @param verfahren how small numbers are protected
 * @param regeln the rules of primary suppression (and the least numerator of a published cell)
 * @param poolperioden the number of periods a pooled figure sums (the latest ones of each indicator
 *     version); 1 for no pooling
 * @param vergroeberung whether a suppressed Sozialraum shows its parent's published figure,
 *     labelled as such
 * @param mindestEinwohner the least population of a Sozialraum that gets a Sozialindex; 0 for all
 * @param sozialindexIndikatoren the indicators of the Sozialindex; empty: every indicator with a
 *     polarity that has figures at the level of the tables
 * @param trendperioden the trend window in periods, at least 2
 * @param ebene the level of Sozialräume the tables, index and gaps use, or {@code null} for the
 *     level with the most Sozialräume on the reference date (the finer one on a tie)
 * @param cellKey the Cell-Key-Verfahren with the Kommune's secret, required exactly when {@code
 *     verfahren} is {@link Schutzverfahren#CELL_KEY}
 */
public record Veroeffentlichungsauftrag(
    LocalDate stichtag,
    Schutzverfahren verfahren,
    Geheimhaltungsregeln regeln,
    int poolperioden,
    boolean vergroeberung,
    long mindestEinwohner,
    List<IndikatorKey> sozialindexIndikatoren,
    int trendperioden,
    @Nullable Sozialraumebene ebene,
    @Nullable CellKeyVerfahren cellKey) {

  /** The default pooling window. */
  public static final int STANDARD_POOLPERIODEN = 3;

  /** The default minimum population for a Sozialindex, as in Hamburg's Sozialmonitoring. */
  public static final long STANDARD_MINDESTEINWOHNER = 300;

  /**
   * Checks the numbers and copies the indicators.
   *
   * @param stichtag the reference date: "today" for goals, Leitbild, chain and population
   * @param verfahren how small numbers are protected
   * @param regeln the rules of primary suppression (and the least numerator of a published cell)
   * @param poolperioden the number of periods a pooled figure sums (the latest ones of each
   *     indicator version); 1 for no pooling
   * @param vergroeberung whether a suppressed Sozialraum shows its parent's published figure,
   *     labelled as such
   * @param mindestEinwohner the least population of a Sozialraum that gets a Sozialindex; 0 for all
   * @param sozialindexIndikatoren the indicators of the Sozialindex; empty: every indicator with a
   *     polarity that has figures at the level of the tables
   * @param trendperioden the trend window in periods, at least 2
   * @param ebene the level of Sozialräume the tables, index and gaps use, or {@code null} for the
   *     level with the most Sozialräume on the reference date (the finer one on a tie)
   * @param cellKey the Cell-Key-Verfahren with the Kommune's secret, required exactly when {@code
   *     verfahren} is {@link Schutzverfahren#CELL_KEY}
   * @throws IllegalArgumentException if {@code poolperioden} is below 1, {@code mindestEinwohner}
   *     negative or {@code trendperioden} below 2
   */
  public Veroeffentlichungsauftrag {
    requireNonNull(stichtag, "stichtag");
    requireNonNull(verfahren, "verfahren");
    requireNonNull(regeln, "regeln");
    sozialindexIndikatoren =
        ImmutableList.copyOf(requireNonNull(sozialindexIndikatoren, "sozialindexIndikatoren"));
    if (poolperioden < 1) {
      throw new IllegalArgumentException(
          "poolperioden must be at least 1 (1: no pooling), got " + poolperioden);
    }
    if (mindestEinwohner < 0) {
      throw new IllegalArgumentException(
          "mindestEinwohner cannot be negative, got " + mindestEinwohner);
    }
    if (trendperioden < 2) {
      throw new IllegalArgumentException(
          "a trend needs at least 2 periods, got trendperioden " + trendperioden);
    }
    if ((verfahren == Schutzverfahren.CELL_KEY) != (cellKey != null)) {
      throw new IllegalArgumentException(
          "the Cell-Key-Verfahren needs its secret (withCellKey), and only it: got "
              + verfahren
              + (cellKey == null ? " without" : " with")
              + " one");
    }
  }

  /**
   * The default order for reference date {@code stichtag} (see the class comment).
   *
   * @param stichtag the reference date
   * @return the default order
   */
  public static Veroeffentlichungsauftrag am(LocalDate stichtag) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        Schutzverfahren.SPERRUNG,
        Geheimhaltungsregeln.standard(),
        STANDARD_POOLPERIODEN,
        true,
        STANDARD_MINDESTEINWOHNER,
        List.of(),
        5,
        null,
        null);
  }

  /**
   * This order protected by {@code verfahren}. No setting is lost on the way: {@link
   * Schutzverfahren#CELL_KEY} keeps this order's Cell-Key-Verfahren (use {@link #withCellKey} to
   * bring one), and an order protected by the Cell-Key-Verfahren refuses another procedure rather
   * than drop the Kommune's secret without a word; derive the other release from the order before
   * {@link #withCellKey}, which stays as it was (orders are immutable).
   *
   * @param verfahren the procedure
   * @return a new order with {@code verfahren}, otherwise like this one; this order itself if it is
   *     already protected by {@code verfahren}
   * @throws IllegalArgumentException for {@link Schutzverfahren#CELL_KEY} on an order without a
   *     Cell-Key-Verfahren (no secret to use)
   * @throws IllegalStateException for another procedure on an order protected by the
   *     Cell-Key-Verfahren (its secret would be dropped)
   */
  public Veroeffentlichungsauftrag withVerfahren(Schutzverfahren verfahren) {
    requireNonNull(verfahren, "verfahren");
    if (verfahren == this.verfahren) {
      return this;
    }
    if (verfahren == Schutzverfahren.CELL_KEY) {
      throw new IllegalArgumentException(
          "Das Cell-Key-Verfahren braucht das Geheimnis der Kommune: withCellKey(CellKeyVerfahren)"
              + " statt withVerfahren(CELL_KEY)");
    }
    if (cellKey != null) {
      throw new IllegalStateException(
          "Dieser Auftrag ist mit dem Cell-Key-Verfahren geschützt; withVerfahren("
              + verfahren
              + ") würde dessen Geheimnis stillschweigend verwerfen. Den Auftrag mit "
              + verfahren
              + " aus dem Auftrag vor withCellKey ableiten");
    }
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        null);
  }

  /**
   * This order protected by the Cell-Key-Verfahren {@code verfahren} (parameters and the Kommune's
   * secret). Pooling and coarsening do not apply: every count is published perturbed.
   *
   * @param verfahren the Cell-Key-Verfahren with the Kommune's secret
   * @return a new order with {@link Schutzverfahren#CELL_KEY}, otherwise like this one
   */
  public Veroeffentlichungsauftrag withCellKey(CellKeyVerfahren verfahren) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        Schutzverfahren.CELL_KEY,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        requireNonNull(verfahren, "verfahren"));
  }

  /**
   * This order with the rules {@code regeln}.
   *
   * @param regeln the rules of primary suppression
   * @return a new order, otherwise like this one
   */
  public Veroeffentlichungsauftrag withRegeln(Geheimhaltungsregeln regeln) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * This order pooling over {@code perioden} periods (1: no pooling).
   *
   * @param perioden the number of periods a pooled figure sums, at least 1
   * @return a new order, otherwise like this one
   * @throws IllegalArgumentException if {@code perioden} is below 1
   */
  public Veroeffentlichungsauftrag withPoolperioden(int perioden) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        perioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * This order with or without the parent's figure in place of a dot.
   *
   * @param vergroeberung whether a suppressed Sozialraum shows its parent's published figure
   * @return a new order, otherwise like this one
   */
  public Veroeffentlichungsauftrag withVergroeberung(boolean vergroeberung) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * This order rating Sozialräume of at least {@code einwohner} inhabitants (0: all).
   *
   * @param einwohner the least population of a Sozialraum that gets a Sozialindex, 0 for all
   * @return a new order, otherwise like this one
   * @throws IllegalArgumentException if {@code einwohner} is negative
   */
  public Veroeffentlichungsauftrag withMindestEinwohner(long einwohner) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        einwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * This order with the Sozialindex over {@code indikatoren} (empty: chosen automatically).
   *
   * @param indikatoren the indicators of the Sozialindex, or an empty list to choose them
   *     automatically
   * @return a new order, otherwise like this one
   */
  public Veroeffentlichungsauftrag withSozialindexIndikatoren(List<IndikatorKey> indikatoren) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        indikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * This order with trends over {@code perioden} periods.
   *
   * @param perioden the trend window in periods, at least 2
   * @return a new order, otherwise like this one
   * @throws IllegalArgumentException if {@code perioden} is below 2
   */
  public Veroeffentlichungsauftrag withTrendperioden(int perioden) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        perioden,
        ebene,
        cellKey);
  }

  /**
   * This order with the tables at level {@code ebene} ({@code null}: chosen automatically).
   *
   * @param ebene the level of Sozialräume, or {@code null} to choose the level with the most
   *     Sozialräume on the reference date
   * @return a new order, otherwise like this one
   */
  public Veroeffentlichungsauftrag withEbene(@Nullable Sozialraumebene ebene) {
    return new Veroeffentlichungsauftrag(
        stichtag,
        verfahren,
        regeln,
        poolperioden,
        vergroeberung,
        mindestEinwohner,
        sozialindexIndikatoren,
        trendperioden,
        ebene,
        cellKey);
  }

  /**
   * {@return the level of Sozialräume chosen by the caller, or empty if it is chosen automatically}
   */
  public Optional<Sozialraumebene> gewaehlteEbene() {
    return Optional.ofNullable(ebene);
  }
}
