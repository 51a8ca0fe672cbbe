package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What one place of one file states about one cell: its numbers (if shown) and statuses.
 *
 * @param zelle the cell
 * @param version the indicator version, 0 if the place does not say
 * @param zaehler the numerator shown, {@code null} if none
 * @param nenner the denominator shown, {@code null} if none
 * @param confStatus the SDMX confidentiality status ({@code F} free, {@code A} primary, {@code D}
 *     secondary suppression, …)
 * @param obsStatus the SDMX observation status ({@code A} normal, {@code M} missing, …)
 * @param wertart the kind of figure
 * @param fundstelle where it was found
 */
record Angabe(
    Zelle zelle,
    int version,
    @Nullable BigDecimal zaehler,
    @Nullable BigDecimal nenner,
    String confStatus,
    String obsStatus,
    Wertart wertart,
    Fundstelle fundstelle) {

  Angabe {
    requireNonNull(zelle, "zelle");
    requireNonNull(confStatus, "confStatus");
    requireNonNull(obsStatus, "obsStatus");
    requireNonNull(wertart, "wertart");
    requireNonNull(fundstelle, "fundstelle");
  }

  /** Whether the place marks the cell as suppressed (CONF_STATUS other than {@code F}). */
  boolean gesperrt() {
    return !confStatus.equals("F");
  }

  /** Whether the cell is suppressed by the rule itself (primary suppression, {@code A}). */
  boolean primaerGesperrt() {
    return confStatus.equals("A");
  }

  /** Whether the place shows a number for the cell. */
  boolean zeigtZahlen() {
    return zaehler != null || nenner != null;
  }
}
