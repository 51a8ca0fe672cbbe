package de.kekiz.importe;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The header of a GENESIS ffcsv file: its format, variables and value columns. */
final class GenesisKopf {

  /**
   * A value column of the older wide format: {@code CODE__Label_with_underscores__Unit}; label and
   * unit are read with spaces for the underscores ({@code Tsd._EUR} is {@code Tsd. EUR}).
   */
  static final class Wertspalte {
    final int index;
    final String code;
    final String label;
    final String einheit;

    Wertspalte(int index, String code, String label, String einheit) {
      this.index = index;
      this.code = code;
      this.label = label;
      this.einheit = einheit;
    }
  }

  private static final String[][] VORSPANN = {
    {"statistics_code", "statistik_code"},
    {"statistics_label", "statistik_label"},
    {"time_code", "zeit_code"},
    {"time_label", "zeit_label"},
    {"time", "zeit"},
  };

  private static final ImmutableList<String> WERTSPALTEN_LANG =
      ImmutableList.of("value", "value_unit", "value_variable_code", "value_variable_label");

  /** The number of leading columns (statistic and time) before the variables. */
  static final int VORSPANN_SPALTEN = VORSPANN.length;

  final Genesisformat format;
  final ImmutableList<String> namen;
  final int merkmale;
  final boolean mitQualitaet;
  final ImmutableList<Wertspalte> wertspalten;

  private GenesisKopf(
      Genesisformat format,
      ImmutableList<String> namen,
      int merkmale,
      boolean mitQualitaet,
      ImmutableList<Wertspalte> wertspalten) {
    this.format = format;
    this.namen = namen;
    this.merkmale = merkmale;
    this.mitQualitaet = mitQualitaet;
    this.wertspalten = wertspalten;
  }

  /** The index of the first value column ({@code value} in the long format). */
  int ersteWertspalte() {
    return VORSPANN_SPALTEN + 4 * merkmale;
  }

  /** The header name of column {@code spalte} (from 1), or empty. */
  String name(int spalte) {
    return spalte >= 1 && spalte <= namen.size() ? namen.get(spalte - 1) : "";
  }

  /** Whether a first line looks like a GENESIS cube ("Datenquader") export. */
  static boolean istWuerfel(String kopfzeile) {
    return kopfzeile.startsWith("* ") || kopfzeile.startsWith("K;");
  }

  /** Whether a first line starts like a GENESIS ffcsv header (either format). */
  static boolean istGenesis(String kopfzeile) {
    int semikolon = kopfzeile.indexOf(';');
    String erste = (semikolon < 0 ? kopfzeile : kopfzeile.substring(0, semikolon)).strip();
    String klein = erste.toLowerCase(Locale.ROOT);
    return klein.equals(VORSPANN[0][0]) || klein.equals(VORSPANN[0][1]);
  }

  /**
   * Reads the header line of {@code datei}.
   *
   * @throws UnlesbareDateiException if it is no GENESIS ffcsv header, naming what was found
   */
  static GenesisKopf lies(Path datei, String kopfzeile) {
    if (istWuerfel(kopfzeile)) {
      throw new UnlesbareDateiException(
          datei,
          "sie ist ein GENESIS-Export als Datenquader, den kekiz nicht liest: bitte die Tabelle"
              + " stattdessen als flache CSV (ffcsv) exportieren");
    }
    ImmutableList<String> namen = ImmutableList.copyOf(kopfzeile.split(";", -1));
    for (int i = 0; i < VORSPANN.length; i++) {
      String name = i < namen.size() ? namen.get(i).strip().toLowerCase(Locale.ROOT) : "";
      if (!name.equals(VORSPANN[i][0]) && !name.equals(VORSPANN[i][1])) {
        throw new UnlesbareDateiException(
            datei,
            "Zeile 1 ist keine GENESIS-ffcsv-Kopfzeile: Spalte "
                + (i + 1)
                + " sollte '"
                + VORSPANN[i][0]
                + "' (aktuelles Format) oder '"
                + VORSPANN[i][1]
                + "' (Format 2024) sein,"
                + " gefunden: '"
                + kurz(i < namen.size() ? namen.get(i) : "")
                + "'");
      }
    }
    int i = VORSPANN_SPALTEN;
    int merkmale = 0;
    while (i + 3 < namen.size() && istMerkmalskopf(namen.get(i))) {
      merkmale++;
      i += 4;
    }
    List<String> rest = namen.subList(i, namen.size());
    if (rest.size() >= 4 && klein(rest.subList(0, 4)).equals(WERTSPALTEN_LANG)) {
      boolean q = rest.size() == 5 && rest.get(4).strip().equalsIgnoreCase("value_q");
      if (rest.size() == 4 || q) {
        return new GenesisKopf(Genesisformat.LANG, namen, merkmale, q, ImmutableList.of());
      }
    }
    ImmutableList.Builder<Wertspalte> spalten = ImmutableList.builder();
    for (int j = i; j < namen.size(); j++) {
      String name = namen.get(j);
      int erster = name.indexOf("__");
      int letzter = name.lastIndexOf("__");
      if (erster <= 0 || letzter == erster) {
        throw new UnlesbareDateiException(
            datei,
            "Zeile 1 ist keine GENESIS-ffcsv-Kopfzeile: nach "
                + merkmale
                + " Merkmalen sollte Spalte "
                + (j + 1)
                + " 'value' (aktuelles Format) oder eine Wertspalte"
                + " 'CODE__Label__Einheit' (Format 2024) sein, gefunden: '"
                + kurz(name)
                + "'");
      }
      spalten.add(
          new Wertspalte(
              j,
              name.substring(0, erster),
              name.substring(erster + 2, letzter).replace('_', ' '),
              name.substring(letzter + 2).replace('_', ' ')));
    }
    ImmutableList<Wertspalte> wertspalten = spalten.build();
    if (wertspalten.isEmpty()) {
      throw new UnlesbareDateiException(
          datei, "Zeile 1 ist keine GENESIS-ffcsv-Kopfzeile: sie nennt keine Wertspalte");
    }
    return new GenesisKopf(Genesisformat.BREIT, namen, merkmale, false, wertspalten);
  }

  private static boolean istMerkmalskopf(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT);
    int unterstrich = s.indexOf('_');
    if (unterstrich <= 0) {
      return false;
    }
    for (int k = 0; k < unterstrich; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    String art = s.substring(unterstrich + 1);
    return art.equals("variable_code") || art.equals("merkmal_code");
  }

  private static List<String> klein(List<String> namen) {
    return namen.stream()
        .map(n -> n.strip().toLowerCase(Locale.ROOT))
        .collect(ImmutableList.toImmutableList());
  }

  static String kurz(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
