package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;

/**
 * A storage adapter could not do what a port promised: the database is unreachable, a constraint
 * failed, a row could not be read. The adapter's own exception is the cause; the message says which
 * aggregate or which input row failed, so the technology never leaks through the port.
 */
public final class PersistenzException extends KekizException {
  private static final long serialVersionUID = 1L;

  private final String gegenstand;

  /**
   * @param gegenstand what failed, e.g. {@code "saving Kommune 05570004"} or {@code "Messwert row
   *     1234 (sgb2-quote-u15@2 05315000:404@1 2023)"}
   * @param cause the adapter's exception
   */
  public PersistenzException(String gegenstand, Throwable cause) {
    super(gegenstand + " failed: " + cause.getMessage(), cause);
    this.gegenstand = requireNonNull(gegenstand, "gegenstand");
  }

  /** What failed. */
  public String gegenstand() {
    return gegenstand;
  }
}
