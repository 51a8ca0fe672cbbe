package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialindex of one Sozialraum. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param berechnet whether an index was computed (the missing-value rule of the model was met)
 * @param index the index (weighted mean of the need-oriented z-values), or {@code null} if not
 *     computed or not publishable
 * @param rang the competition rank by index, 1 for the most need; {@code null} if not computed
 * @param rangplaetze how many Sozialräume have an index
 * @param gewichtsanteil the share of the model's weight for which the Sozialraum has values, 0 to 1
 * @param komponenten one per indicator of the model, in the model's order
 * @param confStatus {@code F}, or the strictest status of the values used (then {@code index} is
 *     absent; rank and classes are still given, as they reveal an order, not a count)
 */
public record Sozialindexwert(
    SozialraumRef sozialraum,
    String name,
    boolean berechnet,
    @Nullable BigDecimal index,
    @Nullable Integer rang,
    int rangplaetze,
    BigDecimal gewichtsanteil,
    List<Komponente> komponenten,
    ConfStatus confStatus) {

  /**
   * Checks that no number is given for an index that may not be shown or was not computed.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param berechnet whether an index was computed (the missing-value rule of the model was met)
   * @param index the index (weighted mean of the need-oriented z-values), or {@code null} if not
   *     computed or not publishable
   * @param rang the competition rank by index, 1 for the most need; {@code null} if not computed
   * @param rangplaetze how many Sozialräume have an index
   * @param gewichtsanteil the share of the model's weight for which the Sozialraum has values, 0 to
   *     1
   * @param komponenten one per indicator of the model, in the model's order
   * @param confStatus {@code F}, or the strictest status of the values used (then {@code index} is
   *     absent; rank and classes are still given, as they reveal an order, not a count)
   * @throws RegelverstossException {@code sozialindexwert.gesperrt-mit-zahlen} if a suppressed
   *     index is given
   * @throws IllegalArgumentException if an index or rank is given for an index not computed
   */
  public Sozialindexwert {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    requireNonNull(gewichtsanteil, "gewichtsanteil");
    komponenten = ImmutableList.copyOf(requireNonNull(komponenten, "komponenten"));
    requireNonNull(confStatus, "confStatus");
    if (!berechnet && (index != null || rang != null)) {
      throw new IllegalArgumentException(
          "Sozialraum "
              + sozialraum
              + " has no index, but got index "
              + index
              + " and rank "
              + rang);
    }
    if (confStatus != ConfStatus.F && index != null) {
      throw new RegelverstossException(
          "sozialindexwert.gesperrt-mit-zahlen",
          "Sozialindexwert " + sozialraum,
          "an index with CONF_STATUS " + confStatus + " must not be shown, got " + index);
    }
  }

  /** {@return the index, or empty if it was not computed or may not be published} */
  public Optional<BigDecimal> indexWert() {
    return Optional.ofNullable(index);
  }

  /** {@return the rank by index (1 for the most need), or empty if no index was computed} */
  public OptionalInt rangplatz() {
    return rang == null ? OptionalInt.empty() : OptionalInt.of(rang);
  }
}
