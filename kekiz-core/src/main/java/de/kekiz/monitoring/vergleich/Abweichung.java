package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.internal.Ziffern;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.internal.Breitteilung;
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a value lies against one reference (the Kommune, the Kreis or the Land).
 *
 * <p>{@code absolut} is value minus reference (exact, in the indicator's unit: percentage points
 * for a percentage); {@code relativ} is that difference in percent of the reference, {@code absolut
 * / referenz × 100} with {@link MathContext#DECIMAL64} (absent for a reference of 0). Both are
 * absent when the value or the reference is missing or may not be published; {@link #confStatus()}
 * is then the stricter of the two statuses. An analysis in the scope {@link
 * de.kekiz.monitoring.Analyseumfang#BERICHTSZAHLEN} computes only {@code absolut}: {@code relativ}
 * is absent and the verdict {@link Bewertung#KEINE_AUSSAGE}. Rule: a deviation with a status other
 * than {@code F} carries no numbers ({@code abweichung.gesperrt-mit-zahlen}). Immutable and
 * thread-safe.
 *
 * @param referenz the reference figure as published
 * @param absolut value minus reference, or {@code null}
 * @param relativ the deviation in percent of the reference, or {@code null}
 * @param bewertung the verdict
 * @param confStatus {@code F} if the deviation may be published, else the stricter status of value
 *     and reference
 */
public record Abweichung(
    Kennzahl referenz,
    @Nullable BigDecimal absolut,
    @Nullable BigDecimal relativ,
    Bewertung bewertung,
    ConfStatus confStatus) {

  /**
   * Checks the components.
   *
   * @param referenz the reference figure as published
   * @param absolut value minus reference, or {@code null}
   * @param relativ the deviation in percent of the reference, or {@code null}
   * @param bewertung the verdict
   * @param confStatus {@code F} if the deviation may be published, else the stricter status of
   *     value and reference
   * @throws RegelverstossException if a suppressed deviation carries numbers
   */
  public Abweichung {
    requireNonNull(referenz, "referenz");
    requireNonNull(bewertung, "bewertung");
    requireNonNull(confStatus, "confStatus");
    if (confStatus != ConfStatus.F && (absolut != null || relativ != null)) {
      throw new RegelverstossException(
          "abweichung.gesperrt-mit-zahlen",
          "Abweichung von " + referenz.gebiet(),
          "a deviation with CONF_STATUS "
              + confStatus
              + " must carry no numbers, got "
              + absolut
              + " and "
              + relativ);
    }
  }

  /**
   * The deviation of {@code wert} from {@code referenz}, judged for {@code polaritaet} with {@code
   * toleranz}; only published numbers are used.
   *
   * @param wert the value compared, as published
   * @param referenz the value compared with (the Kommune's, Kreis's or Land's), as published
   * @param polaritaet the indicator's polarity, which says which direction is better
   * @param toleranz the band within which the value counts as "as expected"
   * @return the deviation; without numbers if either value may not be published
   */
  public static Abweichung von(
      Kennzahl wert, Kennzahl referenz, Polaritaet polaritaet, Toleranz toleranz) {
    requireNonNull(wert, "wert");
    requireNonNull(referenz, "referenz");
    ConfStatus status = Status.strenger(wert.confStatus(), referenz.confStatus());
    BigDecimal w = wert.wert();
    BigDecimal r = referenz.wert();
    if (status != ConfStatus.F || w == null || r == null) {
      return new Abweichung(referenz, null, null, Bewertung.KEINE_AUSSAGE, status);
    }
    Abweichung schnell = inLong(referenz, w, r, polaritaet, toleranz, status);
    if (schnell != null) {
      return schnell;
    }
    BigDecimal absolut = w.subtract(r);
    BigDecimal hundertfach = absolut.scaleByPowerOfTen(2); // absolut × 100, scale 2 lower
    BigDecimal relativ =
        r.signum() == 0 ? null : relativ(hundertfach, (long) absolut.scale() - r.scale(), r);
    return new Abweichung(
        referenz,
        absolut,
        relativ,
        Bewertung.von(polaritaet, absolut, hundertfach, r, toleranz),
        status);
  }

  /**
   * The deviation of {@code wert} from {@code referenz} as {@link #von} computes it, but only its
   * absolute difference: no relative figure, the verdict {@link Bewertung#KEINE_AUSSAGE} (see
   * {@link de.kekiz.monitoring.Analyseumfang#BERICHTSZAHLEN}).
   */
  static Abweichung ohneBewertung(Kennzahl wert, Kennzahl referenz) {
    ConfStatus status = Status.strenger(wert.confStatus(), referenz.confStatus());
    BigDecimal w = wert.wert();
    BigDecimal r = referenz.wert();
    return new Abweichung(
        referenz,
        status != ConfStatus.F || w == null || r == null ? null : w.subtract(r),
        null,
        Bewertung.KEINE_AUSSAGE,
        status);
  }

  /**
   * The deviation as {@link #von} computes it in {@link BigDecimal}, the same in value and scale,
   * from the digits of {@code w} and {@code r} in {@code long}: the difference at the larger scale
   * (as {@link BigDecimal#subtract} gives it), the relative deviation by {@link Breitteilung} and
   * the band by {@link Toleranz#enthaelt(long, int, long, int)}; {@code null} where a number does
   * not fit a {@code long} or the difference is 0 (then {@link BigDecimal} does it).
   */
  private static @Nullable Abweichung inLong(
      Kennzahl referenz,
      BigDecimal w,
      BigDecimal r,
      Polaritaet polaritaet,
      Toleranz toleranz,
      ConfStatus status) {
    int ws = w.scale();
    int rs = r.scale();
    if (w.precision() > 18
        || r.precision() > 18
        || ws > 1_000_000
        || ws < -1_000_000
        || rs > 1_000_000
        || rs < -1_000_000) {
      return null;
    }
    int skala = Math.max(ws, rs);
    long d;
    long ru;
    try {
      d = Math.subtractExact(Ziffern.aufSkala(w, skala), Ziffern.aufSkala(r, skala));
      ru = Ziffern.aufSkala(r, rs);
    } catch (ArithmeticException e) {
      return null; // does not fit in a long
    }
    if (d == 0 || d == Long.MIN_VALUE) {
      return null;
    }
    BigDecimal relativ = null;
    if (ru != 0) {
      // absolut × 100 / referenz: the digits of absolut at its scale lowered by 2, as relativ does
      relativ = Breitteilung.teile(Math.abs(d), Math.abs(ru), skala - 2 - rs, (d < 0) != (ru < 0));
      if (relativ == null) {
        return null; // a whole part of more than 16 digits: left to BigDecimal
      }
      relativ = bevorzugt(relativ, (long) skala - rs);
    }
    Boolean innen = toleranz.enthaelt(d, skala, ru, rs);
    if (innen == null) {
      return null;
    }
    return new Abweichung(
        referenz,
        BigDecimal.valueOf(d, skala),
        relativ,
        Bewertung.urteil(polaritaet, Long.signum(d), innen),
        status);
  }

  /**
   * {@code absolut × 100 / referenz} with {@link MathContext#DECIMAL64}, the same in value and
   * scale as {@code absolut.multiply(100).divide(referenz, DECIMAL64)}, but dividing {@code
   * absolut} with its scale lowered by 2 (the same value, two digits fewer in the unscaled number:
   * {@link BigDecimal} then mostly divides in {@code long}). The rounded quotient depends on the
   * value only; only an exact quotient's scale depends on the dividend's scale (the preferred scale
   * {@code absolut.scale() − referenz.scale()}, or as near as 16 digits allow): it is raised back
   * to that.
   */
  static BigDecimal relativ(BigDecimal absolut, BigDecimal referenz) {
    return relativ(
        absolut.scaleByPowerOfTen(2), (long) absolut.scale() - referenz.scale(), referenz);
  }

  /**
   * {@link #relativ(BigDecimal, BigDecimal)} from {@code absolut.scaleByPowerOfTen(2)} and the
   * preferred scale {@code absolut.scale() − referenz.scale()}.
   */
  private static BigDecimal relativ(BigDecimal hundertfach, long bevorzugt, BigDecimal referenz) {
    // as divide(referenz, DECIMAL64)
    return bevorzugt(Breitteilung.teile(hundertfach, referenz), bevorzugt);
  }

  /**
   * The quotient {@code q} of {@link MathContext#DECIMAL64} with the scale an exact quotient gets
   * from a dividend of the preferred scale {@code bevorzugt}.
   */
  private static BigDecimal bevorzugt(BigDecimal q, long bevorzugt) {
    if (q.scale() < bevorzugt) {
      // fewer than 16 digits: exact; as many trailing zeros as the preferred scale wants and the
      // precision allows
      int frei = MathContext.DECIMAL64.getPrecision() - q.precision();
      if (frei > 0) {
        q = q.setScale((int) Math.min(bevorzugt, (long) q.scale() + frei));
      }
    }
    return q;
  }

  /** {@return value minus reference ({@link #absolut()}), or empty if it may not be shown} */
  public Optional<BigDecimal> absoluteAbweichung() {
    return Optional.ofNullable(absolut);
  }

  /**
   * {@return the deviation in percent of the reference ({@link #relativ()}), or empty if it may not
   * be shown or the reference is 0}
   */
  public Optional<BigDecimal> relativeAbweichung() {
    return Optional.ofNullable(relativ);
  }
}
