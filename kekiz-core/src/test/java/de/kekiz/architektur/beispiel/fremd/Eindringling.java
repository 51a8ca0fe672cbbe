package de.kekiz.architektur.beispiel.fremd;

import de.kekiz.architektur.beispiel.adapter.internal.Geheim;

/** Breaks the internal-package rule on purpose: reads another module's internal class. */
public final class Eindringling {
  private Eindringling() {}

  /** Reads what it must not. */
  public static String liest() {
    return Geheim.name();
  }
}
