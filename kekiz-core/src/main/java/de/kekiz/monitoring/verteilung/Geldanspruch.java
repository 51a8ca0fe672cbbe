package de.kekiz.monitoring.verteilung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One recipient's claim in an allocation of money. Immutable and thread-safe if {@code K} is.
 *
 * @param <K> the kind of recipient
 * @param empfaenger the recipient
 * @param bedarf the need weight, not negative
 * @param minimum the least amount the recipient gets
 * @param maximum the most, at least {@code minimum}, or {@code null} for no limit
 */
public record Geldanspruch<K>(
    K empfaenger, BigDecimal bedarf, Geldbetrag minimum, @Nullable Geldbetrag maximum) {

  /**
   * Checks the need and the limits.
   *
   * @param empfaenger the recipient
   * @param bedarf the need weight, not negative
   * @param minimum the least amount the recipient gets
   * @param maximum the most, at least {@code minimum}, or {@code null} for no limit
   * @throws IllegalArgumentException quoting a negative need or a maximum below the minimum
   */
  public Geldanspruch {
    requireNonNull(empfaenger, "empfaenger");
    requireNonNull(bedarf, "bedarf");
    requireNonNull(minimum, "minimum");
    if (bedarf.signum() < 0 || (maximum != null && maximum.compareTo(minimum) < 0)) {
      throw new IllegalArgumentException(
          "claim of "
              + empfaenger
              + " needs bedarf ≥ 0 and minimum ≤ maximum, got bedarf "
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
   * @return the claim, with a minimum of 0 euro
   * @throws IllegalArgumentException if {@code bedarf} is negative
   */
  public static <K> Geldanspruch<K> of(K empfaenger, BigDecimal bedarf) {
    return new Geldanspruch<>(empfaenger, bedarf, Geldbetrag.NULL, null);
  }

  /**
   * This claim with the limits {@code minimum} and {@code maximum} ({@code null}: none).
   *
   * @param minimum the least amount the recipient gets
   * @param maximum the most, at least {@code minimum}, or {@code null} for no limit
   * @return a new claim with this claim's recipient and need
   * @throws IllegalArgumentException if {@code maximum} is below {@code minimum}
   */
  public Geldanspruch<K> withGrenzen(Geldbetrag minimum, @Nullable Geldbetrag maximum) {
    return new Geldanspruch<>(empfaenger, bedarf, minimum, maximum);
  }

  /** {@return the most the recipient may get, or empty if there is no limit} */
  public Optional<Geldbetrag> hoechstens() {
    return Optional.ofNullable(maximum);
  }
}
