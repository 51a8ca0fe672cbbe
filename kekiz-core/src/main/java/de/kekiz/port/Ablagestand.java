package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An earlier stored state of an aggregate: the content a save replaced or a delete removed, with
 * the revision it was stored under and when and by whom it was replaced (transaction time: when the
 * store changed, not when the facts were valid).
 *
 * <p>Immutable and thread-safe if {@code T} is.
 *
 * @param inhalt the aggregate exactly as it was stored before it was replaced, its revision
 *     included
 * @param revision the revision it was stored under; the revision of {@code inhalt}
 * @param ersetztAm when the save or delete that replaced it was made
 * @param ersetztVon who made that save or delete (the adapter's user, e.g. its {@link
 *     Benutzerkontext}); not blank
 * @param geloescht true if a delete removed it, false if a save replaced it with the next revision
 * @param <T> the aggregate
 */
public record Ablagestand<T>(
    T inhalt, long revision, Instant ersetztAm, String ersetztVon, boolean geloescht) {

  /**
   * Checks the components.
   *
   * @param inhalt the aggregate as it was stored
   * @param revision the revision it was stored under, at least 1
   * @param ersetztAm when it was replaced
   * @param ersetztVon who replaced it, not blank
   * @param geloescht whether a delete removed it
   * @throws IllegalArgumentException quoting the value if {@code revision} is below 1 or {@code
   *     ersetztVon} is blank
   */
  public Ablagestand {
    requireNonNull(inhalt, "inhalt");
    requireNonNull(ersetztAm, "ersetztAm");
    requireNonNull(ersetztVon, "ersetztVon");
    if (revision < 1) {
      throw new IllegalArgumentException("a stored state has revision 1 or more, got " + revision);
    }
    if (ersetztVon.isBlank()) {
      throw new IllegalArgumentException(
          "a stored state needs the user who replaced it, got '" + ersetztVon + "'");
    }
  }
}
