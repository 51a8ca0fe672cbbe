package de.kekiz.domain;

import static java.util.Objects.requireNonNull;

/**
 * A domain rule (an invariant) is broken by values that are each well-formed.
 *
 * <p>{@link #regel()} is a stable, machine-readable name of the rule (for example {@code
 * "messwert.zaehler-groesser-als-nenner"}), {@link #gegenstand()} names the object that breaks it
 * (for example {@code "Messwert sgb2-quote-u15 05315000:404 2023"}); the message says both and
 * quotes the offending values.
 */
public class RegelverstossException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The stable name of the broken rule, e.g. {@code "messwert.zaehler-groesser-als-nenner"}. */
  private final String regel;

  /** The object that breaks the rule, as a reader would name it. */
  private final String gegenstand;

  /**
   * @param regel stable name of the broken rule
   * @param gegenstand the object that breaks it, as a reader would name it
   * @param detail what is wrong, quoting the offending values
   */
  public RegelverstossException(String regel, String gegenstand, String detail) {
    super(gegenstand + ": " + detail + " [" + regel + "]");
    this.regel = requireNonNull(regel, "regel");
    this.gegenstand = requireNonNull(gegenstand, "gegenstand");
  }

  /** {@return the stable name of the broken rule, e.g. {@code "programm.phase-doppelt"}} */
  public String regel() {
    return regel;
  }

  /** {@return the object that breaks the rule, as a reader would name it} */
  public String gegenstand() {
    return gegenstand;
  }

  /**
   * Throws a {@code RegelverstossException} unless {@code bedingung} holds.
   *
   * @param bedingung the rule's condition, true when the rule holds
   * @param regel stable name of the rule
   * @param gegenstand the object checked, as a reader would name it
   * @param detail what is wrong if the condition fails, quoting the offending values
   * @throws RegelverstossException if {@code bedingung} is false
   */
  public static void pruefe(boolean bedingung, String regel, String gegenstand, String detail) {
    if (!bedingung) {
      throw new RegelverstossException(regel, gegenstand, detail);
    }
  }
}
