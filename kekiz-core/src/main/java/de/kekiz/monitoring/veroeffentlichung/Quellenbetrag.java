package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The money of a programme from one source in one year or over all years: an exact amount, or
 * unknown when the source's money is part of a joint sum whose split is not published. Immutable
 * and thread-safe.
 *
 * @param quelle the source
 * @param betrag the exact amount, or {@code null} if its share is not known
 */
public record Quellenbetrag(Finanzierungsquelle quelle, @Nullable Geldbetrag betrag) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param quelle the source
   * @param betrag the exact amount, or {@code null} if its share is not known
   */
  public Quellenbetrag {
    requireNonNull(quelle, "quelle");
  }

  /** {@return the amount, or empty if the share is not known} */
  public Optional<Geldbetrag> bekannt() {
    return Optional.ofNullable(betrag);
  }
}
