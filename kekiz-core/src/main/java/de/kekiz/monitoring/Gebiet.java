package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.SozialraumRef;

/**
 * The area a {@link Kennzahl} describes: one boundary version of a Sozialraum, a Kommune, a Kreis
 * (the sum of its Gemeinden) or a Land (the sum of its Gemeinden).
 *
 * <p>A {@link de.kekiz.domain.indikator.Raumbezug} names only Kommunen and Sozialräume, because
 * observations are delivered for those; the sums the monitoring computes also reach the Kreis and
 * the Land, so results use this wider type.
 *
 * <p>Text forms: {@code 05} (Land), {@code 05978} (Kreis), {@code 05315000} (Kommune), {@code
 * 05315000:404@1} (Sozialraum version); {@link #parse(CharSequence)} reads each back. Ordered from
 * the coarsest level to the finest, then by key.
 */
public sealed interface Gebiet extends Comparable<Gebiet>
    permits LandGebiet, KreisGebiet, KommuneGebiet, SozialraumGebiet {

  /**
   * {@return the level of the area: {@code LAND}, {@code KREIS}, {@code GEMEINDE} or {@code
   * SOZIALRAUM}}
   */
  RaeumlicheEbene ebene();

  /**
   * The Land, e.g. {@code 05} for Nordrhein-Westfalen.
   *
   * @param schluessel the 2-digit Land key, {@code 01} to {@code 16}
   * @return the Land
   * @throws IllegalArgumentException quoting the key unless it is {@code 01} to {@code 16}
   */
  static LandGebiet land(String schluessel) {
    return new LandGebiet(schluessel);
  }

  /**
   * The Kreis (or kreisfreie Stadt at Kreis level) {@code kreis}.
   *
   * @param kreis the 5-digit Kreisschlüssel
   * @return the Kreis
   */
  static KreisGebiet kreis(Kreisschluessel kreis) {
    return new KreisGebiet(kreis);
  }

  /**
   * The Kommune {@code kommune}.
   *
   * @param kommune the Kommune's AGS
   * @return the Kommune
   */
  static KommuneGebiet kommune(Gemeindeschluessel kommune) {
    return new KommuneGebiet(kommune);
  }

  /**
   * The Sozialraum version {@code sozialraum}.
   *
   * @param sozialraum the Sozialraum version
   * @return the Sozialraum version as an area
   */
  static SozialraumGebiet sozialraum(SozialraumRef sozialraum) {
    return new SozialraumGebiet(sozialraum);
  }

  /**
   * The area an observation refers to.
   *
   * @param raum the spatial reference of an observation: the Kommune or a Sozialraum version
   * @return the Kommune or Sozialraum version it refers to
   */
  static Gebiet von(Raumbezug raum) {
    requireNonNull(raum, "raum");
    if (raum instanceof SozialraumBezug s) {
      return new SozialraumGebiet(s.sozialraum());
    }
    return new KommuneGebiet(((KommuneBezug) raum).kommune());
  }

  /**
   * Reads {@code 05}, {@code 05978}, {@code 05315000} or {@code 05315000:404@1}; surrounding
   * whitespace is ignored.
   *
   * @param text the key of a Land, Kreis or Kommune, or a Sozialraum version as {@code
   *     AGS:code@Gebietsstand}
   * @return the area the text names
   * @throws IllegalArgumentException quoting the input if it is none of these
   */
  static Gebiet parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      if (s.indexOf(':') >= 0) {
        return new SozialraumGebiet(SozialraumRef.parse(s));
      }
      switch (s.length()) {
        case 2:
          return new LandGebiet(s);
        case 5:
          return new KreisGebiet(Kreisschluessel.parse(s));
        default:
          return new KommuneGebiet(Gemeindeschluessel.parse(s));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Gebiet needs a Land key such as '05', a Kreisschlüssel such as '05978', an AGS such as"
              + " '05315000' or a Sozialraum version such as '05315000:404@1', got '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /** Orders from the coarsest level to the finest, then by key. */
  @Override
  default int compareTo(Gebiet o) {
    int c = o.ebene().compareTo(ebene());
    if (c != 0) {
      return c;
    }
    return toString().compareTo(o.toString());
  }
}
