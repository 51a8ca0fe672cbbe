package de.kekiz.monitoring.luecken;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.SozialraumRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Lebensphase × Handlungsfeld matrix of one Sozialraum. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param bevoelkerungsstand the reference date of the population figures used, or {@code null} if
 *     none is recorded on or before the analysis date
 * @param zellen one per phase and field, phases in the chain's order, fields within each phase in
 *     the chain's order
 * @param offeneUebergaenge the chain's Übergänge that no active Angebot serving this Sozialraum
 *     bridges, in the chain's order
 */
public record Versorgungsmatrix(
    SozialraumRef sozialraum,
    String name,
    @Nullable LocalDate bevoelkerungsstand,
    List<Versorgungszelle> zellen,
    List<Uebergang> offeneUebergaenge) {

  /**
   * Checks that the Sozialraum, its name and the lists are given, and copies the lists.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param bevoelkerungsstand the reference date of the population figures used, or {@code null} if
   *     none is recorded on or before the analysis date
   * @param zellen one per phase and field, phases in the chain's order, fields within each phase in
   *     the chain's order
   * @param offeneUebergaenge the chain's Übergänge that no active Angebot serving this Sozialraum
   *     bridges, in the chain's order
   * @throws NullPointerException naming a missing component
   */
  public Versorgungsmatrix {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    zellen = ImmutableList.copyOf(requireNonNull(zellen, "zellen"));
    offeneUebergaenge =
        ImmutableList.copyOf(requireNonNull(offeneUebergaenge, "offeneUebergaenge"));
  }

  /**
   * The cell of phase {@code lebensphase} and field {@code handlungsfeld}, or empty.
   *
   * @param lebensphase the key of the Lebensphase
   * @param handlungsfeld the key of the Handlungsfeld
   * @return the cell of phase {@code lebensphase} and field {@code handlungsfeld}, or empty if the
   *     chain has no such phase or field
   */
  public Optional<Versorgungszelle> zelle(String lebensphase, String handlungsfeld) {
    return zellen.stream()
        .filter(z -> z.lebensphase().equals(lebensphase) && z.handlungsfeld().equals(handlungsfeld))
        .findFirst();
  }

  /**
   * {@return the empty cells (no active Angebote), in matrix order; empty if every cell has one}
   */
  public ImmutableList<Versorgungszelle> leereZellen() {
    return zellen.stream().filter(Versorgungszelle::leer).collect(ImmutableList.toImmutableList());
  }
}
