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

  /** A claim with need {@code bedarf}, no minimum and no maximum. */
  public static <K> Geldanspruch<K> of(K empfaenger, BigDecimal bedarf) {
    return new Geldanspruch<>(empfaenger, bedarf, Geldbetrag.NULL, null);
  }

  /** This claim with the limits {@code minimum} and {@code maximum} ({@code null}: none). */
  public Geldanspruch<K> mitGrenzen(Geldbetrag minimum, @Nullable Geldbetrag maximum) {
    return new Geldanspruch<>(empfaenger, bedarf, minimum, maximum);
  }

  /** The maximum, if any. */
  public Optional<Geldbetrag> hoechstens() {
    return Optional.ofNullable(maximum);
  }
}
