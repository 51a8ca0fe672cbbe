package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import java.math.BigDecimal;
import java.util.List;

/**
 * One place in the Handlungsbedarf ranking: the areas ordered by their Sozialindex, greatest need
 * first, with the indicators in which the area is worse off than the Kommune.
 *
 * @param rang the place, from 1; equal index values share a place
 * @param gebiet the area
 * @param index its Sozialindex
 * @param klasse its Sozialindex class
 * @param auffaellig the indicators (with a polarity) whose latest publishable value in the area is
 *     worse than the Kommune's, the largest distance relative to the Kommune's value first
 */
public record Handlungsbedarf(
    int rang, Gebiet gebiet, BigDecimal index, int klasse, List<IndikatorKey> auffaellig) {

  /** @throws IllegalArgumentException if rank or class is below 1 */
  public Handlungsbedarf {
    requireNonNull(gebiet, "gebiet");
    requireNonNull(index, "index");
    auffaellig = ImmutableList.copyOf(requireNonNull(auffaellig, "auffaellig"));
    if (rang < 1 || klasse < 1) {
      throw new IllegalArgumentException(
          "rank and class start at 1, got " + rang + " and " + klasse + " for " + gebiet.name());
    }
  }
}
