package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;

/**
 * Identifies one Fassung (adopted version) of a Kommune's Leitbild.
 *
 * <p>Text form {@code 05570004/1}; {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes. Ordered by Kommune, then Fassung. Immutable and thread-safe.
 *
 * @param kommune the Kommune whose Leitbild it is
 * @param fassung the version number, from 1
 */
public record LeitbildId(Gemeindeschluessel kommune, int fassung)
    implements Comparable<LeitbildId> {

  /**
   * @param kommune the Kommune whose Leitbild it is
   * @param fassung the version number, from 1
   * @throws IllegalArgumentException if {@code fassung} is below 1
   */
  public LeitbildId {
    requireNonNull(kommune, "kommune");
    if (fassung < 1) {
      throw new IllegalArgumentException(
          "Fassung of the Leitbild of " + kommune + " needs a number from 1, got " + fassung);
    }
  }

  /**
   * {@return Fassung {@code fassung} of the Leitbild of {@code kommune}}
   *
   * @param kommune the Kommune whose Leitbild it is
   * @param fassung the version number, from 1
   * @throws IllegalArgumentException if {@code fassung} is below 1
   */
  public static LeitbildId of(Gemeindeschluessel kommune, int fassung) {
    return new LeitbildId(kommune, fassung);
  }

  /**
   * Reads {@code 05570004/1}.
   *
   * @param text the text form, as {@link #toString()} writes it; blanks around it are ignored
   * @return the id
   * @throws IllegalArgumentException quoting the input if it is not of that form
   */
  public static LeitbildId parse(CharSequence text) {
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "LeitbildId needs the form '<AGS>/<fassung>', got '" + s + "'");
    }
    try {
      return new LeitbildId(
          Gemeindeschluessel.parse(s.substring(0, slash)),
          Integer.parseInt(s.substring(slash + 1)));
    } catch (IllegalArgumentException e) { // includes NumberFormatException
      throw new IllegalArgumentException(
          "LeitbildId needs the form '<AGS>/<fassung>' with 8 digits and a number from 1, got '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public int compareTo(LeitbildId o) {
    int c = kommune.compareTo(o.kommune);
    return c != 0 ? c : Integer.compare(fassung, o.fassung);
  }

  @Override
  public String toString() {
    return kommune + "/" + fassung;
  }
}
