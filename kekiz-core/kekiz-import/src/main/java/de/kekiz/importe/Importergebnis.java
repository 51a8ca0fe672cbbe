package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Messwert;
import java.nio.file.Path;
import java.util.Map;

/**
 * What an import read from one file: the domain objects, the errors, and counts of what was read
 * and skipped.
 *
 * <p>Under {@link Fehlerbehandlung#ALLES_ODER_NICHTS} a file with any bad row gives no objects
 * ({@link #verworfen()} is true); under {@link Fehlerbehandlung#FEHLERHAFTE_ZEILEN_UEBERSPRINGEN}
 * the objects of every good row. Counts: {@link #zeilenGelesen()} counts data rows (not the
 * header), {@link #werteGelesen()} the values in them (a row of the older wide GENESIS format holds
 * several), {@link #uebersprungen()} the well-formed values left out, by reason. Immutable and
 * thread-safe.
 *
 * @param datei the file, as the caller named it
 * @param format what the file was read as, e.g. {@code GENESIS ffcsv (lang, ab 2025)}
 * @param messwerte the observations, in file order
 * @param bevoelkerung the population figures, in file order
 * @param fehler the errors, in file order, at most {@link Importoptionen#maxGemeldeteFehler()}
 * @param fehlerGesamt the number of errors, including those not listed
 * @param fehlerhafteZeilen the number of rows with at least one error
 * @param zeilenGelesen the number of data rows read
 * @param werteGelesen the number of values read
 * @param uebersprungen the number of values skipped, by reason (reasons with none left out)
 * @param verworfen whether the objects of good rows were dropped because a row was bad
 */
public record Importergebnis(
    Path datei,
    String format,
    ImmutableList<Messwert> messwerte,
    ImmutableList<Bevoelkerungszahl> bevoelkerung,
    ImmutableList<Importfehler> fehler,
    long fehlerGesamt,
    long fehlerhafteZeilen,
    long zeilenGelesen,
    long werteGelesen,
    ImmutableMap<Ueberspringgrund, Long> uebersprungen,
    boolean verworfen) {

  /**
   * Checks that the counts fit together.
   *
   * @param datei the file, as the caller named it
   * @param format what the file was read as, e.g. {@code GENESIS ffcsv (lang, ab 2025)}
   * @param messwerte the observations, in file order
   * @param bevoelkerung the population figures, in file order
   * @param fehler the errors, in file order, at most {@link Importoptionen#maxGemeldeteFehler()}
   * @param fehlerGesamt the number of errors, including those not listed
   * @param fehlerhafteZeilen the number of rows with at least one error
   * @param zeilenGelesen the number of data rows read
   * @param werteGelesen the number of values read
   * @param uebersprungen the number of values skipped, by reason (reasons with none left out)
   * @param verworfen whether the objects of good rows were dropped because a row was bad
   * @throws IllegalArgumentException if a count is negative, fewer errors are counted than listed,
   *     or objects are kept although the result is {@code verworfen}
   */
  public Importergebnis {
    requireNonNull(datei, "datei");
    requireNonNull(format, "format");
    messwerte = ImmutableList.copyOf(messwerte);
    bevoelkerung = ImmutableList.copyOf(bevoelkerung);
    fehler = ImmutableList.copyOf(fehler);
    uebersprungen = ImmutableMap.copyOf(uebersprungen);
    if (fehlerGesamt < fehler.size()
        || fehlerhafteZeilen < 0
        || zeilenGelesen < 0
        || werteGelesen < 0) {
      throw new IllegalArgumentException(
          "Importergebnis needs counts of at least 0 and at least as many errors as listed, got "
              + fehlerGesamt
              + " errors for "
              + fehler.size()
              + " listed, "
              + fehlerhafteZeilen
              + " bad rows, "
              + zeilenGelesen
              + " rows, "
              + werteGelesen
              + " values");
    }
    for (Map.Entry<Ueberspringgrund, Long> e : uebersprungen.entrySet()) {
      if (e.getValue() < 1) {
        throw new IllegalArgumentException(
            "Importergebnis lists only reasons with skipped values, got " + e);
      }
    }
    if (verworfen && (!messwerte.isEmpty() || !bevoelkerung.isEmpty())) {
      throw new IllegalArgumentException(
          "a verworfen Importergebnis holds no objects, got "
              + messwerte.size()
              + " Messwerte and "
              + bevoelkerung.size()
              + " population figures");
    }
  }

  /** {@return whether no row was bad} */
  public boolean fehlerfrei() {
    return fehlerGesamt == 0;
  }

  /** {@return the number of objects imported (Messwerte plus population figures)} */
  public int anzahl() {
    return messwerte.size() + bevoelkerung.size();
  }

  /**
   * The number of values skipped for {@code grund}.
   *
   * @param grund the reason
   * @return the number of values skipped for it, 0 if none
   */
  public long uebersprungen(Ueberspringgrund grund) {
    return uebersprungen.getOrDefault(grund, 0L);
  }

  /** {@return the number of values skipped for any reason} */
  public long uebersprungenGesamt() {
    long summe = 0;
    for (long n : uebersprungen.values()) {
      summe += n;
    }
    return summe;
  }

  /**
   * One line for a person, in German with thousands separators, e.g. {@code 12411.csv (GENESIS
   * ffcsv (lang, ab 2025)): 1.467 Zeilen gelesen, 0 Messwerte, 3 Bevölkerungszahlen, 1.464 Werte
   * übersprungen (anderes Gebiet: 1.464), 0 Fehler in 0 Zeilen}: skipped values with their reasons.
   *
   * @return the summary line
   */
  public String zusammenfassung() {
    StringBuilder b = new StringBuilder();
    b.append(Anzeigetext.sichtbar(datei.toString(), 300)).append(" (").append(format).append("): ");
    b.append(Anzeigetext.anzahl(zeilenGelesen, "Zeile", "Zeilen")).append(" gelesen, ");
    b.append(Anzeigetext.anzahl(messwerte.size(), "Messwert", "Messwerte")).append(", ");
    b.append(Anzeigetext.anzahl(bevoelkerung.size(), "Bevölkerungszahl", "Bevölkerungszahlen"));
    b.append(", ");
    b.append(Anzeigetext.anzahl(uebersprungenGesamt(), "Wert", "Werte")).append(" übersprungen");
    if (uebersprungenGesamt() > 0) {
      // why, so that a skipped value is not a mystery: "(anderes Gebiet: 2)"
      b.append(" (");
      String trenner = "";
      for (Ueberspringgrund g : Ueberspringgrund.values()) {
        long n = uebersprungen(g);
        if (n > 0) {
          b.append(trenner).append(g.bezeichnung()).append(": ").append(Anzeigetext.zahl(n));
          trenner = "; ";
        }
      }
      b.append(')');
    }
    b.append(", ");
    b.append(Anzeigetext.zahl(fehlerGesamt)).append(" Fehler in ");
    b.append(Anzeigetext.anzahl(fehlerhafteZeilen, "Zeile", "Zeilen"));
    if (verworfen) {
      b.append(": nichts importiert");
    }
    return b.toString();
  }
}
