package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a wide table (one row per area, one column per figure, as statistics offices publish their
 * area profiles) gives: which column names the area, which row is which area, and which columns
 * become Messwerte (numerator and optional denominator column) or population figures. Read from a
 * mapping file by {@link #lies(Path)}; used by {@link GebietstabelleLeser}. Immutable and
 * thread-safe.
 *
 * <p>The mapping file (section 13 of {@code FORMAT.md}): UTF-8, separator {@code ;}, line 1 names
 * the columns {@code art;quelle;ziel;nenner;zeit} (any order, any case), one row per entry:
 *
 * <pre>
 * art;quelle;ziel;nenner;zeit
 * gebietsspalte;Stadtgebiet;;;
 * gebiet;Hamburg-Altstadt;02000000:101@1;;
 * gebiet;Hamburg;02000000;;
 * messwert;Alleinerziehende;hh-alleinerziehende@1;Haushalte mit Kindern;2013
 * bevoelkerung;Unter 18-Jährige;0-17;;31.12.2013
 * </pre>
 *
 * @param gebietsspalte the header of the column that names the area of a row
 * @param gebiete the rows, by the text of their area column, in mapping order
 * @param spalten the columns that become Messwerte or population figures
 */
public record Tabellenzuordnung(
    String gebietsspalte, ImmutableList<Gebiet> gebiete, ImmutableList<Spalte> spalten) {

  /** The columns of a mapping file, in the order the documentation lists them. */
  public static final List<String> SPALTEN = List.of("art", "quelle", "ziel", "nenner", "zeit");

  /**
   * Copies the lists; checks that the area column is named.
   *
   * @param gebietsspalte the header of the column that names the area of a row
   * @param gebiete the rows, by the text of their area column, in mapping order
   * @param spalten the columns that become Messwerte or population figures
   */
  public Tabellenzuordnung {
    requireNonNull(gebietsspalte, "gebietsspalte");
    gebiete = ImmutableList.copyOf(gebiete);
    spalten = ImmutableList.copyOf(spalten);
    if (gebietsspalte.isBlank()) {
      throw new IllegalArgumentException("Tabellenzuordnung needs a gebietsspalte, got blank");
    }
  }

  /**
   * A row of the table: the text its area column holds, and the area it is; {@code raum} is {@code
   * null} for a row that is deliberately not imported. Several rows of the table may hold the same
   * text (Hamburg: the Stadtteil and the Bezirk Harburg); the mapping then lists the text as often,
   * and the n-th mapping entry belongs to the n-th such row of the table.
   *
   * @param text the area column's text, without surrounding blanks
   * @param raum the area, or {@code null} to leave the row out
   * @param zeile the line of the mapping file (for errors)
   */
  public record Gebiet(String text, @Nullable Raumbezug raum, long zeile) {
    /**
     * Checks that nothing required is missing.
     *
     * @param text the area column's text, without surrounding blanks
     * @param raum the area, or {@code null} to leave the row out
     * @param zeile the line of the mapping file (for errors)
     */
    public Gebiet {
      requireNonNull(text, "text");
    }
  }

  /** What a figure column becomes. */
  public sealed interface Spalte permits Messwertspalte, Bevoelkerungsspalte {
    /** {@return the header of the column as the table writes it (without surrounding blanks)} */
    String spalte();
  }

  /**
   * A column whose values are numerators of an indicator.
   *
   * @param spalte the header of the numerator column
   * @param indikator the indicator version
   * @param nennerspalte the header of the denominator column, or {@code null} for an indicator
   *     without denominator
   * @param periode the period of the values
   */
  public record Messwertspalte(
      String spalte, IndikatorRef indikator, @Nullable String nennerspalte, Periode periode)
      implements Spalte {
    /**
     * Checks that nothing required is missing.
     *
     * @param spalte the header of the numerator column
     * @param indikator the indicator version
     * @param nennerspalte the header of the denominator column, or {@code null} for an indicator
     *     without denominator
     * @param periode the period of the values
     */
    public Messwertspalte {
      requireNonNull(spalte, "spalte");
      requireNonNull(indikator, "indikator");
      requireNonNull(periode, "periode");
    }
  }

  /**
   * A column whose values are population figures.
   *
   * @param spalte the header of the column
   * @param altersgruppe the age group counted
   * @param stichtag the reference date
   */
  public record Bevoelkerungsspalte(String spalte, Altersspanne altersgruppe, LocalDate stichtag)
      implements Spalte {
    /**
     * Checks that nothing is missing.
     *
     * @param spalte the header of the column
     * @param altersgruppe the age group counted
     * @param stichtag the reference date
     */
    public Bevoelkerungsspalte {
      requireNonNull(spalte, "spalte");
      requireNonNull(altersgruppe, "altersgruppe");
      requireNonNull(stichtag, "stichtag");
    }
  }

  /**
   * Reads the mapping file {@code datei}.
   *
   * @param datei the mapping file, a CSV file of five columns
   * @return the mapping
   * @throws UnlesbareDateiException if the file cannot be read, its header is not the five columns,
   *     or any row is bad; the message lists every bad row with line, column and value
   */
  public static Tabellenzuordnung lies(Path datei) {
    requireNonNull(datei, "datei");
    List<String> fehler = new ArrayList<>();
    String gebietsspalte = null;
    List<Gebiet> gebiete = new ArrayList<>();
    List<Spalte> spalten = new ArrayList<>();
    try (Textdatei text = Textdatei.oeffne(datei)) {
      String kopfzeile = text.naechsteZeile();
      List<String> kopf = kopfzeile == null ? null : CsvZeile.teile(kopfzeile, ';');
      if (kopf == null || kopf.stream().allMatch(String::isBlank)) {
        throw new UnlesbareDateiException(
            datei, "Zeile 1 nennt die Spalten " + String.join(";", SPALTEN) + "; sie ist leer");
      }
      int[] index = new int[SPALTEN.size()];
      List<String> namen = kopf.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
      for (int i = 0; i < SPALTEN.size(); i++) {
        index[i] = namen.indexOf(SPALTEN.get(i));
      }
      if (namen.size() != SPALTEN.size() || java.util.Arrays.stream(index).anyMatch(i -> i < 0)) {
        throw new UnlesbareDateiException(
            datei,
            "Zeile 1 nennt die Spalten '"
                + Anzeigetext.sichtbar(String.join(";", kopf), 300)
                + "'; erwartet werden genau "
                + String.join(";", SPALTEN)
                + " (in beliebiger Reihenfolge)");
      }
      String zeile;
      while ((zeile = text.naechsteZeile()) != null) {
        long nr = text.zeilennummer();
        if (zeile.isBlank()) {
          continue;
        }
        List<String> felder = CsvZeile.teile(zeile, ';');
        if (felder == null || felder.size() != SPALTEN.size()) {
          fehler.add(
              "Zeile "
                  + nr
                  + ": "
                  + (felder == null
                      ? "ein Anführungszeichen ist nicht geschlossen"
                      : "die Zeile hat " + felder.size() + " Felder, erwartet " + SPALTEN.size()));
          continue;
        }
        Eintrag e = new Eintrag(nr, felder, index);
        try {
          switch (e.text(0).toLowerCase(Locale.ROOT)) {
            case "gebietsspalte" -> {
              if (gebietsspalte != null) {
                throw e.fehler(0, "die Gebietsspalte steht schon in einer früheren Zeile");
              }
              gebietsspalte = e.pflicht(1);
            }
            case "gebiet" -> {
              String ziel = e.text(2);
              Raumbezug raum;
              try {
                raum = ziel.isEmpty() ? null : Raumbezug.parse(ziel);
              } catch (IllegalArgumentException x) {
                throw e.fehler(
                    2,
                    "erwartet einen Amtlichen Gemeindeschlüssel wie 02000000 oder einen"
                        + " Sozialraum wie 02000000:101@1 (leer: die Zeile wird nicht importiert)");
              }
              gebiete.add(new Gebiet(e.pflicht(1), raum, nr));
            }
            case "messwert" -> {
              IndikatorRef ref;
              try {
                ref = IndikatorRef.parse(e.pflicht(2));
              } catch (IllegalArgumentException x) {
                throw e.fehler(2, "erwartet einen Indikator mit Version wie hh-alleinerziehende@1");
              }
              Periode periode;
              try {
                periode = Periode.parse(e.pflicht(4));
              } catch (IllegalArgumentException x) {
                throw e.fehler(4, "erwartet eine Periode wie 2013, 2013-S1, 2013-Q4 oder 2013/14");
              }
              String nenner = e.text(3);
              spalten.add(
                  new Messwertspalte(e.pflicht(1), ref, nenner.isEmpty() ? null : nenner, periode));
            }
            case "bevoelkerung" -> {
              Altersspanne alter;
              String a = e.pflicht(2);
              try {
                alter =
                    a.equalsIgnoreCase("insgesamt")
                        ? Bevoelkerungszahl.ALLE_ALTER
                        : Altersspanne.parse(a);
              } catch (IllegalArgumentException x) {
                throw e.fehler(2, "erwartet eine Altersgruppe wie 0-17, 65+ oder insgesamt");
              }
              LocalDate tag;
              try {
                Zeitangabe z = Zeitangabe.parse(e.pflicht(4));
                if (!z.istTag()) {
                  throw new IllegalArgumentException("kein Tag");
                }
                tag = z.beginn();
              } catch (IllegalArgumentException x) {
                throw e.fehler(4, "erwartet einen Stichtag wie 31.12.2013");
              }
              if (!e.text(3).isEmpty()) {
                throw e.fehler(3, "eine Bevölkerungsspalte hat keinen Nenner");
              }
              spalten.add(new Bevoelkerungsspalte(e.pflicht(1), alter, tag));
            }
            default ->
                throw e.fehler(0, "erwartet gebietsspalte, gebiet, messwert oder bevoelkerung");
          }
        } catch (Zeilenfehler x) {
          fehler.add(x.getMessage());
        }
      }
    }
    if (gebietsspalte == null) {
      fehler.add("keine Zeile 'gebietsspalte' nennt die Spalte mit dem Gebiet");
    }
    if (spalten.isEmpty()) {
      fehler.add("keine Zeile 'messwert' oder 'bevoelkerung' nennt eine Spalte mit Zahlen");
    }
    if (!fehler.isEmpty()) {
      throw new UnlesbareDateiException(
          datei, "die Zuordnung hat " + fehler.size() + " Fehler: " + String.join("; ", fehler));
    }
    return new Tabellenzuordnung(
        requireNonNull(gebietsspalte),
        ImmutableList.copyOf(gebiete),
        ImmutableList.copyOf(spalten));
  }

  /** A bad field of a mapping row. */
  private static final class Zeilenfehler extends Exception {
    private static final long serialVersionUID = 1L;

    Zeilenfehler(String nachricht) {
      super(nachricht, null, false, false);
    }
  }

  /** One row of the mapping file. */
  private static final class Eintrag {
    private final long zeile;
    private final List<String> felder;
    private final int[] index;

    Eintrag(long zeile, List<String> felder, int[] index) {
      this.zeile = zeile;
      this.felder = felder;
      this.index = index;
    }

    /** The field of the column {@code SPALTEN.get(spalte)}, without surrounding blanks. */
    String text(int spalte) {
      return felder.get(index[spalte]).strip();
    }

    String pflicht(int spalte) throws Zeilenfehler {
      String t = text(spalte);
      if (t.isEmpty()) {
        throw fehler(spalte, "darf nicht leer sein");
      }
      return t;
    }

    Zeilenfehler fehler(int spalte, String grund) {
      return new Zeilenfehler(
          "Zeile "
              + zeile
              + ", Spalte "
              + (index[spalte] + 1)
              + " ("
              + SPALTEN.get(spalte)
              + "), Wert '"
              + Anzeigetext.sichtbar(text(spalte))
              + "': "
              + grund);
    }
  }
}
