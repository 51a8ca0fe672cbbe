package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Periode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The four group shares of a difference-in-differences comparison and what follows from them: the
 * change in the Sozialräume with the measure ({@code mit}), the change in the comparison group
 * ({@code ohne}), and the difference of the two changes with its 95 % interval. Every result is
 * derived from the counts, never stored; fractions are rounded half-up to 6 places.
 *
 * <p>Intervals: for one change (a difference of two shares) Newcombe's hybrid score method (method
 * 10) from the two Wilson intervals; for the difference of differences the same construction
 * (MOVER, Zou and Donner 2008) over all four Wilson intervals. Both treat the four shares as
 * independent samples (see {@link Intervallrechnung}). Immutable and thread-safe.
 *
 * @param vorher the period before the measure began
 * @param nachher the latest period, after it began
 * @param mitVorher the share in the Sozialräume with the measure, before
 * @param mitNachher the share in the Sozialräume with the measure, after
 * @param ohneVorher the share in the comparison group, before
 * @param ohneNachher the share in the comparison group, after
 */
public record Gruppenvergleich(
    Periode vorher,
    Periode nachher,
    Gruppenwert mitVorher,
    Gruppenwert mitNachher,
    Gruppenwert ohneVorher,
    Gruppenwert ohneNachher) {

  /**
   * Checks the periods.
   *
   * @param vorher the period before the measure began
   * @param nachher the latest period, after it began
   * @param mitVorher the share in the Sozialräume with the measure, before
   * @param mitNachher the share in the Sozialräume with the measure, after
   * @param ohneVorher the share in the comparison group, before
   * @param ohneNachher the share in the comparison group, after
   * @throws IllegalArgumentException if {@code nachher} does not come after {@code vorher}
   */
  public Gruppenvergleich {
    requireNonNull(vorher, "vorher");
    requireNonNull(nachher, "nachher");
    requireNonNull(mitVorher, "mitVorher");
    requireNonNull(mitNachher, "mitNachher");
    requireNonNull(ohneVorher, "ohneVorher");
    requireNonNull(ohneNachher, "ohneNachher");
    if (nachher.compareTo(vorher) <= 0) {
      throw new IllegalArgumentException(
          "the period after (" + nachher + ") must come after the period before (" + vorher + ")");
    }
  }

  /** {@return the change in the Sozialräume with the measure: share after minus share before} */
  public BigDecimal veraenderungMit() {
    return Intervallrechnung.runde(mover(plus(mitNachher), minus(mitVorher))[0]);
  }

  /** {@return Newcombe's 95 % interval of {@link #veraenderungMit()}} */
  public Konfidenzintervall veraenderungMitIntervall() {
    return Intervallrechnung.intervall(mover(plus(mitNachher), minus(mitVorher)));
  }

  /** {@return the change in the comparison group: share after minus share before} */
  public BigDecimal veraenderungOhne() {
    return Intervallrechnung.runde(mover(plus(ohneNachher), minus(ohneVorher))[0]);
  }

  /** {@return Newcombe's 95 % interval of {@link #veraenderungOhne()}} */
  public Konfidenzintervall veraenderungOhneIntervall() {
    return Intervallrechnung.intervall(mover(plus(ohneNachher), minus(ohneVorher)));
  }

  /**
   * The difference in differences: {@code (mitNachher − mitVorher) − (ohneNachher − ohneVorher)},
   * computed from the unrounded shares and rounded once.
   *
   * @return the difference in differences, as a fraction
   */
  public BigDecimal differenzDerDifferenzen() {
    return Intervallrechnung.runde(vierfeld()[0]);
  }

  /**
   * The 95 % interval of {@link #differenzDerDifferenzen()} by MOVER over four Wilson intervals.
   *
   * @return the interval
   */
  public Konfidenzintervall intervall() {
    return Intervallrechnung.intervall(vierfeld());
  }

  private BigDecimal[] vierfeld() {
    return mover(plus(mitNachher), minus(mitVorher), minus(ohneNachher), plus(ohneVorher));
  }

  private static BigDecimal[] mover(Intervallrechnung.Term... terme) {
    return Intervallrechnung.mover(List.of(terme));
  }

  private static Intervallrechnung.Term plus(Gruppenwert g) {
    return new Intervallrechnung.Term(1, g.schaetzung());
  }

  private static Intervallrechnung.Term minus(Gruppenwert g) {
    return new Intervallrechnung.Term(-1, g.schaetzung());
  }
}
