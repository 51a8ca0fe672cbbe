package de.kekiz.monitoring.luecken;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Sozialraum where high need meets low coverage in one Lebensphase. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param bedarfsrang its rank by Sozialindex, 1 for the most need
 * @param lebensphase the key of the Lebensphase with low coverage
 * @param angebote the active Angebote of the phase serving it (all fields, each counted once)
 * @param plaetzeJe100Kinder its places per 100 children of the phase, or {@code null} if its
 *     children are not recorded
 * @param kommunequote the same for all Sozialräume of the level together, or {@code null} if
 *     unknown
 */
public record Versorgungsluecke(
    SozialraumRef sozialraum,
    String name,
    int bedarfsrang,
    String lebensphase,
    int angebote,
    @Nullable BigDecimal plaetzeJe100Kinder,
    @Nullable BigDecimal kommunequote) {

  /**
   * Checks that the Sozialraum, its name and the Lebensphase are given.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param bedarfsrang its rank by Sozialindex, 1 for the most need
   * @param lebensphase the key of the Lebensphase with low coverage
   * @param angebote the active Angebote of the phase serving it (all fields, each counted once)
   * @param plaetzeJe100Kinder its places per 100 children of the phase, or {@code null} if its
   *     children are not recorded
   * @param kommunequote the same for all Sozialräume of the level together, or {@code null} if
   *     unknown
   * @throws NullPointerException naming a missing component
   */
  public Versorgungsluecke {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    requireNonNull(lebensphase, "lebensphase");
  }

  /**
   * {@return the Sozialraum's places per 100 children of the phase ({@link #plaetzeJe100Kinder()}),
   * or empty if its children are not recorded}
   */
  public Optional<BigDecimal> versorgungsquote() {
    return Optional.ofNullable(plaetzeJe100Kinder);
  }
}
