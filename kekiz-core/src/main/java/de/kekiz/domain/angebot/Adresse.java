package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;

/**
 * A German postal address of a Standort (HSDS {@code address}: {@code address_1}, {@code
 * postal_code}, {@code city}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param strasse street and house number, e.g. {@code Südstraße 41}
 * @param postleitzahl the 5-digit Postleitzahl
 * @param ort the town, e.g. {@code Ahlen}
 */
public record Adresse(String strasse, String postleitzahl, String ort) {

  /**
   * @param strasse street and house number, not blank
   * @param postleitzahl the Postleitzahl, exactly 5 digits
   * @param ort the town, not blank
   * @throws IllegalArgumentException if a text is blank or the Postleitzahl is not 5 digits
   */
  public Adresse {
    Pruefung.text(strasse, "Adresse strasse");
    requireNonNull(postleitzahl, "postleitzahl");
    boolean fuenfZiffern = postleitzahl.length() == 5;
    for (int i = 0; fuenfZiffern && i < 5; i++) {
      char c = postleitzahl.charAt(i);
      fuenfZiffern = c >= '0' && c <= '9';
    }
    if (!fuenfZiffern) {
      throw new IllegalArgumentException("Postleitzahl needs 5 digits, got '" + postleitzahl + "'");
    }
    Pruefung.text(ort, "Adresse ort");
  }

  /**
   * Same as the constructor.
   *
   * @param strasse street and house number, not blank
   * @param postleitzahl the Postleitzahl, exactly 5 digits
   * @param ort the town, not blank
   * @return the address
   * @throws IllegalArgumentException if a text is blank or the Postleitzahl is not 5 digits
   */
  public static Adresse of(String strasse, String postleitzahl, String ort) {
    return new Adresse(strasse, postleitzahl, ort);
  }

  /** {@return the address on one line, e.g. {@code Südstraße 41, 59227 Ahlen}} */
  public String einzeilig() {
    return strasse + ", " + postleitzahl + " " + ort;
  }
}
