package de.kekiz.domain.kommune;

/** Shared validation of the official digit keys. */
final class Schluessel {
  private Schluessel() {}

  static void pruefeZiffern(String art, String wert, int laenge) {
    if (wert == null) {
      throw new NullPointerException(art);
    }
    if (wert.length() != laenge) {
      throw new IllegalArgumentException(
          art + " needs " + laenge + " digits, got '" + wert + "' (" + wert.length()
              + " characters)");
    }
    for (int i = 0; i < laenge; i++) {
      char c = wert.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            art + " needs " + laenge + " digits, got '" + wert + "' with '" + c
                + "' at position " + (i + 1));
      }
    }
  }
}
