package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Points at one boundary version (Gebietsstand) of a Sozialraum: data collected for a district
 * stays tied to the boundary it was collected for, even after the boundary changed.
 *
 * <p>Text form {@code 05315000:404@2}; {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes. Immutable and thread-safe.
 *
 * @param id the Sozialraum
 * @param gebietsstand the version number of its boundary, from 1
 */
public record SozialraumRef(SozialraumId id, int gebietsstand)
    implements Comparable<SozialraumRef> {

  /**
   * @param id the Sozialraum
   * @param gebietsstand the version number of its boundary
   * @throws IllegalArgumentException if {@code gebietsstand} is below 1
   */
  public SozialraumRef {
    requireNonNull(id, "id");
    if (gebietsstand < 1) {
      throw new IllegalArgumentException(
          "Gebietsstand of Sozialraum " + id + " needs a number from 1, got " + gebietsstand);
    }
  }

  /**
   * {@return version {@code gebietsstand} of Sozialraum {@code id}}
   *
   * @param id the Sozialraum
   * @param gebietsstand the version number of its boundary, from 1
   * @throws IllegalArgumentException if {@code gebietsstand} is below 1
   */
  public static SozialraumRef of(SozialraumId id, int gebietsstand) {
    return new SozialraumRef(id, gebietsstand);
  }

  /**
   * Reads {@code 05315000:404@2}.
   *
   * @param text the text form, as {@link #toString()} writes it; blanks around it are ignored
   * @return the reference
   * @throws IllegalArgumentException quoting the input if it is not of that form
   */
  public static SozialraumRef parse(CharSequence text) {
    String s = text.toString().strip();
    int at = s.lastIndexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException(
          "SozialraumRef needs the form '<AGS>:<code>@<gebietsstand>', got '" + s + "'");
    }
    try {
      return new SozialraumRef(
          SozialraumId.parse(s.substring(0, at)), Integer.parseInt(s.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "SozialraumRef needs a number after '@', got '" + s + "'", e);
    }
  }

  @Override
  public int compareTo(SozialraumRef o) {
    int c = id.compareTo(o.id);
    return c != 0 ? c : Integer.compare(gebietsstand, o.gebietsstand);
  }

  @Override
  public String toString() {
    return id + "@" + gebietsstand;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof SozialraumRef o && id.equals(o.id) && gebietsstand == o.gebietsstand);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + gebietsstand;
  }
}
