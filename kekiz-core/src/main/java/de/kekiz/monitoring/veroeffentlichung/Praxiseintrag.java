package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.lernnetzwerk.Praxisbeispiel;

/**
 * One entry of the catalogue of shared practice in the programme report: the contribution, the
 * presenting Kommune's name and whether the part presented is found in its stored model. Immutable
 * and thread-safe.
 *
 * @param beispiel the contribution and the meeting it was given at
 * @param kommune the presenting Kommune's name
 * @param modell how the contribution links to the presenting Kommune's model
 */
public record Praxiseintrag(Praxisbeispiel beispiel, String kommune, Modellbezug modell) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param beispiel the contribution and the meeting it was given at
   * @param kommune the presenting Kommune's name
   * @param modell how the contribution links to the presenting Kommune's model
   */
  public Praxiseintrag {
    requireNonNull(beispiel, "beispiel");
    requireNonNull(kommune, "kommune");
    requireNonNull(modell, "modell");
  }

  /** How a contribution links to the presenting Kommune's stored model. */
  public enum Modellbezug {
    /** The Kommune's Präventionskette is stored and holds the part presented. */
    IM_MODELL("im Modell der Kommune"),
    /** The Kommune's Präventionskette is stored but does not hold the Angebot or Übergang. */
    NICHT_IM_MODELL("im Modell der Kommune nicht gefunden"),
    /** No Präventionskette of the Kommune is stored. */
    KEIN_MODELL("kein Modell der Kommune gespeichert");

    private final String bezeichnung;

    Modellbezug(String bezeichnung) {
      this.bezeichnung = bezeichnung;
    }

    /** {@return the German text} */
    public String bezeichnung() {
      return bezeichnung;
    }
  }
}
