package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Reihe;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every Sozialraum of a Kommune against the Kommune (and Kreis and Land where known) for one series
 * and period. The rows are ordered by Sozialraum version. Immutable and thread-safe.
 *
 * @param reihe the indicator version and breakdown
 * @param periode the period
 * @param polaritaet the indicator's polarity, which the verdicts and ranks follow
 * @param toleranz the band within which a value counts as "as expected"
 * @param kommune the Kommune's value as published
 * @param kreis the Kreis value as published, or {@code null}
 * @param land the Land value as published, or {@code null}
 * @param zeilen one row per Sozialraum with a value (own or summed from its children)
 */
public record Vergleich(
    Reihe reihe,
    Periode periode,
    Polaritaet polaritaet,
    Toleranz toleranz,
    Kennzahl kommune,
    @Nullable Kennzahl kreis,
    @Nullable Kennzahl land,
    List<Vergleichszeile> zeilen) {

  /**
   * Checks that every component other than the Kreis and Land values is given, and copies the rows.
   *
   * @param reihe the indicator version and breakdown
   * @param periode the period
   * @param polaritaet the indicator's polarity, which the verdicts and ranks follow
   * @param toleranz the band within which a value counts as "as expected"
   * @param kommune the Kommune's value as published
   * @param kreis the Kreis value as published, or {@code null}
   * @param land the Land value as published, or {@code null}
   * @param zeilen one row per Sozialraum with a value (own or summed from its children)
   * @throws NullPointerException naming a missing component
   */
  public Vergleich {
    requireNonNull(reihe, "reihe");
    requireNonNull(periode, "periode");
    requireNonNull(polaritaet, "polaritaet");
    requireNonNull(toleranz, "toleranz");
    requireNonNull(kommune, "kommune");
    zeilen = ImmutableList.copyOf(requireNonNull(zeilen, "zeilen"));
  }

  /**
   * The row of Sozialraum version {@code sozialraum}, or empty.
   *
   * @param sozialraum the Sozialraum version
   * @return its row, or empty if it has no value in this comparison
   */
  public Optional<Vergleichszeile> zeile(SozialraumRef sozialraum) {
    return zeilen.stream().filter(z -> z.sozialraum().equals(sozialraum)).findFirst();
  }

  /**
   * The rows of level {@code ebene} by rank (most unfavourable first), unranked rows last; ties and
   * unranked rows by Sozialraum version.
   *
   * @param ebene the level of the Sozialräume
   * @return the rows of that level; empty if none
   */
  public ImmutableList<Vergleichszeile> nachRang(Sozialraumebene ebene) {
    requireNonNull(ebene, "ebene");
    return zeilen.stream()
        .filter(z -> z.ebene() == ebene)
        .sorted(
            Comparator.comparingInt(
                    (Vergleichszeile z) -> z.rang() == null ? Integer.MAX_VALUE : z.rang())
                .thenComparing(Vergleichszeile::sozialraum))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rows whose verdict against the Kommune is {@code bewertung}, in row order.
   *
   * @param bewertung the verdict against the Kommune
   * @return the rows with that verdict; empty if none
   */
  public ImmutableList<Vergleichszeile> zeilen(Bewertung bewertung) {
    requireNonNull(bewertung, "bewertung");
    return zeilen.stream()
        .filter(z -> z.kommune().bewertung() == bewertung)
        .collect(ImmutableList.toImmutableList());
  }
}
