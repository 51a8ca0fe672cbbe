package de.kekiz.examples.angriff;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a CSV file: finds columns by name (ignoring case), so that columns may move and
 * unknown ones are ignored.
 */
final class Kopfzeile {
  private final List<String> namen;
  private final Map<String, Integer> spalten = new HashMap<>();
  private final String datei;

  /**
   * @param namen the header fields
   * @param datei names the file in error messages
   * @throws IllegalArgumentException naming a column that occurs twice
   */
  Kopfzeile(List<String> namen, String datei) {
    this.namen = List.copyOf(namen);
    this.datei = datei;
    for (int i = 0; i < namen.size(); i++) {
      String name = namen.get(i).strip().toUpperCase(Locale.ROOT);
      if (spalten.put(name, i) != null) {
        throw new IllegalArgumentException(datei + ": column " + namen.get(i) + " occurs twice");
      }
    }
  }

  /**
   * The position of column {@code name}.
   *
   * @throws IllegalArgumentException naming file and column if it is missing
   */
  int spalte(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    datei + ": column " + name + " is missing; header is " + namen));
  }

  /** The position of column {@code name}, if present. */
  Optional<Integer> optional(String name) {
    return Optional.ofNullable(spalten.get(name.toUpperCase(Locale.ROOT)));
  }

  /** The names of the columns strictly between columns {@code von} and {@code bis}. */
  List<String> zwischen(String von, String bis) {
    int a = spalte(von);
    int b = spalte(bis);
    return a + 1 < b ? namen.subList(a + 1, b) : List.of();
  }

  /** The number of columns. */
  int breite() {
    return namen.size();
  }
}
