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

  /**
   * @param wert the 5 digits
   * @throws IllegalArgumentException quoting {@code wert} if it is not exactly 5 digits
   */
  public Kreisschluessel {
    Schluessel.pruefeZiffern("Kreisschlüssel", wert, 5);
  }

  /**
   * Reads a 5-digit Kreisschlüssel, or the conventional 8-digit form ending in {@code 000} ({@code
   * 05978000}).
   *
   * @param text the key; surrounding whitespace is ignored
   * @return the Kreisschlüssel
   * @throws IllegalArgumentException quoting the input otherwise
   */
  public static Kreisschluessel parse(CharSequence text) {
    String s = text.toString().strip();
    if (s.length() == 8 && s.endsWith("000")) {
      return new Kreisschluessel(s.substring(0, 5));
    }
    return new Kreisschluessel(s);
  }

  /** {@return the 2-digit Land part ({@code 05} for NRW)} */
  public String land() {
    return wert.substring(0, 2);
  }

  /** {@return the Regierungsbezirk in NRW, or empty outside NRW or for an unknown digit} */
  public Optional<RegierungsbezirkNrw> regierungsbezirkNrw() {
    return Gemeindeschluessel.LAND_NRW.equals(land())
        ? RegierungsbezirkNrw.vonZiffer(wert.substring(2, 3))
        : Optional.empty();
  }

  /**
   * {@return the conventional 8-digit key of the Kreis itself: the 5 digits followed by {@code
   * 000}}
   */
  public Gemeindeschluessel alsGemeindeschluessel() {
    return new Gemeindeschluessel(wert + "000");
  }

  /**
   * {@return whether {@code ags} lies in this Kreis (the Kreis's own {@code …000} key included)}
   *
   * @param ags the key to test
   */
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
