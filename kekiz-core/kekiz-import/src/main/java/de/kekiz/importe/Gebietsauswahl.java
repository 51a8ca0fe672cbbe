package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which areas an import takes; values of other areas are skipped and counted ({@link
 * Ueberspringgrund#ANDERES_GEBIET}).
 *
 * <ul>
 *   <li>{@link #kommune(Gemeindeschluessel)}: one Kommune. A GENESIS row belongs to it if its
 *       regional code is the AGS itself (8 digits), an ARS converting to it (12 digits), or, for an
 *       AGS ending in {@code 000} (a kreisfreie Stadt, or a Kreis by convention), the 5-digit Kreis
 *       code: Köln {@code 05315000} takes {@code 05315}, {@code 05315000} and {@code 053150000000};
 *       Kreis Unna {@code 05978000} takes {@code 05978}.
 *   <li>{@link #kreisMitGemeinden(Kreisschluessel)}: a Kreis and every Gemeinde in it, each value
 *       for its own Kommune: Kreis Unna {@code 05978} takes {@code 05978} (as {@code 05978000}) and
 *       {@code 05978004} … {@code 05978040}.
 *   <li>{@link #alle()}: every Kreis and Gemeinde.
 * </ul>
 *
 * <p>A kekiz file names its area as a {@link Raumbezug}; it is taken if its Kommune is selected
 * ({@link #umfasst(Raumbezug)}). Immutable and thread-safe.
 */
public final class Gebietsauswahl {

  private static final Gebietsauswahl ALLE = new Gebietsauswahl(null, null);

  private final @Nullable Gemeindeschluessel kommune;
  private final @Nullable Kreisschluessel kreis;

  private Gebietsauswahl(@Nullable Gemeindeschluessel kommune, @Nullable Kreisschluessel kreis) {
    this.kommune = kommune;
    this.kreis = kreis;
  }

  /** {@return a selection of every Kreis and Gemeinde} */
  public static Gebietsauswahl alle() {
    return ALLE;
  }

  /**
   * Exactly the Kommune {@code kommune} (a Gemeinde, a kreisfreie Stadt or a Kreis).
   *
   * @param kommune the Kommune
   * @return the selection of that Kommune
   */
  public static Gebietsauswahl kommune(Gemeindeschluessel kommune) {
    return new Gebietsauswahl(requireNonNull(kommune, "kommune"), null);
  }

  /**
   * The Kreis {@code kreis} itself and every Gemeinde in it.
   *
   * @param kreis the Kreis
   * @return the selection of the Kreis and its Gemeinden
   */
  public static Gebietsauswahl kreisMitGemeinden(Kreisschluessel kreis) {
    return new Gebietsauswahl(null, requireNonNull(kreis, "kreis"));
  }

  /** {@return the selected Kommune, if this selects one Kommune} */
  public Optional<Gemeindeschluessel> einzelneKommune() {
    return Optional.ofNullable(kommune);
  }

  /** {@return the selected Kreis, if this selects a Kreis with its Gemeinden} */
  public Optional<Kreisschluessel> kreisMitGemeinden() {
    return Optional.ofNullable(kreis);
  }

  /**
   * The Kommune a GENESIS value with regional code {@code code} is imported for, or empty if the
   * code is not selected (or names no Kommune: Bund, Land, Regierungsbezirk).
   *
   * @param code the regional code of the value
   * @return the Kommune, or empty
   */
  public Optional<Gemeindeschluessel> kommuneFuer(Regionalcode code) {
    requireNonNull(code, "code");
    Optional<Gemeindeschluessel> ags = code.gemeindeschluessel();
    if (ags.isEmpty()) {
      return ags;
    }
    Gemeindeschluessel g = ags.get();
    Gemeindeschluessel eine = kommune;
    if (eine != null) {
      if (code.ebene() == Regionalcode.Ebene.KREIS && !eine.kreisebene()) {
        return Optional.empty();
      }
      return eine.equals(g) ? ags : Optional.empty();
    }
    Kreisschluessel k = kreis;
    if (k != null) {
      return k.enthaelt(g) ? ags : Optional.empty();
    }
    return ags;
  }

  /**
   * Whether a value for {@code raum} (a Kommune or one of its Sozialräume) is selected.
   *
   * @param raum the Kommune or Sozialraum of the value
   * @return whether the value is imported
   */
  public boolean umfasst(Raumbezug raum) {
    requireNonNull(raum, "raum");
    Gemeindeschluessel ags = raum.kommune();
    if (kommune != null) {
      return kommune.equals(ags);
    }
    if (kreis != null) {
      return kreis.enthaelt(ags);
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Gebietsauswahl
        && Objects.equals(kommune, ((Gebietsauswahl) o).kommune)
        && Objects.equals(kreis, ((Gebietsauswahl) o).kreis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kommune, kreis);
  }

  /** {@code Kommune 05315000}, {@code Kreis 05978 mit Gemeinden} or {@code alle Gebiete}. */
  @Override
  public String toString() {
    if (kommune != null) {
      return "Kommune " + kommune;
    }
    if (kreis != null) {
      return "Kreis " + kreis + " mit Gemeinden";
    }
    return "alle Gebiete";
  }
}
