package de.kekiz.importe;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Strict reading of decimal numbers written as text; no locale is consulted. */
final class Zahlen {
  private Zahlen() {}

  /**
   * Reads an optional sign ({@code +} or {@code -}), at least one digit, and optionally one decimal
   * separator followed by at least one digit. {@code erlaubt1} and {@code erlaubt2} are the
   * accepted separators (pass the same character twice to accept one only). Surrounding whitespace
   * is ignored.
   *
   * @return the number, or {@code null} if {@code text} is not of that form
   */
  static @Nullable BigDecimal dezimal(String text, char erlaubt1, char erlaubt2) {
    String s = text.strip();
    int n = s.length();
    if (n == 0) {
      return null;
    }
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    char erstes = s.charAt(0);
    if (erstes == '+' || erstes == '-') {
      if (erstes == '-') {
        b.append('-');
      }
      i = 1;
    }
    int ziffernVorher = 0;
    int ziffernNachher = 0;
    boolean trenner = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
        if (trenner) {
          ziffernNachher++;
        } else {
          ziffernVorher++;
        }
      } else if ((c == erlaubt1 || c == erlaubt2) && !trenner) {
        trenner = true;
        b.append('.');
      } else {
        return null;
      }
    }
    if (ziffernVorher == 0 || (trenner && ziffernNachher == 0)) {
      return null;
    }
    return new BigDecimal(b.toString());
  }

  /**
   * Reads a number as statistics offices print it in tables: an optional {@code -} that may be
   * followed by blanks, digits in groups of three separated by single blanks ({@code 1 788 994};
   * the first group has one to three digits) or without separator, and optionally a decimal comma
   * followed by at least one digit. Surrounding whitespace is ignored.
   *
   * @return the number, or {@code null} if {@code text} is not of that form
   */
  static @Nullable BigDecimal gruppiert(String text) {
    String s = text.strip();
    boolean negativ = s.startsWith("-");
    if (negativ) {
      s = s.substring(1).stripLeading();
    }
    int komma = s.indexOf(',');
    String ganz = komma < 0 ? s : s.substring(0, komma);
    String bruch = komma < 0 ? "" : s.substring(komma + 1);
    if (ganz.isEmpty() || (komma >= 0 && bruch.isEmpty()) || !nurZiffern(bruch)) {
      return null;
    }
    String[] gruppen = ganz.split(" ", -1);
    if (gruppen.length > 1) {
      if (gruppen[0].isEmpty() || gruppen[0].length() > 3) {
        return null;
      }
      for (int i = 1; i < gruppen.length; i++) {
        if (gruppen[i].length() != 3) {
          return null;
        }
      }
    }
    String ziffern = String.join("", gruppen);
    if (ziffern.isEmpty() || !nurZiffern(ziffern)) {
      return null;
    }
    return new BigDecimal((negativ ? "-" : "") + ziffern + (bruch.isEmpty() ? "" : "." + bruch));
  }

  private static boolean nurZiffern(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
