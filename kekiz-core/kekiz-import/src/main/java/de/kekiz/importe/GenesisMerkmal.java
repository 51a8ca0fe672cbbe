package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One classifying variable of a GENESIS row with its attribute, e.g. {@code KREISE} = {@code 05315}
 * "Köln, kreisfreie Stadt" or {@code GES} = {@code GESW} "weiblich". Immutable and thread-safe.
 *
 * @param spalte the column of the attribute code in the file, from 1
 * @param code the variable code ({@code n_variable_code} / {@code n_Merkmal_Code})
 * @param label the variable label
 * @param auspraegungCode the attribute code; empty for a total
 * @param auspraegungLabel the attribute label, as written (the older format indents it)
 */
public record GenesisMerkmal(
    int spalte, String code, String label, String auspraegungCode, String auspraegungLabel) {

  /**
   * Checks that no part is {@code null}.
   *
   * @param spalte the column of the attribute code in the file, from 1
   * @param code the variable code ({@code n_variable_code} / {@code n_Merkmal_Code})
   * @param label the variable label
   * @param auspraegungCode the attribute code; empty for a total
   * @param auspraegungLabel the attribute label, as written (the older format indents it)
   */
  public GenesisMerkmal {
    requireNonNull(code, "code");
    requireNonNull(label, "label");
    requireNonNull(auspraegungCode, "auspraegungCode");
    requireNonNull(auspraegungLabel, "auspraegungLabel");
  }

  /**
   * Whether the attribute is the total over the variable: an empty attribute code, the code {@code
   * INSGESAMT}, or the label {@code Insgesamt} / {@code Total}.
   *
   * @return whether the attribute is the total
   */
  public boolean insgesamt() {
    if (auspraegungCode.isEmpty() || auspraegungCode.equalsIgnoreCase("INSGESAMT")) {
      return true;
    }
    String l = auspraegungLabel.strip().toLowerCase(Locale.ROOT);
    return l.equals("insgesamt") || l.equals("total");
  }
}
