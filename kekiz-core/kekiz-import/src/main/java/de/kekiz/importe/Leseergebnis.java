package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;

/**
 * What a reader of a set-up file (GeoJSON, indicator definitions, table, workbook, HSDS) read: the
 * objects, or — if anything was wrong — the errors, each with file, line or sheet and row, and
 * column. A reader of these files is all or nothing: a file with an error gives no objects.
 * Immutable and thread-safe.
 *
 * @param datei the file, as the caller named it
 * @param objekte the objects in file order; empty if there are errors
 * @param fehler every error, in file order
 * @param <T> the kind of object
 */
public record Leseergebnis<T>(
    Path datei, ImmutableList<T> objekte, ImmutableList<Importfehler> fehler) {

  /**
   * Checks that a result with errors holds no objects.
   *
   * @param datei the file, as the caller named it
   * @param objekte the objects in file order; empty if there are errors
   * @param fehler every error, in file order
   * @throws IllegalArgumentException if it does
   */
  public Leseergebnis {
    requireNonNull(datei, "datei");
    objekte = ImmutableList.copyOf(objekte);
    fehler = ImmutableList.copyOf(fehler);
    if (!fehler.isEmpty() && !objekte.isEmpty()) {
      throw new IllegalArgumentException(
          "a Leseergebnis with errors holds no objects, got "
              + objekte.size()
              + " objects and "
              + fehler.size()
              + " errors");
    }
  }

  /**
   * The objects of a file without errors.
   *
   * @param datei the file, as the caller named it
   * @param objekte the objects in file order
   * @param <T> the kind of object
   * @return the result
   */
  public static <T> Leseergebnis<T> gut(Path datei, java.util.List<T> objekte) {
    return new Leseergebnis<>(datei, ImmutableList.copyOf(objekte), ImmutableList.of());
  }

  /**
   * The errors of a file: no objects.
   *
   * @param datei the file, as the caller named it
   * @param fehler every error, in file order
   * @param <T> the kind of object
   * @return the result
   */
  public static <T> Leseergebnis<T> fehlerhaft(Path datei, java.util.List<Importfehler> fehler) {
    return new Leseergebnis<>(datei, ImmutableList.of(), ImmutableList.copyOf(fehler));
  }

  /** {@return whether the file had no error} */
  public boolean fehlerfrei() {
    return fehler.isEmpty();
  }
}
