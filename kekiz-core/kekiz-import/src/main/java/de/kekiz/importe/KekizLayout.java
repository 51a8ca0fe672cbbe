package de.kekiz.importe;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two kekiz table layouts for CSV files and XLSX sheets, described in {@code
 * de/kekiz/importe/FORMAT.md}. The first row names the columns, in any order and in any case;
 * unknown or repeated columns make the file unreadable, so that a misspelt column is not silently
 * ignored.
 */
public enum KekizLayout {
  /**
   * Observations: {@code indikator;version;raum;periode;aufschluesselung;zaehler;nenner;
   * obs_status;conf_status;wertart}; {@code aufschluesselung}, {@code nenner}, {@code obs_status},
   * {@code conf_status} and {@code wertart} may be left out. {@code wertart} is the column of a
   * kekiz report: {@code EXAKT} (or empty) is an observation, a pooled figure ({@code GEPOOLT}) is
   * skipped, a perturbed one ({@code UEBERLAGERT}) is refused.
   */
  MESSWERTE(
      "Messwerte",
      ImmutableList.of(
          "indikator",
          "version",
          "raum",
          "periode",
          "aufschluesselung",
          "zaehler",
          "nenner",
          "obs_status",
          "conf_status",
          "wertart"),
      ImmutableList.of("indikator", "version", "raum", "periode", "zaehler")),

  /**
   * Population: {@code raum;stichtag;altersgruppe;anzahl} and optionally {@code geschlecht}
   * (written last).
   */
  BEVOELKERUNG(
      "Bevölkerung",
      ImmutableList.of("raum", "stichtag", "altersgruppe", "anzahl", "geschlecht"),
      ImmutableList.of("raum", "stichtag", "altersgruppe", "anzahl"));

  /**
   * Columns that the {@code messwerte.csv} of a kekiz report holds for people and that an import
   * ignores, so that a report's file imports again.
   */
  static final ImmutableList<String> BERICHTSSPALTEN =
      ImmutableList.of("indikatorname", "raumname", "wert", "einheit", "hinweis");

  /** The marker of a value suppressed in a kekiz report's {@code messwerte.csv}. */
  static final String GESPERRT = ".";

  private final String bezeichnung;
  private final ImmutableList<String> spalten;
  private final ImmutableList<String> pflicht;

  KekizLayout(String bezeichnung, ImmutableList<String> spalten, ImmutableList<String> pflicht) {
    this.bezeichnung = bezeichnung;
    this.spalten = spalten;
    this.pflicht = pflicht;
  }

  /** {@return a short German label} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return every column of the layout, in the order kekiz writes them} */
  public ImmutableList<String> spalten() {
    return spalten;
  }

  /**
   * The layout a header row belongs to: {@link #MESSWERTE} if it names a column {@code indikator},
   * else {@link #BEVOELKERUNG} if it names {@code stichtag}; empty otherwise.
   *
   * @param kopf the header row's cells
   * @return the layout, or empty
   */
  public static Optional<KekizLayout> erkenne(List<String> kopf) {
    List<String> namen = normalisiert(kopf);
    if (namen.contains("indikator")) {
      return Optional.of(MESSWERTE);
    }
    if (namen.contains("stichtag")) {
      return Optional.of(BEVOELKERUNG);
    }
    return Optional.empty();
  }

  /**
   * The index of each layout column in {@code kopf} ({@code -1} for a left-out optional column), in
   * the order of {@link #spalten()}.
   *
   * @throws UnlesbareDateiException naming the file if a required column is missing, a column is
   *     unknown or named twice
   */
  int[] spaltenindizes(Path datei, @Nullable String blatt, List<String> kopf) {
    List<String> namen = normalisiert(kopf);
    Map<String, Integer> index = new HashMap<>();
    String wo = blatt == null ? "Zeile 1" : "Blatt '" + blatt + "', Zeile 1";
    int ende = namen.size();
    while (ende > 0 && namen.get(ende - 1).isEmpty()) {
      ende--;
    }
    for (int i = 0; i < ende; i++) {
      String name = namen.get(i);
      if (this == MESSWERTE && BERICHTSSPALTEN.contains(name)) {
        continue;
      }
      if (!spalten.contains(name)) {
        throw new UnlesbareDateiException(
            datei,
            wo
                + ", Spalte "
                + (i + 1)
                + ": unbekannte Spalte '"
                + kopf.get(i).strip()
                + "' für das"
                + " kekiz-Layout "
                + bezeichnung
                + " (Spalten: '"
                + String.join(";", spalten)
                + "')");
      }
      if (index.put(name, i) != null) {
        throw new UnlesbareDateiException(
            datei, wo + ", Spalte " + (i + 1) + ": die Spalte '" + name + "' kommt zweimal vor");
      }
    }
    List<String> fehlend = new ArrayList<>();
    for (String p : pflicht) {
      if (!index.containsKey(p)) {
        fehlend.add(p);
      }
    }
    if (!fehlend.isEmpty()) {
      throw new UnlesbareDateiException(
          datei,
          wo
              + ": das kekiz-Layout "
              + bezeichnung
              + " braucht die Spalte(n) "
              + "'"
              + String.join("', '", fehlend)
              + "' (Spalten: '"
              + String.join(";", spalten)
              + "')");
    }
    int[] ergebnis = new int[spalten.size()];
    for (int i = 0; i < spalten.size(); i++) {
      ergebnis[i] = index.getOrDefault(spalten.get(i), -1);
    }
    return ergebnis;
  }

  private static List<String> normalisiert(List<String> kopf) {
    List<String> namen = new ArrayList<>(kopf.size());
    for (String k : kopf) {
      // the report's messwerte.csv names its columns with umlauts (Zähler, Aufschlüsselung)
      namen.add(
          k.strip()
              .toLowerCase(Locale.ROOT)
              .replace("ä", "ae")
              .replace("ö", "oe")
              .replace("ü", "ue")
              .replace("ß", "ss"));
    }
    return namen;
  }
}
