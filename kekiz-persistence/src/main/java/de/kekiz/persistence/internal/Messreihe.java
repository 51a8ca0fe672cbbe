package de.kekiz.persistence.internal;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;

/**
 * The natural key of a row of the table {@code messreihe}: one Kommune's values of one indicator
 * version for one area version and one breakdown. A Messwert is its Messreihe and its period.
 *
 * @param indikator the indicator version
 * @param raum the area (its Kommune is the Messreihe's)
 * @param aufschluesselung the breakdown
 */
public record Messreihe(IndikatorRef indikator, Raumbezug raum, Aufschluesselung aufschluesselung) {

  public Messreihe {
    requireNonNull(indikator, "indikator");
    requireNonNull(raum, "raum");
    requireNonNull(aufschluesselung, "aufschluesselung");
  }

  /** The Messreihe of {@code m}. */
  public static Messreihe von(Messwert m) {
    return new Messreihe(m.indikator(), m.raum(), m.aufschluesselung());
  }

  /** The key of this Messreihe's Messwert for {@code periode}. */
  public MesswertSchluessel schluessel(Periode periode) {
    return new MesswertSchluessel(indikator, raum, periode, aufschluesselung);
  }

  /**
   * The column {@code sozialraum_code}: the Sozialraum's code, {@code ''} for the whole Kommune.
   */
  public String sozialraumCode() {
    return raum instanceof SozialraumBezug s ? s.sozialraum().id().code() : "";
  }

  /** The column {@code gebietsstand}: the Sozialraum's Gebietsstand, 0 for the whole Kommune. */
  public int gebietsstand() {
    return raum instanceof SozialraumBezug s ? s.sozialraum().gebietsstand() : 0;
  }
}
