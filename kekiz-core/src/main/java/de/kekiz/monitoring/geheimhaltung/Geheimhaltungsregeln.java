package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules that decide which figures are confidential on their own (primary suppression, SDMX
 * CONF_STATUS {@code A}) and how published figures are coarsened.
 *
 * <p>Defaults ({@link #standard()}) follow official practice in Germany:
 *
 * <ul>
 *   <li>a numerator below {@code 3} is suppressed (the Bundesagentur shows no cell below 3 cases).
 *       Whether {@code 0} counts as "below 3" differs in practice: Destatis shows small-area rates
 *       only where the numerator is at least 3, so the default suppresses 0 too; the Bundesagentur
 *       suppresses only 1 and 2, which {@link #withNullGeheim(boolean) withNullGeheim(false)}
 *       gives;
 *   <li>a rate or share whose denominator is below {@code 100} is suppressed (Destatis);
 *   <li>no dominance rule and no rounding; both can be switched on ({@link
 *       #withDominanz(Dominanzregel)}, {@link #withRundung(Rundung)}).
 * </ul>
 *
 * <p>The numerator rule compares the magnitude of the numerator, so a negative balance of −2 is
 * suppressed like 2. Immutable and thread-safe.
 *
 * @param mindestZaehler the smallest numerator that may be published on its own; 0 switches the
 *     rule off
 * @param nullGeheim whether a numerator of exactly 0 is suppressed too (only matters if {@code
 *     mindestZaehler} is above 0)
 * @param mindestNenner the smallest denominator of a rate that may be published; 0 or 1 switches
 *     the rule off. Observations without denominator (absolute numbers) are not affected
 * @param dominanz the dominance rule, or {@code null} for none
 * @param rundung the rounding of published numerators, or {@code null} for none
 */
public record Geheimhaltungsregeln(
    int mindestZaehler,
    boolean nullGeheim,
    long mindestNenner,
    @Nullable Dominanzregel dominanz,
    @Nullable Rundung rundung) {

  private static final Geheimhaltungsregeln STANDARD =
      new Geheimhaltungsregeln(3, true, 100, null, null);

  /**
   * Checks the limits.
   *
   * @param mindestZaehler the smallest numerator that may be published on its own; 0 switches the
   *     rule off
   * @param nullGeheim whether a numerator of exactly 0 is suppressed too (only matters if {@code
   *     mindestZaehler} is above 0)
   * @param mindestNenner the smallest denominator of a rate that may be published; 0 or 1 switches
   *     the rule off. Observations without denominator (absolute numbers) are not affected
   * @param dominanz the dominance rule, or {@code null} for none
   * @param rundung the rounding of published numerators, or {@code null} for none
   * @throws IllegalArgumentException if {@code mindestZaehler} or {@code mindestNenner} is
   *     negative, quoting it
   */
  public Geheimhaltungsregeln {
    if (mindestZaehler < 0) {
      throw new IllegalArgumentException(
          "Geheimhaltungsregeln need a minimum numerator of at least 0, got mindestZaehler "
              + mindestZaehler);
    }
    if (mindestNenner < 0) {
      throw new IllegalArgumentException(
          "Geheimhaltungsregeln need a minimum denominator of at least 0, got mindestNenner "
              + mindestNenner);
    }
  }

  /**
   * The defaults: numerator at least 3 (0 suppressed too), denominator of a rate at least 100, no
   * dominance rule, no rounding.
   *
   * @return the default rules
   */
  public static Geheimhaltungsregeln standard() {
    return STANDARD;
  }

  /**
   * These rules with the smallest publishable numerator {@code mindestZaehler}.
   *
   * @param mindestZaehler the smallest numerator that may be published on its own, at least 0
   * @return new rules, otherwise like these
   * @throws IllegalArgumentException if {@code mindestZaehler} is negative
   */
  public Geheimhaltungsregeln withMindestZaehler(int mindestZaehler) {
    return new Geheimhaltungsregeln(mindestZaehler, nullGeheim, mindestNenner, dominanz, rundung);
  }

  /**
   * These rules with a numerator of 0 suppressed ({@code true}) or published ({@code false}).
   *
   * @param nullGeheim whether a numerator of exactly 0 is suppressed
   * @return new rules, otherwise like these
   */
  public Geheimhaltungsregeln withNullGeheim(boolean nullGeheim) {
    return new Geheimhaltungsregeln(mindestZaehler, nullGeheim, mindestNenner, dominanz, rundung);
  }

  /**
   * These rules with the smallest publishable denominator of a rate {@code mindestNenner}.
   *
   * @param mindestNenner the smallest denominator of a rate that may be published, at least 0
   * @return new rules, otherwise like these
   * @throws IllegalArgumentException if {@code mindestNenner} is negative
   */
  public Geheimhaltungsregeln withMindestNenner(long mindestNenner) {
    return new Geheimhaltungsregeln(mindestZaehler, nullGeheim, mindestNenner, dominanz, rundung);
  }

  /**
   * These rules with the dominance rule {@code dominanz} ({@code null}: none).
   *
   * @param dominanz the dominance rule, or {@code null} for none
   * @return new rules, otherwise like these
   */
  public Geheimhaltungsregeln withDominanz(@Nullable Dominanzregel dominanz) {
    return new Geheimhaltungsregeln(mindestZaehler, nullGeheim, mindestNenner, dominanz, rundung);
  }

  /**
   * These rules with the rounding {@code rundung} ({@code null}: none).
   *
   * @param rundung the rounding of published numerators, or {@code null} for none
   * @return new rules, otherwise like these
   */
  public Geheimhaltungsregeln withRundung(@Nullable Rundung rundung) {
    return new Geheimhaltungsregeln(mindestZaehler, nullGeheim, mindestNenner, dominanz, rundung);
  }

  /** {@return the dominance rule, or empty if none is set} */
  public Optional<Dominanzregel> dominanzregel() {
    return Optional.ofNullable(dominanz);
  }

  /** {@return the rounding of published numerators, or empty if none is set} */
  public Optional<Rundung> rundungsregel() {
    return Optional.ofNullable(rundung);
  }

  /**
   * Whether a count {@code zaehler} without denominator is confidential on its own.
   *
   * @param zaehler the count
   * @return whether it must be suppressed on its own
   */
  public boolean primaer(long zaehler) {
    return zaehlerZuKlein(Math.abs(zaehler));
  }

  /**
   * Whether a rate with numerator {@code zaehler} and denominator {@code nenner} is confidential.
   *
   * @param zaehler the numerator
   * @param nenner the denominator
   * @return whether the rate must be suppressed on its own
   */
  public boolean primaer(long zaehler, long nenner) {
    return zaehlerZuKlein(Math.abs(zaehler)) || nenner < mindestNenner;
  }

  /**
   * The smallest numerator, as a whole multiple of 10<sup>−{@code skala}</sup>, that is not too
   * small ({@link #primaerMitSchwellen}); {@link Long#MAX_VALUE} if beyond {@code long}.
   */
  long zaehlerSchwelle(int skala) {
    return skaliert(mindestZaehler, skala);
  }

  /**
   * The smallest denominator of a rate, as a whole multiple of 10<sup>−{@code skala}</sup>, that is
   * not too small ({@link #primaerMitSchwellen}); {@link Long#MAX_VALUE} if beyond {@code long}.
   */
  long nennerSchwelle(int skala) {
    return skaliert(mindestNenner, skala);
  }

  /**
   * {@link #primaer(BigDecimal, BigDecimal, List)} without contributions for numbers given as whole
   * multiples of a power of ten: numerator {@code zaehler}·10<sup>−zSkala</sup>, denominator {@code
   * nenner}·10<sup>−nSkala</sup> or none ({@code nenner < 0}), with the thresholds at those scales
   * computed once for the many cells of one table ({@link #zaehlerSchwelle}, {@link
   * #nennerSchwelle}). Exact: the thresholds are scaled, not the numbers; a threshold beyond {@code
   * long} is larger than any such number.
   */
  boolean primaerMitSchwellen(long zaehler, long zSchwelle, long nenner, long nSchwelle) {
    long betrag = Math.abs(zaehler);
    if (mindestZaehler > 0 && (betrag == 0 ? nullGeheim : betrag < zSchwelle)) {
      return true;
    }
    return nenner >= 0 && nenner < nSchwelle;
  }

  private static long skaliert(long schwelle, int skala) {
    long s = schwelle;
    for (int i = 0; i < skala; i++) {
      if (s > Long.MAX_VALUE / 10) {
        return Long.MAX_VALUE;
      }
      s *= 10;
    }
    return s;
  }

  /**
   * Whether an observation is confidential on its own: its numerator is too small, or it has a
   * denominator that is too small, or the dominance rule (if set) finds it dominated by the largest
   * of {@code beitraege} (empty: contributions unknown, the rule does not apply).
   *
   * @param zaehler the numerator
   * @param nenner the denominator, or {@code null} for an absolute number
   * @param beitraege the contributions to the numerator, for the dominance rule; empty if unknown
   * @return whether the observation must be suppressed on its own
   */
  public boolean primaer(
      BigDecimal zaehler, @Nullable BigDecimal nenner, List<BigDecimal> beitraege) {
    requireNonNull(zaehler, "zaehler");
    requireNonNull(beitraege, "beitraege");
    BigDecimal betrag = zaehler.abs();
    boolean klein =
        mindestZaehler > 0
            && (betrag.signum() == 0
                ? nullGeheim
                : betrag.compareTo(BigDecimal.valueOf(mindestZaehler)) < 0);
    if (klein) {
      return true;
    }
    if (nenner != null && nenner.compareTo(BigDecimal.valueOf(mindestNenner)) < 0) {
      return true;
    }
    return dominanz != null && dominanz.dominiert(zaehler, beitraege);
  }

  /**
   * What an observer learns about a numerator from a secondary suppression (CONF_STATUS {@code D}):
   * the cell passed the primary rules, so its numerator is at least this (the minimum numerator if
   * 0 is suppressed too, else 0). The secondary suppression keeps this in mind.
   *
   * @return the lower bound of a secondary suppressed numerator
   */
  public long untergrenzeSekundaer() {
    return nullGeheim ? mindestZaehler : 0;
  }

  /**
   * How wide the range of a primary suppressed numerator must stay for an observer who combines
   * every published figure (the protection interval): as wide as the rule's own range of small
   * counts, {@code mindestZaehler − 1} (0 to 2 for the standard rule), at least 1 (never pinned).
   * Narrower, the observer learns more than the dot tells.
   *
   * @return the width of the protection interval, at least 1
   */
  public long schutzbreite() {
    return Math.max(1, mindestZaehler - 1L);
  }

  private boolean zaehlerZuKlein(long betrag) {
    if (mindestZaehler == 0) {
      return false;
    }
    return betrag == 0 ? nullGeheim : betrag < mindestZaehler;
  }
}
