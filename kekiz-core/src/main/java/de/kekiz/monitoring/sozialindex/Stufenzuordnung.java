package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.SozialraumRef;

/**
 * The Stufe one Sozialraum is placed in. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param stufe the Stufe, 1 (least need) to the number of Stufen (most need)
 * @param topgruppe whether it went straight to the highest Stufe by the "top x %" rule
 */
public record Stufenzuordnung(SozialraumRef sozialraum, int stufe, boolean topgruppe) {

  /**
   * Checks the Stufe.
   *
   * @param sozialraum the Sozialraum version
   * @param stufe the Stufe, at least 1
   * @param topgruppe whether it went straight to the highest Stufe by the "top x %" rule
   * @throws IllegalArgumentException if {@code stufe} is below 1
   */
  public Stufenzuordnung {
    requireNonNull(sozialraum, "sozialraum");
    if (stufe < 1) {
      throw new IllegalArgumentException(
          "Stufe of Sozialraum " + sozialraum + " needs a number from 1, got " + stufe);
    }
  }
}
