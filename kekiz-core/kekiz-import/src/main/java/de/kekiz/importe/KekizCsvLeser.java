package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file in a kekiz layout (Messwerte or population, see {@link KekizLayout} and {@code
 * de/kekiz/importe/FORMAT.md}), streaming line by line.
 *
 * <p>The file is UTF-8, with or without byte order mark, separated by {@code ;}; a field may be
 * enclosed in double quotes. Line 1 names the columns; the layout is told by them. Numbers use the
 * decimal separator of {@link Importoptionen#dezimaltrennzeichen()} and no thousands separator.
 * Empty lines are ignored. A bad row becomes an {@link Importfehler}; only a file that cannot be
 * read at all (missing, not UTF-8, empty, a header of no kekiz layout) raises an {@link
 * UnlesbareDateiException}. Instances hold no state and may be shared.
 */
public final class KekizCsvLeser {

  private static final char TRENNER = ';';

  /** A reader; it holds no state. */
  public KekizCsvLeser() {}

  /**
   * The layout of {@code datei}, read from its header.
   *
   * @param datei the kekiz CSV file
   * @return its layout
   * @throws UnlesbareDateiException if the file cannot be read or its header is of no kekiz layout
   */
  public KekizLayout layout(Path datei) {
    requireNonNull(datei, "datei");
    try (Textdatei t = Textdatei.oeffne(datei)) {
      return layout(datei, kopf(datei, t));
    }
  }

  /**
   * Imports every row of {@code datei}.
   *
   * @param datei the kekiz CSV file
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the file cannot be read in a kekiz layout
   */
  public Importergebnis lese(Path datei, Importoptionen optionen) {
    requireNonNull(datei, "datei");
    requireNonNull(optionen, "optionen");
    try (Textdatei t = Textdatei.oeffne(datei, optionen.grenzen().bytesProZeile())) {
      List<String> kopf = kopf(datei, t);
      KekizLayout layout = layout(datei, kopf);
      int[] index = layout.spaltenindizes(datei, null, kopf);
      Sammlung sammlung = new Sammlung(datei, null, optionen);
      KekizZeilen zeilen = new KekizZeilen(layout, kopf, index, optionen, sammlung);
      String zeile;
      while ((zeile = t.naechsteZeile()) != null) {
        if (zeile.isBlank()) {
          continue;
        }
        List<String> felder = CsvZeile.teile(zeile, TRENNER);
        if (felder != null && felder.stream().allMatch(String::isBlank)) {
          continue;
        }
        sammlung.beginneZeile(t.zeilennummer());
        if (felder == null) {
          sammlung.fehler(
              0, "", zeile, "ein Anführungszeichen (\") wird in dieser Zeile nicht geschlossen");
        } else if (zuViele(felder, kopf.size())) {
          sammlung.fehler(
              0,
              "",
              zeile,
              "die Zeile hat " + felder.size() + " Felder, die Kopfzeile " + kopf.size());
        } else {
          zeilen.zeile(new CsvZellen(felder));
        }
        sammlung.beendeZeile();
      }
      return sammlung.ergebnis("kekiz CSV " + layout.bezeichnung());
    }
  }

  private static boolean zuViele(List<String> felder, int kopf) {
    for (int i = kopf; i < felder.size(); i++) {
      if (!felder.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> kopf(Path datei, Textdatei t) {
    String zeile = t.naechsteZeile();
    if (zeile == null || zeile.isBlank()) {
      throw new UnlesbareDateiException(datei, "die Datei ist leer: sie hat keine Kopfzeile");
    }
    List<String> kopf = CsvZeile.teile(zeile, TRENNER);
    if (kopf == null) {
      throw new UnlesbareDateiException(
          datei, "Zeile 1: ein Anführungszeichen (\") wird nicht geschlossen");
    }
    return kopf;
  }

  private static KekizLayout layout(Path datei, List<String> kopf) {
    return KekizLayout.erkenne(kopf)
        .orElseThrow(
            () ->
                new UnlesbareDateiException(
                    datei,
                    "Zeile 1 ist der Kopf keines kekiz-Layouts: erwartet werden die Spalten "
                        + String.join(";", KekizLayout.MESSWERTE.spalten())
                        + " oder "
                        + String.join(";", KekizLayout.BEVOELKERUNG.spalten())
                        + ", getrennt durch ';', gefunden: '"
                        + GenesisKopf.kurz(String.join(";", kopf))
                        + "'"));
  }

  /** The fields of one CSV line: text only. */
  private static final class CsvZellen implements KekizZeilen.Zellen {
    private final List<String> felder;

    CsvZellen(List<String> felder) {
      this.felder = felder;
    }

    @Override
    public String text(int index) {
      return index >= 0 && index < felder.size() ? felder.get(index).strip() : "";
    }

    @Override
    public @Nullable BigDecimal zahl(int index) {
      return null;
    }

    @Override
    public @Nullable LocalDate datum(int index) {
      return null;
    }
  }
}
