package de.kekiz.architektur.beispiel.adapter.internal;

/** Internal to the example adapter. */
public final class Geheim {
  private Geheim() {}

  /** A value others must not read (a method, since javac would inline a constant). */
  public static String name() {
    return "adapter";
  }
}
