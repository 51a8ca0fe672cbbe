package de.kekiz.architektur.beispiel.domain;

/** Allowed: an exception that is not public is no API, so the exception rule leaves it alone. */
final class Interna extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Interna(String meldung) {
    super(meldung);
  }
}
