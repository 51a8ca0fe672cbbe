package de.kekiz.monitoring;

/**
 * How much an analysis computes: everything, or only the figures a publication shows.
 *
 * <p>A caller that reads only some results (a report, which shows values, ranks, changes and the
 * Brennpunkte but no verdicts) can leave the rest uncomputed. What is left out is absent in the
 * results, as documented per constant; every figure that is computed is the same in both scopes.
 */
public enum Analyseumfang {

  /** Every result of the analysis. The default. */
  VOLLSTAENDIG,

  /**
   * The figures a publication shows: the values, ranks and absolute deviations of the comparisons,
   * the changes of the trends with their first and last values, the Sozialindex with Stufen and
   * ranking by Handlungsbedarf, the Zielerreichung, and the open transitions and Brennpunkte of the
   * Lückenanalyse. Not computed, and so absent: the relative deviations and the verdicts of the
   * comparisons (every {@code Abweichung} has no relative figure and the verdict {@code
   * KEINE_AUSSAGE}), the slopes and verdicts of the trends (likewise), the Status × Dynamik grid
   * (none) and the supply matrices of the Lückenanalyse (an empty list).
   */
  BERICHTSZAHLEN
}
