package de.kekiz.examples;

/**
 * A command cannot go on for a reason the user can act on (a Kommune that is not in the database,
 * an indicator that is unknown); its message is printed as it is, without a stack trace.
 */
final class Abbruch extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Abbruch(String nachricht) {
    super(nachricht);
  }

  /** With the exception behind it, shown by {@code --stacktrace} only. */
  Abbruch(String nachricht, Throwable ursache) {
    super(nachricht, ursache);
  }
}
