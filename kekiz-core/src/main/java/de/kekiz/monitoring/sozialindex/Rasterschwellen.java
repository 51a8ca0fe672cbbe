package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The cut-offs of the {@link StatusDynamikRaster}, in standard deviations of the re-standardised
 * index across the Sozialräume (need-oriented: positive = more need).
 *
 * <p>Status: below {@code −status} {@link Statusklasse#HOCH}; from {@code −status} to {@code
 * +status} {@link Statusklasse#MITTEL}; above {@code status} up to {@code statusSehrNiedrig} {@link
 * Statusklasse#NIEDRIG}; above {@code statusSehrNiedrig} {@link Statusklasse#SEHR_NIEDRIG}.
 * Dynamik: below {@code −dynamik} {@link Dynamikklasse#POSITIV}; from {@code −dynamik} to {@code
 * +dynamik} {@link Dynamikklasse#STABIL}; above {@link Dynamikklasse#NEGATIV}. The limits
 * themselves belong to the middle class.
 *
 * <p>{@link #STANDARD} (1, 1.5, 1) follows the standard-deviation bands of Hamburg's
 * Sozialmonitoring as published in its method reports; a Kommune that uses other cut-offs passes
 * its own. Immutable and thread-safe.
 *
 * @param status the half-width of the middle status band, greater than 0
 * @param statusSehrNiedrig where "sehr niedrig" begins, at least {@code status}
 * @param dynamik the half-width of the stable band, greater than 0
 */
public record Rasterschwellen(BigDecimal status, BigDecimal statusSehrNiedrig, BigDecimal dynamik) {

  /** Status bands at 1 and 1.5, dynamics band at 1 standard deviation. */
  public static final Rasterschwellen STANDARD =
      new Rasterschwellen(BigDecimal.ONE, new BigDecimal("1.5"), BigDecimal.ONE);

  /**
   * Checks the cut-offs.
   *
   * @param status the half-width of the middle status band, greater than 0
   * @param statusSehrNiedrig where "sehr niedrig" begins, at least {@code status}
   * @param dynamik the half-width of the stable band, greater than 0
   * @throws IllegalArgumentException if a cut-off is not positive or the status cut-offs are out of
   *     order
   */
  public Rasterschwellen {
    requireNonNull(status, "status");
    requireNonNull(statusSehrNiedrig, "statusSehrNiedrig");
    requireNonNull(dynamik, "dynamik");
    if (status.signum() <= 0 || dynamik.signum() <= 0 || statusSehrNiedrig.compareTo(status) < 0) {
      throw new IllegalArgumentException(
          "Rasterschwellen need 0 < status ≤ statusSehrNiedrig and dynamik > 0, got "
              + status.toPlainString()
              + ", "
              + statusSehrNiedrig.toPlainString()
              + ", "
              + dynamik.toPlainString());
    }
  }

  /**
   * The status class of a re-standardised, need-oriented status value {@code z}.
   *
   * @param z the status value in standard deviations, positive = more need
   * @return the status class; a value on a cut-off belongs to the middle class
   */
  public Statusklasse status(BigDecimal z) {
    if (z.compareTo(status.negate()) < 0) {
      return Statusklasse.HOCH;
    }
    if (z.compareTo(status) <= 0) {
      return Statusklasse.MITTEL;
    }
    return z.compareTo(statusSehrNiedrig) <= 0 ? Statusklasse.NIEDRIG : Statusklasse.SEHR_NIEDRIG;
  }

  /**
   * The dynamics class of a re-standardised, need-oriented dynamics value {@code z}.
   *
   * @param z the dynamics value in standard deviations, positive = more need
   * @return the dynamics class; a value on a cut-off belongs to {@link Dynamikklasse#STABIL}
   */
  public Dynamikklasse dynamik(BigDecimal z) {
    if (z.compareTo(dynamik.negate()) < 0) {
      return Dynamikklasse.POSITIV;
    }
    return z.compareTo(dynamik) <= 0 ? Dynamikklasse.STABIL : Dynamikklasse.NEGATIV;
  }
}
