package de.kekiz.monitoring.analyse;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.luecken.Lueckenbericht;
import de.kekiz.monitoring.sozialindex.Bedarfsrang;
import de.kekiz.monitoring.sozialindex.Sozialindex;
import de.kekiz.monitoring.sozialindex.StatusDynamik;
import de.kekiz.monitoring.sozialindex.Stufeneinteilung;
import de.kekiz.monitoring.vergleich.Trend;
import de.kekiz.monitoring.vergleich.Vergleich;
import de.kekiz.monitoring.verteilung.Geldzuteilung;
import de.kekiz.monitoring.ziele.Zielbewertung;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Kommunalanalyse} found for one Kommune, in published form. Immutable and
 * thread-safe.
 *
 * @param kommune the Kommune
 * @param kommunewerte the Kommune's value of each indicator's total in its latest period, by key
 * @param vergleiche one comparison per indicator (its total in its latest period), by key
 * @param trends the trends of the Kommune and each Sozialraum per indicator, by key
 * @param sozialindex the Sozialindex, or {@code null} if none was asked for
 * @param stufen the Stufen of the index, or {@code null}
 * @param raster the Status × Dynamik grid, or {@code null}
 * @param handlungsbedarf the Sozialräume ranked by need, empty without an index
 * @param budget the need-proportional allocation, empty if no budget was asked for or it could not
 *     be allocated
 * @param budgetHinweis why the budget could not be allocated (the message of the broken rule, e.g.
 *     no Sozialraum with a need weight, or minimums above the budget), or {@code null}
 * @param ziele the Zielerreichung of the Leitbild, empty without one
 * @param luecken the Lückenanalyse, or {@code null} without a Präventionskette
 */
public record Kommunalbericht(
    Gemeindeschluessel kommune,
    List<Kennzahl> kommunewerte,
    List<Vergleich> vergleiche,
    List<Trend> trends,
    @Nullable Sozialindex sozialindex,
    @Nullable Stufeneinteilung stufen,
    @Nullable StatusDynamik raster,
    List<Bedarfsrang> handlungsbedarf,
    List<Geldzuteilung<SozialraumRef>> budget,
    @Nullable String budgetHinweis,
    List<Zielbewertung> ziele,
    @Nullable Lueckenbericht luecken) {

  /**
   * Checks that the Kommune and the lists are given.
   *
   * @param kommune the Kommune
   * @param kommunewerte the Kommune's value of each indicator's total in its latest period, by key
   * @param vergleiche one comparison per indicator (its total in its latest period), by key
   * @param trends the trends of the Kommune and each Sozialraum per indicator, by key
   * @param sozialindex the Sozialindex, or {@code null} if none was asked for
   * @param stufen the Stufen of the index, or {@code null}
   * @param raster the Status × Dynamik grid, or {@code null}
   * @param handlungsbedarf the Sozialräume ranked by need, empty without an index
   * @param budget the need-proportional allocation, empty if no budget was asked for or it could
   *     not be allocated
   * @param budgetHinweis why the budget could not be allocated (the message of the broken rule,
   *     e.g. no Sozialraum with a need weight, or minimums above the budget), or {@code null}
   * @param ziele the Zielerreichung of the Leitbild, empty without one
   * @param luecken the Lückenanalyse, or {@code null} without a Präventionskette
   * @throws NullPointerException naming a missing component
   */
  public Kommunalbericht {
    requireNonNull(kommune, "kommune");
    kommunewerte = ImmutableList.copyOf(requireNonNull(kommunewerte, "kommunewerte"));
    vergleiche = ImmutableList.copyOf(requireNonNull(vergleiche, "vergleiche"));
    trends = ImmutableList.copyOf(requireNonNull(trends, "trends"));
    handlungsbedarf = ImmutableList.copyOf(requireNonNull(handlungsbedarf, "handlungsbedarf"));
    budget = ImmutableList.copyOf(requireNonNull(budget, "budget"));
    ziele = ImmutableList.copyOf(requireNonNull(ziele, "ziele"));
  }

  /** {@return the Sozialindex, or empty if none was asked for or computed} */
  public Optional<Sozialindex> index() {
    return Optional.ofNullable(sozialindex);
  }

  /**
   * {@return why the budget could not be allocated, in German, or empty if it was or none was asked
   * for}
   */
  public Optional<String> budgetProblem() {
    return Optional.ofNullable(budgetHinweis);
  }

  /** {@return the Lückenanalyse, or empty if no Präventionskette was given} */
  public Optional<Lueckenbericht> lueckenbericht() {
    return Optional.ofNullable(luecken);
  }
}
