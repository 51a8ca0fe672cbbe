package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import java.util.List;

/**
 * Whether an Übergang counts as bridged by measurement: its own indicators (Kita → Grundschule: SEU
 * findings; Grundschule → weiterführende Schule: Übergangsquote), compared where its bridging
 * Angebote began against comparable Sozialräume without them ({@link Wirkungsvergleich}). Immutable
 * and thread-safe.
 *
 * @param key the Übergang's key
 * @param name its name
 * @param indikatoren its own indicators, in its order
 * @param angebote the number of Angebote that bridge it on the reference date
 * @param vergleiche one comparison per indicator, in the same order; empty if it names no indicator
 *     or no bridging Angebot has a recorded beginning
 */
public record Uebergangsmessung(
    String key,
    String name,
    List<IndikatorKey> indikatoren,
    int angebote,
    List<Wirkungsvergleich> vergleiche) {

  /** The finding, with its German label. */
  public enum Stand {
    /** Every own indicator developed better than in the comparison group. */
    GEMESSEN_UEBERBRUECKT("gemessen überbrückt"),
    /** Every comparison could be made, but not every one shows a better development. */
    NICHT_NACHGEWIESEN("Wirkung nicht nachgewiesen"),
    /** At least one comparison could not be made. */
    NICHT_AUSWERTBAR("nicht auswertbar"),
    /** The Übergang names indicators, but no bridging Angebot has a recorded beginning. */
    OHNE_BEGINN("kein Angebot mit Beginn"),
    /** The Übergang names no indicator: it is bridged by Angebote only, not measured. */
    NICHT_GEMESSEN("nicht gemessen");

    private final String bezeichnung;

    Stand(String bezeichnung) {
      this.bezeichnung = bezeichnung;
    }

    /** {@return the German label, as shown in reports} */
    public String bezeichnung() {
      return bezeichnung;
    }
  }

  /**
   * Checks the count and copies the lists.
   *
   * @param key the Übergang's key
   * @param name its name
   * @param indikatoren its own indicators, in its order
   * @param angebote the number of Angebote that bridge it on the reference date
   * @param vergleiche one comparison per indicator, in the same order; empty if it names no
   *     indicator or no bridging Angebot has a recorded beginning
   * @throws IllegalArgumentException if the count is negative
   */
  public Uebergangsmessung {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    indikatoren = ImmutableList.copyOf(requireNonNull(indikatoren, "indikatoren"));
    vergleiche = ImmutableList.copyOf(requireNonNull(vergleiche, "vergleiche"));
    if (angebote < 0) {
      throw new IllegalArgumentException(
          "the Angebote of Übergang " + key + " cannot be negative, got " + angebote);
    }
  }

  /** {@return the finding, derived from the comparisons} */
  public Stand stand() {
    if (indikatoren.isEmpty()) {
      return Stand.NICHT_GEMESSEN;
    }
    if (vergleiche.isEmpty()) {
      return Stand.OHNE_BEGINN;
    }
    if (vergleiche.stream().anyMatch(v -> !v.auswertbar())) {
      return Stand.NICHT_AUSWERTBAR;
    }
    return vergleiche.stream().allMatch(v -> v.befund() == Befund.GUENSTIGER)
        ? Stand.GEMESSEN_UEBERBRUECKT
        : Stand.NICHT_NACHGEWIESEN;
  }
}
