package de.kekiz.examples.angriff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of an attack, summarised for a person: the number of findings of each kind and of
 * each Kommune, then the first findings in full.
 */
final class Befundbericht {
  private final List<Befund> befunde;

  Befundbericht(List<Befund> befunde) {
    this.befunde = List.copyOf(befunde);
  }

  /** The findings. */
  List<Befund> befunde() {
    return befunde;
  }

  /** Whether there is none. */
  boolean leer() {
    return befunde.isEmpty();
  }

  /** The number of findings of each kind that occurs. */
  Map<Befund.Art, Integer> jeArt() {
    Map<Befund.Art, Integer> anzahl = new EnumMap<>(Befund.Art.class);
    befunde.forEach(b -> anzahl.merge(b.art(), 1, Integer::sum));
    return anzahl;
  }

  /** The number of findings per Kommune (the AGS of the cell's area; {@code -} for none). */
  Map<String, Integer> jeKommune() {
    Map<String, Integer> anzahl = new TreeMap<>();
    befunde.forEach(
        b -> anzahl.merge(b.zelle() == null ? "-" : b.zelle().raum().ags(), 1, Integer::sum));
    return anzahl;
  }

  /** The summary and the first {@code anzahl} findings in full. */
  String text(int anzahl) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append("Befunde: ").append(befunde.size()).append(nl);
    jeArt()
        .forEach(
            (art, n) -> s.append("  ").append(art.bezeichnung()).append(": ").append(n).append(nl));
    s.append("  je Kommune: ").append(jeKommune()).append(nl);
    int n = Math.min(anzahl, befunde.size());
    if (n > 0) {
      s.append("Die ersten ").append(n).append(':').append(nl);
      for (Befund b : befunde.subList(0, n)) {
        s.append("- ").append(b).append(nl);
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return text(20);
  }
}
