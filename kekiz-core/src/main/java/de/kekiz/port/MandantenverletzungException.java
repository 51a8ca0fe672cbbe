package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;

/**
 * A repository opened for one Mandant (a Kommune, or a Kreis with its Gemeinden) was asked to write
 * data of another Kommune, or data that belongs to no single Kommune. Nothing was written.
 *
 * <p>Reads never throw it: data of other Kommunen is simply not found.
 */
public final class MandantenverletzungException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The Mandant the repository was opened for, in text form. */
  private final String mandant;

  /** What was refused. */
  private final String gegenstand;

  /**
   * @param mandant the Mandant the repository was opened for, e.g. {@code "Kommune 05570004"}
   * @param gegenstand what was refused, e.g. {@code "saving Kommune 05978036"}
   */
  public MandantenverletzungException(String mandant, String gegenstand) {
    super(
        requireNonNull(gegenstand, "gegenstand")
            + " was refused: the repository is opened for "
            + requireNonNull(mandant, "mandant")
            + " and may not touch other Kommunen' data");
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

  /** {@return what was refused, e.g. {@code "saving Kommune 05978036"}} */
  public String gegenstand() {
    return gegenstand;
  }
}
