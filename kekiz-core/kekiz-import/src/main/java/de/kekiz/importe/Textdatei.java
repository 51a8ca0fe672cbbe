package de.kekiz.importe;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 text file line by line (LF or CRLF), with or without a byte order mark, and knows
 * the number of the line it gave last. Lines are split on bytes and decoded one by one, so that a
 * byte sequence that is not UTF-8 is reported with its true line. Any failure to read becomes an
 * {@link UnlesbareDateiException} naming the file.
 */
final class Textdatei implements Closeable {

  private static final char BOM = '\uFEFF';
  private static final int PUFFER = 1 << 16;

  private final Path datei;
  private final InputStream ein;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] puffer = new byte[PUFFER];
  private final int hoechstBytes;
  private int pos;
  private int ende;
  private byte[] zeile = new byte[256];
  private long zeilennummer;

  private Textdatei(Path datei, InputStream ein, int hoechstBytes) {
    this.datei = datei;
    this.ein = ein;
    this.hoechstBytes = hoechstBytes;
  }

  /**
   * Opens {@code datei} for reading.
   *
   * @throws UnlesbareDateiException if it does not exist or cannot be opened
   */
  static Textdatei oeffne(Path datei) {
    return oeffne(datei, Importgrenzen.standard().bytesProZeile());
  }

  /**
   * Opens {@code datei} for reading lines of at most {@code hoechstBytes} bytes; a longer line is
   * not read into memory but reported.
   *
   * @throws UnlesbareDateiException if it does not exist or cannot be opened
   */
  static Textdatei oeffne(Path datei, int hoechstBytes) {
    try {
      return new Textdatei(datei, Files.newInputStream(datei), hoechstBytes);
    } catch (NoSuchFileException e) {
      throw new UnlesbareDateiException(datei, "die Datei gibt es nicht", e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(
          datei, "die Datei lässt sich nicht öffnen: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * The next line without its line end (and without a byte order mark on line 1), or {@code null}
   * at the end of the file.
   *
   * @throws UnlesbareDateiException if the file cannot be read or the line is not UTF-8
   */
  @Nullable String naechsteZeile() {
    int laenge = 0;
    boolean gelesen = false;
    while (true) {
      if (pos == ende && !fuelle()) {
        break;
      }
      gelesen = true;
      byte b = puffer[pos++];
      if (b == '\n') {
        break;
      }
      if (laenge == zeile.length) {
        if (laenge >= hoechstBytes) {
          throw new UnlesbareDateiException(
              datei,
              "Zeile "
                  + (zeilennummer + 1)
                  + " ist länger als "
                  + hoechstBytes
                  + " Bytes; so"
                  + " lange Zeilen hat keine Importdatei (Anfang: '"
                  + Anzeigetext.sichtbar(new String(zeile, 0, 60, StandardCharsets.UTF_8))
                  + "')");
        }
        zeile = Arrays.copyOf(zeile, Math.min(zeile.length * 2, hoechstBytes));
      }
      zeile[laenge++] = b;
    }
    if (!gelesen) {
      return null;
    }
    if (laenge > 0 && zeile[laenge - 1] == '\r') {
      laenge--;
    }
    zeilennummer++;
    String text;
    try {
      text = decoder.reset().decode(ByteBuffer.wrap(zeile, 0, laenge)).toString();
    } catch (CharacterCodingException e) {
      throw new UnlesbareDateiException(
          datei,
          "Zeile "
              + zeilennummer
              + " ist kein UTF-8-Text (bitte die Datei als UTF-8 speichern;"
              + " GENESIS- und kekiz-Dateien sind UTF-8)",
          e);
    }
    if (zeilennummer == 1 && !text.isEmpty() && text.charAt(0) == BOM) {
      return text.substring(1);
    }
    return text;
  }

  private boolean fuelle() {
    try {
      int n = ein.read(puffer, 0, puffer.length);
      if (n <= 0) {
        return false;
      }
      pos = 0;
      ende = n;
      return true;
    } catch (IOException e) {
      throw new UnlesbareDateiException(
          datei,
          "das Lesen brach nach Zeile " + zeilennummer + " ab: " + e.getClass().getSimpleName(),
          e);
    }
  }

  /** The number of the line {@link #naechsteZeile()} returned last, from 1. */
  long zeilennummer() {
    return zeilennummer;
  }

  @Override
  public void close() {
    try {
      ein.close();
    } catch (IOException e) {
      // reading is over: nothing was lost
    }
  }
}
