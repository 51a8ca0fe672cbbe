package de.kekiz.monitoring.ziele;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of one Zielwert on one day. Immutable and thread-safe.
 *
 * @param handlungsziel the key of the Handlungsziel that sets the target
 * @param zielwert the target
 * @param stichtag the day of the judgement (today by the clock)
 * @param status the status
 * @param istwert the latest value as published, or {@code null} if there is none
 * @param steigung the least-squares slope per period over the trend window, or {@code null} if
 *     there are fewer than two values or one may not be published
 * @param prognose the value projected to the period of the deadline, {@code null} like {@code
 *     steigung}
 * @param prognoseperiode the period of the deadline the projection is for, or {@code null}
 */
public record Zielbewertung(
    String handlungsziel,
    Zielwert zielwert,
    LocalDate stichtag,
    Zielstatus status,
    @Nullable Kennzahl istwert,
    @Nullable BigDecimal steigung,
    @Nullable BigDecimal prognose,
    @Nullable Periode prognoseperiode) {

  /**
   * Checks that the components other than the optional figures are present.
   *
   * @param handlungsziel the key of the Handlungsziel that sets the target
   * @param zielwert the target
   * @param stichtag the day of the judgement (today by the clock)
   * @param status the status
   * @param istwert the latest value as published, or {@code null} if there is none
   * @param steigung the least-squares slope per period over the trend window, or {@code null} if
   *     there are fewer than two values or one may not be published
   * @param prognose the value projected to the period of the deadline, {@code null} like {@code
   *     steigung}
   * @param prognoseperiode the period of the deadline the projection is for, or {@code null}
   * @throws NullPointerException if {@code handlungsziel}, {@code zielwert}, {@code stichtag} or
   *     {@code status} is null
   */
  public Zielbewertung {
    requireNonNull(handlungsziel, "handlungsziel");
    requireNonNull(zielwert, "zielwert");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(status, "status");
  }

  /** {@return the latest value ({@link #istwert()}), or empty if there is none} */
  public Optional<Kennzahl> letzterWert() {
    return Optional.ofNullable(istwert);
  }

  /**
   * {@return the projection to the deadline ({@link #prognose()}), or empty if there are fewer than
   * two values or one of them may not be published}
   */
  public Optional<BigDecimal> prognoseWert() {
    return Optional.ofNullable(prognose);
  }
}
