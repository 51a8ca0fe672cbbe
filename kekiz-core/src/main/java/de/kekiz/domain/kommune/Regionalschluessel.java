package de.kekiz.domain.kommune;

/**
 * The 12-digit Amtlicher Regionalschlüssel (ARS): Land (2) + Regierungsbezirk (1) + Kreis (2) +
 * Gemeindeverband (4) + Gemeinde (3).
 *
 * <p>{@link #toString()} gives the 12 digits, which {@link #parse(CharSequence)} reads back.
 * Immutable and thread-safe.
 *
 * @param wert the 12 digits
 */
public record Regionalschluessel(String wert) implements Comparable<Regionalschluessel> {

  /**
   * @param wert the 12 digits
   * @throws IllegalArgumentException quoting {@code wert} if it is not exactly 12 digits
   */
  public Regionalschluessel {
    Schluessel.pruefeZiffern("ARS", wert, 12);
  }

  /**
   * Reads a 12-digit ARS; surrounding whitespace is ignored.
   *
   * @param text the ARS, e.g. {@code 059780036036}
   * @return the key
   * @throws IllegalArgumentException quoting the input if it is not 12 digits
   */
  public static Regionalschluessel parse(CharSequence text) {
    return new Regionalschluessel(text.toString().strip());
  }

  /** {@return the Kreis part (the first 5 digits)} */
  public Kreisschluessel kreis() {
    return new Kreisschluessel(wert.substring(0, 5));
  }

  /** {@return the 4-digit Gemeindeverband part} */
  public String verbandsteil() {
    return wert.substring(5, 9);
  }

  /** {@return the 3-digit Gemeinde part} */
  public String gemeindeteil() {
    return wert.substring(9);
  }

  /** {@return the 8-digit AGS: Kreis part + Gemeinde part} */
  public Gemeindeschluessel toGemeindeschluessel() {
    return new Gemeindeschluessel(wert.substring(0, 5) + gemeindeteil());
  }

  @Override
  public int compareTo(Regionalschluessel o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }
}
