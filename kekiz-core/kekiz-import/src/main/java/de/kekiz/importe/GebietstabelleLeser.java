package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Raumbezug;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a wide table as statistics offices publish their area profiles — one row per area, one
 * column per figure, e.g. the Hamburg Stadtteilprofile of the Statistikamt Nord — into Messwerte
 * and population figures, as a {@link Tabellenzuordnung} says (section 13 of {@code FORMAT.md}).
 *
 * <p>The table: UTF-8 (with or without byte order mark), separator {@code ;}, line 1 names the
 * columns (compared without surrounding blanks). Numbers are read as such tables write them: blanks
 * between groups of three digits and around the number ({@code 1 675}, {@code 1 788 994}), a
 * decimal comma ({@code 9,7}), a minus sign that may be followed by blanks (as in {@code - 23}),
 * and the signs of the official statistics: {@code -} alone for nothing (zero), {@code .} for
 * unknown or secret (a missing Messwert, a population figure left out).
 *
 * <p>Every row must be named in the mapping (or left out there on purpose), and every mapped area
 * must be in the table, so that no row is lost unnoticed. Every error names file, line, column and
 * value; by default a file with any error gives nothing ({@link
 * Importoptionen#fehlerbehandlung()}). Instances hold no state and may be shared.
 */
public final class GebietstabelleLeser {

  private static final char TRENNER = ';';

  /** A reader; it holds no state. */
  public GebietstabelleLeser() {}

  /**
   * Imports {@code datei} as {@code zuordnung} says.
   *
   * @param datei the table
   * @param zuordnung what the table's columns hold
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the file cannot be read, or its header lacks a column the
   *     mapping names
   */
  public Importergebnis lese(Path datei, Tabellenzuordnung zuordnung, Importoptionen optionen) {
    requireNonNull(datei, "datei");
    requireNonNull(zuordnung, "zuordnung");
    requireNonNull(optionen, "optionen");
    try (Textdatei t = Textdatei.oeffne(datei, optionen.grenzen().bytesProZeile())) {
      String kopfzeile = t.naechsteZeile();
      List<String> kopf = kopfzeile == null ? null : CsvZeile.teile(kopfzeile, TRENNER);
      if (kopf == null || kopf.stream().allMatch(String::isBlank)) {
        throw new UnlesbareDateiException(datei, "Zeile 1 nennt die Spalten; sie ist leer");
      }
      List<String> namen = kopf.stream().map(String::strip).toList();
      int gebiet = spalte(datei, namen, zuordnung.gebietsspalte());
      List<Zielspalte> ziele = new ArrayList<>();
      for (Tabellenzuordnung.Spalte s : zuordnung.spalten()) {
        int nenner =
            s instanceof Tabellenzuordnung.Messwertspalte m && m.nennerspalte() != null
                ? spalte(datei, namen, m.nennerspalte())
                : -1;
        ziele.add(new Zielspalte(s, spalte(datei, namen, s.spalte()), nenner));
      }
      Map<String, List<Tabellenzuordnung.Gebiet>> offen = new LinkedHashMap<>();
      for (Tabellenzuordnung.Gebiet g : zuordnung.gebiete()) {
        offen.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(g);
      }
      Map<String, Integer> gesehen = new HashMap<>();
      Sammlung sammlung = new Sammlung(datei, null, optionen);
      String zeile;
      while ((zeile = t.naechsteZeile()) != null) {
        if (zeile.isBlank()) {
          continue;
        }
        List<String> felder = CsvZeile.teile(zeile, TRENNER);
        sammlung.beginneZeile(t.zeilennummer());
        if (felder == null || felder.size() != namen.size()) {
          sammlung.fehler(
              0,
              "",
              zeile,
              felder == null
                  ? "ein Anführungszeichen (\") wird in dieser Zeile nicht geschlossen"
                  : "die Zeile hat " + felder.size() + " Felder, die Kopfzeile " + namen.size());
        } else {
          String text = felder.get(gebiet).strip();
          int n = gesehen.merge(text, 1, Integer::sum);
          List<Tabellenzuordnung.Gebiet> kandidaten = offen.getOrDefault(text, List.of());
          if (kandidaten.size() < n) {
            sammlung.fehler(
                gebiet + 1,
                namen.get(gebiet),
                text,
                kandidaten.isEmpty()
                    ? "die Zuordnung nennt dieses Gebiet nicht (eine Zeile 'gebiet' mit leerem"
                        + " Ziel lässt die Zeile aus)"
                    : "das Gebiet steht hier zum "
                        + n
                        + ". Mal, die Zuordnung nennt es nur "
                        + kandidaten.size()
                        + " Mal");
          } else {
            Raumbezug raum = kandidaten.get(n - 1).raum();
            if (raum != null && !optionen.gebiet().umfasst(raum)) {
              sammlung.ueberspringe(Ueberspringgrund.ANDERES_GEBIET);
            } else if (raum != null) {
              Sammlung.Fundstelle gebietszelle =
                  new Sammlung.Fundstelle(gebiet + 1, namen.get(gebiet), text);
              for (Zielspalte z : ziele) {
                z.lies(raum, gebietszelle, felder, namen, sammlung);
              }
            }
          }
        }
        sammlung.beendeZeile();
      }
      for (Map.Entry<String, List<Tabellenzuordnung.Gebiet>> e : offen.entrySet()) {
        int n = gesehen.getOrDefault(e.getKey(), 0);
        for (Tabellenzuordnung.Gebiet g : e.getValue().subList(n, e.getValue().size())) {
          sammlung.beginneZeile(1);
          sammlung.fehler(
              gebiet + 1,
              namen.get(gebiet),
              g.text(),
              "die Zuordnung (Zeile "
                  + g.zeile()
                  + ") nennt dieses Gebiet, die Tabelle hat es "
                  + (n == 0 ? "nicht" : "nur " + n + " Mal"));
          sammlung.beendeZeile();
        }
      }
      return sammlung.ergebnis("Gebietstabelle");
    }
  }

  /** A mapped column with its place in the table. */
  private record Zielspalte(Tabellenzuordnung.Spalte ziel, int index, int nenner) {

    /**
     * Reads the cell of this column in the row {@code felder} of the area {@code raum}, which
     * stands in {@code gebietszelle} (where an error of the area is reported).
     */
    void lies(
        Raumbezug raum,
        Sammlung.Fundstelle gebietszelle,
        List<String> felder,
        List<String> namen,
        Sammlung sammlung) {
      String text = felder.get(index).strip();
      Zelle zaehler = Zelle.lies(text).imRahmen(sammlung.grenzen());
      if (zaehler.fehler() != null) {
        sammlung.fehler(index + 1, namen.get(index), text, zaehler.fehler());
        return;
      }
      sammlung.wert();
      if (ziel instanceof Tabellenzuordnung.Bevoelkerungsspalte b) {
        BigDecimal zahl = zaehler.zahl();
        if (zahl == null) {
          sammlung.ueberspringe(Ueberspringgrund.OHNE_ZAHL);
          return;
        }
        long anzahl;
        try {
          anzahl = zahl.longValueExact();
        } catch (ArithmeticException e) {
          sammlung.fehler(
              index + 1,
              namen.get(index),
              text,
              "eine Bevölkerungszahl braucht eine ganze Zahl von Personen");
          return;
        }
        if (anzahl < 0) {
          sammlung.fehler(
              index + 1, namen.get(index), text, "eine Bevölkerungszahl braucht eine Anzahl ab 0");
          return;
        }
        sammlung.bevoelkerung(
            new Bevoelkerungszahl(raum, b.stichtag(), b.altersgruppe(), null, anzahl),
            index + 1,
            namen.get(index),
            text,
            angabe -> angabe == Importpruefung.Angabe.RAUM ? gebietszelle : null);
        return;
      }
      Tabellenzuordnung.Messwertspalte m = (Tabellenzuordnung.Messwertspalte) ziel;
      BigDecimal z = zaehler.zahl();
      BigDecimal n = null;
      if (nenner >= 0) {
        String nennertext = felder.get(nenner).strip();
        Zelle zn = Zelle.lies(nennertext).imRahmen(sammlung.grenzen());
        if (zn.fehler() != null) {
          sammlung.fehler(nenner + 1, namen.get(nenner), nennertext, zn.fehler());
          return;
        }
        n = zn.zahl();
        if (n != null && n.signum() == 0) {
          // nothing to divide by: no share for this area
          z = null;
          n = null;
        }
      }
      Messwert messwert;
      try {
        messwert =
            new Messwert(
                m.indikator(),
                raum,
                m.periode(),
                Aufschluesselung.INSGESAMT,
                z,
                n,
                z == null ? ObsStatus.M : ObsStatus.A,
                ConfStatus.F);
      } catch (RegelverstossException e) {
        int stelle = e.regel().equals("messwert.nenner-nicht-positiv") ? nenner : index;
        sammlung.fehler(
            stelle + 1,
            namen.get(stelle),
            felder.get(stelle).strip(),
            Importfehler.regelverstoss(e.regel()));
        return;
      }
      // indicator and period come from the mapping: an error of them is reported at the value
      sammlung.messwert(
          messwert,
          index + 1,
          namen.get(index),
          text,
          angabe ->
              switch (angabe) {
                case RAUM -> gebietszelle;
                case NENNER ->
                    nenner < 0
                        ? null
                        : new Sammlung.Fundstelle(
                            nenner + 1, namen.get(nenner), felder.get(nenner).strip());
                default -> null;
              });
    }
  }

  /**
   * One cell as the official statistics write it: a number, {@code -} (nothing: zero) or {@code .}
   * (unknown or secret: no number).
   *
   * @param zahl the number, or {@code null} for {@code .}
   * @param fehler why the cell is no number, or {@code null}
   */
  record Zelle(@Nullable BigDecimal zahl, @Nullable String fehler) {

    /** Reads {@code text} (already without surrounding blanks). */
    static Zelle lies(String text) {
      if (text.equals("-")) {
        return new Zelle(BigDecimal.ZERO, null);
      }
      if (text.equals(".")) {
        return new Zelle(null, null);
      }
      BigDecimal zahl = Zahlen.gruppiert(text);
      if (zahl == null) {
        return new Zelle(
            null,
            text.isEmpty()
                ? "das Feld ist leer; erwartet eine Zahl, '-' (nichts) oder '.' (unbekannt)"
                : "erwartet eine Zahl wie 1 675, 9,7 oder -  23 (Tausender durch Leerzeichen"
                    + " getrennt, Dezimalkomma), '-' (nichts) oder '.' (unbekannt)");
      }
      return new Zelle(zahl, null);
    }

    /** This cell, or one with the error of {@code grenzen} if its number is out of range. */
    Zelle imRahmen(Importgrenzen grenzen) {
      String grund = zahl == null ? null : grenzen.pruefeZahl(zahl);
      return grund == null ? this : new Zelle(null, grund);
    }
  }

  private static int spalte(Path datei, List<String> namen, String name) {
    int i = namen.indexOf(name.strip());
    if (i < 0) {
      throw new UnlesbareDateiException(
          datei,
          "Zeile 1 hat keine Spalte '"
              + Anzeigetext.sichtbar(name)
              + "', die die Zuordnung nennt; sie hat "
              + Anzeigetext.sichtbar(String.join(" | ", namen), 300));
    }
    return i;
  }
}
