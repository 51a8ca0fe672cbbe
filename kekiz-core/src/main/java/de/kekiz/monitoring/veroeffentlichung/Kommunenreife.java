package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The chain maturity of one participating Kommune in the programme report, as its release computed
 * it ({@link Berichtsteil#reife()}), or the reason there is none. Immutable and thread-safe.
 *
 * @param kommune the Kommune
 * @param name its name
 * @param teilnehmer the name of the participant it belongs to (itself, or the Kreis of its Verbund)
 * @param reifegrad the score on the reference date, or {@code null} if no model of the Kommune
 *     (Leitbild or Präventionskette) is stored
 */
public record Kommunenreife(
    Gemeindeschluessel kommune, String name, String teilnehmer, @Nullable Reifegrad reifegrad) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param kommune the Kommune
   * @param name its name
   * @param teilnehmer the name of the participant it belongs to (itself, or the Kreis of its
   *     Verbund)
   * @param reifegrad the score on the reference date, or {@code null} if no model of the Kommune
   *     (Leitbild or Präventionskette) is stored
   */
  public Kommunenreife {
    requireNonNull(kommune, "kommune");
    requireNonNull(name, "name");
    requireNonNull(teilnehmer, "teilnehmer");
  }

  /** {@return the score, or empty if no model is stored} */
  public Optional<Reifegrad> bewertet() {
    return Optional.ofNullable(reifegrad);
  }
}
