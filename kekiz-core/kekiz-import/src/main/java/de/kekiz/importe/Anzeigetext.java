package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Text from outside (a value of an import file, a file or folder name) made safe to show on a
 * terminal or in a message: every character that could steer a terminal or reorder text is made
 * visible, and long text is cut.
 *
 * <p>Shown as an escape: control characters ({@code \t}, {@code \n}, {@code \r}, {@code \e} for
 * ESC, others as {@code \u0007}), format characters such as the bidirectional overrides and
 * isolates ({@code \u202E}) and zero-width characters, line and paragraph separators, unpaired
 * surrogates and the backslash itself ({@code \\}), so that what is shown can be told apart from
 * what was there.
 */
public final class Anzeigetext {

  /** The length to which {@link #sichtbar(CharSequence)} cuts a value. */
  public static final int STANDARDLAENGE = 120;

  private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private Anzeigetext() {}

  /**
   * {@code tag} as a German reads a date, e.g. {@code 31.12.2024}.
   *
   * @param tag the date
   * @return the date as {@code dd.MM.yyyy}
   */
  public static String datum(LocalDate tag) {
    return TAG.format(requireNonNull(tag, "tag"));
  }

  /**
   * {@code anzahl} as a German reads a count, with thousands separators: {@code 27.885}.
   *
   * @param anzahl the count
   * @return the count with German thousands separators
   */
  public static String zahl(long anzahl) {
    return String.format(Locale.GERMANY, "%,d", anzahl);
  }

  /**
   * {@code anzahl} with thousands separators and the noun in singular or plural: {@code 1 Zeile},
   * {@code 1.467 Zeilen}.
   *
   * @param anzahl the count
   * @param einzahl the noun for exactly one, e.g. {@code Zeile}
   * @param mehrzahl the noun for any other count, e.g. {@code Zeilen}
   * @return the count and the noun, separated by a space
   */
  public static String anzahl(long anzahl, String einzahl, String mehrzahl) {
    return zahl(anzahl) + " " + (anzahl == 1 ? einzahl : mehrzahl);
  }

  /**
   * {@code text} made visible and cut to {@value #STANDARDLAENGE} characters of input.
   *
   * @param text the text from outside
   * @return the text with every steering character escaped, cut if longer
   */
  public static String sichtbar(CharSequence text) {
    return sichtbar(text, STANDARDLAENGE);
  }

  /**
   * {@code text} with every steering character escaped, cut after {@code hoechstens} characters of
   * input: then it ends with {@code …} and the length of the whole input ({@code … (10485760
   * Zeichen)}).
   *
   * @param text the text from outside
   * @param hoechstens how many characters of input to show at most, at least 1
   * @return the text with every steering character escaped, cut if longer
   * @throws IllegalArgumentException if {@code hoechstens} is below 1
   */
  public static String sichtbar(CharSequence text, int hoechstens) {
    requireNonNull(text, "text");
    if (hoechstens < 1) {
      throw new IllegalArgumentException("hoechstens needs at least 1, got " + hoechstens);
    }
    int n = text.length();
    int ende = Math.min(n, hoechstens);
    StringBuilder b = new StringBuilder(ende + 16);
    for (int i = 0; i < ende; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        if (istSteuernd(cp)) {
          b.append(String.format(Locale.ROOT, "\\u{%X}", cp));
        } else {
          b.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\u001B' -> b.append("\\e");
        default -> {
          if (istSteuernd(c) || Character.isSurrogate(c)) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    if (ende < n) {
      b.append("… (").append(n).append(" Zeichen)");
    }
    return b.toString();
  }

  /**
   * Whether code point {@code cp} steers rather than shows: a control or format character
   * (bidirectional controls, zero-width characters, the byte order mark), a line or paragraph
   * separator, or a noncharacter.
   *
   * @param cp the Unicode code point
   * @return whether it is escaped when shown
   */
  public static boolean istSteuernd(int cp) {
    int art = Character.getType(cp);
    return art == Character.CONTROL
        || art == Character.FORMAT
        || art == Character.LINE_SEPARATOR
        || art == Character.PARAGRAPH_SEPARATOR
        || art == Character.UNASSIGNED && (cp & 0xFFFE) == 0xFFFE
        || (cp >= 0xFDD0 && cp <= 0xFDEF);
  }

  /**
   * Whether {@code text} holds a character that {@link #istSteuernd} names.
   *
   * @param text the text to look at
   * @return whether at least one of its code points steers
   */
  public static boolean enthaeltSteuerzeichen(CharSequence text) {
    return text.codePoints().anyMatch(Anzeigetext::istSteuernd);
  }
}
