package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a row gave against what the caller knows and the reader does not — the stored
 * indicator definitions and areas, the rows of the other files of the same import — while the
 * reader still knows the file, line and column, so that every such error is reported there.
 *
 * <p>The reader calls {@link #pruefe} for each object of a row (a {@link
 * de.kekiz.domain.indikator.Messwert} or a {@link Bevoelkerungszahl}) whose key it has not kept
 * yet, and {@link #behalten} for each it keeps after the whole row passed.
 */
public interface Importpruefung {

  /** Accepts everything. */
  Importpruefung KEINE =
      new Importpruefung() {
        @Override
        public Befund pruefe(Object objekt, Path datei, long zeile) {
          return Befund.GUT;
        }

        @Override
        public void behalten(Object objekt, Path datei, long zeile) {}
      };

  /**
   * What a check found.
   *
   * @param fehler why the object cannot be imported (German, for a person), or null
   * @param doppelt whether the object was read before with the same values (it is skipped, as a
   *     repeated row within one file is)
   */
  record Befund(@Nullable String fehler, boolean doppelt) {
    /** Nothing against it. */
    public static final Befund GUT = new Befund(null, false);

    /** Read before with the same values. */
    public static final Befund DOPPELT = new Befund(null, true);

    /**
     * An error with {@code grund}.
     *
     * @param grund why the object cannot be imported (German, for a person)
     * @return the finding
     */
    public static Befund fehler(String grund) {
      return new Befund(requireNonNull(grund, "grund"), false);
    }
  }

  /**
   * Checks {@code objekt}, read in line (or sheet row) {@code zeile} of {@code datei}.
   *
   * @param objekt the object read
   * @param datei the file
   * @param zeile the line or sheet row, from 1
   * @return what the check found
   */
  Befund pruefe(Object objekt, Path datei, long zeile);

  /**
   * {@code objekt} of line {@code zeile} of {@code datei} is imported.
   *
   * @param objekt the object kept
   * @param datei the file
   * @param zeile the line or sheet row, from 1
   */
  void behalten(Object objekt, Path datei, long zeile);
}
