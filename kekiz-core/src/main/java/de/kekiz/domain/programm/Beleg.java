package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

/**
 * Where a published fact comes from, as a reader would cite it, e.g. {@code "Pressemitteilung der
 * Stadt Ahlen zum Beitritt"}. Immutable and thread-safe.
 *
 * @param quelle the source, not blank; {@link #toString()} returns it
 */
public record Beleg(String quelle) {

  /**
   * @param quelle the source, as a reader would cite it
   * @throws IllegalArgumentException if {@code quelle} is blank
   */
  public Beleg {
    requireNonNull(quelle, "quelle");
    if (quelle.isBlank()) {
      throw new IllegalArgumentException(
          "Beleg needs a source that is not blank, got '" + quelle + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param quelle the source, as a reader would cite it, not blank
   * @return the Beleg
   * @throws IllegalArgumentException if {@code quelle} is blank
   */
  public static Beleg of(String quelle) {
    return new Beleg(quelle);
  }

  @Override
  public String toString() {
    return quelle;
  }
}
