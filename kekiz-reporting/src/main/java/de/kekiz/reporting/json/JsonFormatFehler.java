package de.kekiz.reporting.json;

/**
 * A JSON document does not fit the kekiz format at {@link #pfad()}; the Jackson deserializers turn
 * it into a {@link com.fasterxml.jackson.databind.JsonMappingException} with this message.
 */
final class JsonFormatFehler extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pfad;

  JsonFormatFehler(String pfad, String detail) {
    super(pfad + ": " + detail);
    this.pfad = pfad;
  }

  JsonFormatFehler(String pfad, String detail, Throwable ursache) {
    super(pfad + ": " + detail, ursache);
    this.pfad = pfad;
  }

  /** Where in the document the problem is, e.g. {@code $.standorte[0].adresse}. */
  String pfad() {
    return pfad;
  }
}
