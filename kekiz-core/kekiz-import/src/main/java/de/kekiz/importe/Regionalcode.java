package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Regionalschluessel;
import java.util.Optional;

/**
 * The attribute code of a GENESIS regional variable, classified by its form.
 *
 * <table>
 *   <caption>Regional codes in GENESIS exports</caption>
 *   <tr><th>code</th><th>{@link Ebene}</th><th>Kommune</th></tr>
 *   <tr><td>{@code DG}</td><td>BUND</td><td>none</td></tr>
 *   <tr><td>2 digits, {@code 05}</td><td>LAND</td><td>none</td></tr>
 *   <tr><td>3 digits, {@code 053}</td><td>REGIERUNGSBEZIRK</td><td>none</td></tr>
 *   <tr><td>5 digits, {@code 05978}</td><td>KREIS</td>
 *       <td>the Kreis or kreisfreie Stadt, AGS {@code 05978000}</td></tr>
 *   <tr><td>8 digits, {@code 05978036}</td><td>GEMEINDE</td><td>that AGS</td></tr>
 *   <tr><td>9 digits</td><td>GEMEINDEVERBAND</td><td>none (NRW has no Gemeindeverbände)</td></tr>
 *   <tr><td>12 digits, {@code 059780036036}</td><td>GEMEINDE</td>
 *       <td>the AGS of the ARS: {@code 05978036}</td></tr>
 * </table>
 *
 * <p>Note that an 8-digit code may stand in a Kreis-level table: the Stadt Aachen ({@code
 * 05334002}) is listed next to the Kreise in the {@code KREISE} variable. Immutable and
 * thread-safe.
 *
 * @param ebene the administrative level
 * @param code the code as read (digits, or {@code DG})
 */
public record Regionalcode(Ebene ebene, String code) {

  /** The administrative level a regional code names. */
  public enum Ebene {
    /** Germany, {@code DG}. */
    BUND,
    /** A Land, 2 digits. */
    LAND,
    /** A Regierungsbezirk, 3 digits. */
    REGIERUNGSBEZIRK,
    /** A Kreis or kreisfreie Stadt, 5 digits. */
    KREIS,
    /** A Gemeindeverband, 9 digits. */
    GEMEINDEVERBAND,
    /** A Gemeinde, 8 digits (AGS) or 12 digits (ARS). */
    GEMEINDE
  }

  /** The code GENESIS uses for Germany as a whole. */
  public static final String DEUTSCHLAND = "DG";

  /**
   * Checks that the code has the form its level needs.
   *
   * @param ebene the administrative level
   * @param code the code as read (digits, or {@code DG})
   * @throws IllegalArgumentException quoting the code if it does not
   */
  public Regionalcode {
    requireNonNull(ebene, "ebene");
    requireNonNull(code, "code");
    Ebene gelesen = ebeneVon(code);
    if (gelesen != ebene) {
      throw new IllegalArgumentException(
          "der Regionalcode '" + code + "' nennt die Ebene " + gelesen + ", nicht " + ebene);
    }
  }

  /**
   * Classifies a regional code; surrounding whitespace is ignored.
   *
   * @param text the code as GENESIS writes it
   * @return the code with its level
   * @throws IllegalArgumentException quoting the input if it is neither {@code DG} nor 2, 3, 5, 8,
   *     9 or 12 digits
   */
  public static Regionalcode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    return new Regionalcode(ebeneVon(s), s);
  }

  private static Ebene ebeneVon(String s) {
    if (s.equals(DEUTSCHLAND)) {
      return Ebene.BUND;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(ungueltig(s));
      }
    }
    switch (s.length()) {
      case 2:
        return Ebene.LAND;
      case 3:
        return Ebene.REGIERUNGSBEZIRK;
      case 5:
        return Ebene.KREIS;
      case 8:
      case 12:
        return Ebene.GEMEINDE;
      case 9:
        return Ebene.GEMEINDEVERBAND;
      default:
        throw new IllegalArgumentException(ungueltig(s));
    }
  }

  private static String ungueltig(String s) {
    return "ein Regionalcode braucht 'DG' oder 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 (AGS),"
        + " 9 (Gemeindeverband) oder 12 (ARS) Ziffern, nicht '"
        + s
        + "'";
  }

  /** {@return the Kreis a code of level KREIS or GEMEINDE lies in; empty for other levels} */
  public Optional<Kreisschluessel> kreis() {
    if (ebene == Ebene.KREIS || ebene == Ebene.GEMEINDE) {
      return Optional.of(new Kreisschluessel(code.substring(0, 5)));
    }
    return Optional.empty();
  }

  /**
   * The AGS of the Kommune the code names: for a Kreis its conventional key ({@code 05978} gives
   * {@code 05978000}), for a Gemeinde its AGS (a 12-digit ARS is converted). Empty for Bund, Land,
   * Regierungsbezirk and Gemeindeverband.
   *
   * @return the AGS, or empty
   */
  public Optional<Gemeindeschluessel> gemeindeschluessel() {
    switch (ebene) {
      case KREIS:
        return Optional.of(new Kreisschluessel(code).alsGemeindeschluessel());
      case GEMEINDE:
        return Optional.of(
            code.length() == 12
                ? new Regionalschluessel(code).toGemeindeschluessel()
                : new Gemeindeschluessel(code));
      default:
        return Optional.empty();
    }
  }

  /** The code as read. */
  @Override
  public String toString() {
    return code;
  }
}
