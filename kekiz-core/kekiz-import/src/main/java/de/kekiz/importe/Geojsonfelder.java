package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Sozialraumebene;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which properties of a GeoJSON feature say what about its Sozialraum, and what holds where a
 * feature says nothing. Start from {@link #standard()} and change what differs; e.g. the
 * OpenStreetMap boundaries of Köln name the key {@code ref}: {@code
 * Geojsonfelder.standard().withSchluessel("ref")}. Immutable and thread-safe.
 *
 * @param schluessel the property with the key within the Kommune (required in every feature)
 * @param name the property with the name (required)
 * @param uebergeordnet the property with the parent's key (optional)
 * @param ebene the property with the level (optional if {@code ebeneVorgabe} is given)
 * @param ab the property with the first valid day, {@code YYYY-MM-DD} (optional if {@code
 *     abVorgabe} is given)
 * @param bis the property with the last valid day (optional: open end)
 * @param ebeneVorgabe the level of a feature without one, or {@code null}
 * @param abVorgabe the first valid day of a feature without one, or {@code null}
 * @param elternpraefix if above 0: the parent's key is the first this many characters of the key,
 *     for features without a parent property (Köln: Stadtteil {@code 404} lies in Stadtbezirk
 *     {@code 4})
 */
public record Geojsonfelder(
    String schluessel,
    String name,
    String uebergeordnet,
    String ebene,
    String ab,
    String bis,
    @Nullable Sozialraumebene ebeneVorgabe,
    @Nullable LocalDate abVorgabe,
    int elternpraefix) {

  /**
   * Checks the names.
   *
   * @param schluessel the property with the key within the Kommune (required in every feature)
   * @param name the property with the name (required)
   * @param uebergeordnet the property with the parent's key (optional)
   * @param ebene the property with the level (optional if {@code ebeneVorgabe} is given)
   * @param ab the property with the first valid day, {@code YYYY-MM-DD} (optional if {@code
   *     abVorgabe} is given)
   * @param bis the property with the last valid day (optional: open end)
   * @param ebeneVorgabe the level of a feature without one, or {@code null}
   * @param abVorgabe the first valid day of a feature without one, or {@code null}
   * @param elternpraefix if above 0: the parent's key is the first this many characters of the key,
   *     for features without a parent property (Köln: Stadtteil {@code 404} lies in Stadtbezirk
   *     {@code 4})
   * @throws IllegalArgumentException if a name is blank or the prefix negative
   */
  public Geojsonfelder {
    for (String f : new String[] {schluessel, name, uebergeordnet, ebene, ab, bis}) {
      requireNonNull(f, "feld");
      if (f.isBlank()) {
        throw new IllegalArgumentException("ein Eigenschaftsname darf nicht leer sein");
      }
    }
    if (elternpraefix < 0) {
      throw new IllegalArgumentException(
          "das Elternpräfix braucht eine Zahl ab 0, nicht " + elternpraefix);
    }
  }

  /**
   * The properties {@code schluessel}, {@code name}, {@code uebergeordnet}, {@code ebene}, {@code
   * gueltig_ab}, {@code gueltig_bis}; no defaults.
   *
   * @return the standard property names
   */
  public static Geojsonfelder standard() {
    return new Geojsonfelder(
        "schluessel", "name", "uebergeordnet", "ebene", "gueltig_ab", "gueltig_bis", null, null, 0);
  }

  /**
   * These properties with the key in {@code feld}.
   *
   * @param feld the name of the property
   * @return properties like these with that name
   */
  public Geojsonfelder withSchluessel(String feld) {
    return new Geojsonfelder(
        feld, name, uebergeordnet, ebene, ab, bis, ebeneVorgabe, abVorgabe, elternpraefix);
  }

  /**
   * These properties with the name in {@code feld}.
   *
   * @param feld the name of the property
   * @return properties like these with that name
   */
  public Geojsonfelder withName(String feld) {
    return new Geojsonfelder(
        schluessel, feld, uebergeordnet, ebene, ab, bis, ebeneVorgabe, abVorgabe, elternpraefix);
  }

  /**
   * These properties with the parent's key in {@code feld}.
   *
   * @param feld the name of the property
   * @return properties like these with that name
   */
  public Geojsonfelder withUebergeordnet(String feld) {
    return new Geojsonfelder(
        schluessel, name, feld, ebene, ab, bis, ebeneVorgabe, abVorgabe, elternpraefix);
  }

  /**
   * These properties with {@code ebene} for features that name no level.
   *
   * @param ebene the level, or {@code null} for no default
   * @return properties like these with that default
   */
  public Geojsonfelder withEbene(@Nullable Sozialraumebene ebene) {
    return new Geojsonfelder(
        schluessel, name, uebergeordnet, this.ebene, ab, bis, ebene, abVorgabe, elternpraefix);
  }

  /**
   * These properties with {@code ab} as first valid day of features that name none.
   *
   * @param ab the first valid day, or {@code null} for no default
   * @return properties like these with that default
   */
  public Geojsonfelder withAb(@Nullable LocalDate ab) {
    return new Geojsonfelder(
        schluessel, name, uebergeordnet, ebene, this.ab, bis, ebeneVorgabe, ab, elternpraefix);
  }

  /**
   * These properties with the parent's key the first {@code zeichen} characters of the key.
   *
   * @param zeichen how many characters of the key name the parent
   * @return properties like these with that prefix
   */
  public Geojsonfelder withElternpraefix(int zeichen) {
    return new Geojsonfelder(
        schluessel, name, uebergeordnet, ebene, ab, bis, ebeneVorgabe, abVorgabe, zeichen);
  }

  /**
   * A date as a set-up file or the command line writes it: {@code YYYY-MM-DD} or {@code
   * DD.MM.YYYY}.
   *
   * @param text the date as written
   * @return the date
   * @throws IllegalArgumentException quoting the text if it is neither
   */
  public static LocalDate tag(String text) {
    String s = text.strip();
    try {
      if (s.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
        return LocalDate.of(
            Integer.parseInt(s.substring(6)),
            Integer.parseInt(s.substring(3, 5)),
            Integer.parseInt(s.substring(0, 2)));
      }
      return LocalDate.parse(s);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "erwartet ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT, nicht '"
              + Anzeigetext.sichtbar(text)
              + "'",
          e);
    }
  }
}
