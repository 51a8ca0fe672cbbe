package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import org.jspecify.annotations.Nullable;

/**
 * What a planning workbook holds ({@link ArbeitsmappeLeser}) or is written with ({@link
 * ArbeitsmappeSchreiber}): a Kommune's Leitbild, its Präventionskette and the chain's Angebote,
 * each part present or not. Immutable and thread-safe.
 *
 * <p>Read from a workbook, {@code kette} is the whole chain to be stored: the structure from the
 * workbook if {@code mitKette}, else the stored one; the Angebote from the workbook if {@code
 * mitAngeboten}, else the stored ones. Written, {@code mitKette} and {@code mitAngeboten} say which
 * sheets are filled from {@code kette}.
 *
 * @param kommune the Kommune the workbook belongs to
 * @param leitbild the Leitbild, or {@code null} if the workbook holds none
 * @param kette the Präventionskette, or {@code null} if the workbook holds neither chain nor
 *     Angebote
 * @param mitKette whether the workbook holds the chain (phases, fields, actors, networks,
 *     Steuerung, Zielbeiträge)
 * @param mitAngeboten whether the workbook holds the Angebote
 */
public record Arbeitsmappe(
    Gemeindeschluessel kommune,
    @Nullable Leitbild leitbild,
    @Nullable Praeventionskette kette,
    boolean mitKette,
    boolean mitAngeboten) {

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param kommune the Kommune the workbook belongs to
   * @param leitbild the Leitbild, or {@code null} if the workbook holds none
   * @param kette the Präventionskette, or {@code null} if the workbook holds neither chain nor
   *     Angebote
   * @param mitKette whether the workbook holds the chain (phases, fields, actors, networks,
   *     Steuerung, Zielbeiträge)
   * @param mitAngeboten whether the workbook holds the Angebote
   * @throws IllegalArgumentException if a part belongs to another Kommune, or a chain is given
   *     without a part of it to write (or the other way round)
   */
  public Arbeitsmappe {
    requireNonNull(kommune, "kommune");
    if (leitbild != null && !leitbild.kommune().equals(kommune)) {
      throw new IllegalArgumentException(
          "the Leitbild belongs to " + leitbild.kommune() + ", not to " + kommune);
    }
    if (kette != null && !kette.kommune().equals(kommune)) {
      throw new IllegalArgumentException(
          "the Präventionskette belongs to " + kette.kommune() + ", not to " + kommune);
    }
    if ((kette != null) != (mitKette || mitAngeboten)) {
      throw new IllegalArgumentException(
          "a Präventionskette goes with the chain or the Angebote, and they with a chain");
    }
  }

  /**
   * A workbook with {@code leitbild} (or none) and all of {@code kette} (or none).
   *
   * @param kommune the Kommune the workbook belongs to
   * @param leitbild the Leitbild, or {@code null} for none
   * @param kette the Präventionskette, written with its structure and its Angebote, or {@code null}
   *     for none
   * @return the workbook
   */
  public static Arbeitsmappe of(
      Gemeindeschluessel kommune, @Nullable Leitbild leitbild, @Nullable Praeventionskette kette) {
    return new Arbeitsmappe(kommune, leitbild, kette, kette != null, kette != null);
  }
}
