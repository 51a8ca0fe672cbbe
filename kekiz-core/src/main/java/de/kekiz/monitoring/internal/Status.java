package de.kekiz.monitoring.internal;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.ObsStatus;

/** How the SDMX status flags of parts combine into the status of a sum or a derived figure. */
public final class Status {
  private Status() {}

  /**
   * The stricter of two confidentiality statuses, by the order F &lt; S &lt; D &lt; A &lt; N &lt; C
   * (free, secondary by receiver, secondary by sender, primary, not for publication, confidential).
   */
  public static ConfStatus strenger(ConfStatus a, ConfStatus b) {
    if (a == b) {
      return a;
    }
    return CONF_RANG[a.ordinal()] >= CONF_RANG[b.ordinal()] ? a : b;
  }

  /** {@link #rang(ConfStatus)} by ordinal: an array look-up in place of a switch per call. */
  private static final int[] CONF_RANG = new int[ConfStatus.values().length];

  /** {@link #rang(ObsStatus)} by ordinal. */
  private static final int[] OBS_RANG = new int[ObsStatus.values().length];

  static {
    for (ConfStatus s : ConfStatus.values()) {
      CONF_RANG[s.ordinal()] = rang(s);
    }
    for (ObsStatus s : ObsStatus.values()) {
      OBS_RANG[s.ordinal()] = rang(s);
    }
  }

  private static int rang(ConfStatus s) {
    switch (s) {
      case F:
        return 0;
      case S:
        return 1;
      case D:
        return 2;
      case A:
        return 3;
      case N:
        return 4;
      case C:
        return 5;
      default:
        throw new AssertionError(s);
    }
  }

  /**
   * The observation status of a sum of parts with statuses {@code a} and {@code b}: the more
   * significant one by the order A &lt; B &lt; P &lt; E &lt; F &lt; M (a sum with a missing part is
   * missing, with a forecast part a forecast, with an estimated part an estimate, with a
   * provisional part provisional, with a break a break).
   */
  public static ObsStatus summe(ObsStatus a, ObsStatus b) {
    if (a == b) {
      return a;
    }
    return OBS_RANG[a.ordinal()] >= OBS_RANG[b.ordinal()] ? a : b;
  }

  private static int rang(ObsStatus s) {
    switch (s) {
      case A:
        return 0;
      case B:
        return 1;
      case P:
        return 2;
      case E:
        return 3;
      case F:
        return 4;
      case M:
        return 5;
      default:
        throw new AssertionError(s);
    }
  }
}
