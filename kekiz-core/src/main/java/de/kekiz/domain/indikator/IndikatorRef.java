package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Points at one version of an indicator definition, e.g. {@code sgb2-quote-u15@2}: a {@link
 * Messwert} is tied to the definition it was computed by.
 *
 * <p>Text form {@code <key>@<version>}; {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes. Ordered by key, then version. Immutable and thread-safe.
 *
 * @param key the indicator
 * @param version the version of its definition, from 1
 */
public record IndikatorRef(IndikatorKey key, int version) implements Comparable<IndikatorRef> {

  /**
   * @param key the indicator
   * @param version the version of its definition
   * @throws IllegalArgumentException if {@code version} is below 1
   */
  public IndikatorRef {
    requireNonNull(key, "key");
    if (version < 1) {
      throw new IllegalArgumentException(
          "version of indicator " + key + " needs a number from 1, got " + version);
    }
  }

  /**
   * {@return version {@code version} of indicator {@code key}}
   *
   * @param key the indicator
   * @param version the version of its definition, from 1
   * @throws IllegalArgumentException if {@code version} is below 1
   */
  public static IndikatorRef of(IndikatorKey key, int version) {
    return new IndikatorRef(key, version);
  }

  /**
   * {@return version {@code version} of the indicator with key {@code key}}
   *
   * @param key the indicator's key, e.g. {@code sgb2-quote-u15}
   * @param version the version of its definition, from 1
   * @throws IllegalArgumentException if the key is malformed or {@code version} is below 1
   */
  public static IndikatorRef of(String key, int version) {
    return new IndikatorRef(IndikatorKey.of(key), version);
  }

  /**
   * Reads {@code sgb2-quote-u15@2}; surrounding whitespace is ignored.
   *
   * @param text the text form, as {@link #toString()} writes it
   * @return the reference
   * @throws IllegalArgumentException quoting the input if it is not of that form
   */
  public static IndikatorRef parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    int at = s.lastIndexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException(
          "IndikatorRef needs the form '<key>@<version>', got '" + s + "'");
    }
    try {
      return new IndikatorRef(
          IndikatorKey.of(s.substring(0, at)), Integer.parseInt(s.substring(at + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "IndikatorRef needs the form '<key>@<version>', got '" + s + "': " + e.getMessage(), e);
    }
  }

  @Override
  public int compareTo(IndikatorRef o) {
    int c = key.compareTo(o.key);
    return c != 0 ? c : Integer.compare(version, o.version);
  }

  /** The text form, e.g. {@code sgb2-quote-u15@2}. */
  @Override
  public String toString() {
    return key + "@" + version;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof IndikatorRef o && key.equals(o.key) && version == o.version);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + version;
  }
}
