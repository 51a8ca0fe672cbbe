package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.port.KommuneRepository;
import java.util.Optional;

/**
 * Where a command finds a Kommune: in the database, or else in the {@link Gemeindeverzeichnis} of
 * NRW, so that every Gemeinde and Kreis of NRW works on a fresh database. A Kommune of another Land
 * has to be created first ({@code kekiz kommune}).
 */
final class Kommunenbestand {

  private Kommunenbestand() {}

  /** The Kommune {@code ags}: as stored, else from the register; empty if neither has it. */
  static Optional<Kommune> finde(KommuneRepository kommunen, Gemeindeschluessel ags) {
    requireNonNull(kommunen, "kommunen");
    Optional<Kommune> gespeichert = kommunen.findById(ags);
    return gespeichert.isPresent() ? gespeichert : Gemeindeverzeichnis.nrw().kommune(ags);
  }

  /**
   * The Kommune {@code ags} as stored; one of the register is stored first (in the caller's
   * transaction).
   *
   * @throws Abbruch if neither the database nor the register has it, saying how to create it
   */
  static Kommune gespeichert(KommuneRepository kommunen, Gemeindeschluessel ags, String datenbank) {
    Kommune k = finde(kommunen, ags).orElseThrow(() -> unbekannt(ags, datenbank));
    return k.revision() == 0 ? kommunen.save(k) : k;
  }

  /** The message for a Kommune that neither the database nor the register has. */
  static Abbruch unbekannt(Gemeindeschluessel ags, String datenbank) {
    return new Abbruch(
        "Kommune "
            + ags
            + " ist nicht in der "
            + datenbank
            + (ags.inNrw()
                ? " und nicht im Gemeindeverzeichnis NRW (kein gültiger Gemeinde- oder"
                    + " Kreisschlüssel)"
                : " (das eingebaute Gemeindeverzeichnis kennt nur Nordrhein-Westfalen)")
            + "; kekiz kommune --kommune "
            + ags
            + " --name NAME --art ART legt sie an, kekiz demo lädt die Beispielkommunen");
  }
}
