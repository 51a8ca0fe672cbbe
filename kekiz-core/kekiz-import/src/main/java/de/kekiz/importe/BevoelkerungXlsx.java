package de.kekiz.importe;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * The population table of {@link BevoelkerungstabelleLeser} as a sheet of an XLSX workbook: row 1
 * the headers, then one row per Sozialraum; checked like a CSV table, with errors naming sheet, row
 * and column letter.
 */
final class BevoelkerungXlsx {
  private BevoelkerungXlsx() {}

  static Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> lese(
      Path datei,
      @Nullable String blatt,
      Gemeindeschluessel kommune,
      String schluesselspalte,
      @Nullable String summenspalte) {
    return XlsxLeser.leseBlatt(
        datei,
        blatt,
        Importgrenzen.standard(),
        (name, zeilen) -> lese(datei, name, zeilen, kommune, schluesselspalte, summenspalte));
  }

  private static Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> lese(
      Path datei,
      String blatt,
      Iterator<Row> zeilen,
      Gemeindeschluessel kommune,
      String schluesselspalte,
      @Nullable String summenspalte) {
    Row kopfzeile = null;
    while (zeilen.hasNext() && kopfzeile == null) {
      Row r = zeilen.next();
      if (r.getRowNum() != 1) {
        break;
      }
      kopfzeile = r;
    }
    if (kopfzeile == null) {
      throw new UnlesbareDateiException(
          datei,
          "Blatt '"
              + Anzeigetext.sichtbar(blatt)
              + "', Zeile 1 ist leer: sie nennt die Spalten (Schlüssel, Altersgruppen)");
    }
    BevoelkerungstabelleLeser.Zeilen tabelle =
        new BevoelkerungstabelleLeser.Zeilen(
            datei, blatt, kommune, texte(kopfzeile, 0), schluesselspalte, summenspalte);
    int breite = tabelle.namen.size();
    while (zeilen.hasNext()) {
      Row r = zeilen.next();
      List<String> felder = texte(r, breite);
      if (felder.stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (felder.size() > breite) {
        int spalte = breite;
        while (felder.get(spalte).isEmpty()) {
          spalte++;
        }
        tabelle.fehler.add(
            new Importfehler(
                datei,
                blatt,
                r.getRowNum(),
                spalte + 1,
                "",
                felder.get(spalte),
                "die Zeile hat einen Wert rechts der letzten Spalte mit Kopf (Zeile 1 hat "
                    + breite
                    + " Spalten)"));
        continue;
      }
      tabelle.zeile(r.getRowNum(), felder);
    }
    return tabelle.ergebnis();
  }

  /**
   * The cells of {@code zeile} as text, at least {@code breite} of them (missing cells are empty);
   * trailing empty cells beyond {@code breite} are dropped.
   */
  private static List<String> texte(Row zeile, int breite) {
    List<String> t = new ArrayList<>();
    for (int i = 0; i < zeile.getCellCount(); i++) {
      t.add(text(i < zeile.getCellCount() ? zeile.getCell(i) : null));
    }
    while (t.size() > breite && t.get(t.size() - 1).isEmpty()) {
      t.remove(t.size() - 1);
    }
    while (t.size() < breite) {
      t.add("");
    }
    return t;
  }

  private static String text(@Nullable Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    if (c.getType() == CellType.NUMBER) {
      try {
        BigDecimal zahl = c.asNumber();
        if (zahl.scale() > 0) {
          zahl = zahl.stripTrailingZeros();
        }
        return zahl.scale() < 0 ? zahl.setScale(0).toPlainString() : zahl.toPlainString();
      } catch (NumberFormatException | ArithmeticException e) {
        String roh = c.getRawValue();
        return roh == null ? "" : roh.strip();
      }
    }
    if (c.getType() == CellType.STRING) {
      String s = c.asString();
      return s == null ? "" : s.strip();
    }
    String roh = c.getRawValue();
    return roh == null ? "" : roh.strip();
  }
}
