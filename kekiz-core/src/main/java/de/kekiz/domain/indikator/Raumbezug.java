package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;

/**
 * The area an observation refers to: a whole Kommune ({@link KommuneBezug}) or one boundary version
 * of one of its Sozialräume ({@link SozialraumBezug}).
 *
 * <p>Text form {@code 05315000} or {@code 05315000:404@1}; {@link #parse(CharSequence)} reads
 * either. Ordered by Kommune, the Kommune itself before its Sozialräume, then by Sozialraum and
 * Gebietsstand.
 */
public sealed interface Raumbezug extends Comparable<Raumbezug>
    permits KommuneBezug, SozialraumBezug {

  /** {@return the Kommune the area lies in (the Kommune itself for a {@link KommuneBezug})} */
  Gemeindeschluessel kommune();

  /**
   * {@return the whole Kommune {@code kommune} as an area}
   *
   * @param kommune the Kommune's key
   */
  static KommuneBezug of(Gemeindeschluessel kommune) {
    return new KommuneBezug(kommune);
  }

  /**
   * {@return the Sozialraum version {@code sozialraum} as an area}
   *
   * @param sozialraum the Sozialraum version
   */
  static SozialraumBezug of(SozialraumRef sozialraum) {
    return new SozialraumBezug(sozialraum);
  }

  /**
   * Reads {@code 05315000} (a Kommune) or {@code 05315000:404@1} (a Sozialraum version).
   *
   * @param text the text form; surrounding whitespace is ignored
   * @return the area
   * @throws IllegalArgumentException quoting the input if it is neither
   */
  static Raumbezug parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      return s.indexOf(':') < 0
          ? new KommuneBezug(Gemeindeschluessel.parse(s))
          : new SozialraumBezug(SozialraumRef.parse(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Raumbezug needs an AGS such as '05315000' or a Sozialraum version such as"
              + " '05315000:404@1', got '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /** Orders by Kommune, the Kommune before its Sozialräume, then by Sozialraum version. */
  @Override
  default int compareTo(Raumbezug o) {
    int c = kommune().compareTo(o.kommune());
    if (c != 0) {
      return c;
    }
    if (this instanceof SozialraumBezug mine) {
      return o instanceof SozialraumBezug theirs
          ? mine.sozialraum().compareTo(theirs.sozialraum())
          : 1;
    }
    return o instanceof SozialraumBezug ? -1 : 0;
  }
}
