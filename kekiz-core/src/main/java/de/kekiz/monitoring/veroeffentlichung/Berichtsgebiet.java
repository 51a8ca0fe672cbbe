package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Raumbezug;

/**
 * An area a report row is about: a Sozialraum version, a Gemeinde of a Kreis, or the whole Kommune,
 * with the name to print.
 *
 * @param raum the area as the Messwerte refer to it
 * @param name the name to print, not blank
 */
public record Berichtsgebiet(Raumbezug raum, String name) implements Comparable<Berichtsgebiet> {

  /**
   * Checks the name.
   *
   * @param raum the area as the Messwerte refer to it
   * @param name the name to print, not blank
   * @throws IllegalArgumentException if the name is blank
   */
  public Berichtsgebiet {
    requireNonNull(raum, "raum");
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Berichtsgebiet " + raum + " needs a name, got '" + name + "'");
    }
  }

  /** Orders by area ({@link Raumbezug}'s order), then by name. */
  @Override
  public int compareTo(Berichtsgebiet o) {
    int c = raum.compareTo(o.raum);
    return c != 0 ? c : name.compareTo(o.name);
  }
}
