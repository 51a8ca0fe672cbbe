package de.kekiz.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Joins keys whose characters the domain restricts (no {@code ,} allowed) into one column and
 * splits them again; exact for such keys, and the empty list is the empty string.
 */
public final class Listen {

  private Listen() {}

  /** The texts of {@code werte} joined by ','. */
  public static <T> String verbinde(Iterable<T> werte, Function<T, String> text) {
    StringBuilder sb = new StringBuilder();
    for (T w : werte) {
      String t = text.apply(w);
      if (t.indexOf(',') >= 0) {
        throw new IllegalArgumentException(
            "ein verbundener Schlüssel darf kein ',' enthalten: '" + t + "'");
      }
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(t);
    }
    return sb.toString();
  }

  /** The parts of {@code text}, read by {@code lies}, in order; none for the empty string. */
  public static <T> List<T> teile(String text, Function<String, T> lies) {
    List<T> ergebnis = new ArrayList<>();
    if (text.isEmpty()) {
      return ergebnis;
    }
    int start = 0;
    while (true) {
      int komma = text.indexOf(',', start);
      ergebnis.add(lies.apply(komma < 0 ? text.substring(start) : text.substring(start, komma)));
      if (komma < 0) {
        return ergebnis;
      }
      start = komma + 1;
    }
  }
}
