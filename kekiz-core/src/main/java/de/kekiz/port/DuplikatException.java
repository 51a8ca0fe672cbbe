package de.kekiz.port;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.KekizException;
import de.kekiz.domain.indikator.MesswertSchluessel;

/**
 * A bulk load under {@link Duplikatregel#ABLEHNEN} met a Messwert whose key is already stored or
 * occurs twice in the load. Nothing of the load was stored. The message is German: {@code Messwert
 * … an Stelle 17 ist schon gespeichert oder kommt im Ladevorgang zweimal vor; nichts wurde
 * gespeichert}.
 */
public final class DuplikatException extends KekizException {
  private static final long serialVersionUID = 1L;

  /** The duplicate key in text form. */
  private final String schluessel;

  /** The 1-based position of the offending Messwert in the load. */
  private final long position;

  /**
   * @param schluessel the duplicate key
   * @param position the 1-based position of the offending Messwert in the load
   */
  public DuplikatException(MesswertSchluessel schluessel, long position) {
    super(
        "Messwert "
            + schluessel
            + " an Stelle "
            + position
            + " ist schon gespeichert oder kommt im Ladevorgang zweimal vor; nichts wurde"
            + " gespeichert");
    this.schluessel = requireNonNull(schluessel, "schluessel").toString();
    this.position = position;
  }

  /**
   * {@return the duplicate key in text form, as {@link MesswertSchluessel#toString()} writes it}
   */
  public String schluessel() {
    return schluessel;
  }

  /** {@return the 1-based position of the offending Messwert in the load} */
  public long position() {
    return position;
  }
}
