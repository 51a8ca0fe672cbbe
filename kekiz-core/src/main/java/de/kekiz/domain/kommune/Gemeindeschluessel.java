package de.kekiz.domain.kommune;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Amtlicher Gemeindeschlüssel (AGS): 8 digits, Land (2) + Regierungsbezirk (1) + Kreis (2) +
 * Gemeinde (3).
 *
 * <p>A kreisfreie Stadt has the Gemeinde part {@code 000}; by convention a Kreis is written with
 * its 5-digit {@link Kreisschluessel} followed by {@code 000} too (Kreis Unna: {@code 05978000}),
 * so whether a key names a Kreis or a kreisfreie Stadt is told by the Kommune's {@link
 * Kommunenart}, not by the key. Whether a Stadt is kreisfrei is a legal attribute as well (the
 * Stadt Aachen, {@code 05334002}, is kreisfrei inside the StädteRegion Aachen).
 *
 * <p>{@link #toString()} gives the 8 digits, which {@link #parse(CharSequence)} reads back.
 * Immutable and thread-safe.
 *
 * @param wert the 8 digits
 */
public record Gemeindeschluessel(String wert) implements Comparable<Gemeindeschluessel> {

  /** Land part of every key in Nordrhein-Westfalen. */
  public static final String LAND_NRW = "05";

  /**
   * @param wert the 8 digits
   * @throws IllegalArgumentException quoting {@code wert} if it is not exactly 8 digits
   */
  public Gemeindeschluessel {
    Schluessel.pruefeZiffern("AGS", wert, 8);
  }

  /**
   * Reads an 8-digit AGS; surrounding whitespace is ignored.
   *
   * @param text the AGS, e.g. {@code 05978036}
   * @return the key
   * @throws IllegalArgumentException quoting the input if it is not 8 digits
   */
  public static Gemeindeschluessel parse(CharSequence text) {
    return new Gemeindeschluessel(text.toString().strip());
  }

  /** {@return the 2-digit Land part ({@code 05} for NRW)} */
  public String land() {
    return wert.substring(0, 2);
  }

  /** {@return whether the key lies in Nordrhein-Westfalen} */
  public boolean inNrw() {
    return LAND_NRW.equals(land());
  }

  /** {@return the 1-digit Regierungsbezirk part} */
  public String regierungsbezirkZiffer() {
    return wert.substring(2, 3);
  }

  /**
   * {@return the Regierungsbezirk in NRW, or empty for a key outside NRW or with an unknown digit}
   */
  public Optional<RegierungsbezirkNrw> regierungsbezirkNrw() {
    return inNrw() ? RegierungsbezirkNrw.vonZiffer(regierungsbezirkZiffer()) : Optional.empty();
  }

  /** {@return the Kreis this key lies in (for a kreisfreie Stadt: its own Kreis-level key)} */
  public Kreisschluessel kreis() {
    return new Kreisschluessel(wert.substring(0, 5));
  }

  /** {@return the 3-digit Gemeinde part ({@code 000} for a kreisfreie Stadt or a Kreis)} */
  public String gemeindeteil() {
    return wert.substring(5);
  }

  /**
   * {@return whether the Gemeinde part is {@code 000} (a kreisfreie Stadt, or a Kreis by
   * convention)}
   */
  public boolean kreisebene() {
    return "000".equals(gemeindeteil());
  }

  /**
   * Converts to the 12-digit Regionalschlüssel. NRW has no Gemeindeverbände, so the Verband part is
   * {@code 0} followed by the Gemeinde part: Unna {@code 05978036} becomes {@code 059780036036},
   * Köln {@code 05315000} becomes {@code 053150000000}.
   *
   * @return the 12-digit key
   * @throws IllegalStateException for a key outside NRW, where the Verband cannot be derived
   */
  public Regionalschluessel toRegionalschluessel() {
    if (!inNrw()) {
      throw new IllegalStateException(
          "AGS '" + wert + "' lies outside NRW: its Gemeindeverband cannot be derived from it");
    }
    String g = gemeindeteil();
    return new Regionalschluessel(wert.substring(0, 5) + "0" + g + g);
  }

  @Override
  public int compareTo(Gemeindeschluessel o) {
    return wert.compareTo(o.wert);
  }

  @Override
  public String toString() {
    return wert;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof Gemeindeschluessel o && wert.equals(o.wert));
  }

  @Override
  public int hashCode() {
    return wert.hashCode();
  }
}
