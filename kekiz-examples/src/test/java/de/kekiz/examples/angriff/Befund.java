package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing the attacker found: a suppressed figure a reader can recover or narrow down, a
 * contradiction between files, or a number some file shows for a suppressed cell.
 *
 * @param art the kind
 * @param zelle the cell it is about, {@code null} if it is about no single cell
 * @param schranken what a reader can derive about the figure, {@code null} where no figure is
 *     derived
 * @param beschreibung one line in German: what, where, the interval
 * @param belege further lines: the relations used, the places found
 */
record Befund(
    Art art,
    @Nullable Zelle zelle,
    @Nullable Schranken schranken,
    String beschreibung,
    List<String> belege) {

  /**
   * The least and greatest value a reader can derive for a figure (rounded inwards to whole numbers
   * where the figures are counts).
   *
   * @param unten the least value
   * @param oben the greatest value, {@code null} if unbounded
   */
  record Schranken(Bruch unten, @Nullable Bruch oben) {
    Schranken {
      requireNonNull(unten, "unten");
    }

    /** Whether the figure has exactly one possible value. */
    boolean festgelegt() {
      return unten.equals(oben);
    }

    /** {@code [1; 1]}, {@code [0; ∞]}. */
    @Override
    public String toString() {
      return "[" + unten + "; " + (oben == null ? "∞" : oben) + "]";
    }
  }

  /** The kinds of findings. */
  enum Art {
    /** A suppressed numerator follows exactly from what is published. */
    ZAEHLER_FESTGELEGT("Zähler festgelegt"),
    /** A suppressed denominator follows exactly from what is published. */
    NENNER_FESTGELEGT("Nenner festgelegt"),
    /**
     * A primary-suppressed numerator is confined to an interval narrower than the rule's own range
     * (width below 2: the rule hides numerators below 3, so a reader may learn no more than "0 to
     * 2").
     */
    ZAEHLER_ENGER_ALS_REGEL("Zähler enger als die Regel"),
    /** A figure of a single period that has no row follows exactly from a pooled row. */
    EINZELJAHR_FESTGELEGT("Einzeljahr ohne Zeile festgelegt"),
    /** A cell is suppressed in one place and shown with numbers in another. */
    GESPERRT_UND_VEROEFFENTLICHT("gesperrt und anderswo veröffentlicht"),
    /** A cell is shown with different numbers in different places. */
    WIDERSPRUECHLICHE_ZAHLEN("widersprüchliche Zahlen"),
    /** A cell has different CONF_STATUS in different places. */
    WIDERSPRUECHLICHER_STATUS("widersprüchlicher Status"),
    /** A cell is in one file of a folder and not in another that lists every cell. */
    ZEILE_FEHLT("Zeile fehlt in einer Datei"),
    /** Published figures break a relation a reader assumes. */
    BEZIEHUNG_VERLETZT("Beziehung verletzt"),
    /** The relations of a group of cells have no solution at all. */
    UNLOESBAR("Beziehungen unlösbar"),
    /** The files describe the same area or indicator differently. */
    GEOGRAFIE_WIDERSPRUECHLICH("Geografie widersprüchlich"),
    /** A file other than the SDMX-CSV shows a number of (or computed from) a suppressed cell. */
    FORMAT_ZEIGT_GESPERRTES("Format zeigt Gesperrtes");

    private final String bezeichnung;

    Art(String bezeichnung) {
      this.bezeichnung = bezeichnung;
    }

    /** The German name. */
    String bezeichnung() {
      return bezeichnung;
    }
  }

  /** A finding about no derived figure. */
  Befund(Art art, @Nullable Zelle zelle, String beschreibung, List<String> belege) {
    this(art, zelle, null, beschreibung, belege);
  }

  Befund {
    requireNonNull(art, "art");
    requireNonNull(beschreibung, "beschreibung");
    belege = List.copyOf(belege);
  }

  /** The kind, the cell and the bounds in one line, e.g. for comparing in tests. */
  String kurz() {
    return art
        + " "
        + (zelle == null ? "-" : zelle.toString())
        + (schranken == null ? "" : " " + schranken);
  }

  /** The kind, the description and every line of evidence, indented. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(art.bezeichnung()).append(": ").append(beschreibung);
    for (String b : belege) {
      s.append(System.lineSeparator()).append("    ").append(b);
    }
    return s.toString();
  }
}
