package de.kekiz.importe;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The data sheets of the planning workbook ({@link ArbeitsmappeSchreiber}, {@link
 * ArbeitsmappeLeser}) and their columns, in the order the workbook holds them. Row 1 of every sheet
 * is its header; data start in row 2.
 */
enum Arbeitsmappenblatt {
  LEITBILD("Leitbild", "Kommune", "Fassung", "Titel", "Beschlossen am", "Gremium"),
  LEITLINIEN("Leitlinien", "Leitlinie"),
  LEITZIELE("Leitziele", "Leitziel", "Titel", "Beschreibung"),
  HANDLUNGSZIELE("Handlungsziele", "Leitziel", "Handlungsziel", "Titel"),
  INDIKATOREN("Indikatoren", "Handlungsziel", "Indikator"),
  ZIELWERTE(
      "Zielwerte",
      "Handlungsziel",
      "Indikator",
      "Richtung",
      "Zielwert",
      "Frist",
      "Sozialraum",
      "Ausgangswert");

  /** The hidden sheet with the code lists the drop-down lists offer. */
  static final String LISTEN = "Listen";

  /** The sheet with the instructions, first in the workbook. */
  static final String ANLEITUNG = "Anleitung";

  private final String name;
  private final ImmutableList<String> spalten;

  Arbeitsmappenblatt(String name, String... spalten) {
    this.name = name;
    this.spalten = ImmutableList.copyOf(spalten);
  }

  /** The sheet's name as the workbook shows it. */
  String blattname() {
    return name;
  }

  /** The column headers of row 1. */
  List<String> spalten() {
    return spalten;
  }

  /** The header of column {@code spalte} (from 1). */
  String spalte(int spalte) {
    return spalten.get(spalte - 1);
  }
}
