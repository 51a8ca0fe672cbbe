package de.kekiz.persistence.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A growable byte buffer that writes rows in PostgreSQL's COPY text format, UTF-8 encoded: columns
 * separated by tab, rows ended by newline, {@code \N} for NULL, and backslash, tab, newline and
 * carriage return in text escaped with a backslash. Not thread-safe.
 */
public final class CopyPuffer {

  private byte[] bytes;
  private int laenge;

  /** An empty buffer with room for {@code kapazitaet} bytes before it grows. */
  public CopyPuffer(int kapazitaet) {
    bytes = new byte[Math.max(64, kapazitaet)];
  }

  /** The bytes written; valid up to {@link #laenge()}. */
  public byte[] bytes() {
    return bytes;
  }

  /** The number of bytes written. */
  public int laenge() {
    return laenge;
  }

  /** Empties the buffer, keeping its capacity. */
  public void leere() {
    laenge = 0;
  }

  private void platz(int n) {
    if (laenge + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, laenge + n));
    }
  }

  /** Writes text known to be plain ASCII without characters that need escaping (keys, codes). */
  public CopyPuffer ascii(String s) {
    int n = s.length();
    platz(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return text(s, i);
      }
      bytes[laenge++] = (byte) c;
    }
    return this;
  }

  /** Writes any text, escaped and UTF-8 encoded. */
  public CopyPuffer text(String s) {
    return text(s, 0);
  }

  private CopyPuffer text(String s, int ab) {
    int n = s.length();
    platz((n - ab) * 4);
    for (int i = ab; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> zwei('\\', '\\');
          case '\t' -> zwei('\\', 't');
          case '\n' -> zwei('\\', 'n');
          case '\r' -> zwei('\\', 'r');
          default -> bytes[laenge++] = (byte) c;
        }
      } else if (c < 0x800) {
        bytes[laenge++] = (byte) (0xC0 | (c >> 6));
        bytes[laenge++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        bytes[laenge++] = (byte) (0xF0 | (cp >> 18));
        bytes[laenge++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[laenge++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[laenge++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "der Text enthält an Stelle "
                + (i + 1)
                + " ein einzelnes Surrogat-Zeichen: '"
                + s
                + "'");
      } else {
        bytes[laenge++] = (byte) (0xE0 | (c >> 12));
        bytes[laenge++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[laenge++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return this;
  }

  private void zwei(char a, char b) {
    bytes[laenge++] = (byte) a;
    bytes[laenge++] = (byte) b;
  }

  /** Writes a whole number. */
  public CopyPuffer ganz(long v) {
    if (v >= 0 && v < 10) {
      platz(1);
      bytes[laenge++] = (byte) ('0' + v);
      return this;
    }
    return ascii(Long.toString(v));
  }

  /** Writes a decimal number exactly, or {@code \N} for null. */
  public CopyPuffer zahl(@Nullable BigDecimal v) {
    return v == null ? nichts() : ascii(v.toString());
  }

  /** Writes NULL ({@code \N}). */
  public CopyPuffer nichts() {
    platz(2);
    zwei('\\', 'N');
    return this;
  }

  /** Writes the column separator. */
  public CopyPuffer tab() {
    platz(1);
    bytes[laenge++] = '\t';
    return this;
  }

  /** Ends the row. */
  public CopyPuffer zeilenende() {
    platz(1);
    bytes[laenge++] = '\n';
    return this;
  }
}
