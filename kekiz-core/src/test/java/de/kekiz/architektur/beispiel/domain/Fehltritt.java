package de.kekiz.architektur.beispiel.domain;

import de.kekiz.domain.KekizException;

/**
 * Breaks the rules on purpose: under {@code KekizException}, but named in the second scheme
 * (without {@code Exception} at the end).
 */
public final class Fehltritt extends KekizException {
  private static final long serialVersionUID = 1L;

  /**
   * @param meldung what went wrong
   */
  public Fehltritt(String meldung) {
    super(meldung);
  }
}
