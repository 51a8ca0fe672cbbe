package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Sozialraumebene;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One Sozialraum as a set-up file describes it (a GeoJSON feature): its key within the Kommune,
 * name, level, parent, the days its boundary is valid, and its boundary. {@link Gebietsstaende}
 * turns such descriptions into Sozialraum versions of a Kommune. Immutable and thread-safe.
 *
 * @param schluessel the key within the Kommune, e.g. {@code 404} (the code of its {@link
 *     de.kekiz.domain.kommune.SozialraumId})
 * @param name the name
 * @param ebene the level
 * @param uebergeordnet the key of the parent Sozialraum, or {@code null} for a top-level one
 * @param ab the first day the boundary is valid
 * @param bis the last day, or {@code null} for an open end
 * @param geometrie the boundary as a GeoJSON geometry object, or {@code null} if the file has none
 * @param zeile the line where the description starts in its file, from 1
 * @param spalte the column where it starts, from 1
 */
public record Sozialraumangabe(
    String schluessel,
    String name,
    Sozialraumebene ebene,
    @Nullable String uebergeordnet,
    LocalDate ab,
    @Nullable LocalDate bis,
    @Nullable String geometrie,
    long zeile,
    int spalte) {

  /**
   * Checks that nothing required is missing.
   *
   * @param schluessel the key within the Kommune, e.g. {@code 404} (the code of its {@link
   *     de.kekiz.domain.kommune.SozialraumId})
   * @param name the name
   * @param ebene the level
   * @param uebergeordnet the key of the parent Sozialraum, or {@code null} for a top-level one
   * @param ab the first day the boundary is valid
   * @param bis the last day, or {@code null} for an open end
   * @param geometrie the boundary as a GeoJSON geometry object, or {@code null} if the file has
   *     none
   * @param zeile the line where the description starts in its file, from 1
   * @param spalte the column where it starts, from 1
   */
  public Sozialraumangabe {
    requireNonNull(schluessel, "schluessel");
    requireNonNull(name, "name");
    requireNonNull(ebene, "ebene");
    requireNonNull(ab, "ab");
  }

  /** Whether {@code s} describes the same boundary: name, level, parent and geometry. */
  boolean gleicheGrenzen(de.kekiz.domain.kommune.Sozialraum s) {
    return s.name().equals(name)
        && s.ebene() == ebene
        && java.util.Objects.equals(
            s.uebergeordnet() == null ? null : s.uebergeordnet().code(), uebergeordnet)
        && java.util.Objects.equals(s.geometrie(), geometrie);
  }
}
