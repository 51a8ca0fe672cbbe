package de.kekiz.port;

import static java.util.Objects.requireNonNull;

/**
 * Tells an adapter who is acting: the host application supplies it (from its login, its security
 * context, its batch job's name), and the adapter records it in the audit trail with every change.
 *
 * <p>Called once per change, in the thread that makes the change. An implementation must not return
 * a blank name; adapters reject one with {@link IllegalStateException}.
 */
@FunctionalInterface
public interface Benutzerkontext {

  /**
   * {@return the user (or process) acting now, e.g. {@code "m.mustermann"} or {@code "import-job"};
   * never blank}
   */
  String benutzer();

  /**
   * {@return a context that always names {@code benutzer}, e.g. for a batch job or a test}
   *
   * @param benutzer the name to record, not blank
   * @throws IllegalArgumentException quoting {@code benutzer} if it is blank
   */
  static Benutzerkontext fest(String benutzer) {
    requireNonNull(benutzer, "benutzer");
    if (benutzer.isBlank()) {
      throw new IllegalArgumentException(
          "Benutzer needs a name that is not blank, got '" + benutzer + "'");
    }
    return () -> benutzer;
  }
}
