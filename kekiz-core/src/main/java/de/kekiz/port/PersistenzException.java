package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;
import java.util.OptionalLong;

/**
 * A storage adapter could not do what a port promised: the database is unreachable, a constraint
 * failed, a row could not be read. The adapter's own exception is the cause; the message says which
 * aggregate or which input row failed, so the technology never leaks through the port.
 *
 * <p>The message is German, for the person who triggered it: {@code Speichern der Kommune 05570004
 * ist fehlgeschlagen: } followed by the cause's message (the database's own words).
 */
public final class PersistenzException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** What failed. */
  private final String gegenstand;

  /** The row's position in the caller's list, counted from 1; 0 or negative if none. */
  private final long position;

  /**
   * @param gegenstand what failed, in German and in the form of a noun phrase, e.g. {@code
   *     "Speichern der Kommune 05570004"} or {@code "Speichern der Messwertzeile 1234
   *     (sgb2-quote-u15@2 05315000:404@1 2023)"}
   * @param cause the adapter's exception
   */
  public PersistenzException(String gegenstand, Throwable cause) {
    this(gegenstand, -1, cause);
  }

  /**
   * A failure at one row of a list the caller passed (for example the Messwerte of {@code
   * MesswertRepository.saveAll}), so that the caller can name the row's origin (a file and line).
   *
   * @param gegenstand what failed, in German, e.g. {@code "Speichern der Messwertzeile 1234 (…)"}
   * @param position the row's position in the caller's list, counted from 1; negative if none
   * @param cause the adapter's exception
   */
  public PersistenzException(String gegenstand, long position, Throwable cause) {
    super(gegenstand + " ist fehlgeschlagen: " + cause.getMessage(), cause);
    this.gegenstand = requireNonNull(gegenstand, "gegenstand");
    this.position = position;
  }

  /** {@return what failed, e.g. {@code "Speichern der Kommune 05570004"}} */
  public String gegenstand() {
    return gegenstand;
  }

  /**
   * {@return the position of the row that failed in the caller's list (from 1), or empty if the
   * failure has none}
   */
  public OptionalLong position() {
    return position > 0 ? OptionalLong.of(position) : OptionalLong.empty();
  }
}
