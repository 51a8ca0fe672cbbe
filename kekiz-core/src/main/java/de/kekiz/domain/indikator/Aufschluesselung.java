package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown of an observation: which sub-group of the population it counts, as a map from
 * dimension to code, e.g. {@code alter=0-2,geschlecht=w}. The empty map, {@link #INSGESAMT}, is the
 * total.
 *
 * <p>A dimension is a lower-case ASCII letter followed by lower-case letters, digits or '_' ({@link
 * #ALTERSGRUPPE}, {@link #GESCHLECHT}, {@code staatsangehoerigkeit} …). A code is not empty, does
 * not start or end with whitespace and holds no ',', '=' or ';'; umlauts are fine.
 *
 * <p>Text form: the entries sorted by dimension, {@code dimension=code} joined by ',', or {@code
 * insgesamt} for the total; {@link #parse(CharSequence)} reads it back (and accepts the entries in
 * any order). Ordered entry by entry (dimension, then code), a shorter breakdown before a longer
 * one with the same start, so {@link #INSGESAMT} comes first. Immutable and thread-safe.
 *
 * @param codes the code for each dimension, sorted by dimension
 */
public record Aufschluesselung(ImmutableSortedMap<String, String> codes)
    implements Comparable<Aufschluesselung> {

  /** The dimension of age groups; codes are {@link de.kekiz.domain.Altersspanne} texts. */
  public static final String ALTERSGRUPPE = "alter";

  /** The dimension of sex; codes as in official statistics ({@code m}, {@code w}, {@code d}). */
  public static final String GESCHLECHT = "geschlecht";

  /** The text form of the total. */
  public static final String INSGESAMT_TEXT = "insgesamt";

  /** No breakdown: the total. */
  public static final Aufschluesselung INSGESAMT =
      new Aufschluesselung(ImmutableSortedMap.<String, String>of());

  /**
   * Checks every dimension and code and re-sorts a map with another comparator into the natural
   * order.
   *
   * @param codes the code for each dimension; stored sorted by dimension
   * @throws IllegalArgumentException quoting a malformed dimension or code
   */
  public Aufschluesselung {
    requireNonNull(codes, "codes");
    if (!Ordering.<String>natural().equals(codes.comparator())) {
      codes = ImmutableSortedMap.copyOf(codes, Ordering.<String>natural());
    }
    for (Map.Entry<String, String> e : codes.entrySet()) {
      pruefeDimension(e.getKey());
      pruefeCode(e.getKey(), e.getValue());
    }
  }

  /**
   * {@return the breakdown {@code dimension=code}}
   *
   * @param dimension the dimension, e.g. {@value #GESCHLECHT}
   * @param code its code, e.g. {@code w}
   * @throws IllegalArgumentException quoting a malformed dimension or code
   */
  public static Aufschluesselung of(String dimension, String code) {
    return new Aufschluesselung(ImmutableSortedMap.of(dimension, code));
  }

  /**
   * {@return the breakdown with the given codes; {@link #INSGESAMT} for an empty map}
   *
   * @param codes the code for each dimension (any map; it is copied and sorted)
   * @throws IllegalArgumentException quoting a malformed dimension or code
   */
  public static Aufschluesselung of(Map<String, String> codes) {
    return codes.isEmpty()
        ? INSGESAMT
        : new Aufschluesselung(ImmutableSortedMap.copyOf(codes, Ordering.<String>natural()));
  }

  /**
   * Reads {@code alter=0-2,geschlecht=w} (entries in any order) or {@code insgesamt}; surrounding
   * whitespace is ignored.
   *
   * @param text the text form, as {@link #toString()} writes it
   * @return the breakdown
   * @throws IllegalArgumentException quoting the input if it is not of that form, has an invalid
   *     dimension or code, or names a dimension twice
   */
  public static Aufschluesselung parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    if (s.equals(INSGESAMT_TEXT)) {
      return INSGESAMT;
    }
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    Set<String> gesehen = new HashSet<>();
    int start = 0;
    try {
      while (true) {
        int komma = s.indexOf(',', start);
        String eintrag = komma < 0 ? s.substring(start) : s.substring(start, komma);
        int gleich = eintrag.indexOf('=');
        if (gleich < 0) {
          throw new IllegalArgumentException("entry '" + eintrag + "' has no '='");
        }
        String dimension = eintrag.substring(0, gleich);
        String code = eintrag.substring(gleich + 1);
        pruefeDimension(dimension);
        pruefeCode(dimension, code);
        if (!gesehen.add(dimension)) {
          throw new IllegalArgumentException("dimension '" + dimension + "' appears twice");
        }
        b.put(dimension, code);
        if (komma < 0) {
          break;
        }
        start = komma + 1;
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Aufschluesselung needs 'insgesamt' or entries 'dimension=code' joined by ',', got '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
    return new Aufschluesselung(b.buildOrThrow());
  }

  /**
   * Checks the form of a dimension key: a lower-case ASCII letter followed by lower-case letters,
   * digits or '_'.
   *
   * @throws IllegalArgumentException quoting {@code dimension} otherwise
   */
  static void pruefeDimension(String dimension) {
    requireNonNull(dimension, "dimension");
    boolean ok = !dimension.isEmpty();
    for (int i = 0; ok && i < dimension.length(); i++) {
      char c = dimension.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'));
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "dimension needs a lower-case letter followed by lower-case letters, digits or '_',"
              + " got '"
              + dimension
              + "'");
    }
  }

  private static void pruefeCode(String dimension, String code) {
    requireNonNull(code, "code");
    boolean ok =
        !code.isEmpty()
            && !Character.isWhitespace(code.charAt(0))
            && !Character.isWhitespace(code.charAt(code.length() - 1));
    for (int i = 0; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = c != ',' && c != '=' && c != ';';
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "code of dimension '"
              + dimension
              + "' needs at least one character, no ',', '=' or"
              + " ';' and no surrounding whitespace, got '"
              + code
              + "'");
    }
  }

  /**
   * {@return this breakdown with {@code dimension} set to {@code code} (added, or replacing its
   * code)}
   *
   * @param dimension the dimension
   * @param code its code
   * @throws IllegalArgumentException quoting a malformed dimension or code
   */
  public Aufschluesselung mit(String dimension, String code) {
    requireNonNull(dimension, "dimension");
    requireNonNull(code, "code");
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, String> e : codes.entrySet()) {
      if (!e.getKey().equals(dimension)) {
        b.put(e);
      }
    }
    return new Aufschluesselung(b.put(dimension, code).buildOrThrow());
  }

  /**
   * {@return this breakdown without {@code dimension} (this one if it does not use it)}
   *
   * @param dimension the dimension to drop
   */
  public Aufschluesselung ohne(String dimension) {
    requireNonNull(dimension, "dimension");
    if (!codes.containsKey(dimension)) {
      return this;
    }
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, String> e : codes.entrySet()) {
      if (!e.getKey().equals(dimension)) {
        b.put(e);
      }
    }
    return new Aufschluesselung(b.buildOrThrow());
  }

  /** {@return the dimensions used, sorted; empty for the total} */
  public ImmutableSortedSet<String> dimensionen() {
    return codes.keySet();
  }

  /**
   * {@return the code of {@code dimension}, or empty if this breakdown does not use it}
   *
   * @param dimension the dimension, e.g. {@value #ALTERSGRUPPE}
   */
  public Optional<String> code(String dimension) {
    return Optional.ofNullable(codes.get(dimension));
  }

  /** {@return whether this is the total ({@link #INSGESAMT})} */
  public boolean istInsgesamt() {
    // the factories return the constant for the total: compared first, the map is not read
    return this == INSGESAMT || codes.isEmpty();
  }

  @Override
  public int compareTo(Aufschluesselung o) {
    Iterator<Map.Entry<String, String>> mine = codes.entrySet().iterator();
    Iterator<Map.Entry<String, String>> theirs = o.codes.entrySet().iterator();
    while (mine.hasNext() && theirs.hasNext()) {
      Map.Entry<String, String> a = mine.next();
      Map.Entry<String, String> b = theirs.next();
      int c = a.getKey().compareTo(b.getKey());
      if (c == 0) {
        c = a.getValue().compareTo(b.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(mine.hasNext(), theirs.hasNext());
  }

  /** The text form, e.g. {@code alter=0-2,geschlecht=w}, or {@code insgesamt}. */
  @Override
  public String toString() {
    if (codes.isEmpty()) {
      return INSGESAMT_TEXT;
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : codes.entrySet()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path and of a
  // bulk load; the maps' own equals builds entry sets, so dimensions and codes are compared in
  // place
  // (both maps are sorted by dimension). The hash is the one the record would compute (31 *
  // previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof Aufschluesselung o) || codes.size() != o.codes.size()) {
      return false;
    }
    return codes.isEmpty()
        || (codes.keySet().asList().equals(o.codes.keySet().asList())
            && codes.values().asList().equals(o.codes.values().asList()));
  }

  @Override
  public int hashCode() {
    return codes.isEmpty() ? 0 : codes.hashCode(); // the hash of an empty map, without iterating
  }
}
