package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the population of the Sozialräume of a Kommune by age group from a table as statistics
 * offices publish it: a CSV file with one row per Sozialraum, a column with its key and one column
 * per age group, e.g. Köln's {@code Nr.,Stadtteil,Einwohner insgesamt,0 - 2, 3 - 5, …,80 u. älter}.
 *
 * <p>The table: UTF-8 (with or without byte order mark), the separator {@code ;}, {@code ,} or a
 * tab (the one the header line uses most), the header in line 1. A column is an age group if its
 * header names one ({@code 0 - 2}, {@code 6-14}, {@code unter 3}, {@code 15 bis unter 18}, {@code
 * 80 u. älter}, {@code 65 und älter}); the age groups must not overlap. The key column is named by
 * the caller; so is, optionally, a total column, which every row's age groups must add up to. Other
 * columns (names) are not read. Counts are whole numbers without separators.
 *
 * <p>All or nothing: every error names file, line, column and value; a file with an error gives no
 * figure. {@link #uebernimm} then gives the figures to the Sozialraum versions valid on the
 * reference date. Instances hold no state and may be shared.
 */
public final class BevoelkerungstabelleLeser {

  /** A reader; it holds no state. */
  public BevoelkerungstabelleLeser() {}

  /**
   * One figure of the table.
   *
   * @param schluessel the key of the Sozialraum within its Kommune
   * @param altersgruppe the age group of the column
   * @param anzahl the number of inhabitants
   * @param spaltenname the column's header as the file writes it
   * @param zeile the line, from 1 (the header is line 1)
   * @param schluesselspalte the column of the key, from 1 (for errors about the Sozialraum)
   */
  public record Sozialraumzahl(
      String schluessel,
      Altersspanne altersgruppe,
      long anzahl,
      String spaltenname,
      long zeile,
      int schluesselspalte) {
    /**
     * Checks that nothing is missing and the count is not negative.
     *
     * @param schluessel the key of the Sozialraum within its Kommune
     * @param altersgruppe the age group of the column
     * @param anzahl the number of inhabitants
     * @param spaltenname the column's header as the file writes it
     * @param zeile the line, from 1 (the header is line 1)
     * @param schluesselspalte the column of the key, from 1 (for errors about the Sozialraum)
     */
    public Sozialraumzahl {
      requireNonNull(schluessel, "schluessel");
      requireNonNull(altersgruppe, "altersgruppe");
      requireNonNull(spaltenname, "spaltenname");
      if (anzahl < 0) {
        throw new IllegalArgumentException("Sozialraumzahl needs a count from 0, got " + anzahl);
      }
    }
  }

  /**
   * Reads {@code datei}: an XLSX workbook (its first sheet) or a CSV table, told apart by the
   * content (a workbook is a ZIP container).
   *
   * @param datei the table
   * @param kommune the Kommune whose Sozialräume the table counts (for checking the keys)
   * @param schluesselspalte the header of the key column, e.g. {@code Nr.}
   * @param summenspalte the header of a total column to check the rows against, or {@code null}
   * @return the figures, or every error with file, sheet, line or row, column and value
   * @throws UnlesbareDateiException if the file is missing or cannot be read as a CSV table (UTF-8)
   *     or an XLSX workbook, or its header lacks the named columns or any age group column, or has
   *     overlapping age groups
   */
  public Leseergebnis<Sozialraumzahl> lese(
      Path datei,
      Gemeindeschluessel kommune,
      String schluesselspalte,
      @Nullable String summenspalte) {
    return lese(datei, null, kommune, schluesselspalte, summenspalte);
  }

  /**
   * Reads {@code datei}: sheet {@code blatt} (the first if {@code null}) of an XLSX workbook, or a
   * CSV table, told apart by the content (a workbook is a ZIP container). In a workbook, row 1 of
   * the sheet holds the headers; a count may be a number cell or text of digits; errors name the
   * sheet, the row and the column letter.
   *
   * @param datei the table
   * @param blatt the sheet of a workbook, or {@code null} for its first sheet (must be {@code null}
   *     for a CSV table)
   * @param kommune the Kommune whose Sozialräume the table counts (for checking the keys)
   * @param schluesselspalte the header of the key column, e.g. {@code Nr.}
   * @param summenspalte the header of a total column to check the rows against, or {@code null}
   * @return the figures, or every error with file, sheet, line or row, column and value
   * @throws UnlesbareDateiException if the file is missing or cannot be read as a CSV table (UTF-8)
   *     or an XLSX workbook, the workbook has no such sheet, a sheet is named for a CSV table, or
   *     the header lacks the named columns or any age group column, or has overlapping age groups
   */
  public Leseergebnis<Sozialraumzahl> lese(
      Path datei,
      @Nullable String blatt,
      Gemeindeschluessel kommune,
      String schluesselspalte,
      @Nullable String summenspalte) {
    requireNonNull(datei, "datei");
    requireNonNull(kommune, "kommune");
    requireNonNull(schluesselspalte, "schluesselspalte");
    if (Dateiart.istZip(datei)) {
      return BevoelkerungXlsx.lese(datei, blatt, kommune, schluesselspalte, summenspalte);
    }
    if (blatt != null) {
      throw new UnlesbareDateiException(
          datei,
          "sie ist eine CSV-Tabelle, keine XLSX-Arbeitsmappe: ein Blatt ('"
              + Anzeigetext.sichtbar(blatt)
              + "') gibt es nur in einer Arbeitsmappe");
    }
    try (Textdatei text = Textdatei.oeffne(datei)) {
      String kopf = text.naechsteZeile();
      if (kopf == null || kopf.isBlank()) {
        throw new UnlesbareDateiException(datei, "die Datei ist leer; Zeile 1 nennt die Spalten");
      }
      char trenner = trenner(kopf);
      List<String> kopfteile = CsvZeile.teile(kopf, trenner);
      if (kopfteile == null) {
        throw new UnlesbareDateiException(
            datei, "Zeile 1: ein Anführungszeichen ist nicht geschlossen");
      }
      Zeilen zeilen = new Zeilen(datei, null, kommune, kopfteile, schluesselspalte, summenspalte);
      String zeile;
      while ((zeile = text.naechsteZeile()) != null) {
        long nr = text.zeilennummer();
        if (zeile.isBlank()) {
          continue;
        }
        List<String> felder = CsvZeile.teile(zeile, trenner);
        if (felder == null || felder.size() != zeilen.namen.size()) {
          zeilen.fehler.add(
              new Importfehler(
                  datei,
                  null,
                  nr,
                  0,
                  "",
                  zeile,
                  felder == null
                      ? "ein Anführungszeichen ist nicht geschlossen"
                      : "die Zeile hat "
                          + felder.size()
                          + " Felder, die Kopfzeile "
                          + zeilen.namen.size()));
          continue;
        }
        zeilen.zeile(nr, felder);
      }
      return zeilen.ergebnis();
    }
  }

  /**
   * The rows of one table, CSV or sheet, checked one by one: collects the figures and the errors.
   */
  static final class Zeilen {
    private final Path datei;
    private final @Nullable String blatt;
    private final Gemeindeschluessel kommune;
    final List<String> namen;
    private final int schluessel;
    private final int summe;
    private final Map<Integer, Altersspanne> gruppen;
    private final Map<String, Long> gelesen = new HashMap<>();
    private final List<Sozialraumzahl> zahlen = new ArrayList<>();
    final List<Importfehler> fehler = new ArrayList<>();

    /**
     * Reads the header: finds the key, total and age group columns.
     *
     * @throws UnlesbareDateiException if a named column or every age group column is missing, or
     *     two age groups overlap
     */
    Zeilen(
        Path datei,
        @Nullable String blatt,
        Gemeindeschluessel kommune,
        List<String> kopf,
        String schluesselspalte,
        @Nullable String summenspalte) {
      this.datei = datei;
      this.blatt = blatt;
      this.kommune = kommune;
      this.namen = kopf.stream().map(String::strip).toList();
      String ort = blatt == null ? "" : "Blatt '" + Anzeigetext.sichtbar(blatt) + "', ";
      this.schluessel = spalte(datei, ort, namen, schluesselspalte);
      this.summe = summenspalte == null ? -1 : spalte(datei, ort, namen, summenspalte);
      this.gruppen = altersgruppen(datei, ort, namen);
    }

    /** Checks one data row (its fields in header order) and keeps its figures if it is good. */
    void zeile(long nr, List<String> felder) {
      String s = felder.get(schluessel).strip();
      Fehlerort ort =
          (i, grund) ->
              fehler.add(
                  new Importfehler(datei, blatt, nr, i + 1, namen.get(i), felder.get(i), grund));
      if (!gueltigerSchluessel(kommune, s)) {
        ort.melde(
            schluessel,
            "ein Schlüssel hat 1 bis 40 Zeichen aus Buchstaben a-z, Ziffern, '-', '_' und '.'");
        return;
      }
      Long frueher = gelesen.putIfAbsent(s, nr);
      if (frueher != null) {
        ort.melde(schluessel, "der Sozialraum " + s + " steht schon in Zeile " + frueher);
        return;
      }
      int vorher = fehler.size();
      List<Sozialraumzahl> zeilenzahlen = new ArrayList<>();
      long zusammen = 0;
      for (Map.Entry<Integer, Altersspanne> g : gruppen.entrySet()) {
        Long n = anzahl(felder.get(g.getKey()));
        if (n == null) {
          ort.melde(g.getKey(), "erwartet eine ganze Zahl ab 0 ohne Trennzeichen");
          continue;
        }
        zusammen += n;
        zeilenzahlen.add(
            new Sozialraumzahl(s, g.getValue(), n, namen.get(g.getKey()), nr, schluessel + 1));
      }
      if (summe >= 0 && fehler.size() == vorher) {
        Long soll = anzahl(felder.get(summe));
        if (soll == null) {
          ort.melde(summe, "erwartet eine ganze Zahl ab 0 ohne Trennzeichen");
        } else if (soll != zusammen) {
          ort.melde(
              summe,
              "die Altersgruppen der Zeile ergeben zusammen " + zusammen + ", nicht " + soll);
        }
      }
      if (fehler.size() == vorher) {
        zahlen.addAll(zeilenzahlen);
      }
    }

    /** The figures, or the errors (a table without data rows is one). */
    Leseergebnis<Sozialraumzahl> ergebnis() {
      if (fehler.isEmpty() && zahlen.isEmpty()) {
        fehler.add(
            new Importfehler(
                datei,
                blatt,
                1,
                0,
                "",
                "",
                blatt == null
                    ? "die Datei hat keine Datenzeilen"
                    : "das Blatt hat keine Datenzeilen"));
      }
      return fehler.isEmpty()
          ? Leseergebnis.gut(datei, zahlen)
          : Leseergebnis.fehlerhaft(datei, fehler);
    }
  }

  /**
   * What giving the figures to a Kommune gave.
   *
   * @param kommune the Kommune with the figures (the one given if there are errors)
   * @param neu figures the Kommune did not have
   * @param geaendert figures that replaced another count for the same date and age group
   * @param unveraendert figures the Kommune had already
   * @param fehler the errors; if any, nothing was taken
   */
  public record Uebernahme(
      Kommune kommune,
      int neu,
      int geaendert,
      int unveraendert,
      ImmutableList<Importfehler> fehler) {
    /**
     * Creates the value; each component is as the record comment describes it.
     *
     * @param kommune the Kommune with the figures (the one given if there are errors)
     * @param neu figures the Kommune did not have
     * @param geaendert figures that replaced another count for the same date and age group
     * @param unveraendert figures the Kommune had already
     * @param fehler the errors; if any, nothing was taken
     */
    public Uebernahme {
      requireNonNull(kommune, "kommune");
      fehler = ImmutableList.copyOf(fehler);
    }
  }

  /**
   * Gives {@code zahlen}, read from {@code datei}, to the versions of the Sozialräume of {@code
   * kommune} valid on {@code stichtag}. A figure for the same date and age group is replaced; a
   * Sozialraum without a version valid that day is an error naming its line.
   *
   * @param kommune the Kommune whose Sozialräume get the figures
   * @param datei the file the figures were read from (for the errors)
   * @param stichtag the reference date of the figures
   * @param zahlen the figures, as {@link #lese} read them
   * @return the Kommune with the figures and what changed, or the errors
   */
  public static Uebernahme uebernimm(
      Kommune kommune, Path datei, LocalDate stichtag, List<Sozialraumzahl> zahlen) {
    requireNonNull(kommune, "kommune");
    requireNonNull(datei, "datei");
    requireNonNull(stichtag, "stichtag");
    List<Importfehler> fehler = new ArrayList<>();
    Map<String, List<Sozialraumzahl>> nachRaum = new LinkedHashMap<>();
    for (Sozialraumzahl z : zahlen) {
      nachRaum.computeIfAbsent(z.schluessel(), k -> new ArrayList<>()).add(z);
    }
    Kommune k = kommune;
    int neu = 0;
    int geaendert = 0;
    int unveraendert = 0;
    for (Map.Entry<String, List<Sozialraumzahl>> e : nachRaum.entrySet()) {
      Sozialraumzahl erste = e.getValue().get(0);
      Optional<Sozialraum> version =
          k.sozialraeume().stream()
              .filter(s -> s.id().code().equals(e.getKey()) && s.gueltigAm(stichtag))
              .findFirst();
      if (version.isEmpty()) {
        fehler.add(
            new Importfehler(
                datei,
                null,
                erste.zeile(),
                erste.schluesselspalte(),
                "",
                e.getKey(),
                kommune.name()
                    + " hat keinen Sozialraum '"
                    + e.getKey()
                    + "', der am "
                    + Anzeigetext.datum(stichtag)
                    + " gilt (kekiz sozialraeume legt Sozialräume an)"));
        continue;
      }
      List<Bevoelkerungsstand> staende = new ArrayList<>(version.get().bevoelkerung());
      for (Sozialraumzahl z : e.getValue()) {
        Bevoelkerungsstand b = Bevoelkerungsstand.of(stichtag, z.altersgruppe(), z.anzahl());
        int alt = -1;
        for (int i = 0; i < staende.size(); i++) {
          Bevoelkerungsstand s = staende.get(i);
          if (s.stichtag().equals(stichtag) && s.altersgruppe().equals(z.altersgruppe())) {
            alt = i;
          }
        }
        if (alt < 0) {
          staende.add(b);
          neu++;
        } else if (staende.get(alt).anzahl() == z.anzahl()) {
          unveraendert++;
        } else {
          staende.set(alt, b);
          geaendert++;
        }
      }
      try {
        k = k.withSozialraum(version.get().withBevoelkerung(staende));
      } catch (RegelverstossException | IllegalArgumentException x) {
        fehler.add(
            new Importfehler(
                datei,
                null,
                erste.zeile(),
                erste.schluesselspalte(),
                "",
                e.getKey(),
                "die Zahlen passen so nicht zu Sozialraum "
                    + e.getKey()
                    + ": "
                    + Importfehler.abgelehnt(x)));
      }
    }
    return fehler.isEmpty()
        ? new Uebernahme(k, neu, geaendert, unveraendert, ImmutableList.of())
        : new Uebernahme(kommune, 0, 0, 0, ImmutableList.copyOf(fehler));
  }

  /** Receives an error about the field in column {@code index} (from 0) of the current row. */
  private interface Fehlerort {
    void melde(int index, String grund);
  }

  private static boolean gueltigerSchluessel(Gemeindeschluessel kommune, String s) {
    try {
      SozialraumId.of(kommune, s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static @Nullable Long anzahl(String feld) {
    String s = feld.strip();
    if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.parseLong(s);
  }

  private static char trenner(String kopf) {
    char bester = ';';
    long meiste = -1;
    for (char c : new char[] {';', ',', '\t'}) {
      long n = kopf.chars().filter(x -> x == c).count();
      if (n > meiste) {
        meiste = n;
        bester = c;
      }
    }
    return bester;
  }

  private static int spalte(Path datei, String ort, List<String> namen, String name) {
    int i = namen.indexOf(name.strip());
    if (i < 0) {
      throw new UnlesbareDateiException(
          datei,
          ort
              + "Zeile 1 hat keine Spalte '"
              + Anzeigetext.sichtbar(name)
              + "'; sie hat "
              + Anzeigetext.sichtbar(String.join(" | ", namen), 300));
    }
    return i;
  }

  private static Map<Integer, Altersspanne> altersgruppen(
      Path datei, String ort, List<String> namen) {
    Map<Integer, Altersspanne> gruppen = new LinkedHashMap<>();
    for (int i = 0; i < namen.size(); i++) {
      Optional<Altersspanne> a = Altersgruppen.ausLabel(namen.get(i));
      if (a.isEmpty()) {
        continue;
      }
      for (Map.Entry<Integer, Altersspanne> g : gruppen.entrySet()) {
        if (g.getValue().ueberlappt(a.get())) {
          throw new UnlesbareDateiException(
              datei,
              ort
                  + "Zeile 1: die Altersgruppen der Spalten '"
                  + Anzeigetext.sichtbar(namen.get(g.getKey()))
                  + "' und '"
                  + Anzeigetext.sichtbar(namen.get(i))
                  + "' überschneiden sich");
        }
      }
      gruppen.put(i, a.get());
    }
    if (gruppen.isEmpty()) {
      throw new UnlesbareDateiException(
          datei,
          ort
              + "Zeile 1 nennt keine Altersgruppe (Spalten wie '0 - 2', 'unter 3', '80 u. älter'); sie"
              + " hat "
              + Anzeigetext.sichtbar(String.join(" | ", namen), 300));
    }
    return gruppen;
  }
}
