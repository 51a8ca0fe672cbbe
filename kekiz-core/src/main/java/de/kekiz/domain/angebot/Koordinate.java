package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import java.math.BigDecimal;

/**
 * A WGS 84 position (HSDS {@code location.latitude/longitude}), in decimal degrees.
 *
 * <p>Held without trailing zeros, so {@code 51.7630} equals {@code 51.763}. Text form {@code
 * 51.763,7.891} (latitude first); {@link #parse(CharSequence)} reads what {@link #toString()}
 * writes. Immutable and thread-safe.
 *
 * @param breite latitude, from -90 to 90
 * @param laenge longitude, from -180 to 180
 */
public record Koordinate(BigDecimal breite, BigDecimal laenge) {
  private static final BigDecimal NEUNZIG = BigDecimal.valueOf(90);
  private static final BigDecimal HUNDERTACHTZIG = BigDecimal.valueOf(180);

  /**
   * @param breite latitude in decimal degrees; stored without trailing zeros
   * @param laenge longitude in decimal degrees; stored without trailing zeros
   * @throws IllegalArgumentException if the latitude is outside -90 to 90 or the longitude outside
   *     -180 to 180
   */
  public Koordinate {
    requireNonNull(breite, "breite");
    requireNonNull(laenge, "laenge");
    if (breite.abs().compareTo(NEUNZIG) > 0) {
      throw new IllegalArgumentException(
          "Koordinate needs a latitude (breite) from -90 to 90, got " + breite.toPlainString());
    }
    if (laenge.abs().compareTo(HUNDERTACHTZIG) > 0) {
      throw new IllegalArgumentException(
          "Koordinate needs a longitude (laenge) from -180 to 180, got " + laenge.toPlainString());
    }
    breite = Pruefung.normalisiert(breite);
    laenge = Pruefung.normalisiert(laenge);
  }

  /**
   * The position {@code breite}, {@code laenge} given as decimal text.
   *
   * @param breite latitude as a decimal number with a point, from -90 to 90
   * @param laenge longitude as a decimal number with a point, from -180 to 180
   * @return the position
   * @throws IllegalArgumentException quoting the input if it is no number or out of range
   */
  public static Koordinate of(String breite, String laenge) {
    return parse(breite + "," + laenge);
  }

  /**
   * Reads {@code 51.763,7.891} (latitude, longitude).
   *
   * @param text the text form, as {@link #toString()} writes it; blanks around it are ignored
   * @return the position
   * @throws IllegalArgumentException quoting the input if it is not of that form or out of range
   */
  public static Koordinate parse(CharSequence text) {
    String s = text.toString().strip();
    int komma = s.indexOf(',');
    if (komma < 0) {
      throw new IllegalArgumentException(
          "Koordinate needs the form '<breite>,<laenge>' such as '51.763,7.891', got '" + s + "'");
    }
    try {
      return new Koordinate(
          new BigDecimal(s.substring(0, komma).strip()),
          new BigDecimal(s.substring(komma + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Koordinate needs two decimal numbers such as '51.763,7.891', got '" + s + "'", e);
    }
  }

  @Override
  public String toString() {
    return breite.toPlainString() + "," + laenge.toPlainString();
  }
}
