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
}
