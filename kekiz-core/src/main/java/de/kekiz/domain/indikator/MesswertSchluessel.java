package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

/**
 * The unique key of a {@link Messwert}: which indicator version, which area, which period, which
 * breakdown. At most one observation exists per key.
 *
 * <p>Text form: the four parts' text forms joined by single spaces, e.g. {@code sgb2-quote-u15@2
 * 05315000:404@1 2023 insgesamt}; {@link #parse(CharSequence)} reads it back (the breakdown is the
 * rest after the third space, so codes with spaces survive). Ordered by indicator, area, period and
 * breakdown. Immutable and thread-safe.
 *
 * @param indikator the indicator version
 * @param raum the area
 * @param periode the period
 * @param aufschluesselung the breakdown ({@link Aufschluesselung#INSGESAMT} for the total)
 */
public record MesswertSchluessel(
    IndikatorRef indikator, Raumbezug raum, Periode periode, Aufschluesselung aufschluesselung)
    implements Comparable<MesswertSchluessel> {

  /**
   * @param indikator the indicator version
   * @param raum the area
   * @param periode the period
   * @param aufschluesselung the breakdown
   */
  public MesswertSchluessel {
    requireNonNull(indikator, "indikator");
    requireNonNull(raum, "raum");
    requireNonNull(periode, "periode");
    requireNonNull(aufschluesselung, "aufschluesselung");
  }

  /**
   * Same as the constructor.
   *
   * @param indikator the indicator version
   * @param raum the area
   * @param periode the period
   * @param aufschluesselung the breakdown ({@link Aufschluesselung#INSGESAMT} for the total)
   * @return the key
   */
  public static MesswertSchluessel of(
      IndikatorRef indikator, Raumbezug raum, Periode periode, Aufschluesselung aufschluesselung) {
    return new MesswertSchluessel(indikator, raum, periode, aufschluesselung);
  }

  /**
   * Reads {@code sgb2-quote-u15@2 05315000:404@1 2023 insgesamt}.
   *
   * @param text the text form, as {@link #toString()} writes it
   * @return the key
   * @throws IllegalArgumentException quoting the input if it is not of that form
   */
  public static MesswertSchluessel parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    int a = s.indexOf(' ');
    int b = a < 0 ? -1 : s.indexOf(' ', a + 1);
    int c = b < 0 ? -1 : s.indexOf(' ', b + 1);
    if (c < 0) {
      throw new IllegalArgumentException(
          "MesswertSchluessel needs the form '<indikator@version> <raum> <periode>"
              + " <aufschluesselung>', got '"
              + s
              + "'");
    }
    try {
      return new MesswertSchluessel(
          IndikatorRef.parse(s.substring(0, a)),
          Raumbezug.parse(s.substring(a + 1, b)),
          Periode.parse(s.substring(b + 1, c)),
          Aufschluesselung.parse(s.substring(c + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "MesswertSchluessel needs the form '<indikator@version> <raum> <periode>"
              + " <aufschluesselung>', got '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public int compareTo(MesswertSchluessel o) {
    int c = indikator.compareTo(o.indikator);
    if (c == 0) {
      c = raum.compareTo(o.raum);
    }
    if (c == 0) {
      c = periode.compareTo(o.periode);
    }
    return c != 0 ? c : aufschluesselung.compareTo(o.aufschluesselung);
  }

  /** The text form, e.g. {@code sgb2-quote-u15@2 05315000:404@1 2023 insgesamt}. */
  @Override
  public String toString() {
    return indikator + " " + raum + " " + periode + " " + aufschluesselung;
  }
}
