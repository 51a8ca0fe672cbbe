package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

/**
 * The SDMX confidentiality status (CONF_STATUS) of a {@link Messwert}: whether its value may be
 * published. The enum constant's name is the SDMX code.
 *
 * <p>Only {@link #F} may be published; every other status means the value is <em>absent</em> in
 * every output (printed as {@code .}), never 0. The value itself may still be held internally, for
 * example to sum a Kommune's total from its Sozialräume.
 */
public enum ConfStatus {
  /** Free: may be published. */
  F("frei"),
  /** Confidential. */
  C("vertraulich"),
  /** Primary suppression, e.g. for a small number of cases. */
  A("primär gesperrt (kleine Fallzahl)"),
  /** Secondary suppression set by the sender, so that a suppressed value cannot be recomputed. */
  D("sekundär gesperrt (durch den Datenlieferanten)"),
  /** Secondary suppression set and managed by the receiver. */
  S("sekundär gesperrt (durch den Empfänger)"),
  /** Not for publication: for internal use only. */
  N("nicht zur Veröffentlichung");

  private final String bezeichnung;

  ConfStatus(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the SDMX code, e.g. {@code "F"}} */
  public String code() {
    return name();
  }

  /** {@return the German label, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return whether a value with this status may be published: true only for {@link #F}} */
  public boolean veroeffentlichbar() {
    return this == F;
  }

  /**
   * Reads an SDMX code ({@code F}, {@code C}, {@code A}, {@code D}, {@code S} or {@code N}).
   *
   * @param code the SDMX code, exact spelling
   * @return the status
   * @throws IllegalArgumentException quoting the input if it is none of these codes
   */
  public static ConfStatus parse(CharSequence code) {
    requireNonNull(code, "code");
    String s = code.toString();
    for (ConfStatus c : values()) {
      if (c.name().equals(s)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "CONF_STATUS needs one of the codes F, C, A, D, S, N, got '" + s + "'");
  }
}
