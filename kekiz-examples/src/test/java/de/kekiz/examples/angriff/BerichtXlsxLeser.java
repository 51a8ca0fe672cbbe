package de.kekiz.examples.angriff;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers {@code bericht.xlsx} shows for cells, with fastexcel's reader.
 *
 * <p>An indicator's sheet is named by its key (a suffix {@code ~2} where names collide) and has a
 * header row {@code Gebiet, Schlüssel, <one column per period>, Abweichung zur Kommune, Rang, …};
 * below it one row per area, the Kommune first. Every number (or text that reads as one) in a
 * period column is a value of that cell; {@code Abweichung zur Kommune} and {@code Rang} are
 * computed from the latest period. The sheet {@code Ziele} shows {@code Istwert}, {@code Prognose
 * zur Frist} and {@code Ausgangswert} per goal, in the order of the goals of {@code bericht.json}
 * (checked by the area's name). Other sheets hold no cell figures.
 */
final class BerichtXlsxLeser {
  private BerichtXlsxLeser() {}

  /** The file name. */
  static final String DATEINAME = "bericht.xlsx";

  private static final Pattern ZAHL = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  /**
   * The numbers shown for cells in {@code datei} of folder {@code ordner}, whose report is {@code
   * json}.
   *
   * @throws IllegalArgumentException naming sheet and cell of anything that does not fit the JSON
   * @throws IOException if the workbook cannot be read
   */
  static List<GezeigteZahl> lies(Path datei, String ordner, BerichtJsonLeser.Inhalt json)
      throws IOException {
    List<GezeigteZahl> gezeigt = new ArrayList<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            datei.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      for (Sheet blatt : wb.getSheets().toList()) {
        String name = blatt.getName();
        String key = name.replaceFirst("~[0-9]+$", "");
        if (json.tabellen().containsKey(key)) {
          indikatorblatt(blatt.read(), key, new Ort(ordner, name), gezeigt);
        } else if (name.equals("Ziele")) {
          zielblatt(blatt.read(), json.ziele(), new Ort(ordner, name), gezeigt);
        }
      }
    }
    return gezeigt;
  }

  /** A sheet of a folder's workbook, for the places of its cells. */
  private record Ort(String ordner, String blatt) {
    Fundstelle zelle(Cell c) {
      return new Fundstelle(ordner, DATEINAME, "Blatt " + blatt + ", Zelle " + c.getAddress());
    }
  }

  private static void indikatorblatt(
      List<Row> zeilen, String key, Ort ort, List<GezeigteZahl> gezeigt) {
    int kopf = kopfzeile(zeilen, "Gebiet", "Schlüssel");
    if (kopf < 0) {
      throw new IllegalArgumentException(
          ordner(ort) + ": sheet " + ort.blatt() + " has no header row 'Gebiet, Schlüssel, …'");
    }
    Row k = zeilen.get(kopf);
    List<Zeitraum> zeiten = new ArrayList<>();
    int spalte = 2;
    while (spalte < k.getCellCount()) {
      String text = k.getCellText(spalte).replace(" (Bruch)", "").strip();
      try {
        zeiten.add(Zeitraum.deutsch(text));
      } catch (IllegalArgumentException keinZeitraum) {
        break;
      }
      spalte++;
    }
    int abweichung = spalte(k, "Abweichung zur Kommune");
    int rang = spalte(k, "Rang");
    Raum kommune = null;
    for (Row z : zeilen.subList(kopf + 1, zeilen.size())) {
      String schluessel = z.getCellText(1).strip();
      if (schluessel.isEmpty()) {
        continue;
      }
      Raum raum;
      try {
        raum = Raum.parse(schluessel);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            ordner(ort)
                + ": sheet "
                + ort.blatt()
                + ", row "
                + z.getRowNum()
                + ": "
                + e.getMessage(),
            e);
      }
      if (kommune == null) {
        kommune = raum;
      }
      for (int p = 0; p < zeiten.size(); p++) {
        if (fremderWert(z, 2 + p)) {
          continue; // marked as the parent's, pooled or perturbed figure: not this cell's number
        }
        zahl(z, 2 + p, "Wert", ort, List.of(Zelle.insgesamt(key, raum, zeiten.get(p))), gezeigt);
      }
      if (!zeiten.isEmpty()) {
        Zelle letzte = Zelle.insgesamt(key, raum, zeiten.get(zeiten.size() - 1));
        zahl(
            z,
            abweichung,
            "Abweichung zur Kommune",
            ort,
            List.of(letzte, letzte.mitRaum(kommune)),
            gezeigt);
        zahl(z, rang, "Rang", ort, List.of(letzte), gezeigt);
      }
    }
  }

  private static void zielblatt(
      List<Row> zeilen,
      List<BerichtJsonLeser.Zielzeile> ziele,
      Ort ort,
      List<GezeigteZahl> gezeigt) {
    int kopf = kopfzeile(zeilen, "Leitziel", "Handlungsziel");
    if (kopf < 0) {
      return; // no goals: the sheet says so in a sentence
    }
    Row k = zeilen.get(kopf);
    int gebiet = spalte(k, "Gebiet");
    int ausgangswert = spalte(k, "Ausgangswert");
    int istwert = spalte(k, "Istwert");
    int prognose = spalte(k, "Prognose zur Frist");
    List<Row> daten = zeilen.subList(kopf + 1, zeilen.size());
    for (int i = 0; i < daten.size() && i < ziele.size(); i++) {
      Row z = daten.get(i);
      BerichtJsonLeser.Zielzeile ziel = ziele.get(i);
      String name = gebiet < 0 ? "" : z.getCellText(gebiet).strip();
      if (!name.equals(ziel.gebietName())) {
        throw new IllegalArgumentException(
            ordner(ort)
                + ": sheet Ziele, row "
                + z.getRowNum()
                + " names the area '"
                + name
                + "', goal "
                + i
                + " of bericht.json '"
                + ziel.gebietName()
                + "'");
      }
      List<Zelle> ist = ziel.istwert() == null ? List.of() : List.of(ziel.istwert());
      zahl(z, istwert, "Istwert", ort, ist, gezeigt);
      zahl(z, prognose, "Prognose zur Frist", ort, ist, gezeigt);
      zahl(
          z,
          ausgangswert,
          "Ausgangswert",
          ort,
          ziel.ausgangswert() == null ? List.of() : List.of(ziel.ausgangswert()),
          gezeigt);
    }
  }

  private static String ordner(Ort ort) {
    return ort.ordner() + "/" + DATEINAME;
  }

  private static int kopfzeile(List<Row> zeilen, String erste, String zweite) {
    for (int i = 0; i < zeilen.size(); i++) {
      Row z = zeilen.get(i);
      if (z.getCellCount() >= 2
          && z.getCellText(0).strip().equals(erste)
          && z.getCellText(1).strip().equals(zweite)) {
        return i;
      }
    }
    return -1;
  }

  private static int spalte(Row kopf, String name) {
    for (int c = 0; c < kopf.getCellCount(); c++) {
      if (kopf.getCellText(c).strip().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  private static void zahl(
      Row z, int spalte, String was, Ort ort, List<Zelle> grundlage, List<GezeigteZahl> gezeigt) {
    if (spalte < 0 || !z.hasCell(spalte)) {
      return;
    }
    Cell c = z.getCell(spalte);
    BigDecimal zahl = zahl(c);
    if (zahl != null) {
      gezeigt.add(new GezeigteZahl(ort.zelle(c), was, zahl.toPlainString(), grundlage));
    }
  }

  /**
   * Whether the number in column {@code spalte} is marked in its number format as not the exact
   * figure of its row and column ({@code " g"} the parent area's, {@code " z"} pooled, {@code " ü"}
   * perturbed): the JSON says whose figure it is, and the check of the JSON covers it.
   */
  private static boolean fremderWert(Row z, int spalte) {
    if (!z.hasCell(spalte)) {
      return false;
    }
    String format = z.getCell(spalte).getDataFormatString();
    return format != null
        && (format.contains("\" g\"") || format.contains("\" z\"") || format.contains("\" ü\""));
  }

  /** The number in {@code c}: a number cell, or a text that reads as a number. */
  private static @Nullable BigDecimal zahl(@Nullable Cell c) {
    if (c == null) {
      return null;
    }
    if (c.getType() == CellType.NUMBER) {
      return c.asNumber();
    }
    String text = Optional.ofNullable(c.getText()).orElse("").strip();
    if (ZAHL.matcher(text).matches()) {
      return new BigDecimal(text.replace(',', '.'));
    }
    return null;
  }
}
