package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kennzahl;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One Sozialraum in a {@link Vergleich}: its value as published, its rank among the Sozialräume of
 * its level, and its deviation from the Kommune, the Kreis and the Land. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param ebene its level; ranks are given within a level
 * @param wert its value as published (own observation or the sum of its children)
 * @param rang its competition rank among the published values of its level, 1 for the most
 *     unfavourable value (the highest for "higher is worse" and neutral indicators, the lowest for
 *     "higher is better"); {@code null} if its value is missing or may not be published
 * @param rangplaetze how many published values of its level were ranked
 * @param kommune the deviation from the Kommune
 * @param kreis the deviation from the Kreis, or {@code null} if no Kreis value is known (or the
 *     Kommune is kreisfrei and so its own Kreis)
 * @param land the deviation from the Land, or {@code null} if no Land value is known
 */
public record Vergleichszeile(
    SozialraumRef sozialraum,
    String name,
    Sozialraumebene ebene,
    Kennzahl wert,
    @Nullable Integer rang,
    int rangplaetze,
    Abweichung kommune,
    @Nullable Abweichung kreis,
    @Nullable Abweichung land) {

  /**
   * Checks the rank.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param ebene its level; ranks are given within a level
   * @param wert its value as published (own observation or the sum of its children)
   * @param rang its competition rank among the published values of its level, 1 for the most
   *     unfavourable value (the highest for "higher is worse" and neutral indicators, the lowest
   *     for "higher is better"); {@code null} if its value is missing or may not be published
   * @param rangplaetze how many published values of its level were ranked
   * @param kommune the deviation from the Kommune
   * @param kreis the deviation from the Kreis, or {@code null} if no Kreis value is known (or the
   *     Kommune is kreisfrei and so its own Kreis)
   * @param land the deviation from the Land, or {@code null} if no Land value is known
   * @throws IllegalArgumentException if the rank lies outside 1 to {@code rangplaetze}, or a rank
   *     is given for a value that may not be shown
   */
  public Vergleichszeile {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    requireNonNull(ebene, "ebene");
    requireNonNull(wert, "wert");
    requireNonNull(kommune, "kommune");
    if (rang != null && (rang < 1 || rang > rangplaetze || !wert.hatWert())) {
      throw new IllegalArgumentException(
          "rank of Sozialraum "
              + sozialraum
              + " needs a shown value and a number from 1 to "
              + rangplaetze
              + ", got "
              + rang
              + " for "
              + wert);
    }
  }

  /**
   * {@return the rank (1 for the most unfavourable value), or empty if the value is not ranked
   * (e.g. because it may not be shown)}
   */
  public OptionalInt rangplatz() {
    return rang == null ? OptionalInt.empty() : OptionalInt.of(rang);
  }

  /** {@return the deviation from the Kreis, or empty if no Kreis value is known} */
  public Optional<Abweichung> kreisabweichung() {
    return Optional.ofNullable(kreis);
  }

  /** {@return the deviation from the Land, or empty if no Land value is known} */
  public Optional<Abweichung> landabweichung() {
    return Optional.ofNullable(land);
  }
}
