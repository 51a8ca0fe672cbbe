package de.kekiz.importe;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Collects what the rows of one file give, row by row: a row's objects are kept only if the row has
 * no error. Two objects with the same key are one if their values are equal ({@link
 * Ueberspringgrund#DOPPELT}) and an error of the later row if not. Reports progress. Not
 * thread-safe: one per import.
 */
final class Sammlung {

  /**
   * A cell of the current row: its column (from 1), the column's name and the text found there.
   *
   * @param spalte the column, from 1
   * @param spaltenname the column's name in the header
   * @param wert the text of the cell
   */
  record Fundstelle(int spalte, String spaltenname, String wert) {}

  /**
   * Where the parts of an object of the current row stand; asked only while the row is read (before
   * {@link #beendeZeile()}), so it may read the row's cells when asked.
   */
  interface Fundorte {
    /** The row has no cell of its own for any part: every error is reported at the value. */
    Fundorte KEINE = angabe -> null;

    /** The cell {@code angabe} came from, or null if the row has no cell of its own for it. */
    @Nullable Fundstelle von(Importpruefung.Angabe angabe);
  }

  /** An object of the current row, with the place it came from. */
  private static final class Vorlaeufig {
    final Object schluessel;
    final Object objekt;
    final Fundstelle stelle; // the cell of the value
    final Fundorte orte; // the cells of its other parts

    Vorlaeufig(Object schluessel, Object objekt, Fundstelle stelle, Fundorte orte) {
      this.schluessel = schluessel;
      this.objekt = objekt;
      this.stelle = stelle;
      this.orte = orte;
    }

    /** The cell to report an error of {@code angabe} at: its own, or the value's. */
    Fundstelle stelle(Importpruefung.Angabe angabe) {
      Fundstelle f = angabe == Importpruefung.Angabe.WERT ? null : orte.von(angabe);
      return f != null ? f : stelle;
    }
  }

  /** A kept object and the row it came from. */
  private static final class Eintrag {
    final Object objekt;
    final long zeile;

    Eintrag(Object objekt, long zeile) {
      this.objekt = objekt;
      this.zeile = zeile;
    }
  }

  private final Path datei;
  private final @Nullable String blatt;
  private final Importoptionen optionen;

  private final Map<Object, Eintrag> objekte = new LinkedHashMap<>();
  private final List<Importfehler> fehler = new ArrayList<>();
  private final EnumMap<Ueberspringgrund, Long> uebersprungen =
      new EnumMap<>(Ueberspringgrund.class);
  private long fehlerGesamt;
  private long fehlerhafteZeilen;
  private long zeilen;
  private long werte;

  private long zeile;
  private boolean zeileFehlerhaft;
  private final List<Vorlaeufig> vorlaeufig = new ArrayList<>();

  Sammlung(Path datei, @Nullable String blatt, Importoptionen optionen) {
    this.datei = datei;
    this.blatt = blatt;
    this.optionen = optionen;
  }

  /** Starts data row number {@code nummer} (the line or sheet row number). */
  void beginneZeile(long nummer) {
    zeile = nummer;
    zeileFehlerhaft = false;
    vorlaeufig.clear();
    zeilen++;
    if (zeilen > optionen.grenzen().zeilenProDatei()) {
      throw new UnlesbareDateiException(
          datei,
          (blatt == null ? "Zeile " : "Blatt '" + Anzeigetext.sichtbar(blatt) + "', Zeile ")
              + nummer
              + ": die Datei hat mehr als "
              + optionen.grenzen().zeilenProDatei()
              + " Datenzeilen; bitte in mehrere Dateien aufteilen");
    }
    if (zeilen % optionen.fortschrittIntervall() == 0) {
      optionen.fortschritt().accept(zeilen);
    }
  }

  /** The limits of this import. */
  Importgrenzen grenzen() {
    return optionen.grenzen();
  }

  /** Counts one value read in the current row. */
  void wert() {
    werte++;
  }

  /** Counts one value skipped. */
  void ueberspringe(Ueberspringgrund grund) {
    uebersprungen.merge(grund, 1L, Long::sum);
  }

  /** Records an error of the current row. */
  void fehler(int spalte, String spaltenname, String wert, String grund) {
    zeileFehlerhaft = true;
    fehlerGesamt++;
    if (fehler.size() < optionen.maxGemeldeteFehler()) {
      fehler.add(new Importfehler(datei, blatt, zeile, spalte, spaltenname, wert, grund));
    }
  }

  /**
   * Adds an observation of the current row, its value in column {@code spalte} and its other parts
   * where {@code orte} says (an error the caller's check finds in a part is reported there).
   */
  void messwert(Messwert m, int spalte, String spaltenname, String wert, Fundorte orte) {
    vorlaeufig.add(
        new Vorlaeufig(m.schluessel(), m, new Fundstelle(spalte, spaltenname, wert), orte));
  }

  /** Adds a population figure of the current row, as {@link #messwert} adds an observation. */
  void bevoelkerung(
      Bevoelkerungszahl b, int spalte, String spaltenname, String wert, Fundorte orte) {
    vorlaeufig.add(
        new Vorlaeufig(b.schluessel(), b, new Fundstelle(spalte, spaltenname, wert), orte));
  }

  /**
   * Ends the current row: checks its new objects with the caller's {@link Importpruefung} and keeps
   * them if the row has no error.
   */
  void beendeZeile() {
    if (!zeileFehlerhaft) {
      pruefeDoppelte();
    }
    List<Vorlaeufig> schonGelesen = new ArrayList<>();
    if (!zeileFehlerhaft) {
      for (Vorlaeufig v : vorlaeufig) {
        if (objekte.containsKey(v.schluessel)) {
          continue;
        }
        Importpruefung.Befund b = optionen.pruefung().pruefe(v.objekt, datei, zeile);
        if (b.fehler() != null) {
          Fundstelle f = v.stelle(b.angabe());
          fehler(f.spalte(), f.spaltenname(), f.wert(), b.fehler());
        } else if (b.doppelt()) {
          schonGelesen.add(v);
        }
      }
    }
    if (zeileFehlerhaft) {
      fehlerhafteZeilen++;
    } else {
      for (Vorlaeufig v : vorlaeufig) {
        if (objekte.containsKey(v.schluessel) || schonGelesen.contains(v)) {
          ueberspringe(Ueberspringgrund.DOPPELT);
        } else {
          objekte.put(v.schluessel, new Eintrag(v.objekt, zeile));
          optionen.pruefung().behalten(v.objekt, datei, zeile);
        }
      }
    }
    vorlaeufig.clear();
  }

  private void pruefeDoppelte() {
    for (int i = 0; i < vorlaeufig.size(); i++) {
      Vorlaeufig v = vorlaeufig.get(i);
      Eintrag frueher = objekte.get(v.schluessel);
      if (frueher == null) {
        for (int j = 0; j < i; j++) {
          if (vorlaeufig.get(j).schluessel.equals(v.schluessel)) {
            frueher = new Eintrag(vorlaeufig.get(j).objekt, zeile);
          }
        }
      }
      if (frueher != null && !Objects.equals(frueher.objekt, v.objekt)) {
        fehler(
            v.stelle.spalte(),
            v.stelle.spaltenname(),
            v.stelle.wert(),
            "derselbe Schlüssel ("
                + beschreibe(v.schluessel)
                + ") steht schon in Zeile "
                + frueher.zeile
                + " mit einem anderen Wert: dort "
                + frueher.objekt
                + ", hier "
                + v.objekt);
      }
    }
  }

  private static String beschreibe(Object schluessel) {
    if (schluessel instanceof MesswertSchluessel) {
      return "Messwert " + schluessel;
    }
    Bevoelkerungszahl b = (Bevoelkerungszahl) schluessel;
    return "Bevölkerungszahl "
        + b.raum()
        + " "
        + Anzeigetext.datum(b.stichtag())
        + " "
        + b.altersgruppe()
        + (b.geschlecht() == null ? "" : " " + b.geschlecht());
  }

  /** The result; under all-or-nothing without objects if any row was bad. */
  Importergebnis ergebnis(String format) {
    optionen.fortschritt().accept(zeilen);
    boolean verworfen =
        fehlerGesamt > 0 && optionen.fehlerbehandlung() == Fehlerbehandlung.ALLES_ODER_NICHTS;
    ImmutableList.Builder<Messwert> messwerte = ImmutableList.builder();
    ImmutableList.Builder<Bevoelkerungszahl> bevoelkerung = ImmutableList.builder();
    if (!verworfen) {
      for (Eintrag e : objekte.values()) {
        if (e.objekt instanceof Messwert) {
          messwerte.add((Messwert) e.objekt);
        } else {
          bevoelkerung.add((Bevoelkerungszahl) e.objekt);
        }
      }
    }
    return new Importergebnis(
        datei,
        format,
        messwerte.build(),
        bevoelkerung.build(),
        ImmutableList.copyOf(fehler),
        fehlerGesamt,
        fehlerhafteZeilen,
        zeilen,
        werte,
        ImmutableMap.copyOf(uebersprungen),
        verworfen);
  }
}
