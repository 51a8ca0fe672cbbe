package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.leitbild.Zielwert;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of one Zielwert of the Leitbild at the report's reference date.
 *
 * @param leitziel the title of the Leitziel
 * @param handlungsziel the title of the Handlungsziel the Zielwert belongs to
 * @param zielwert the target
 * @param indikator the name of the indicator measured (its key if the report lacks the definition)
 * @param gebiet where the target is set: the Kommune or one Sozialraum
 * @param istwert the latest observation up to the reference date (suppressed or missing cells carry
 *     no value)
 * @param periode the period of {@code istwert}, or {@code null} if there is none
 * @param erreichung the verdict
 * @param prognose the value the trend projects for the deadline, or {@code null}
 */
public record Zielstatus(
    String leitziel,
    String handlungsziel,
    Zielwert zielwert,
    String indikator,
    Berichtsgebiet gebiet,
    Zelle istwert,
    @Nullable Periode periode,
    Zielerreichung erreichung,
    @Nullable BigDecimal prognose) {

  /**
   * Checks that the verdict fits the cell.
   *
   * @param leitziel the title of the Leitziel
   * @param handlungsziel the title of the Handlungsziel the Zielwert belongs to
   * @param zielwert the target
   * @param indikator the name of the indicator measured (its key if the report lacks the
   *     definition)
   * @param gebiet where the target is set: the Kommune or one Sozialraum
   * @param istwert the latest observation up to the reference date (suppressed or missing cells
   *     carry no value)
   * @param periode the period of {@code istwert}, or {@code null} if there is none
   * @param erreichung the verdict
   * @param prognose the value the trend projects for the deadline, or {@code null}
   * @throws IllegalArgumentException if the verdict {@code GESPERRT} comes with a cell that is not
   *     suppressed, or {@code KEINE_DATEN} with a value
   */
  public Zielstatus {
    requireNonNull(leitziel, "leitziel");
    requireNonNull(handlungsziel, "handlungsziel");
    requireNonNull(zielwert, "zielwert");
    requireNonNull(indikator, "indikator");
    requireNonNull(gebiet, "gebiet");
    requireNonNull(istwert, "istwert");
    requireNonNull(erreichung, "erreichung");
    boolean passt =
        switch (erreichung) {
          case GESPERRT -> istwert.gesperrt();
          case KEINE_DATEN -> !istwert.hatWert();
          default -> true;
        };
    if (!passt) {
      throw new IllegalArgumentException(
          "the verdict "
              + erreichung
              + " does not fit the cell "
              + istwert
              + " of period "
              + periode
              + " for "
              + zielwert.indikator());
    }
  }

  /** {@return the value the trend projects for the deadline, or empty if there is none} */
  public Optional<BigDecimal> prognoseWert() {
    return Optional.ofNullable(prognose);
  }

  /** {@return the period of the latest observation, or empty if there is none} */
  public Optional<Periode> periodeWert() {
    return Optional.ofNullable(periode);
  }
}
