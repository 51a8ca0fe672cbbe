package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import de.kekiz.domain.Stellenanteil;

/**
 * The coordination post of the Präventionskette, usually the one the programme funds (Ahlen: half a
 * post). Immutable and thread-safe.
 *
 * @param stelle the post, e.g. {@code Koordination Präventionskette}
 * @param anteil its share of a full position
 * @param angesiedeltBei where it sits, e.g. {@code Fachbereich Jugend, Soziales und Integration}
 */
public record Koordination(String stelle, Stellenanteil anteil, String angesiedeltBei) {

  public Koordination {
    Pruefung.text(stelle, "Koordination stelle");
    requireNonNull(anteil, "anteil");
    Pruefung.text(angesiedeltBei, "Koordination angesiedeltBei");
  }
}
