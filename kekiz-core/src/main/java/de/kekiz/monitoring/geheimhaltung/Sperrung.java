package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.indikator.ConfStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the protection decided for one cell of a {@link Tabelle}. */
public enum Sperrung {
  /** Published. */
  FREI(ConfStatus.F),
  /** Confidential on its own (small number, small denominator, dominance, or given as such). */
  PRIMAER(ConfStatus.A),
  /** Suppressed so that no confidential cell can be computed from the published ones. */
  SEKUNDAER(ConfStatus.D),
  /**
   * No value known to the table (missing, or suppressed by the data supplier); nothing is published
   * for it, so an observer does not know it either.
   */
  FEHLT(null);

  private final @Nullable ConfStatus confStatus;

  Sperrung(@Nullable ConfStatus confStatus) {
    this.confStatus = confStatus;
  }

  /**
   * {@return the SDMX CONF_STATUS for this decision ({@code F}, {@code A}, {@code D}), or empty for
   * {@link #FEHLT}}
   */
  public Optional<ConfStatus> confStatus() {
    return Optional.ofNullable(confStatus);
  }

  /**
   * {@return whether the cell's value is withheld by the protection ({@link #PRIMAER} or {@link
   * #SEKUNDAER})}
   */
  public boolean gesperrt() {
    return this == PRIMAER || this == SEKUNDAER;
  }
}
