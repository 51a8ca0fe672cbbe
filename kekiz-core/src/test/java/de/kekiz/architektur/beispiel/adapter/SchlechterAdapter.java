package de.kekiz.architektur.beispiel.adapter;

import de.kekiz.architektur.beispiel.adapter.internal.Geheim;

/** An "adapter" used by the broken examples; it may use its own internal package. */
public final class SchlechterAdapter {
  private SchlechterAdapter() {}

  /** Its name, taken from its internal helper. */
  public static String name() {
    return Geheim.name();
  }
}
