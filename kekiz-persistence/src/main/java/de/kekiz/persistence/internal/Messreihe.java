package de.kekiz.persistence.internal;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import org.jspecify.annotations.Nullable;

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

  // written out: a bulk load looks up every row's Messreihe in a hash map (issue 14). The record's
  // generated methods go through method handles, and the breakdown's hashCode (that of Guava's
  // ImmutableSortedMap) builds an entry set for every row; this one hashes dimensions and codes in
  // place (the breakdown's equals does so itself)
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof Messreihe o
            && indikator.equals(o.indikator)
            && raum.equals(o.raum)
            && aufschluesselung.equals(o.aufschluesselung));
  }

  @Override
  public int hashCode() {
    int h = 31 * indikator.hashCode() + raum.hashCode();
    if (aufschluesselung.istInsgesamt()) {
      return h;
    }
    for (String d : aufschluesselung.dimensionen()) {
      h = 31 * h + (d.hashCode() ^ aufschluesselung.code(d).orElseThrow().hashCode());
    }
    return h;
  }
}
