package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import java.util.List;

/**
 * The gap analysis of the Präventionskette: how many active Angebote each Lebensphase has in each
 * Handlungsfeld (a cell of 0 is a gap), how well each Übergang is bridged, and where high need
 * meets low coverage.
 *
 * @param lebensphasen the rows, in the chain's order
 * @param handlungsfelder the columns, in the chain's order
 * @param angebote per Lebensphase (outer) and Handlungsfeld (inner) the number of active Angebote
 * @param uebergaenge every Übergang with the number of active Angebote bridging it
 * @param brennpunkte the areas where high need (by Sozialindex) meets low coverage of a
 *     Lebensphase, by need rank (from the monitoring's Lückenanalyse; empty without Sozialindex)
 */
public record Lueckenanalyse(
    List<Lebensphase> lebensphasen,
    List<Handlungsfeld> handlungsfelder,
    List<List<Integer>> angebote,
    List<Uebergangsabdeckung> uebergaenge,
    List<Brennpunkt> brennpunkte) {

  /**
   * Checks the matrix and copies the lists.
   *
   * @param lebensphasen the rows, in the chain's order
   * @param handlungsfelder the columns, in the chain's order
   * @param angebote per Lebensphase (outer) and Handlungsfeld (inner) the number of active Angebote
   * @param uebergaenge every Übergang with the number of active Angebote bridging it
   * @param brennpunkte the areas where high need meets low coverage of a Lebensphase, by need rank
   * @throws IllegalArgumentException if the matrix does not have the rows' and columns' size
   */
  public Lueckenanalyse {
    lebensphasen = ImmutableList.copyOf(requireNonNull(lebensphasen, "lebensphasen"));
    handlungsfelder = ImmutableList.copyOf(requireNonNull(handlungsfelder, "handlungsfelder"));
    ImmutableList.Builder<List<Integer>> zeilen = ImmutableList.builder();
    for (List<Integer> zeile : requireNonNull(angebote, "angebote")) {
      zeilen.add(ImmutableList.copyOf(zeile));
    }
    angebote = zeilen.build();
    uebergaenge = ImmutableList.copyOf(requireNonNull(uebergaenge, "uebergaenge"));
    brennpunkte = ImmutableList.copyOf(requireNonNull(brennpunkte, "brennpunkte"));
    int spalten = handlungsfelder.size();
    if (angebote.size() != lebensphasen.size()
        || angebote.stream().anyMatch(z -> z.size() != spalten)) {
      throw new IllegalArgumentException(
          "the matrix needs "
              + lebensphasen.size()
              + " rows of "
              + handlungsfelder.size()
              + " counts, got "
              + angebote);
    }
  }

  /**
   * The number of active Angebote in Lebensphase {@code zeile} and Handlungsfeld {@code spalte}.
   *
   * @param zeile the row (Lebensphase), from 0
   * @param spalte the column (Handlungsfeld), from 0
   * @return the number of active Angebote
   * @throws IndexOutOfBoundsException if there is no such row or column
   */
  public int anzahl(int zeile, int spalte) {
    return angebote.get(zeile).get(spalte);
  }

  /**
   * This analysis with the hot spots {@code brennpunkte}.
   *
   * @param brennpunkte the hot spots, by need rank
   * @return a new analysis, otherwise like this one
   */
  public Lueckenanalyse withBrennpunkte(List<Brennpunkt> brennpunkte) {
    return new Lueckenanalyse(lebensphasen, handlungsfelder, angebote, uebergaenge, brennpunkte);
  }

  /** {@return the Übergänge no active Angebot bridges, in the chain's order; empty if none} */
  public List<Uebergangsabdeckung> offeneUebergaenge() {
    return uebergaenge.stream()
        .filter(Uebergangsabdeckung::offen)
        .collect(ImmutableList.toImmutableList());
  }
}
