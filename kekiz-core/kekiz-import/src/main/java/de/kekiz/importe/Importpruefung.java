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
   * A part of an object read that a check can find wrong; the reader reports the error at the cell
   * the part came from (the indicator's column, the area's, ...), or at the cell of the value where
   * the row has no cell of its own for it (a GENESIS table's indicator comes from the mapping).
   */
  enum Angabe {
    /** The indicator and its version. */
    INDIKATOR,
    /** The Kommune or Sozialraum. */
    RAUM,
    /** The period of a Messwert. */
    PERIODE,
    /** The breakdown (Aufschlüsselung). */
    AUFSCHLUESSELUNG,
    /** The numerator, or a population figure's number: the value itself. */
    WERT,
    /** The denominator. */
    NENNER
  }

  /**
   * What a check found.
   *
   * @param fehler why the object cannot be imported (German, for a person), or null
   * @param doppelt whether the object was read before with the same values (it is skipped, as a
   *     repeated row within one file is)
   * @param angabe the part of the object that is wrong, where the error is reported; {@link
   *     Angabe#WERT} for an error of the object as a whole
   */
  record Befund(@Nullable String fehler, boolean doppelt, Angabe angabe) {
    /** Nothing against it. */
    public static final Befund GUT = new Befund(null, false, Angabe.WERT);

    /** Read before with the same values. */
    public static final Befund DOPPELT = new Befund(null, true, Angabe.WERT);

    /**
     * Checks for null.
     *
     * @param fehler why the object cannot be imported, or null
     * @param doppelt whether the object was read before with the same values
     * @param angabe the part of the object that is wrong
     */
    public Befund {
      requireNonNull(angabe, "angabe");
    }

    /**
     * An error of the object as a whole, reported at the cell of its value.
     *
     * @param grund why the object cannot be imported (German, for a person)
     * @return the finding
     */
    public static Befund fehler(String grund) {
      return fehler(grund, Angabe.WERT);
    }

    /**
     * An error of one part of the object, reported at the cell that part came from.
     *
     * @param grund why the object cannot be imported (German, for a person)
     * @param angabe the part that is wrong
     * @return the finding
     */
    public static Befund fehler(String grund, Angabe angabe) {
      return new Befund(requireNonNull(grund, "grund"), false, angabe);
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
