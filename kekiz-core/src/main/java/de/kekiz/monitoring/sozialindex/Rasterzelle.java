package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.SozialraumRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one Sozialraum lies in the Status × Dynamik grid. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param status its status class, or {@code null} if it has no status index
 * @param dynamik its dynamics class, or {@code null} if it has no dynamics index (no comparable
 *     values at the start of the window, e.g. after a boundary change)
 */
public record Rasterzelle(
    SozialraumRef sozialraum,
    String name,
    @Nullable Statusklasse status,
    @Nullable Dynamikklasse dynamik) {

  /**
   * Checks that the Sozialraum and its name are given.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param status its status class, or {@code null} if it has no status index
   * @param dynamik its dynamics class, or {@code null} if it has no dynamics index (no comparable
   *     values at the start of the window, e.g. after a boundary change)
   * @throws NullPointerException naming a missing component
   */
  public Rasterzelle {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
  }

  /** {@return the status class, or empty if the Sozialraum has no status index} */
  public Optional<Statusklasse> statusklasse() {
    return Optional.ofNullable(status);
  }

  /** {@return the dynamics class, or empty if the Sozialraum has no dynamics index} */
  public Optional<Dynamikklasse> dynamikklasse() {
    return Optional.ofNullable(dynamik);
  }
}
