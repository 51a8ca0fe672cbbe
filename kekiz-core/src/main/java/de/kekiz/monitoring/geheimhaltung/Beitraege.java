package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.indikator.MesswertSchluessel;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contributions behind observations, for the {@link Dominanzregel}: for example the Kita places
 * of a Sozialraum by Träger. Observations carry only their totals, so the caller supplies the
 * contributions where it knows them.
 */
@FunctionalInterface
public interface Beitraege {

  /**
   * The contributions to the observation with key {@code schluessel}; empty if unknown.
   *
   * @param schluessel the key of an observation
   * @return the contributions (e.g. per Träger) that make up its numerator, in any order; empty if
   *     unknown
   */
  List<BigDecimal> von(MesswertSchluessel schluessel);

  /**
   * No contributions known: the dominance rule never applies.
   *
   * @return contributions that are empty for every observation
   */
  static Beitraege keine() {
    return schluessel -> List.of();
  }
}
