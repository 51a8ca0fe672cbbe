package de.kekiz.examples.importe;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 text file line by line (LF or CRLF), with or without a byte order mark, and knows
 * the number of the line it gave last. Any failure to read becomes an {@link
 * UnlesbareDateiException} naming the file (and the line, for bytes that are not UTF-8).
 */
final class Textdatei implements Closeable {

  private static final char BOM = '\uFEFF';
  private static final int PUFFER = 1 << 16;

  private final Path datei;
  private final BufferedReader leser;
  private long zeilennummer;

  private Textdatei(Path datei, BufferedReader leser) {
    this.datei = datei;
    this.leser = leser;
  }

  /**
   * Opens {@code datei} for reading.
   *
   * @throws UnlesbareDateiException if it does not exist or cannot be opened
   */
  static Textdatei oeffne(Path datei) {
    try {
      return new Textdatei(
          datei,
          new BufferedReader(
              new InputStreamReader(
                  Files.newInputStream(datei),
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              PUFFER));
    } catch (NoSuchFileException e) {
      throw new UnlesbareDateiException(datei, "the file does not exist", e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(datei, "the file cannot be opened: " + e, e);
    }
  }

  /**
   * The next line without its line end (and without a byte order mark on line 1), or {@code null}
   * at the end of the file.
   *
   * @throws UnlesbareDateiException if the file cannot be read or the line is not UTF-8
   */
  @Nullable String naechsteZeile() {
    String zeile;
    try {
      zeile = leser.readLine();
    } catch (CharacterCodingException e) {
      throw new UnlesbareDateiException(
          datei,
          "line " + (zeilennummer + 1) + " is not UTF-8 text (save the file as UTF-8; GENESIS and"
              + " kekiz files are UTF-8)",
          e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(
          datei, "reading failed after line " + zeilennummer + ": " + e, e);
    }
    if (zeile == null) {
      return null;
    }
    zeilennummer++;
    if (zeilennummer == 1 && !zeile.isEmpty() && zeile.charAt(0) == BOM) {
      return zeile.substring(1);
    }
    return zeile;
  }

  /** The number of the line {@link #naechsteZeile()} returned last, from 1. */
  long zeilennummer() {
    return zeilennummer;
  }

  @Override
  public void close() {
    try {
      leser.close();
    } catch (IOException e) {
      // reading is over: nothing was lost
    }
  }
}
