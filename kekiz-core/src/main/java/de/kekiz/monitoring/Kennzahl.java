package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure as it may leave the core for a report: the value of one indicator version for one area,
 * period and breakdown, with numerator and denominator, and its SDMX status flags.
 *
 * <p>Unlike a {@link Messwert}, which may hold a suppressed numerator internally, a {@code
 * Kennzahl} never holds a number it may not show: if {@link #confStatus()} is not {@link
 * ConfStatus#F}, numerator, denominator and value are absent ({@code null}), and a report prints
 * the status instead (".", never 0). The factories take care of that; the constructor rejects a
 * suppressed figure with numbers ({@code kennzahl.gesperrt-mit-zahlen}).
 *
 * <p>Other rules ({@link RegelverstossException} with the code given): a value is present exactly
 * when the numerator is ({@code kennzahl.wert-ohne-zaehler}); a missing figure ({@link
 * ObsStatus#M}) has no numbers ({@code kennzahl.fehlend-mit-zahlen}).
 *
 * <p>The value is computed by the rule of {@link Indikator#wert(Messwert)}: {@code zaehler × faktor
 * / nenner} with {@link MathContext#DECIMAL64}, or the numerator itself without denominator.
 * Compare values with {@code compareTo}. Immutable and thread-safe.
 *
 * @param indikator the indicator version
 * @param gebiet the area
 * @param periode the period
 * @param aufschluesselung the breakdown
 * @param zaehler the numerator, or {@code null} if missing or suppressed
 * @param nenner the denominator, or {@code null} if the indicator has none or it is absent
 * @param wert the value, or {@code null} if missing or suppressed
 * @param obsStatus how the figure came about
 * @param confStatus whether it may be published; anything but {@code F} means absent numbers
 */
public record Kennzahl(
    IndikatorRef indikator,
    Gebiet gebiet,
    Periode periode,
    Aufschluesselung aufschluesselung,
    @Nullable BigDecimal zaehler,
    @Nullable BigDecimal nenner,
    @Nullable BigDecimal wert,
    ObsStatus obsStatus,
    ConfStatus confStatus) {

  /**
   * Checks the figure.
   *
   * @param indikator the indicator version
   * @param gebiet the area
   * @param periode the period
   * @param aufschluesselung the breakdown
   * @param zaehler the numerator, or {@code null} if missing or suppressed
   * @param nenner the denominator, or {@code null} if the indicator has none or it is absent
   * @param wert the value, or {@code null} if missing or suppressed
   * @param obsStatus how the figure came about
   * @param confStatus whether it may be published; anything but {@code F} means absent numbers
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Kennzahl {
    requireNonNull(indikator, "indikator");
    requireNonNull(gebiet, "gebiet");
    requireNonNull(periode, "periode");
    requireNonNull(aufschluesselung, "aufschluesselung");
    requireNonNull(obsStatus, "obsStatus");
    requireNonNull(confStatus, "confStatus");
    if (confStatus != ConfStatus.F && (zaehler != null || nenner != null || wert != null)) {
      throw new RegelverstossException(
          "kennzahl.gesperrt-mit-zahlen",
          gegenstand(indikator, gebiet, periode, aufschluesselung),
          "a figure with CONF_STATUS "
              + confStatus
              + " must carry no numbers, got zaehler "
              + zaehler
              + ", nenner "
              + nenner
              + ", wert "
              + wert);
    }
    if ((wert == null) != (zaehler == null)) {
      throw new RegelverstossException(
          "kennzahl.wert-ohne-zaehler",
          gegenstand(indikator, gebiet, periode, aufschluesselung),
          "a value is present exactly when the numerator is, got zaehler "
              + zaehler
              + " and wert "
              + wert);
    }
    if (obsStatus == ObsStatus.M && (zaehler != null || nenner != null)) {
      throw new RegelverstossException(
          "kennzahl.fehlend-mit-zahlen",
          gegenstand(indikator, gebiet, periode, aufschluesselung),
          "a missing figure (OBS_STATUS M) must carry no numbers, got zaehler "
              + zaehler
              + ", nenner "
              + nenner);
    }
  }

  private static String gegenstand(
      IndikatorRef indikator, Gebiet gebiet, Periode periode, Aufschluesselung a) {
    return "Kennzahl " + indikator + " " + gebiet + " " + periode + " " + a;
  }

  /**
   * The published form of {@code messwert}: its numbers and value if its CONF_STATUS is {@code F},
   * none otherwise.
   *
   * @param indikator the definition of the observation's indicator version
   * @param messwert the observation
   * @return the figure, for the observation's area
   * @throws RegelverstossException if the observation does not fit {@code indikator} (see {@link
   *     Indikator#pruefe(Messwert)})
   */
  public static Kennzahl von(Indikator indikator, Messwert messwert) {
    return von(indikator, Gebiet.von(messwert.raum()), messwert);
  }

  /**
   * The published form of {@code messwert}, reported for {@code gebiet} (used for sums computed as
   * a {@link Messwert} of the Kommune).
   *
   * @param indikator the definition of the observation's indicator version
   * @param gebiet the area the figure is reported for
   * @param messwert the observation
   * @return the figure
   * @throws RegelverstossException if the observation does not fit {@code indikator}
   */
  public static Kennzahl von(Indikator indikator, Gebiet gebiet, Messwert messwert) {
    requireNonNull(indikator, "indikator");
    requireNonNull(messwert, "messwert");
    Optional<BigDecimal> wert = indikator.wert(messwert);
    if (!messwert.confStatus().veroeffentlichbar() || wert.isEmpty()) {
      return gesperrt(
          messwert.indikator(),
          gebiet,
          messwert.periode(),
          messwert.aufschluesselung(),
          messwert.obsStatus(),
          messwert.confStatus());
    }
    return new Kennzahl(
        messwert.indikator(),
        gebiet,
        messwert.periode(),
        messwert.aufschluesselung(),
        messwert.zaehler(),
        messwert.nenner(),
        wert.get(),
        messwert.obsStatus(),
        ConfStatus.F);
  }

  /**
   * A figure computed from a numerator and denominator (a sum over Gemeinden), valued by the rule
   * of {@link Indikator#wert(Messwert)}; published only if {@code confStatus} is {@code F}. A
   * {@code null} numerator gives a missing figure.
   *
   * @param indikator the definition of the indicator version
   * @param gebiet the area of the sum
   * @param periode the period
   * @param aufschluesselung the breakdown
   * @param zaehler the numerator, or {@code null} if missing
   * @param nenner the denominator, or {@code null} if the indicator has none
   * @param obsStatus how the figure came about
   * @param confStatus whether it may be published
   * @return the figure; without numbers unless {@code confStatus} is {@code F} and {@code zaehler}
   *     is given
   * @throws IllegalArgumentException if the indicator has a denominator and {@code nenner} is not
   *     positive, or has none and {@code nenner} is given
   */
  public static Kennzahl aus(
      Indikator indikator,
      Gebiet gebiet,
      Periode periode,
      Aufschluesselung aufschluesselung,
      @Nullable BigDecimal zaehler,
      @Nullable BigDecimal nenner,
      ObsStatus obsStatus,
      ConfStatus confStatus) {
    requireNonNull(indikator, "indikator");
    if (zaehler == null || confStatus != ConfStatus.F) {
      return gesperrt(
          indikator.ref(),
          gebiet,
          periode,
          aufschluesselung,
          zaehler == null && confStatus == ConfStatus.F ? ObsStatus.M : obsStatus,
          confStatus);
    }
    BigDecimal wert;
    if (indikator.hatNenner()) {
      if (nenner == null || nenner.signum() <= 0) {
        throw new IllegalArgumentException(
            "indicator " + indikator.ref() + " needs a denominator greater than 0, got " + nenner);
      }
      wert = zaehler.multiply(indikator.faktor()).divide(nenner, MathContext.DECIMAL64);
    } else {
      if (nenner != null) {
        throw new IllegalArgumentException(
            "indicator " + indikator.ref() + " has no denominator, got " + nenner);
      }
      wert = zaehler;
    }
    return new Kennzahl(
        indikator.ref(),
        gebiet,
        periode,
        aufschluesselung,
        zaehler,
        nenner,
        wert,
        obsStatus,
        ConfStatus.F);
  }

  /**
   * A figure without numbers: missing ({@code M}) or suppressed (any status but {@code F}).
   *
   * @param indikator the indicator version
   * @param gebiet the area
   * @param periode the period
   * @param aufschluesselung the breakdown
   * @param obsStatus how the figure came about ({@code M} for missing)
   * @param confStatus whether it may be published
   * @return the figure, without numerator, denominator or value
   * @throws de.kekiz.domain.RegelverstossException if the figure breaks a rule of the class comment
   */
  public static Kennzahl gesperrt(
      IndikatorRef indikator,
      Gebiet gebiet,
      Periode periode,
      Aufschluesselung aufschluesselung,
      ObsStatus obsStatus,
      ConfStatus confStatus) {
    return new Kennzahl(
        indikator, gebiet, periode, aufschluesselung, null, null, null, obsStatus, confStatus);
  }

  /** {@return the value, or empty if the figure is missing or suppressed} */
  public Optional<BigDecimal> wertWert() {
    return Optional.ofNullable(wert);
  }

  /** {@return whether the figure carries a value (it is neither missing nor suppressed)} */
  public boolean hatWert() {
    return wert != null;
  }

  /** {@return whether the figure is suppressed (CONF_STATUS other than {@code F})} */
  public boolean gesperrt() {
    return confStatus != ConfStatus.F;
  }

  /**
   * A short form for logs: {@code sgb2-quote-u15@2 05315000 2023 insgesamt = 21.7330… (1234/5678)
   * [A,F]}, with {@code .} for a suppressed and {@code -} for a missing value; no parser.
   */
  @Override
  public String toString() {
    String zahl;
    if (wert != null) {
      zahl =
          wert.toPlainString()
              + " ("
              + requireNonNull(zaehler).toPlainString()
              + (nenner == null ? "" : "/" + nenner.toPlainString())
              + ")";
    } else {
      zahl = confStatus != ConfStatus.F ? "." : "-";
    }
    return indikator
        + " "
        + gebiet
        + " "
        + periode
        + " "
        + aufschluesselung
        + " = "
        + zahl
        + " ["
        + obsStatus
        + ","
        + confStatus
        + "]";
  }
}
