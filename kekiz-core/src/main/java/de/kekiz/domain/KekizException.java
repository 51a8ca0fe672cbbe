package de.kekiz.domain;

/**
 * Root of every exception kekiz throws for a broken domain rule or a failed port operation.
 *
 * <p>Malformed single values (a key with a letter in it, a negative count) are reported with {@link
 * IllegalArgumentException} instead; a {@code KekizException} says that well-formed values do not
 * fit together, or that an adapter could not do what a port promised. Every subtype carries the
 * facts as fields, so callers need not parse messages.
 */
public abstract class KekizException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with no cause.
   *
   * @param message what went wrong, naming the values involved
   */
  protected KekizException(String message) {
    super(message);
  }

  /**
   * An exception caused by another one.
   *
   * @param message what went wrong, naming the values involved
   * @param cause the exception that made the operation fail
   */
  protected KekizException(String message, Throwable cause) {
    super(message, cause);
  }
}
