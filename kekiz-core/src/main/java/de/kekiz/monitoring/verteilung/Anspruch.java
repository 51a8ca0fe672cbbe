package de.kekiz.monitoring.verteilung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's claim in an allocation of whole units (places, or cents): its need weight and the
 * least and most it may get. Immutable and thread-safe if {@code K} is.
 *
 * @param <K> the kind of recipient, e.g. {@link de.kekiz.domain.kommune.SozialraumRef}
 * @param empfaenger the recipient
 * @param bedarf the need weight, not negative; shares are proportional to it
 * @param minimum the least units the recipient gets, not negative
 * @param maximum the most units, at least {@code minimum}, or {@code null} for no limit
 */
public record Anspruch<K>(K empfaenger, BigDecimal bedarf, long minimum, @Nullable Long maximum) {

  /**
   * Checks the need and the limits.
   *
   * @param empfaenger the recipient
   * @param bedarf the need weight, not negative; shares are proportional to it
   * @param minimum the least units the recipient gets, not negative
   * @param maximum the most units, at least {@code minimum}, or {@code null} for no limit
   * @throws IllegalArgumentException quoting a negative need or minimum, or a maximum below the
   *     minimum
   */
  public Anspruch {
    requireNonNull(empfaenger, "empfaenger");
    requireNonNull(bedarf, "bedarf");
    if (bedarf.signum() < 0 || minimum < 0 || (maximum != null && maximum < minimum)) {
      throw new IllegalArgumentException(
          "claim of "
              + empfaenger
              + " needs bedarf ≥ 0 and 0 ≤ minimum ≤ maximum, got bedarf "
              + bedarf.toPlainString()
              + ", minimum "
              + minimum
              + ", maximum "
              + maximum);
    }
  }

  /**
   * A claim with need {@code bedarf}, no minimum and no maximum.
   *
   * @param <K> the kind of recipient
   * @param empfaenger the recipient
   * @param bedarf the need weight, not negative
   * @return the claim
   * @throws IllegalArgumentException if {@code bedarf} is negative
   */
  public static <K> Anspruch<K> of(K empfaenger, BigDecimal bedarf) {
    return new Anspruch<>(empfaenger, bedarf, 0, null);
  }

  /**
   * A claim with need {@code bedarf} (a whole number), no minimum and no maximum.
   *
   * @param <K> the kind of recipient
   * @param empfaenger the recipient
   * @param bedarf the need weight, not negative
   * @return the claim
   * @throws IllegalArgumentException if {@code bedarf} is negative
   */
  public static <K> Anspruch<K> of(K empfaenger, long bedarf) {
    return new Anspruch<>(empfaenger, BigDecimal.valueOf(bedarf), 0, null);
  }

  /**
   * This claim with the limits {@code minimum} and {@code maximum} ({@code null}: none).
   *
   * @param minimum the least units the recipient gets, not negative
   * @param maximum the most units, at least {@code minimum}, or {@code null} for no limit
   * @return a new claim with this claim's recipient and need
   * @throws IllegalArgumentException if {@code minimum} is negative or {@code maximum} below it
   */
  public Anspruch<K> withGrenzen(long minimum, @Nullable Long maximum) {
    return new Anspruch<>(empfaenger, bedarf, minimum, maximum);
  }

  /** {@return the most units the recipient may get, or empty if there is no limit} */
  public OptionalLong hoechstens() {
    return maximum == null ? OptionalLong.empty() : OptionalLong.of(maximum);
  }
}
