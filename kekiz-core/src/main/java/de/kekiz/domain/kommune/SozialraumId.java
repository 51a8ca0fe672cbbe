package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Identifies a Sozialraum across its boundary versions: the Kommune it belongs to plus a code
 * unique inside that Kommune (e.g. the Köln Stadtteil number {@code 404}).
 *
 * <p>Text form {@code 05315000:404}; {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes. Immutable and thread-safe.
 *
 * @param kommune the Kommune the Sozialraum lies in
 * @param code the code inside the Kommune: 1 to 40 characters of letters, digits, '-', '_' or '.'
 */
public record SozialraumId(Gemeindeschluessel kommune, String code)
    implements Comparable<SozialraumId> {

  /**
   * @param kommune the Kommune the Sozialraum lies in
   * @param code the code inside the Kommune
   * @throws IllegalArgumentException quoting {@code code} if it is not 1 to 40 letters, digits,
   *     '-', '_' or '.'
   */
  public SozialraumId {
    requireNonNull(kommune, "kommune");
    requireNonNull(code, "code");
    if (code.isEmpty() || code.length() > 40) {
      throw new IllegalArgumentException(
          "Sozialraum code needs 1 to 40 characters, got '" + code + "'");
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9')
              || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || c == '-'
              || c == '_'
              || c == '.';
      if (!ok) {
        throw new IllegalArgumentException(
            "Sozialraum code may hold letters a-z and A-Z, digits, '-', '_' and '.', got '"
                + code
                + "' with '"
                + c
                + "' at position "
                + (i + 1));
      }
    }
  }

  /**
   * {@return the Sozialraum {@code code} of the Kommune {@code kommune}}
   *
   * @param kommune the Kommune the Sozialraum lies in
   * @param code the code inside the Kommune: 1 to 40 letters, digits, '-', '_' or '.'
   * @throws IllegalArgumentException quoting {@code code} if it is malformed
   */
  public static SozialraumId of(Gemeindeschluessel kommune, String code) {
    return new SozialraumId(kommune, code);
  }

  /**
   * Reads {@code 05315000:404}.
   *
   * @param text the text form, as {@link #toString()} writes it; blanks around it are ignored
   * @return the id
   * @throws IllegalArgumentException quoting the input if it is not of that form
   */
  public static SozialraumId parse(CharSequence text) {
    String s = text.toString().strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "SozialraumId needs the form '<AGS>:<code>', got '" + s + "'");
    }
    return new SozialraumId(
        Gemeindeschluessel.parse(s.substring(0, colon)), s.substring(colon + 1));
  }

  @Override
  public int compareTo(SozialraumId o) {
    int c = kommune.compareTo(o.kommune);
    return c != 0 ? c : code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return kommune + ":" + code;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof SozialraumId o && kommune.equals(o.kommune) && code.equals(o.code));
  }

  @Override
  public int hashCode() {
    return 31 * kommune.hashCode() + code.hashCode();
  }
}
