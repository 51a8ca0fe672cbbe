package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file cannot be read as an import at all: it is missing or unreadable, is not UTF-8, is empty,
 * or its header matches none of the supported layouts. A bad <em>row</em> never raises this; it
 * becomes an {@link Importfehler} in the {@link Importergebnis}.
 *
 * <p>The message names the file and says what is wrong; {@link #datei()} and {@link #grund()} carry
 * the facts.
 */
public final class UnlesbareDateiException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The file, as the caller named it. */
  private final String datei;

  /** What is wrong with the file. */
  private final String grund;

  /**
   * @param datei the file that cannot be read
   * @param grund what is wrong with it, quoting what was found
   * @param ursache the underlying exception, if any
   */
  public UnlesbareDateiException(Path datei, String grund, @Nullable Throwable ursache) {
    super(Anzeigetext.sichtbar(datei.toString(), 300) + " kann nicht importiert werden: " + grund);
    if (ursache != null) {
      initCause(ursache);
    }
    this.datei = requireNonNull(datei, "datei").toString();
    this.grund = requireNonNull(grund, "grund");
  }

  /**
   * @param datei the file that cannot be read
   * @param grund what is wrong with it, quoting what was found
   */
  public UnlesbareDateiException(Path datei, String grund) {
    this(datei, grund, null);
  }

  /** {@return the file, as the caller named it} */
  public String datei() {
    return datei;
  }

  /** {@return what is wrong with the file} */
  public String grund() {
    return grund;
  }
}
