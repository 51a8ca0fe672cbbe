package de.kekiz.domain.kommune;

import java.util.Optional;

/**
 * The 5-digit Kreisschlüssel: Land (2) + Regierungsbezirk (1) + Kreis (2), e.g. {@code 05978} for
 * the Kreis Unna or {@code 05315} for the kreisfreie Stadt Köln.
 *
 * <p>{@link #toString()} gives the 5 digits, which {@link #parse(CharSequence)} reads back.
 * Immutable and thread-safe.
 *
 * @param wert the 5 digits
 */
public record Kreisschluessel(String wert) implements Comparable<Kreisschluessel> {

  public Kreisschluessel {
    Schluessel.pruefeZiffern("Kreisschlüssel", wert, 5);
  }

  /**
   * Reads a 5-digit Kreisschlüssel, or the conventional 8-digit form ending in {@code 000} ({@code
   * 05978000}).
   *
   * @throws IllegalArgumentException quoting the input otherwise
   */
  public static Kreisschluessel parse(CharSequence text) {
    String s = text.toString().strip();
    if (s.length() == 8 && s.endsWith("000")) {
      return new Kreisschluessel(s.substring(0, 5));
    }
    return new Kreisschluessel(s);
  }

  /** The 2-digit Land part. */
  public String land() {
    return wert.substring(0, 2);
  }

  /** The Regierungsbezirk in NRW, or empty outside NRW. */
  public Optional<RegierungsbezirkNrw> regierungsbezirkNrw() {
    return Gemeindeschluessel.LAND_NRW.equals(land())
        ? RegierungsbezirkNrw.vonZiffer(wert.substring(2, 3))
        : Optional.empty();
  }

  /** The conventional 8-digit key of the Kreis itself: the 5 digits followed by {@code 000}. */
  public Gemeindeschluessel alsGemeindeschluessel() {
    return new Gemeindeschluessel(wert + "000");
  }

  /** Whether {@code ags} lies in this Kreis. */
  public boolean enthaelt(Gemeindeschluessel ags) {
    return ags.wert().startsWith(wert);
  }

  @Override
  public int compareTo(Kreisschluessel o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }
}
