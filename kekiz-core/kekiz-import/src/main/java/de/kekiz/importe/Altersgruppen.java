package de.kekiz.importe;

import de.kekiz.domain.Altersspanne;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the age group from the label of a GENESIS age attribute or the header of a population table
 * (German or English).
 */
final class Altersgruppen {
  private Altersgruppen() {}

  private static final String JAHRE = "\\s*(?:jahren?|jahre|years?)?";
  private static final Pattern UNTER = Pattern.compile("(?:unter|under)\\s+(\\d+)" + JAHRE);
  private static final Pattern VON_BIS_UNTER =
      Pattern.compile("(\\d+)\\s+(?:bis unter|to under)\\s+(\\d+)" + JAHRE);
  private static final Pattern VON_BIS =
      Pattern.compile("(\\d+)\\s*(?:bis|to|-)\\s*(\\d+)" + JAHRE);
  private static final Pattern AB =
      Pattern.compile(
          "(\\d+)"
              + JAHRE
              + "\\s+(?:und mehr|und älter|und aelter|u\\. mehr|u\\. älter|u\\. aelter|and over"
              + "|and older|(?:and )?more)");
  private static final Pattern EIN_JAHR = Pattern.compile("(\\d+)" + JAHRE);

  /**
   * The age group a label names: {@code unter 15 Jahre} is {@code 0-14}, {@code 15 bis unter 20
   * Jahre} {@code 15-19}, {@code 10 bis 19 Jahre} {@code 10-19}, {@code 75 Jahre und mehr} {@code
   * 75+} (so is {@code 75 u. älter}), {@code 6 Jahre} {@code 6-6}; empty for any other label.
   */
  static Optional<Altersspanne> ausLabel(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    try {
      Matcher m = UNTER.matcher(s);
      if (m.matches()) {
        return Optional.of(Altersspanne.unter(Integer.parseInt(m.group(1))));
      }
      m = VON_BIS_UNTER.matcher(s);
      if (m.matches()) {
        return Optional.of(
            Altersspanne.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) - 1));
      }
      m = VON_BIS.matcher(s);
      if (m.matches()) {
        return Optional.of(
            Altersspanne.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      m = AB.matcher(s);
      if (m.matches()) {
        return Optional.of(Altersspanne.ab(Integer.parseInt(m.group(1))));
      }
      m = EIN_JAHR.matcher(s);
      if (m.matches()) {
        int jahr = Integer.parseInt(m.group(1));
        return Optional.of(Altersspanne.of(jahr, jahr));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
