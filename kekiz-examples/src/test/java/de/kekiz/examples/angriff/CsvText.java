package de.kekiz.examples.angriff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records per RFC 4180 (fields in double quotes may hold separators, line
 * breaks and doubled quotes), with a given separator; a byte order mark at the start is dropped.
 */
final class CsvText {
  private CsvText() {}

  /**
   * One record.
   *
   * @param zeile the line the record starts on, from 1
   * @param felder the fields, unquoted
   */
  record Datensatz(int zeile, List<String> felder) {
    Datensatz {
      felder = List.copyOf(felder);
    }
  }

  /**
   * The records of {@code text}; an empty last line is no record.
   *
   * @param quelle names the file in error messages
   * @throws IllegalArgumentException naming file and line of a quote that is not closed
   */
  static List<Datensatz> zerlege(String text, char trennzeichen, String quelle) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Datensatz> saetze = new ArrayList<>();
    List<String> felder = new ArrayList<>();
    StringBuilder feld = new StringBuilder();
    int zeile = 1;
    int beginn = 1;
    boolean inAnfuehrung = false;
    boolean leer = true; // nothing read in the current record yet
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (inAnfuehrung) {
        if (c == '"') {
          if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
            feld.append('"');
            i++;
          } else {
            inAnfuehrung = false;
          }
        } else {
          if (c == '\n') {
            zeile++;
          }
          feld.append(c);
        }
      } else if (c == '"') {
        inAnfuehrung = true;
        leer = false;
      } else if (c == trennzeichen) {
        felder.add(feld.toString());
        feld.setLength(0);
        leer = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        if (!leer || feld.length() > 0) {
          felder.add(feld.toString());
          saetze.add(new Datensatz(beginn, felder));
        }
        felder = new ArrayList<>();
        feld.setLength(0);
        leer = true;
        zeile++;
        beginn = zeile;
      } else {
        feld.append(c);
        leer = false;
      }
    }
    if (inAnfuehrung) {
      throw new IllegalArgumentException(
          quelle + ", line " + beginn + ": a quoted field is not closed");
    }
    if (!leer || feld.length() > 0) {
      felder.add(feld.toString());
      saetze.add(new Datensatz(beginn, felder));
    }
    return saetze;
  }
}
