package de.kekiz.architektur.beispiel.domain;

import de.kekiz.architektur.beispiel.fremd.ZyklusB;

/** Breaks the cycle rule on purpose, together with {@link ZyklusB}. */
public final class ZyklusA {
  private ZyklusA() {}

  /** Depends on the other slice. */
  public static int b() {
    return ZyklusB.wert();
  }

  /** Depended on by the other slice. */
  public static int wert() {
    return 1;
  }
}
