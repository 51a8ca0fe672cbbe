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
public class Regelverstoss extends KekizException {
  private static final long serialVersionUID = 1L;

  private final String regel;
  private final String gegenstand;

  /**
   * @param regel stable name of the broken rule
   * @param gegenstand the object that breaks it, as a reader would name it
   * @param detail what is wrong, quoting the offending values
   */
  public Regelverstoss(String regel, String gegenstand, String detail) {
    super(gegenstand + ": " + detail + " [" + regel + "]");
    this.regel = requireNonNull(regel, "regel");
    this.gegenstand = requireNonNull(gegenstand, "gegenstand");
  }

  /** Returns the stable name of the broken rule. */
  public String regel() {
    return regel;
  }

  /** Returns the object that breaks the rule. */
  public String gegenstand() {
    return gegenstand;
  }

  /**
   * Throws a {@code Regelverstoss} unless {@code bedingung} holds.
   *
   * @throws Regelverstoss if {@code bedingung} is false
   */
  public static void pruefe(boolean bedingung, String regel, String gegenstand, String detail) {
    if (!bedingung) {
      throw new Regelverstoss(regel, gegenstand, detail);
    }
  }
}
