package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads GENESIS "flat" CSV exports ({@code format=ffcsv}) of Destatis, the Regionaldatenbank,
 * IT.NRW's Landesdatenbank or the Zensus database, streaming line by line.
 *
 * <p>Both layouts are told apart by the header (see {@link Genesisformat}): the current long format
 * with one value per row, and the older wide format with one column per value variable, whose rows
 * are read as one value per value column. Both are UTF-8, with or without byte order mark, {@code
 * ;}-separated without quotes. Numbers have no thousands separator, so both a decimal comma (German
 * exports: {@code 35747,85}) and a decimal point (English: {@code 35747.85}) are read, as is a
 * leading sign ({@code +1.4}). Time values: see {@link Zeitangabe}.
 *
 * <p>Special values and quality marks become SDMX status flags:
 *
 * <table>
 *   <caption>GENESIS value → Messwert</caption>
 *   <tr><th>value</th><th>{@code value_q}</th><th>zaehler</th><th>OBS_STATUS</th>
 *       <th>CONF_STATUS</th></tr>
 *   <tr><td>number</td><td>(empty), {@code e}, {@code r}</td><td>the number</td><td>A</td>
 *       <td>F</td></tr>
 *   <tr><td>number</td><td>{@code p}</td><td>the number</td><td>P</td><td>F</td></tr>
 *   <tr><td>number</td><td>{@code s}, {@code ()}</td><td>the number</td><td>E</td><td>F</td></tr>
 *   <tr><td>{@code -}</td><td></td><td>0</td><td>A</td><td>F</td></tr>
 *   <tr><td>{@code .}</td><td></td><td>none</td><td>M</td><td>C</td></tr>
 *   <tr><td>{@code ...}</td><td></td><td>none</td><td>M</td><td>F</td></tr>
 *   <tr><td>{@code /}</td><td></td><td>none</td><td>M</td><td>F</td></tr>
 *   <tr><td>{@code x}</td><td></td><td>none</td><td>M</td><td>F</td></tr>
 *   <tr><td>(empty)</td><td></td><td>none</td><td>M</td><td>F</td></tr>
 * </table>
 *
 * <p>The reasons are given in {@link GenesisSonderzeichen} and {@link GenesisWert}. A population
 * figure needs a number: a value other than a number or {@code -} is skipped ({@link
 * Ueberspringgrund#OHNE_ZAHL}).
 *
 * <p>Which values are imported and what they become is said by an {@link Importzuordnung}; which
 * areas by the {@link Gebietsauswahl} of the {@link Importoptionen}. A row is bad (an {@link
 * Importfehler}, never an exception) if it has another number of fields than the header, an empty
 * statistics or variable code, a time that is no {@link Zeitangabe}, a value that is neither a
 * number nor a special value, an unknown quality mark; and, for the values taken, a regional code
 * of unknown form, a unit other than the required one, a time that fits no single period of the
 * indicator, or a population count that is not a whole number. Every row is checked, also rows of
 * other areas: a file with broken rows is suspect as a whole. Only a file that cannot be read at
 * all raises an {@link UnlesbareDateiException}: missing, not UTF-8, empty, a header of another
 * layout, or a GENESIS cube ("Datenquader") export, which is not supported.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class GenesisCsvLeser {

  /** Receives what the lines of a file give. */
  interface Zeilenziel {
    void beginneZeile(long nummer);

    void wert(GenesisWert wert);

    void fehler(int spalte, String spaltenname, String wert, String grund);

    void beendeZeile();
  }

  /** A reader; it holds no state. */
  public GenesisCsvLeser() {}

  /**
   * The format of {@code datei}, read from its header.
   *
   * @param datei the GENESIS export
   * @return its format
   * @throws UnlesbareDateiException if the file cannot be read or has no GENESIS ffcsv header
   */
  public Genesisformat format(Path datei) {
    requireNonNull(datei, "datei");
    try (Textdatei t = Textdatei.oeffne(datei)) {
      return GenesisKopf.lies(datei, kopfzeile(datei, t)).format;
    }
  }

  /**
   * Imports the values {@code zuordnung} asks for from {@code datei}.
   *
   * @param datei the GENESIS export
   * @param zuordnung which values become which Messwerte or population figures
   * @param optionen the import's options
   * @return the values read, what was skipped and every error
   * @throws UnlesbareDateiException if the file cannot be read as a GENESIS ffcsv export
   */
  public Importergebnis lese(Path datei, Importzuordnung zuordnung, Importoptionen optionen) {
    requireNonNull(datei, "datei");
    requireNonNull(zuordnung, "zuordnung");
    requireNonNull(optionen, "optionen");
    Sammlung sammlung = new Sammlung(datei, null, optionen);
    GenesisKopf kopf =
        durchlaufe(
            datei, optionen.grenzen(), k -> new GenesisAbbildung(k, zuordnung, optionen, sammlung));
    return sammlung.ergebnis(kopf.format.bezeichnung());
  }

  /**
   * Streams every value of {@code datei} as read, without mapping or selection: each well-formed
   * value to {@code werte}, each error to {@code fehler} (a row of the wide format may give some
   * values and an error).
   *
   * @param datei the GENESIS export
   * @param werte receives each value
   * @param fehler receives each error
   * @return the number of data rows read
   * @throws UnlesbareDateiException if the file cannot be read as a GENESIS ffcsv export
   */
  public long leseWerte(Path datei, Consumer<GenesisWert> werte, Consumer<Importfehler> fehler) {
    requireNonNull(datei, "datei");
    requireNonNull(werte, "werte");
    requireNonNull(fehler, "fehler");
    long[] zeilen = {0};
    durchlaufe(
        datei,
        Importgrenzen.standard(),
        k ->
            new Zeilenziel() {
              private long zeile;

              @Override
              public void beginneZeile(long nummer) {
                zeile = nummer;
                zeilen[0]++;
              }

              @Override
              public void wert(GenesisWert wert) {
                werte.accept(wert);
              }

              @Override
              public void fehler(int spalte, String spaltenname, String wert, String grund) {
                fehler.accept(
                    new Importfehler(datei, null, zeile, spalte, spaltenname, wert, grund));
              }

              @Override
              public void beendeZeile() {}
            });
    return zeilen[0];
  }

  private static String kopfzeile(Path datei, Textdatei t) {
    String kopf = t.naechsteZeile();
    if (kopf == null || kopf.isBlank()) {
      throw new UnlesbareDateiException(datei, "die Datei ist leer: sie hat keine Kopfzeile");
    }
    return kopf;
  }

  private static GenesisKopf durchlaufe(
      Path datei, Importgrenzen grenzen, Function<GenesisKopf, Zeilenziel> ziele) {
    try (Textdatei t = Textdatei.oeffne(datei, grenzen.bytesProZeile())) {
      GenesisKopf kopf = GenesisKopf.lies(datei, kopfzeile(datei, t));
      Zeilenziel ziel = ziele.apply(kopf);
      String zeile;
      while ((zeile = t.naechsteZeile()) != null) {
        if (zeile.isEmpty()) {
          continue;
        }
        ziel.beginneZeile(t.zeilennummer());
        zerlege(kopf, zeile, t.zeilennummer(), ziel, grenzen);
        ziel.beendeZeile();
      }
      return kopf;
    }
  }

  private static void zerlege(
      GenesisKopf kopf, String zeile, long nummer, Zeilenziel ziel, Importgrenzen grenzen) {
    String[] f = zeile.split(";", -1);
    int n = kopf.namen.size();
    if (f.length != n) {
      ziel.fehler(0, "", zeile, "die Zeile hat " + f.length + " Felder, die Kopfzeile " + n);
      return;
    }
    for (int i = 0; i < n; i++) {
      if (f[i].length() > grenzen.zeichenProFeld()) {
        ziel.fehler(
            i + 1,
            kopf.name(i + 1),
            f[i],
            "das Feld ist länger als " + grenzen.zeichenProFeld() + " Zeichen");
        return;
      }
    }
    String statistik = f[0].strip();
    if (statistik.isEmpty()) {
      ziel.fehler(1, kopf.name(1), f[0], "der Statistik-Code ist leer");
      return;
    }
    Zeitangabe zeit;
    try {
      zeit = Zeitangabe.parse(f[4]);
    } catch (IllegalArgumentException e) {
      ziel.fehler(5, kopf.name(5), f[4], e.getMessage() + verschiebungshinweis(f));
      return;
    }
    String jahr = grenzen.pruefeJahr(zeit.beginn().getYear());
    if (jahr == null) {
      jahr = grenzen.pruefeJahr(zeit.ende().getYear());
    }
    if (jahr != null) {
      ziel.fehler(5, kopf.name(5), f[4], jahr);
      return;
    }
    ImmutableList.Builder<GenesisMerkmal> merkmale = ImmutableList.builder();
    for (int g = 0; g < kopf.merkmale; g++) {
      int c = GenesisKopf.VORSPANN_SPALTEN + 4 * g;
      String code = f[c].strip();
      if (code.isEmpty()) {
        ziel.fehler(
            c + 1, kopf.name(c + 1), f[c], "der Merkmalscode ist leer" + verschiebungshinweis(f));
        return;
      }
      merkmale.add(new GenesisMerkmal(c + 3, code, f[c + 1], f[c + 2].strip(), f[c + 3]));
    }
    ImmutableList<GenesisMerkmal> liste = merkmale.build();
    if (kopf.format == Genesisformat.LANG) {
      int v = kopf.ersteWertspalte();
      String wertmerkmal = f[v + 2].strip();
      if (wertmerkmal.isEmpty()) {
        ziel.fehler(v + 3, kopf.name(v + 3), f[v + 2], "der Code des Wertmerkmals ist leer");
        return;
      }
      String q = kopf.mitQualitaet ? f[v + 4].strip() : "";
      if (!GenesisWert.QUALITAETEN.contains(q)) {
        ziel.fehler(
            v + 5,
            kopf.name(v + 5),
            q,
            "unbekanntes Qualitätskennzeichen: erwartet leer, 'e', 'r', 'p', 's' oder '()'");
        return;
      }
      GenesisWert w =
          wert(
              kopf,
              ziel,
              nummer,
              statistik,
              f[2].strip(),
              zeit,
              liste,
              wertmerkmal,
              f[v + 3],
              f[v + 1],
              v + 1,
              f[v],
              q,
              grenzen);
      if (w != null) {
        ziel.wert(w);
      }
    } else {
      for (GenesisKopf.Wertspalte ws : kopf.wertspalten) {
        GenesisWert w =
            wert(
                kopf,
                ziel,
                nummer,
                statistik,
                f[2].strip(),
                zeit,
                liste,
                ws.code,
                ws.label,
                ws.einheit,
                ws.index + 1,
                f[ws.index],
                "",
                grenzen);
        if (w != null) {
          ziel.wert(w);
        }
      }
    }
  }

  private static @Nullable GenesisWert wert(
      GenesisKopf kopf,
      Zeilenziel ziel,
      long nummer,
      String statistik,
      String zeitCode,
      Zeitangabe zeit,
      ImmutableList<GenesisMerkmal> merkmale,
      String wertmerkmal,
      String label,
      String einheit,
      int spalte,
      String text,
      String qualitaet,
      Importgrenzen grenzen) {
    BigDecimal zahl = Zahlen.dezimal(text, ',', '.');
    if (zahl != null) {
      String grund = grenzen.pruefeZahl(zahl);
      if (grund != null) {
        ziel.fehler(spalte, kopf.name(spalte), text, grund);
        return null;
      }
    }
    GenesisSonderzeichen zeichen = null;
    if (zahl == null) {
      Optional<GenesisSonderzeichen> z = GenesisSonderzeichen.von(text);
      if (z.isEmpty()) {
        ziel.fehler(
            spalte,
            kopf.name(spalte),
            text,
            "weder eine Zahl noch ein GENESIS-Sonderzeichen ('-', '.', '...', '/', 'x' oder leer)");
        return null;
      }
      zeichen = z.get();
    }
    return new GenesisWert(
        nummer,
        statistik,
        zeitCode,
        zeit,
        merkmale,
        wertmerkmal,
        label,
        einheit.strip(),
        spalte,
        text,
        zahl,
        zeichen,
        qualitaet);
  }

  /**
   * A hint for rows that lack their leading fields (as in some 2024 server output, where the first
   * half of a table came without statistic and time): their trailing fields are empty.
   */
  private static String verschiebungshinweis(String[] f) {
    int leer = 0;
    for (int i = f.length - 1; i >= 0 && f[i].isEmpty(); i--) {
      leer++;
    }
    if (leer < GenesisKopf.VORSPANN_SPALTEN) {
      return "";
    }
    return "; die Zeile scheint verschoben (ihre letzten "
        + leer
        + " Felder sind leer und Spalte 1 enthält '"
        + GenesisKopf.kurz(f[0])
        + "'): der Server hat wohl ihre ersten Felder ausgelassen";
  }
}
