package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One imported population figure: the inhabitants of one area, age group and (optionally) sex on
 * one reference date.
 *
 * <p>A figure for the total of both sexes ({@code geschlecht} absent) becomes a {@link
 * Bevoelkerungsstand} of the Kommune or Sozialraum ({@link #stand()}); a figure by sex has no place
 * in {@link Bevoelkerungsstand} and is kept for indicators that need it. Immutable and thread-safe.
 *
 * @param raum the Kommune or Sozialraum version
 * @param stichtag the reference date
 * @param altersgruppe the age group; {@code 0+} for all ages
 * @param geschlecht {@code m}, {@code w} or {@code d}, or {@code null} for both sexes together
 * @param anzahl the number of inhabitants, not negative
 */
public record Bevoelkerungszahl(
    Raumbezug raum,
    LocalDate stichtag,
    Altersspanne altersgruppe,
    @Nullable String geschlecht,
    long anzahl) {

  /** The age group of a figure for all ages: {@code 0+}. */
  public static final Altersspanne ALLE_ALTER = Altersspanne.ab(0);

  /**
   * Checks sex code and count.
   *
   * @param raum the Kommune or Sozialraum version
   * @param stichtag the reference date
   * @param altersgruppe the age group; {@code 0+} for all ages
   * @param geschlecht {@code m}, {@code w} or {@code d}, or {@code null} for both sexes together
   * @param anzahl the number of inhabitants, not negative
   * @throws IllegalArgumentException quoting a sex code other than {@code m}, {@code w}, {@code d},
   *     or a negative count
   */
  public Bevoelkerungszahl {
    requireNonNull(raum, "raum");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(altersgruppe, "altersgruppe");
    if (geschlecht != null
        && !geschlecht.equals("m")
        && !geschlecht.equals("w")
        && !geschlecht.equals("d")) {
      throw new IllegalArgumentException(
          "Bevoelkerungszahl needs the sex code 'm', 'w' or 'd' (or none for the total), got '"
              + geschlecht
              + "'");
    }
    if (anzahl < 0) {
      throw new IllegalArgumentException(
          "Bevoelkerungszahl needs a count of at least 0, got "
              + anzahl
              + " for "
              + raum
              + " on "
              + stichtag);
    }
  }

  /**
   * A figure for both sexes together.
   *
   * @param raum the Kommune or Sozialraum version
   * @param stichtag the reference date
   * @param altersgruppe the age group; {@link #ALLE_ALTER} for all ages
   * @param anzahl the number of inhabitants, not negative
   * @return the figure
   */
  public static Bevoelkerungszahl of(
      Raumbezug raum, LocalDate stichtag, Altersspanne altersgruppe, long anzahl) {
    return new Bevoelkerungszahl(raum, stichtag, altersgruppe, null, anzahl);
  }

  /** {@return the sex code, if the figure counts one sex only} */
  public Optional<String> geschlechtCode() {
    return Optional.ofNullable(geschlecht);
  }

  /**
   * The figure as the population of its Kommune or Sozialraum.
   *
   * @return the population, for a figure of both sexes together; empty for a figure by sex
   */
  public Optional<Bevoelkerungsstand> stand() {
    return geschlecht == null
        ? Optional.of(Bevoelkerungsstand.of(stichtag, altersgruppe, anzahl))
        : Optional.empty();
  }

  /**
   * The figure without its count: two figures with equal keys describe the same group.
   *
   * @return this figure with the count 0
   */
  public Bevoelkerungszahl schluessel() {
    return new Bevoelkerungszahl(raum, stichtag, altersgruppe, geschlecht, 0);
  }
}
