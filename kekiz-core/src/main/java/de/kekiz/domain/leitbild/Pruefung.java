package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Shared checks of single values in this package. */
final class Pruefung {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

  private Pruefung() {}

  /** A key of a Leitziel or Handlungsziel: 1 to 60 letters, digits, '.', '_' or '-'. */
  static String key(String wert, String was) {
    requireNonNull(wert, was);
    if (!KEY.matcher(wert).matches()) {
      throw new IllegalArgumentException(
          was
              + " needs 1 to 60 letters, digits, '.', '_' or '-' starting with a letter or digit,"
              + " got '"
              + wert
              + "'");
    }
    return wert;
  }

  /** A text that must not be blank. */
  static String text(String wert, String was) {
    requireNonNull(wert, was);
    if (wert.isBlank()) {
      throw new IllegalArgumentException(was + " must not be blank, got '" + wert + "'");
    }
    return wert;
  }

  /** An optional text: absent, or not blank. */
  static @Nullable String optionalText(@Nullable String wert, String was) {
    return wert == null ? null : text(wert, was);
  }

  /** Strips trailing zeros so that {@code 5.0} and {@code 5} are equal; keeps a scale ≥ 0. */
  static BigDecimal normalisiert(BigDecimal wert) {
    BigDecimal s = wert.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
