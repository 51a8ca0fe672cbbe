package de.kekiz.monitoring.verteilung;

/** Whether a recipient's share was set by its need or by one of its limits. */
public enum Grenze {
  /** The share follows the need (rounded by the largest-remainder method). */
  KEINE,
  /** The share is the minimum: proportional need would give less (or the need is 0). */
  MINIMUM,
  /** The share is the maximum: proportional need would give more. */
  MAXIMUM
}
