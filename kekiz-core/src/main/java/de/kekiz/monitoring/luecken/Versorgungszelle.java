package de.kekiz.monitoring.luecken;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a {@link Versorgungsmatrix}: the active Angebote of one Lebensphase and one
 * Handlungsfeld that serve a Sozialraum, their places, and the children of the phase's age living
 * there. Immutable and thread-safe.
 *
 * @param lebensphase the key of the Lebensphase
 * @param handlungsfeld the key of the Handlungsfeld
 * @param angebote how many active Angebote serve the Sozialraum in this phase and field
 * @param ohneKapazitaet how many of them have no known capacity
 * @param plaetze their places attributed to the Sozialraum (an Angebot serving k Sozialräume of the
 *     level counts 1/k of its places in each)
 * @param kinder the children of the phase's ages living in the Sozialraum, or {@code null} if not
 *     recorded
 * @param plaetzeJe100Kinder {@code plaetze × 100 / kinder} ({@code DECIMAL64}), or {@code null} if
 *     the children are unknown or 0
 */
public record Versorgungszelle(
    String lebensphase,
    String handlungsfeld,
    int angebote,
    int ohneKapazitaet,
    BigDecimal plaetze,
    @Nullable Long kinder,
    @Nullable BigDecimal plaetzeJe100Kinder) {

  /**
   * Checks the counts.
   *
   * @param lebensphase the key of the Lebensphase
   * @param handlungsfeld the key of the Handlungsfeld
   * @param angebote how many active Angebote serve the Sozialraum in this phase and field
   * @param ohneKapazitaet how many of them have no known capacity
   * @param plaetze their places attributed to the Sozialraum (an Angebot serving k Sozialräume of
   *     the level counts 1/k of its places in each)
   * @param kinder the children of the phase's ages living in the Sozialraum, or {@code null} if not
   *     recorded
   * @param plaetzeJe100Kinder {@code plaetze × 100 / kinder} ({@code DECIMAL64}), or {@code null}
   *     if the children are unknown or 0
   * @throws IllegalArgumentException if a count is negative or exceeds another it is part of
   */
  public Versorgungszelle {
    requireNonNull(lebensphase, "lebensphase");
    requireNonNull(handlungsfeld, "handlungsfeld");
    requireNonNull(plaetze, "plaetze");
    if (angebote < 0 || ohneKapazitaet < 0 || ohneKapazitaet > angebote || plaetze.signum() < 0) {
      throw new IllegalArgumentException(
          "Versorgungszelle "
              + lebensphase
              + " × "
              + handlungsfeld
              + " needs 0 ≤ ohneKapazitaet"
              + " ≤ angebote and plaetze ≥ 0, got "
              + angebote
              + ", "
              + ohneKapazitaet
              + ", "
              + plaetze);
    }
  }

  /** {@return whether no active Angebot serves this phase and field here} */
  public boolean leer() {
    return angebote == 0;
  }

  /** {@return the children of the phase living in the Sozialraum, or empty if not recorded} */
  public OptionalLong kinderzahl() {
    return kinder == null ? OptionalLong.empty() : OptionalLong.of(kinder);
  }

  /**
   * {@return the places per 100 children ({@link #plaetzeJe100Kinder()}), or empty if the children
   * are unknown or 0}
   */
  public Optional<BigDecimal> versorgungsquote() {
    return Optional.ofNullable(plaetzeJe100Kinder);
  }
}
