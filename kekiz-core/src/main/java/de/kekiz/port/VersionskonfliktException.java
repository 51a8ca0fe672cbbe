package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;

/**
 * Optimistic locking failed: an aggregate was saved from a revision that is no longer the stored
 * one, because someone else saved it in between (or it was never stored, or deleted).
 *
 * <p>Nothing was written. The caller reloads, re-applies its change and saves again. The message is
 * German: {@code Kommune 05570004: die Änderung beruht auf Revision 3, gespeichert ist aber
 * Revision 4; bitte neu laden und die Änderung erneut anwenden}.
 */
public final class VersionskonfliktException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The aggregate type, e.g. {@code "Kommune"}. */
  private final String aggregat;

  /** The aggregate's id in text form. */
  private final String id;

  /** The revision the failed save was based on. */
  private final long erwartet;

  /** The revision stored when the save failed (0 when nothing is stored). */
  private final long gespeichert;

  /**
   * @param aggregat the aggregate type, e.g. {@code "Kommune"}
   * @param id the aggregate's id in text form
   * @param erwartet the revision the caller based its change on
   * @param gespeichert the revision now stored (0 when nothing is stored)
   */
  public VersionskonfliktException(String aggregat, String id, long erwartet, long gespeichert) {
    super(
        aggregat
            + " "
            + id
            + ": die Änderung beruht auf Revision "
            + erwartet
            + ", gespeichert ist aber Revision "
            + gespeichert
            + (gespeichert == 0 ? " (nicht gespeichert)" : "")
            + "; bitte neu laden und die Änderung erneut anwenden");
    this.aggregat = requireNonNull(aggregat, "aggregat");
    this.id = requireNonNull(id, "id");
    this.erwartet = erwartet;
    this.gespeichert = gespeichert;
  }

  /** {@return the aggregate type, e.g. {@code "Kommune"}} */
  public String aggregat() {
    return aggregat;
  }

  /** {@return the aggregate's id in text form, e.g. {@code "05570004"}} */
  public String id() {
    return id;
  }

  /** {@return the revision the failed save or delete was based on} */
  public long erwartet() {
    return erwartet;
  }

  /** {@return the revision stored when the save or delete failed (0 when nothing is stored)} */
  public long gespeichert() {
    return gespeichert;
  }
}
