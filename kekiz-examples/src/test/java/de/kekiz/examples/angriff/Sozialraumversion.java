package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a Sozialraum as {@code bericht.json} describes it.
 *
 * @param raum the area, {@code 05315000:101@1}
 * @param name the name
 * @param ebene the level, e.g. {@code STADTTEIL}
 * @param uebergeordnet the code of the parent Sozialraum (any of its versions), {@code null} for
 *     one at the top
 * @param von the first day of validity
 * @param bis the last day of validity, {@code null} if open
 */
record Sozialraumversion(
    Raum raum,
    String name,
    String ebene,
    @Nullable String uebergeordnet,
    LocalDate von,
    @Nullable LocalDate bis) {

  Sozialraumversion {
    requireNonNull(raum, "raum");
    requireNonNull(name, "name");
    requireNonNull(ebene, "ebene");
    requireNonNull(von, "von");
    if (raum.istKommune()) {
      throw new IllegalArgumentException("a Sozialraum version needs a code, got " + raum);
    }
    if (bis != null && bis.isBefore(von)) {
      throw new IllegalArgumentException(
          "validity of " + raum + " ends (" + bis + ") before it begins (" + von + ")");
    }
  }

  /** The Sozialraum's code. */
  String code() {
    return requireNonNull(raum.code());
  }

  /** Whether this version is valid on {@code tag}. */
  boolean giltAm(LocalDate tag) {
    return !tag.isBefore(von) && (bis == null || !tag.isAfter(bis));
  }
}
