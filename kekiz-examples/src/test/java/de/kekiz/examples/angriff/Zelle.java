package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One cell of the published tables, identified as SDMX-CSV identifies an observation: indicator,
 * area, period and breakdown. The indicator version is not part of it (SDMX makes it an attribute:
 * at most one version of an indicator is valid for a period).
 *
 * @param indikator the indicator key, e.g. {@code seu-adipositas}
 * @param raum the area
 * @param zeitraum the period
 * @param aufschluesselung the breakdown: code by dimension (lower case, e.g. {@code geschlecht →
 *     w}); empty for the total
 */
record Zelle(
    String indikator,
    Raum raum,
    Zeitraum zeitraum,
    ImmutableSortedMap<String, String> aufschluesselung)
    implements Comparable<Zelle> {

  private static final Comparator<Zelle> ORDNUNG =
      Comparator.comparing(Zelle::indikator)
          .thenComparing(Zelle::zeitraum)
          .thenComparing(Zelle::aufschluesselung, Zelle::vergleiche)
          .thenComparing(Zelle::raum);

  Zelle {
    requireNonNull(indikator, "indikator");
    requireNonNull(raum, "raum");
    requireNonNull(zeitraum, "zeitraum");
    requireNonNull(aufschluesselung, "aufschluesselung");
  }

  /** The total of {@code indikator} for {@code raum} and {@code zeitraum}. */
  static Zelle insgesamt(String indikator, Raum raum, Zeitraum zeitraum) {
    return new Zelle(indikator, raum, zeitraum, ImmutableSortedMap.of());
  }

  /** The same cell for another area. */
  Zelle mitRaum(Raum anderer) {
    return new Zelle(indikator, anderer, zeitraum, aufschluesselung);
  }

  /** The same cell for another period. */
  Zelle mitZeitraum(Zeitraum anderer) {
    return new Zelle(indikator, raum, anderer, aufschluesselung);
  }

  /** The same cell with {@code dimension} broken down to {@code code}. */
  Zelle mit(String dimension, String code) {
    return new Zelle(
        indikator,
        raum,
        zeitraum,
        ImmutableSortedMap.<String, String>naturalOrder()
            .putAll(aufschluesselung)
            .put(dimension, code)
            .buildOrThrow());
  }

  /** {@code insgesamt} or {@code alter=0-2,geschlecht=w}, as {@code messwerte.csv} writes it. */
  String aufschluesselungText() {
    return aufschluesselung.isEmpty()
        ? "insgesamt"
        : aufschluesselung.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  /**
   * Reads {@code insgesamt} or {@code alter=0-2,geschlecht=w}.
   *
   * @throws IllegalArgumentException quoting an entry without {@code =} or a dimension twice
   */
  static ImmutableSortedMap<String, String> aufschluesselung(String text) {
    String s = text.strip();
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    if (s.isEmpty() || s.equals("insgesamt")) {
      return b.buildOrThrow();
    }
    for (String eintrag : s.split(",")) {
      int gleich = eintrag.indexOf('=');
      if (gleich <= 0 || gleich == eintrag.length() - 1) {
        throw new IllegalArgumentException(
            "breakdown needs 'insgesamt' or entries dimension=code, got '" + text + "'");
      }
      b.put(eintrag.substring(0, gleich).strip(), eintrag.substring(gleich + 1).strip());
    }
    try {
      return b.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("breakdown names a dimension twice: '" + text + "'", e);
    }
  }

  /** A breakdown from a map, e.g. the one {@code bericht.json} writes. */
  static ImmutableSortedMap<String, String> aufschluesselung(Map<String, String> codes) {
    return ImmutableSortedMap.copyOf(codes);
  }

  /** Entry by entry, dimension then code; a shorter breakdown before a longer one it starts. */
  private static int vergleiche(
      ImmutableSortedMap<String, String> a, ImmutableSortedMap<String, String> b) {
    Iterator<Map.Entry<String, String>> ia = a.entrySet().iterator();
    Iterator<Map.Entry<String, String>> ib = b.entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      Map.Entry<String, String> ea = ia.next();
      Map.Entry<String, String> eb = ib.next();
      int c = ea.getKey().compareTo(eb.getKey());
      if (c == 0) {
        c = ea.getValue().compareTo(eb.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(ia.hasNext(), ib.hasNext());
  }

  @Override
  public int compareTo(Zelle o) {
    return ORDNUNG.compare(this, o);
  }

  /** {@code seu-adipositas 2015/16 05978000:05978008@1 insgesamt}. */
  @Override
  public String toString() {
    return indikator + " " + zeitraum.deutsch() + " " + raum + " " + aufschluesselungText();
  }
}
