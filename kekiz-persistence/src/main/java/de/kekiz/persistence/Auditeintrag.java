package de.kekiz.persistence;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: who changed what, when.
 *
 * @param id the entry's number, ascending in the order of writing
 * @param zeitpunkt when, from the adapter's {@link java.time.Clock} (stored to the microsecond)
 * @param benutzer who, from the host's {@link de.kekiz.port.Benutzerkontext}
 * @param aggregat the kind of data: {@code Kommune}, {@code Leitbild}, {@code Praeventionskette},
 *     {@code Indikator} or {@code Messwert}
 * @param kennung the aggregate's id in text form, e.g. {@code 05570004} or {@code 05570004/1}; for
 *     Messwerte the Kommunen of the load
 * @param kommune the Kommune whose data changed, or {@code null} (an Indikator, or a load of
 *     Messwerte of several Kommunen)
 * @param aktion {@code ANGELEGT}, {@code GEAENDERT} or {@code GELOESCHT} for aggregates, {@code
 *     GESPEICHERT} or {@code GELOESCHT} for Messwerte
 * @param revisionVorher the revision before the change, or {@code null} (new, or Messwerte)
 * @param revisionNachher the revision after the change, or {@code null} (deleted, or Messwerte)
 * @param aenderung what changed, in words, e.g. {@code name: 'Ahlen' → 'Stadt Ahlen'}
 */
public record Auditeintrag(
    long id,
    Instant zeitpunkt,
    String benutzer,
    String aggregat,
    String kennung,
    @Nullable Gemeindeschluessel kommune,
    String aktion,
    @Nullable Long revisionVorher,
    @Nullable Long revisionNachher,
    String aenderung) {

  /**
   * Checks that every component but the optional ones is given.
   *
   * @param id the entry's number
   * @param zeitpunkt when
   * @param benutzer who
   * @param aggregat the kind of data
   * @param kennung the aggregate's id in text form
   * @param kommune the Kommune whose data changed, or {@code null}
   * @param aktion what was done
   * @param revisionVorher the revision before the change, or {@code null}
   * @param revisionNachher the revision after the change, or {@code null}
   * @param aenderung what changed, in words
   * @throws NullPointerException naming a missing component
   */
  public Auditeintrag {
    requireNonNull(zeitpunkt, "zeitpunkt");
    requireNonNull(benutzer, "benutzer");
    requireNonNull(aggregat, "aggregat");
    requireNonNull(kennung, "kennung");
    requireNonNull(aktion, "aktion");
    requireNonNull(aenderung, "aenderung");
  }

  /** {@return the Kommune whose data changed, or empty} */
  public Optional<Gemeindeschluessel> kommuneWert() {
    return Optional.ofNullable(kommune);
  }
}
