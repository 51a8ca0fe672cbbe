package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.util.function.LongConsumer;

/**
 * How an import runs: which areas it takes, what it does with bad rows, how text numbers are
 * written, and whom it tells about its progress. Start from {@link #standard()} and change what
 * differs. Immutable; thread-safe if the progress callback is.
 *
 * @param gebiet the areas taken; values of others are skipped and counted
 * @param fehlerbehandlung all or nothing (the default), or skip bad rows
 * @param dezimaltrennzeichen the decimal separator of numbers written as text in kekiz CSV files
 *     and XLSX text cells (GENESIS files accept both, see {@link Dezimaltrennzeichen})
 * @param maxGemeldeteFehler how many errors the {@link Importergebnis} lists in full, at least 1;
 *     all are counted
 * @param fortschritt called with the number of data rows read so far, every {@code
 *     fortschrittIntervall} rows and once at the end; it must return quickly
 * @param fortschrittIntervall the number of rows between two progress calls, at least 1
 * @param grenzen the limits every file must keep
 * @param codeliste the breakdown codes accepted
 * @param pruefung the caller's check of each object read (stored definitions, other files)
 */
public record Importoptionen(
    Gebietsauswahl gebiet,
    Fehlerbehandlung fehlerbehandlung,
    Dezimaltrennzeichen dezimaltrennzeichen,
    int maxGemeldeteFehler,
    LongConsumer fortschritt,
    int fortschrittIntervall,
    Importgrenzen grenzen,
    Codeliste codeliste,
    Importpruefung pruefung) {

  /** The default number of errors listed in full. */
  public static final int STANDARD_MAX_GEMELDETE_FEHLER = 1000;

  /** The default number of rows between two progress calls. */
  public static final int STANDARD_FORTSCHRITT_INTERVALL = 10_000;

  private static final LongConsumer KEIN_FORTSCHRITT = zeilen -> {};

  /**
   * Checks the limits.
   *
   * @param gebiet the areas taken; values of others are skipped and counted
   * @param fehlerbehandlung all or nothing (the default), or skip bad rows
   * @param dezimaltrennzeichen the decimal separator of numbers written as text in kekiz CSV files
   *     and XLSX text cells (GENESIS files accept both, see {@link Dezimaltrennzeichen})
   * @param maxGemeldeteFehler how many errors the {@link Importergebnis} lists in full, at least 1;
   *     all are counted
   * @param fortschritt called with the number of data rows read so far, every {@code
   *     fortschrittIntervall} rows and once at the end; it must return quickly
   * @param fortschrittIntervall the number of rows between two progress calls, at least 1
   * @param grenzen the limits every file must keep
   * @param codeliste the breakdown codes accepted
   * @param pruefung the caller's check of each object read (stored definitions, other files)
   * @throws IllegalArgumentException if {@code maxGemeldeteFehler} or {@code fortschrittIntervall}
   *     is below 1
   */
  public Importoptionen {
    requireNonNull(gebiet, "gebiet");
    requireNonNull(fehlerbehandlung, "fehlerbehandlung");
    requireNonNull(dezimaltrennzeichen, "dezimaltrennzeichen");
    requireNonNull(fortschritt, "fortschritt");
    requireNonNull(grenzen, "grenzen");
    requireNonNull(codeliste, "codeliste");
    requireNonNull(pruefung, "pruefung");
    if (maxGemeldeteFehler < 1) {
      throw new IllegalArgumentException(
          "maxGemeldeteFehler needs at least 1, got " + maxGemeldeteFehler);
    }
    if (fortschrittIntervall < 1) {
      throw new IllegalArgumentException(
          "fortschrittIntervall needs at least 1, got " + fortschrittIntervall);
    }
  }

  /**
   * All areas, all or nothing, decimal comma, {@value #STANDARD_MAX_GEMELDETE_FEHLER} errors
   * listed, no progress reports.
   *
   * @return the standard options
   */
  public static Importoptionen standard() {
    return new Importoptionen(
        Gebietsauswahl.alle(),
        Fehlerbehandlung.ALLES_ODER_NICHTS,
        Dezimaltrennzeichen.KOMMA,
        STANDARD_MAX_GEMELDETE_FEHLER,
        KEIN_FORTSCHRITT,
        STANDARD_FORTSCHRITT_INTERVALL,
        Importgrenzen.standard(),
        Codeliste.standard(),
        Importpruefung.KEINE);
  }

  /**
   * These options for the areas {@code gebiet}.
   *
   * @param gebiet the areas whose values are imported
   * @return options like these with that selection
   */
  public Importoptionen withGebiet(Gebietsauswahl gebiet) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options with another treatment of bad rows.
   *
   * @param fehlerbehandlung what a bad row does to the import
   * @return options like these with that treatment
   */
  public Importoptionen withFehlerbehandlung(Fehlerbehandlung fehlerbehandlung) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options with another decimal separator for text numbers.
   *
   * @param dezimaltrennzeichen the decimal separator of numbers written as text
   * @return options like these with that separator
   */
  public Importoptionen withDezimaltrennzeichen(Dezimaltrennzeichen dezimaltrennzeichen) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options listing at most {@code maxGemeldeteFehler} errors in full.
   *
   * @param maxGemeldeteFehler how many errors are listed in full
   * @return options like these with that number
   */
  public Importoptionen withMaxGemeldeteFehler(int maxGemeldeteFehler) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options reporting progress to {@code fortschritt} every {@code intervall} rows.
   *
   * @param fortschritt receives the number of rows read so far
   * @param intervall after how many rows progress is reported
   * @return options like these with that progress report
   */
  public Importoptionen withFortschritt(LongConsumer fortschritt, int intervall) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        intervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options with other limits.
   *
   * @param grenzen the limits of the import
   * @return options like these with those limits
   */
  public Importoptionen withGrenzen(Importgrenzen grenzen) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options with {@code pruefung} checking each object read.
   *
   * @param pruefung the check
   * @return options like these with that check
   */
  public Importoptionen withPruefung(Importpruefung pruefung) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }

  /**
   * These options accepting the breakdown codes of {@code codeliste}.
   *
   * @param codeliste the accepted breakdown codes
   * @return options like these with that list
   */
  public Importoptionen withCodeliste(Codeliste codeliste) {
    return new Importoptionen(
        gebiet,
        fehlerbehandlung,
        dezimaltrennzeichen,
        maxGemeldeteFehler,
        fortschritt,
        fortschrittIntervall,
        grenzen,
        codeliste,
        pruefung);
  }
}
