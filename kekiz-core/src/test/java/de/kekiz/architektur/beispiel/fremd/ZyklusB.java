package de.kekiz.architektur.beispiel.fremd;

import de.kekiz.architektur.beispiel.domain.ZyklusA;

/** Breaks the cycle rule on purpose, together with {@link ZyklusA}. */
public final class ZyklusB {
  private ZyklusB() {}

  /** Depends on the other slice. */
  public static int a() {
    return ZyklusA.wert();
  }

  /** Depended on by the other slice. */
  public static int wert() {
    return 2;
  }
}
