package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

/**
 * Where a reader found something: folder of the release, file, and the place in the file.
 *
 * @param ordner the folder, e.g. {@code 05978000}
 * @param datei the file name, e.g. {@code messwerte.sdmx.csv}
 * @param ort the place: {@code Zeile 17}, a JSON path, {@code Blatt seu-sprache, Zelle C5}
 */
record Fundstelle(String ordner, String datei, String ort) {
  Fundstelle {
    requireNonNull(ordner, "ordner");
    requireNonNull(datei, "datei");
    requireNonNull(ort, "ort");
  }

  /** {@code 05978000/messwerte.sdmx.csv, Zeile 17}. */
  @Override
  public String toString() {
    return ordner + "/" + datei + ", " + ort;
  }
}
