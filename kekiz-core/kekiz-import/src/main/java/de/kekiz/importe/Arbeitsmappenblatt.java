package de.kekiz.importe;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data sheets of the planning workbook ({@link ArbeitsmappeSchreiber}, {@link
 * ArbeitsmappeLeser}) and their columns, in the order the workbook holds them. Row 1 of every sheet
 * is its header; data start in row 2. Each sheet belongs to one part of the workbook ({@link
 * Teil}): the Leitbild, the Präventionskette or the Angebote; the sheet {@link #ZUORDNUNGEN} holds
 * rows of both the chain and the Angebote, told apart by its column Teil.
 */
enum Arbeitsmappenblatt {
  LEITBILD("Leitbild", Teil.LEITBILD, "Kommune", "Fassung", "Titel", "Beschlossen am", "Gremium"),
  LEITLINIEN("Leitlinien", Teil.LEITBILD, "Leitlinie"),
  LEITZIELE("Leitziele", Teil.LEITBILD, "Leitziel", "Titel", "Beschreibung"),
  HANDLUNGSZIELE("Handlungsziele", Teil.LEITBILD, "Leitziel", "Handlungsziel", "Titel"),
  INDIKATOREN("Indikatoren", Teil.LEITBILD, "Handlungsziel", "Indikator"),
  ZIELWERTE(
      "Zielwerte",
      Teil.LEITBILD,
      "Handlungsziel",
      "Indikator",
      "Richtung",
      "Zielwert",
      "Frist",
      "Sozialraum",
      "Ausgangswert"),
  LEBENSPHASEN("Lebensphasen", Teil.KETTE, "Lebensphase", "Name", "Alter von", "Alter bis"),
  UEBERGAENGE("Übergänge", Teil.KETTE, "Übergang", "Name", "Von Lebensphase", "Nach Lebensphase"),
  HANDLUNGSFELDER("Handlungsfelder", Teil.KETTE, "Handlungsfeld", "Name"),
  AKTEURE("Akteure", Teil.KETTE, "Akteur", "Name", "Art", "URL", "E-Mail"),
  NETZWERKE("Netzwerke", Teil.KETTE, "Netzwerk", "Name", "Gültig ab", "Gültig bis"),
  GREMIEN("Gremien", Teil.KETTE, "Gremium", "Art", "Name", "Gültig ab", "Gültig bis"),
  SITZE("Sitze", Teil.KETTE, "Gremium", "Funktion", "Bereich", "Akteur", "Gültig ab", "Gültig bis"),
  KOORDINATION(
      "Koordination",
      Teil.KETTE,
      "Koordination",
      "Stelle",
      "Stellenanteil",
      "Angesiedelt bei",
      "Programm",
      "Programmname",
      "Gültig ab",
      "Gültig bis"),
  ANGEBOTE(
      "Angebote",
      Teil.ANGEBOTE,
      "Angebot",
      "Name",
      "Beschreibung",
      "Träger",
      "Status",
      "Alter von",
      "Alter bis",
      "Zugang",
      "Plätze",
      "Freie Plätze",
      "Platzeinheit",
      "Gültig ab",
      "Gültig bis",
      "Zuletzt geprüft",
      "URL",
      "E-Mail"),
  STANDORTE(
      "Standorte",
      Teil.ANGEBOTE,
      "Angebot",
      "Standort",
      "Name",
      "Art",
      "Straße",
      "PLZ",
      "Ort",
      "Breite",
      "Länge",
      "Sozialraum"),
  ZEITPLAENE("Zeitpläne", Teil.ANGEBOTE, "Angebot", "Regel", "Von", "Bis", "Beschreibung"),
  KOSTEN("Kosten", Teil.ANGEBOTE, "Angebot", "Betrag", "Einheit", "Beschreibung"),
  ZUORDNUNGEN("Zuordnungen", null, "Teil", "Schlüssel", "Merkmal", "Wert"),
  ZIELBEITRAEGE(
      "Zielbeiträge",
      Teil.KETTE,
      "Handlungsziel",
      "Art",
      "Beitragender",
      "Aufgabe",
      "Gültig ab",
      "Gültig bis");

  /** The part of the workbook a sheet belongs to. */
  enum Teil {
    /** The Leitbild with its goals and Zielwerte. */
    LEITBILD,
    /** The Präventionskette without its Angebote. */
    KETTE,
    /** The Angebote of the Präventionskette. */
    ANGEBOTE
  }

  /** The hidden sheet with the code lists the drop-down lists offer. */
  static final String LISTEN = "Listen";

  /** The sheet with the instructions, first in the workbook. */
  static final String ANLEITUNG = "Anleitung";

  private final String name;
  private final @Nullable Teil teil;
  private final ImmutableList<String> spalten;

  Arbeitsmappenblatt(String name, @Nullable Teil teil, String... spalten) {
    this.name = name;
    this.teil = teil;
    this.spalten = ImmutableList.copyOf(spalten);
  }

  /** The sheet's name as the workbook shows it. */
  String blattname() {
    return name;
  }

  /** The part the sheet belongs to, or null for {@link #ZUORDNUNGEN} (each row names its part). */
  @Nullable Teil teil() {
    return teil;
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
