package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.SozialraumId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A target value of an indicator that a Handlungsziel sets: "SGB-II-Quote u15 in Ahlen-Süd
 * höchstens 20 % bis Ende 2020".
 *
 * <p>The values are held without trailing zeros, so {@code 20.0} and {@code 20} are equal. Whether
 * the Sozialraum belongs to the Kommune is checked by the {@link Leitbild}. Immutable and
 * thread-safe.
 *
 * @param indikator the indicator that measures the goal
 * @param wert the target value, in the indicator's unit
 * @param richtung whether the value must reach at least or at most {@code wert}
 * @param frist the day by which the target should be met
 * @param sozialraum the Sozialraum the target is set for, or {@code null} for the whole Kommune
 * @param ausgangswert the value when the target was set (baseline), or {@code null} if unknown
 */
public record Zielwert(
    IndikatorKey indikator,
    BigDecimal wert,
    Zielrichtung richtung,
    LocalDate frist,
    @Nullable SozialraumId sozialraum,
    @Nullable BigDecimal ausgangswert) {

  /**
   * @param indikator the indicator that measures the goal
   * @param wert the target value, in the indicator's unit; stored without trailing zeros
   * @param richtung whether the value must reach at least or at most {@code wert}
   * @param frist the day by which the target should be met
   * @param sozialraum the Sozialraum, or {@code null} for the whole Kommune
   * @param ausgangswert the baseline, or {@code null} if unknown; stored without trailing zeros
   */
  public Zielwert {
    requireNonNull(indikator, "indikator");
    wert = Pruefung.normalisiert(requireNonNull(wert, "wert"));
    requireNonNull(richtung, "richtung");
    requireNonNull(frist, "frist");
    ausgangswert = ausgangswert == null ? null : Pruefung.normalisiert(ausgangswert);
  }

  /**
   * A target for the whole Kommune without a baseline.
   *
   * @param indikator the indicator that measures the goal
   * @param wert the target value as a decimal number with a point, e.g. {@code "20"}
   * @param richtung whether the value must reach at least or at most {@code wert}
   * @param frist the day by which the target should be met
   * @return the target
   * @throws IllegalArgumentException quoting {@code wert} if it is not a decimal number
   */
  public static Zielwert of(
      IndikatorKey indikator, String wert, Zielrichtung richtung, LocalDate frist) {
    return new Zielwert(indikator, dezimal(wert), richtung, frist, null, null);
  }

  /**
   * {@return the same target set for {@code sozialraum} instead}
   *
   * @param sozialraum a Sozialraum of the Leitbild's Kommune (checked by the {@link Leitbild})
   */
  public Zielwert imSozialraum(SozialraumId sozialraum) {
    return new Zielwert(
        indikator, wert, richtung, frist, requireNonNull(sozialraum, "sozialraum"), ausgangswert);
  }

  /**
   * The same target with the baseline {@code ausgangswert}.
   *
   * @param ausgangswert the baseline as a decimal number with a point, in the indicator's unit
   * @return the same target with that baseline
   * @throws IllegalArgumentException quoting {@code ausgangswert} if it is not a decimal number
   */
  public Zielwert withAusgangswert(String ausgangswert) {
    return new Zielwert(indikator, wert, richtung, frist, sozialraum, dezimal(ausgangswert));
  }

  /** {@return whether the target is set for the whole Kommune rather than one Sozialraum} */
  public boolean kommunweit() {
    return sozialraum == null;
  }

  /**
   * {@return whether {@code istwert} meets this target (reaching it exactly counts)}
   *
   * @param istwert the measured value, in the indicator's unit
   */
  public boolean erreicht(BigDecimal istwert) {
    return richtung.erreicht(requireNonNull(istwert, "istwert"), wert);
  }

  private static BigDecimal dezimal(String text) {
    requireNonNull(text, "wert");
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Zielwert needs a decimal number such as 20.5, got '" + text + "'", e);
    }
  }
}
