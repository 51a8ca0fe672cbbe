package de.kekiz.domain.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shared checks of single values of the domain packages {@code angebot} and {@code kette}. Not API:
 * the architecture rules keep it inside {@code de.kekiz.domain}.
 */
public final class Pruefung {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,60}");
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Pruefung() {}

  /** An id: 1 to 60 letters, digits, '.', '_' or '-' (as {@link de.kekiz.domain.AkteurId}). */
  public static String id(String wert, String was) {
    requireNonNull(wert, was);
    if (!ID.matcher(wert).matches()) {
      throw new IllegalArgumentException(
          was + " needs 1 to 60 letters, digits, '.', '_' or '-', got '" + wert + "'");
    }
    return wert;
  }

  /**
   * A key of a Lebensphase, Handlungsfeld, Übergang, Netzwerk or Arbeitsgemeinschaft: lower-case
   * letters, digits and '-', starting with a letter or digit, at most 60 characters (e.g. {@code
   * schwangerschaft-geburt}).
   */
  public static String key(String wert, String was) {
    requireNonNull(wert, was);
    if (!KEY.matcher(wert).matches()) {
      throw new IllegalArgumentException(
          was
              + " needs 1 to 60 lower-case letters, digits or '-' starting with a letter or"
              + " digit, got '"
              + wert
              + "'");
    }
    return wert;
  }

  /** A text that must not be blank. */
  public static String text(String wert, String was) {
    requireNonNull(wert, was);
    if (wert.isBlank()) {
      throw new IllegalArgumentException(was + " must not be blank, got '" + wert + "'");
    }
    return wert;
  }

  /** An optional text: absent, or not blank. */
  public static @Nullable String optionalText(@Nullable String wert, String was) {
    return wert == null ? null : text(wert, was);
  }

  /** An optional absolute http or https URL. */
  public static @Nullable String url(@Nullable String wert, String was) {
    if (wert == null) {
      return null;
    }
    try {
      URI uri = new URI(wert);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return wert;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        was
            + " needs an absolute http or https URL such as 'https://www.ahlen.de/', got '"
            + wert
            + "'");
  }

  /** An optional e-mail address of the form {@code name@domain.tld}. */
  public static @Nullable String email(@Nullable String wert, String was) {
    if (wert != null && !EMAIL.matcher(wert).matches()) {
      throw new IllegalArgumentException(
          was + " needs an e-mail address such as 'familienbuero@ahlen.de', got '" + wert + "'");
    }
    return wert;
  }

  /** Strips trailing zeros so that {@code 51.70} and {@code 51.7} are equal; keeps a scale ≥ 0. */
  public static BigDecimal normalisiert(BigDecimal wert) {
    BigDecimal s = wert.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
