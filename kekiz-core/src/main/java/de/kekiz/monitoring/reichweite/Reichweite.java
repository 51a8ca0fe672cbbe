package de.kekiz.monitoring.reichweite;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many people of the population counted live in the Gemeinden a programme phase reaches on a
 * date: numerator, denominator and share. Immutable and thread-safe.
 *
 * @param programm the programme
 * @param phase the phase key, or {@code null} for every phase of the programme
 * @param stichtag the date
 * @param bezugsgroesse what was counted, e.g. {@code "unter 18 Jahre"} or, as a proxy, {@code
 *     "Einwohner insgesamt"}
 * @param zaehler the population of the Gemeinden reached
 * @param nenner the population of all Gemeinden with a figure
 * @param anteil {@code zaehler × 100 / nenner} in percent ({@code DECIMAL64}), or {@code null} if
 *     {@code nenner} is 0
 * @param teilnehmer the Kommunen taking part on the date (Kreise included), sorted
 * @param erreicht the Gemeinden reached, sorted
 * @param ohneZahl the Gemeinden without a population figure, left out of numerator and denominator,
 *     sorted
 */
public record Reichweite(
    Programm programm,
    @Nullable String phase,
    LocalDate stichtag,
    String bezugsgroesse,
    long zaehler,
    long nenner,
    @Nullable BigDecimal anteil,
    List<Gemeindeschluessel> teilnehmer,
    List<Gemeindeschluessel> erreicht,
    List<Gemeindeschluessel> ohneZahl) {

  /**
   * Checks the counts and copies the lists.
   *
   * @param programm the programme
   * @param phase the phase key, or {@code null} for every phase of the programme
   * @param stichtag the date
   * @param bezugsgroesse what was counted, e.g. {@code "unter 18 Jahre"} or, as a proxy, {@code
   *     "Einwohner insgesamt"}
   * @param zaehler the population of the Gemeinden reached
   * @param nenner the population of all Gemeinden with a figure
   * @param anteil {@code zaehler × 100 / nenner} in percent ({@code DECIMAL64}), or {@code null} if
   *     {@code nenner} is 0
   * @param teilnehmer the Kommunen taking part on the date (Kreise included), sorted
   * @param erreicht the Gemeinden reached, sorted
   * @param ohneZahl the Gemeinden without a population figure, left out of numerator and
   *     denominator, sorted
   * @throws IllegalArgumentException if {@code zaehler} is negative or exceeds {@code nenner}
   */
  public Reichweite {
    requireNonNull(programm, "programm");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(bezugsgroesse, "bezugsgroesse");
    teilnehmer = ImmutableList.copyOf(requireNonNull(teilnehmer, "teilnehmer"));
    erreicht = ImmutableList.copyOf(requireNonNull(erreicht, "erreicht"));
    ohneZahl = ImmutableList.copyOf(requireNonNull(ohneZahl, "ohneZahl"));
    if (zaehler < 0 || zaehler > nenner) {
      throw new IllegalArgumentException(
          "Reichweite needs 0 ≤ zaehler ≤ nenner, got " + zaehler + " and " + nenner);
    }
  }

  /** {@return the share in percent ({@link #anteil()}), or empty if the denominator is 0} */
  public Optional<BigDecimal> prozent() {
    return Optional.ofNullable(anteil);
  }
}
