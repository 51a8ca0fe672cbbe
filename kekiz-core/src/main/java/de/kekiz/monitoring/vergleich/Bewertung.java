package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.internal.Ziffern;
import java.math.BigDecimal;

/** The polarity-aware verdict on a value against a reference (or on a change against the start). */
public enum Bewertung {
  /** Better than the reference by more than the tolerance. */
  BESSER("besser"),
  /** Within the tolerance of the reference. */
  WIE_ERWARTET("wie erwartet"),
  /** Worse than the reference by more than the tolerance. */
  SCHLECHTER("schlechter"),
  /**
   * Outside the tolerance for an indicator whose polarity is {@link Polaritaet#NEUTRAL}: notable,
   * but neither better nor worse.
   */
  ABWEICHEND("abweichend (ohne Wertung)"),
  /** No verdict: a value or the reference is missing or may not be published. */
  KEINE_AUSSAGE("keine Aussage");

  private final String bezeichnung;

  Bewertung(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German label, as shown in reports} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * The verdict on {@code abweichung} (value minus reference) for an indicator of {@code
   * polaritaet}: {@link #WIE_ERWARTET} inside {@code toleranz} around {@code referenz}; outside,
   * {@link #BESSER} or {@link #SCHLECHTER} by the direction the polarity calls desirable, or {@link
   * #ABWEICHEND} for a neutral indicator.
   *
   * @param polaritaet the indicator's polarity
   * @param abweichung value minus reference
   * @param referenz the reference value, for a relative band
   * @param toleranz the band within which the value counts as "as expected"
   * @return the verdict
   */
  public static Bewertung von(
      Polaritaet polaritaet, BigDecimal abweichung, BigDecimal referenz, Toleranz toleranz) {
    requireNonNull(polaritaet, "polaritaet");
    return urteil(polaritaet, abweichung, toleranz.enthaelt(abweichung, referenz));
  }

  /**
   * {@link #von(Polaritaet, BigDecimal, BigDecimal, Toleranz)} with {@code abweichung × 100}
   * already at hand as {@code hundertfach} (any scale).
   */
  static Bewertung von(
      Polaritaet polaritaet,
      BigDecimal abweichung,
      BigDecimal hundertfach,
      BigDecimal referenz,
      Toleranz toleranz) {
    requireNonNull(polaritaet, "polaritaet");
    return urteil(polaritaet, abweichung, toleranz.enthaelt(abweichung, hundertfach, referenz));
  }

  /**
   * {@link #von(Polaritaet, BigDecimal, BigDecimal, Toleranz)}, the band decided on the digits of
   * {@code abweichung} and {@code referenz} in {@code long} where they fit ({@link
   * Toleranz#enthaelt(long, int, long, int)}), else in {@link BigDecimal}.
   */
  static Bewertung vonZiffern(
      Polaritaet polaritaet, BigDecimal abweichung, BigDecimal referenz, Toleranz toleranz) {
    requireNonNull(polaritaet, "polaritaet");
    int as = abweichung.scale();
    int rs = referenz.scale();
    Boolean innen = null;
    if (abweichung.precision() <= 18
        && referenz.precision() <= 18
        && as <= 1_000_000
        && as >= -1_000_000
        && rs <= 1_000_000
        && rs >= -1_000_000) {
      innen =
          toleranz.enthaelt(
              Ziffern.aufSkala(abweichung, as), as, Ziffern.aufSkala(referenz, rs), rs);
    }
    if (innen == null) {
      innen = toleranz.enthaelt(abweichung, abweichung.scaleByPowerOfTen(2), referenz);
    }
    return urteil(polaritaet, abweichung.signum(), innen);
  }

  private static Bewertung urteil(Polaritaet polaritaet, BigDecimal abweichung, boolean innen) {
    return urteil(polaritaet, abweichung.signum(), innen);
  }

  /**
   * The verdict on a deviation of sign {@code vorzeichen} that lies inside the band ({@code innen})
   * or not.
   */
  static Bewertung urteil(Polaritaet polaritaet, int vorzeichen, boolean innen) {
    if (innen) {
      return WIE_ERWARTET;
    }
    switch (polaritaet) {
      case HOEHER_IST_BESSER:
        return vorzeichen > 0 ? BESSER : SCHLECHTER;
      case HOEHER_IST_SCHLECHTER:
        return vorzeichen > 0 ? SCHLECHTER : BESSER;
      case NEUTRAL:
        return ABWEICHEND;
      default:
        throw new AssertionError(polaritaet);
    }
  }
}
