package de.kekiz.architektur.beispiel.domain;

/**
 * Breaks the rules on purpose: a public exception outside {@code KekizException} whose name does
 * not end in {@code Exception}.
 */
public class Stolperstein extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param meldung what went wrong
   */
  public Stolperstein(String meldung) {
    super(meldung);
  }
}
