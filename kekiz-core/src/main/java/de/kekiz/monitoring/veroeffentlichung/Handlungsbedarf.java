package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One place in the Handlungsbedarf ranking: the areas ordered by their Sozialindex, greatest need
 * first, with the indicators in which the area is worse off than the Kommune.
 *
 * @param rang the place, from 1; equal index values share a place
 * @param gebiet the area
 * @param index its Sozialindex, or {@code null} if it may not be published
 * @param klasse its Sozialindex class (Stufe)
 * @param auffaellig the indicators that drive its need, strongest first: from the monitoring's
 *     Sozialindex its drivers; from the report's own index the indicators (with a polarity) whose
 *     latest publishable value is worse than the Kommune's, the largest relative distance first
 */
public record Handlungsbedarf(
    int rang,
    Berichtsgebiet gebiet,
    @Nullable BigDecimal index,
    int klasse,
    List<IndikatorKey> auffaellig) {

  /**
   * Checks the rank and the class, and copies the indicators.
   *
   * @param rang the place, from 1; equal index values share a place
   * @param gebiet the area
   * @param index its Sozialindex, or {@code null} if it may not be published
   * @param klasse its Sozialindex class (Stufe)
   * @param auffaellig the indicators that drive its need, strongest first (see the class comment)
   * @throws IllegalArgumentException if rank or class is below 1
   */
  public Handlungsbedarf {
    requireNonNull(gebiet, "gebiet");
    auffaellig = ImmutableList.copyOf(requireNonNull(auffaellig, "auffaellig"));
    if (rang < 1 || klasse < 1) {
      throw new IllegalArgumentException(
          "rank and class start at 1, got " + rang + " and " + klasse + " for " + gebiet.name());
    }
  }

  /** {@return the Sozialindex, or empty if it may not be published} */
  public Optional<BigDecimal> indexWert() {
    return Optional.ofNullable(index);
  }
}
