package de.kekiz.monitoring.luecken;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of a {@link Lueckenanalyse}. Immutable and thread-safe.
 *
 * @param kommune the Kommune
 * @param stichtag the analysis date
 * @param ebene the level of the Sozialräume
 * @param matrizen one matrix per Sozialraum version of the level valid on the date, by version
 * @param offeneUebergaenge the Übergänge no active Angebot of the chain bridges anywhere
 * @param brennpunkte the Sozialräume where high need meets low coverage, by need rank, then
 *     Sozialraum version, then the chain's order of phases
 */
public record Lueckenbericht(
    Gemeindeschluessel kommune,
    LocalDate stichtag,
    Sozialraumebene ebene,
    List<Versorgungsmatrix> matrizen,
    List<Uebergang> offeneUebergaenge,
    List<Versorgungsluecke> brennpunkte) {

  /**
   * Checks that every component is given and copies the lists.
   *
   * @param kommune the Kommune
   * @param stichtag the analysis date
   * @param ebene the level of the Sozialräume
   * @param matrizen one matrix per Sozialraum version of the level valid on the date, by version
   * @param offeneUebergaenge the Übergänge no active Angebot of the chain bridges anywhere
   * @param brennpunkte the Sozialräume where high need meets low coverage, by need rank, then
   *     Sozialraum version, then the chain's order of phases
   * @throws NullPointerException naming a missing component
   */
  public Lueckenbericht {
    requireNonNull(kommune, "kommune");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(ebene, "ebene");
    matrizen = ImmutableList.copyOf(requireNonNull(matrizen, "matrizen"));
    offeneUebergaenge =
        ImmutableList.copyOf(requireNonNull(offeneUebergaenge, "offeneUebergaenge"));
    brennpunkte = ImmutableList.copyOf(requireNonNull(brennpunkte, "brennpunkte"));
  }

  /**
   * The matrix of {@code sozialraum}, or empty.
   *
   * @param sozialraum the Sozialraum version to look up
   * @return the matrix of {@code sozialraum}, or empty if it is not a Sozialraum of the analysed
   *     level valid on the analysis date
   */
  public Optional<Versorgungsmatrix> matrix(SozialraumRef sozialraum) {
    return matrizen.stream().filter(m -> m.sozialraum().equals(sozialraum)).findFirst();
  }
}
