package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

/**
 * How one {@link Reifekriterium} came out on one reference date, with the facts that decided it in
 * German ("2 von 4 Übergängen überbrückt: Familie → Kita, Kita → Grundschule; offen: …"). Immutable
 * and thread-safe.
 *
 * @param kriterium the criterion
 * @param erfuellt whether it is met
 * @param begruendung the facts behind the result, in German
 */
public record Kriteriumsergebnis(Reifekriterium kriterium, boolean erfuellt, String begruendung) {

  /** The points a met criterion counts. */
  public static final int PUNKTE_JE_KRITERIUM = 1;

  /**
   * Checks the reason.
   *
   * @param kriterium the criterion
   * @param erfuellt whether it is met
   * @param begruendung the facts behind the result, in German
   * @throws IllegalArgumentException if the reason is blank
   */
  public Kriteriumsergebnis {
    requireNonNull(kriterium, "kriterium");
    requireNonNull(begruendung, "begruendung");
    if (begruendung.isBlank()) {
      throw new IllegalArgumentException("a criterion's result needs a reason, got a blank one");
    }
  }

  /** {@return the stage the criterion belongs to} */
  public Reifestufe stufe() {
    return kriterium.stufe();
  }

  /** {@return the points it counts: {@value #PUNKTE_JE_KRITERIUM} when met, 0 otherwise} */
  public int punkte() {
    return erfuellt ? PUNKTE_JE_KRITERIUM : 0;
  }
}
