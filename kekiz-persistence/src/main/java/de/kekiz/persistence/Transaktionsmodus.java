package de.kekiz.persistence;

/** Whether the adapter runs each change in a transaction of its own or joins the caller's. */
public enum Transaktionsmodus {

  /**
   * Each repository call that writes runs in a transaction of its own on a connection taken from
   * the host's {@code DataSource}, and commits or rolls back before it returns. The default.
   */
  EIGENE,

  /**
   * Each repository call uses the connection the host's {@code DataSource} (or {@code DSLContext})
   * gives it, never commits, never rolls back the host's transaction and never changes its
   * auto-commit mode: the host commits or rolls back. Use it with a transaction-aware {@code
   * DataSource} (one that hands out the connection bound to the current transaction) or a {@code
   * DSLContext} on the host's connection.
   *
   * <p>A call that writes needs a connection outside auto-commit mode, or it fails with {@link
   * IllegalStateException} before writing: its writes could not be all or nothing. A call that
   * fails undoes its own writes (through a savepoint) and leaves the caller's transaction usable.
   */
  DES_AUFRUFERS
}
