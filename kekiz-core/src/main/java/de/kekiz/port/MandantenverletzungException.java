package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;

/**
 * A repository opened for one Mandant (a Kommune, or a Kreis with its Gemeinden) was asked to write
 * data of another Kommune, or data that belongs to no single Kommune. Nothing was written.
 *
 * <p>Reads never throw it: data of other Kommunen is simply not found.
 *
 * <p>The message is German: {@code Speichern der Kommune 05978036 wurde abgelehnt: das Repository
 * ist für Kommune 05570004 geöffnet und darf keine Daten anderer Kommunen berühren}.
 */
public final class MandantenverletzungException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The Mandant the repository was opened for, in text form. */
  private final String mandant;

  /** What was refused. */
  private final String gegenstand;

  /**
   * @param mandant the Mandant the repository was opened for, in German, e.g. {@code "Kommune
   *     05570004"} or {@code "Kreis 05978 mit seinen Gemeinden"}
   * @param gegenstand what was refused, in German, e.g. {@code "Speichern der Kommune 05978036"}
   */
  public MandantenverletzungException(String mandant, String gegenstand) {
    super(
        requireNonNull(gegenstand, "gegenstand")
            + " wurde abgelehnt: das Repository ist für "
            + requireNonNull(mandant, "mandant")
            + " geöffnet und darf keine Daten anderer Kommunen berühren");
    this.mandant = mandant;
    this.gegenstand = gegenstand;
  }

  /**
   * {@return the Mandant the repository was opened for, in text form, e.g. {@code "Kommune
   * 05570004"}}
   */
  public String mandant() {
    return mandant;
  }

  /** {@return what was refused, e.g. {@code "Speichern der Kommune 05978036"}} */
  public String gegenstand() {
    return gegenstand;
  }
}
