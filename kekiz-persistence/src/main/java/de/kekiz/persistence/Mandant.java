package de.kekiz.persistence;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whose data a set of repositories may see and change: every Kommune ({@link #alle()}), one Kommune
 * ({@link #kommune}), or a Kreis with its Gemeinden ({@link #kreis}).
 *
 * <p>Repositories opened for a Mandant ({@link KekizPersistenz#fuer(Mandant)}) find nothing of
 * other Kommunen and refuse to write it with {@link de.kekiz.port.MandantenverletzungException}.
 * Immutable and thread-safe.
 */
public final class Mandant {

  private static final Mandant ALLE = new Mandant(null, null);

  private final @Nullable Gemeindeschluessel kommune;
  private final @Nullable Kreisschluessel kreis;

  private Mandant(@Nullable Gemeindeschluessel kommune, @Nullable Kreisschluessel kreis) {
    this.kommune = kommune;
    this.kreis = kreis;
  }

  /** {@return every Kommune: no restriction (a Land-wide monitoring, an administrator)} */
  public static Mandant alle() {
    return ALLE;
  }

  /**
   * {@return the Mandant of one Kommune only}
   *
   * @param kommune the Kommune whose data the repositories see and change
   */
  public static Mandant kommune(Gemeindeschluessel kommune) {
    return new Mandant(requireNonNull(kommune, "kommune"), null);
  }

  /**
   * {@return a Kreis with its Gemeinden: the Kreis itself (its conventional key, e.g. {@code
   * 05978000}) and every Kommune whose key starts with the Kreisschlüssel}
   *
   * @param kreis the Kreis, e.g. {@code 05978} (Unna)
   */
  public static Mandant kreis(Kreisschluessel kreis) {
    return new Mandant(null, requireNonNull(kreis, "kreis"));
  }

  /**
   * {@return whether this Mandant may see and change the data of {@code kommune}}
   *
   * @param kommune the Kommune asked about
   */
  public boolean umfasst(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (this.kommune != null) {
      return this.kommune.equals(kommune);
    }
    return kreis == null || kreis.enthaelt(kommune);
  }

  /** {@return whether this is {@link #alle()}} */
  public boolean uneingeschraenkt() {
    return kommune == null && kreis == null;
  }

  /** {@return the one Kommune, for a Mandant made by {@link #kommune}} */
  public Optional<Gemeindeschluessel> einzelneKommune() {
    return Optional.ofNullable(kommune);
  }

  /** {@return the Kreis, for a Mandant made by {@link #kreis}} */
  public Optional<Kreisschluessel> kreisMitGemeinden() {
    return Optional.ofNullable(kreis);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mandant m
        && Objects.equals(kommune, m.kommune)
        && Objects.equals(kreis, m.kreis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kommune, kreis);
  }

  /**
   * Returns the German text a message shows, e.g. {@code Kommune 05570004}, {@code Kreis 05978 mit
   * seinen Gemeinden}, {@code alle Kommunen}.
   */
  @Override
  public String toString() {
    if (kommune != null) {
      return "Kommune " + kommune;
    }
    return kreis != null ? "Kreis " + kreis + " mit seinen Gemeinden" : "alle Kommunen";
  }
}
