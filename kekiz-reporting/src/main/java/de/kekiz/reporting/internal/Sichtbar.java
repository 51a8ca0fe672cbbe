package de.kekiz.reporting.internal;

/**
 * Text as a reader sees it: characters that change how text is shown without being shown themselves
 * (control characters other than tab, CR and LF, bidirectional and zero-width format characters,
 * line and paragraph separators) and lone surrogates become U+FFFD, the replacement character, so a
 * name from the database cannot reorder or hide the text around it in a CSV or XLSX cell. Not API.
 */
public final class Sichtbar {
  private Sichtbar() {}

  /** The text with every invisible or unpaired character replaced by U+FFFD; itself if none. */
  public static String text(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paar =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean ersetzen = !paar && unsichtbar(c);
      if (ersetzen && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(ersetzen ? '\uFFFD' : c);
        if (paar) {
          b.append(text.charAt(i + 1));
        }
      }
      if (paar) {
        i++;
      }
    }
    return b == null ? text : b.toString();
  }

  private static boolean unsichtbar(char c) {
    int art = Character.getType(c);
    return (art == Character.CONTROL && c != '\t' && c != '\r' && c != '\n')
        || art == Character.FORMAT
        || art == Character.LINE_SEPARATOR
        || art == Character.PARAGRAPH_SEPARATOR
        || art == Character.SURROGATE;
  }
}
