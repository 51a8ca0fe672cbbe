package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One observation of an indicator: numerator and denominator for one area, period and breakdown,
 * with its SDMX status flags. The value itself is computed by {@link Indikator#wert(Messwert)},
 * which knows the factor; keeping numerator and denominator lets values of Sozialräume be summed to
 * the Kommune instead of averaging percentages.
 *
 * <p>Rules checked here (each a {@link RegelverstossException} with this rule code):
 *
 * <ul>
 *   <li>{@code messwert.nenner-nicht-positiv}: a denominator, if given, is greater than 0;
 *   <li>{@code messwert.wert-fehlt-ohne-status}: the numerator may be absent only if the value is
 *       missing ({@link ObsStatus#M}) or suppressed ({@link ConfStatus} other than {@code F});
 *   <li>{@code messwert.fehlend-mit-wert}: a missing value ({@link ObsStatus#M}) has no numerator.
 * </ul>
 *
 * <p>A denominator without a numerator is allowed (the numerator is missing or suppressed, the
 * population is known). A suppressed value may keep its numerator internally (to sum totals); it
 * must be left out of every output, see {@link #veroeffentlichbar()}. Whether the observation fits
 * its indicator (period kind, validity, breakdown, share ≤ 1) is checked by {@link
 * Indikator#pruefe(Messwert)}.
 *
 * <p>Numerator and denominator are held in canonical form: no trailing zeros after the decimal
 * point and never a negative scale, so {@code 5}, {@code 5.0} and {@code 5E+0} give equal
 * observations. Construction is cheap (no text work unless a rule is broken), as millions of
 * observations are streamed. Immutable and thread-safe.
 *
 * @param indikator the indicator version the value was computed by
 * @param raum the area
 * @param periode the period
 * @param aufschluesselung the breakdown ({@link Aufschluesselung#INSGESAMT} for the total)
 * @param zaehler the numerator (for an indicator without denominator: the value), or {@code null}
 *     if missing or suppressed
 * @param nenner the denominator, or {@code null} for an indicator without denominator or when
 *     unknown
 * @param obsStatus how the value came about
 * @param confStatus whether the value may be published
 */
public record Messwert(
    IndikatorRef indikator,
    Raumbezug raum,
    Periode periode,
    Aufschluesselung aufschluesselung,
    @Nullable BigDecimal zaehler,
    @Nullable BigDecimal nenner,
    ObsStatus obsStatus,
    ConfStatus confStatus) {

  /**
   * Checks the rules of the class comment and brings numerator and denominator into canonical form.
   *
   * @param indikator the indicator version the value was computed by
   * @param raum the area
   * @param periode the period
   * @param aufschluesselung the breakdown
   * @param zaehler the numerator, or {@code null} if missing or suppressed; stored canonical
   * @param nenner the denominator, or {@code null}; stored canonical
   * @param obsStatus how the value came about
   * @param confStatus whether the value may be published
   * @throws RegelverstossException if a rule is broken, naming the observation's key and the values
   */
  public Messwert {
    requireNonNull(indikator, "indikator");
    requireNonNull(raum, "raum");
    requireNonNull(periode, "periode");
    requireNonNull(aufschluesselung, "aufschluesselung");
    requireNonNull(obsStatus, "obsStatus");
    requireNonNull(confStatus, "confStatus");
    if (zaehler != null) {
      zaehler = kanonisch(zaehler);
    }
    if (nenner != null) {
      nenner = kanonisch(nenner);
      if (nenner.signum() <= 0) {
        throw new RegelverstossException(
            "messwert.nenner-nicht-positiv",
            gegenstand(indikator, raum, periode, aufschluesselung),
            "a denominator must be greater than 0, got nenner " + nenner.toPlainString());
      }
    }
    if (zaehler == null && obsStatus != ObsStatus.M && confStatus == ConfStatus.F) {
      throw new RegelverstossException(
          "messwert.wert-fehlt-ohne-status",
          gegenstand(indikator, raum, periode, aufschluesselung),
          "a value may be absent only if OBS_STATUS is M (missing) or CONF_STATUS is not F"
              + " (suppressed), got no zaehler with OBS_STATUS "
              + obsStatus
              + " and CONF_STATUS "
              + confStatus);
    }
    if (zaehler != null && obsStatus == ObsStatus.M) {
      throw new RegelverstossException(
          "messwert.fehlend-mit-wert",
          gegenstand(indikator, raum, periode, aufschluesselung),
          "a value with OBS_STATUS M (missing) must have no zaehler, got zaehler "
              + zaehler.toPlainString());
    }
  }

  private static BigDecimal kanonisch(BigDecimal x) {
    int scale = x.scale();
    if (scale == 0) {
      return x;
    }
    if (scale < 0) {
      return x.setScale(0);
    }
    BigDecimal stripped = x.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String gegenstand(
      IndikatorRef indikator, Raumbezug raum, Periode periode, Aufschluesselung aufschluesselung) {
    return "Messwert " + new MesswertSchluessel(indikator, raum, periode, aufschluesselung);
  }

  /**
   * A normal, publishable observation of the total ({@link ObsStatus#A}, {@link ConfStatus#F},
   * {@link Aufschluesselung#INSGESAMT}) with numerator and denominator.
   *
   * @param indikator the indicator version
   * @param raum the area
   * @param periode the period
   * @param zaehler the numerator
   * @param nenner the denominator, greater than 0
   * @return the observation
   * @throws RegelverstossException if {@code nenner} is not greater than 0
   */
  public static Messwert of(
      IndikatorRef indikator, Raumbezug raum, Periode periode, long zaehler, long nenner) {
    return new Messwert(
        indikator,
        raum,
        periode,
        Aufschluesselung.INSGESAMT,
        BigDecimal.valueOf(zaehler),
        BigDecimal.valueOf(nenner),
        ObsStatus.A,
        ConfStatus.F);
  }

  /**
   * A normal, publishable observation of the total of an indicator without denominator (an absolute
   * number).
   *
   * @param indikator the indicator version
   * @param raum the area
   * @param periode the period
   * @param zaehler the value
   * @return the observation
   */
  public static Messwert absolut(
      IndikatorRef indikator, Raumbezug raum, Periode periode, long zaehler) {
    return new Messwert(
        indikator,
        raum,
        periode,
        Aufschluesselung.INSGESAMT,
        BigDecimal.valueOf(zaehler),
        null,
        ObsStatus.A,
        ConfStatus.F);
  }

  /**
   * {@return a missing observation of the total ({@link ObsStatus#M}, no numerator, no
   * denominator)}
   *
   * @param indikator the indicator version
   * @param raum the area
   * @param periode the period
   */
  public static Messwert fehlend(IndikatorRef indikator, Raumbezug raum, Periode periode) {
    return new Messwert(
        indikator,
        raum,
        periode,
        Aufschluesselung.INSGESAMT,
        null,
        null,
        ObsStatus.M,
        ConfStatus.F);
  }

  /** {@return the unique key: indicator, area, period and breakdown} */
  public MesswertSchluessel schluessel() {
    return new MesswertSchluessel(indikator, raum, periode, aufschluesselung);
  }

  /** {@return whether the observation carries a numerator} */
  public boolean hatWert() {
    return zaehler != null;
  }

  /** {@return whether the observation may be published: it has a numerator and CONF_STATUS F} */
  public boolean veroeffentlichbar() {
    return zaehler != null && confStatus.veroeffentlichbar();
  }

  /**
   * {@return this observation for the breakdown {@code aufschluesselung}}
   *
   * @param aufschluesselung the breakdown ({@link Aufschluesselung#INSGESAMT} for the total)
   */
  public Messwert withAufschluesselung(Aufschluesselung aufschluesselung) {
    return new Messwert(
        indikator, raum, periode, aufschluesselung, zaehler, nenner, obsStatus, confStatus);
  }

  /**
   * {@return this observation with OBS_STATUS {@code obsStatus}}
   *
   * @param obsStatus how the value came about
   * @throws RegelverstossException if the result breaks a rule of the class comment (e.g. {@link
   *     ObsStatus#M} with a numerator)
   */
  public Messwert withObsStatus(ObsStatus obsStatus) {
    return new Messwert(
        indikator, raum, periode, aufschluesselung, zaehler, nenner, obsStatus, confStatus);
  }

  /**
   * {@return this observation with CONF_STATUS {@code confStatus}, e.g. {@link ConfStatus#A}}
   *
   * @param confStatus whether the value may be published
   * @throws RegelverstossException if the result breaks a rule of the class comment (e.g. {@link
   *     ConfStatus#F} without a numerator)
   */
  public Messwert withConfStatus(ConfStatus confStatus) {
    return new Messwert(
        indikator, raum, periode, aufschluesselung, zaehler, nenner, obsStatus, confStatus);
  }

  /**
   * {@return this observation with other numerator and denominator}
   *
   * @param zaehler the numerator, or {@code null} if missing or suppressed
   * @param nenner the denominator, or {@code null}
   * @throws RegelverstossException if the result breaks a rule of the class comment
   */
  public Messwert withWerten(@Nullable BigDecimal zaehler, @Nullable BigDecimal nenner) {
    return new Messwert(
        indikator, raum, periode, aufschluesselung, zaehler, nenner, obsStatus, confStatus);
  }

  /**
   * A short form for logs, e.g. {@code sgb2-quote-u15@2 05315000:404@1 2023 insgesamt = 1234/5678
   * [A,F]}; there is no parser for it.
   */
  @Override
  public String toString() {
    return schluessel()
        + " = "
        + (zaehler == null ? "-" : zaehler.toPlainString())
        + "/"
        + (nenner == null ? "-" : nenner.toPlainString())
        + " ["
        + obsStatus
        + ","
        + confStatus
        + "]";
  }
}
