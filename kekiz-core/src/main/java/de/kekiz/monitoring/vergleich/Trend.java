package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The development of one area's value over a window of periods: change from the first to the last
 * value used and the least-squares slope per period.
 *
 * <p>{@code veraenderung} is last minus first value (exact, in the indicator's unit); {@code
 * steigung} is the least-squares slope of the values over the periods' positions in the window, in
 * the indicator's unit per period (gaps keep their position, so a missing year does not compress
 * time). Both need at least two values and are absent if any value used may not be published
 * ({@link #confStatus()} is then the strictest status met). An analysis in the scope {@link
 * de.kekiz.monitoring.Analyseumfang#BERICHTSZAHLEN} computes no slope and no verdict ({@link
 * Bewertung#KEINE_AUSSAGE}). Rule: a trend with a status other than {@code F} carries no numbers
 * ({@code trend.gesperrt-mit-zahlen}). Immutable and thread-safe.
 *
 * @param gebiet the area
 * @param indikator the indicator version all values used belong to
 * @param aufschluesselung the breakdown
 * @param von the period of the first value used
 * @param bis the period of the last value used
 * @param anzahlWerte how many values were used
 * @param anfang the first value as published
 * @param ende the last value as published
 * @param veraenderung last minus first value, or {@code null}
 * @param steigung the least-squares slope per period, or {@code null}
 * @param bewertung the polarity-aware verdict on the change against the first value
 * @param confStatus {@code F}, or the strictest status of the values used
 */
public record Trend(
    Gebiet gebiet,
    IndikatorRef indikator,
    Aufschluesselung aufschluesselung,
    Periode von,
    Periode bis,
    int anzahlWerte,
    Kennzahl anfang,
    Kennzahl ende,
    @Nullable BigDecimal veraenderung,
    @Nullable BigDecimal steigung,
    Bewertung bewertung,
    ConfStatus confStatus) {

  /**
   * Checks the components.
   *
   * @param gebiet the area
   * @param indikator the indicator version all values used belong to
   * @param aufschluesselung the breakdown
   * @param von the period of the first value used
   * @param bis the period of the last value used
   * @param anzahlWerte how many values were used
   * @param anfang the first value as published
   * @param ende the last value as published
   * @param veraenderung last minus first value, or {@code null}
   * @param steigung the least-squares slope per period, or {@code null}
   * @param bewertung the polarity-aware verdict on the change against the first value
   * @param confStatus {@code F}, or the strictest status of the values used
   * @throws RegelverstossException if a suppressed trend carries numbers
   * @throws IllegalArgumentException if fewer than one value was used or {@code von} lies after
   *     {@code bis}
   */
  public Trend {
    requireNonNull(gebiet, "gebiet");
    requireNonNull(indikator, "indikator");
    requireNonNull(aufschluesselung, "aufschluesselung");
    requireNonNull(von, "von");
    requireNonNull(bis, "bis");
    requireNonNull(anfang, "anfang");
    requireNonNull(ende, "ende");
    requireNonNull(bewertung, "bewertung");
    requireNonNull(confStatus, "confStatus");
    if (anzahlWerte < 1 || von.compareTo(bis) > 0) {
      throw new IllegalArgumentException(
          "Trend of "
              + gebiet
              + " needs at least one value and von ≤ bis, got "
              + anzahlWerte
              + " values from "
              + von
              + " to "
              + bis);
    }
    if (confStatus != ConfStatus.F && (veraenderung != null || steigung != null)) {
      throw new RegelverstossException(
          "trend.gesperrt-mit-zahlen",
          "Trend " + indikator + " " + gebiet,
          "a trend with CONF_STATUS " + confStatus + " must carry no numbers");
    }
  }

  /** {@return last minus first value ({@link #veraenderung()}), or empty if it may not be shown} */
  public Optional<BigDecimal> veraenderungWert() {
    return Optional.ofNullable(veraenderung);
  }

  /**
   * {@return the least-squares slope per period ({@link #steigung()}), or empty if it may not be
   * shown or fewer than two values were used}
   */
  public Optional<BigDecimal> steigungWert() {
    return Optional.ofNullable(steigung);
  }
}
