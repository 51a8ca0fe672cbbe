package de.kekiz.domain.kommune;

/** Shared validation of the official digit keys and of the kebab-case keys of the package. */
final class Schluessel {
  private Schluessel() {}

  static void pruefeZiffern(String art, String wert, int laenge) {
    if (wert == null) {
      throw new NullPointerException(art);
    }
    if (wert.length() != laenge) {
      throw new IllegalArgumentException(
          art
              + " needs "
              + laenge
              + " digits, got '"
              + wert
              + "' ("
              + wert.length()
              + " characters)");
    }
    for (int i = 0; i < laenge; i++) {
      char c = wert.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            art
                + " needs "
                + laenge
                + " digits, got '"
                + wert
                + "' with '"
                + c
                + "' at position "
                + (i + 1));
      }
    }
  }

  /**
   * Whether {@code s} is a lower-case letter followed by at most {@code maxLaenge - 1} lower-case
   * letters, digits or '-' (ASCII only, so the result does not depend on the default locale).
   */
  static boolean istKennung(String s, int maxLaenge) {
    if (s.isEmpty() || s.length() > maxLaenge) {
      return false;
    }
    char first = s.charAt(0);
    if (first < 'a' || first > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
