package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSetMultimap;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Aufschluesselung;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown codes an import accepts, per dimension: the defined lists, extended by the codes a
 * Kommune names ({@link #mit}).
 *
 * <ul>
 *   <li>{@value Aufschluesselung#GESCHLECHT}: {@code m}, {@code w}, {@code d};
 *   <li>{@value Aufschluesselung#ALTERSGRUPPE}: an age group as {@link Altersspanne} writes it
 *       ({@code 0-2}, {@code 80+});
 *   <li>any other dimension: a code as statistical offices write them — a letter or digit, then up
 *       to 39 letters, digits, {@code _}, {@code .}, {@code +} or {@code -} ({@code NATA}, {@code
 *       ALT015}, {@code p34}).
 * </ul>
 *
 * <p>A code added with {@link #mit} is accepted for its dimension as it is, unless it holds a
 * control or formatting character or starts with a character that a spreadsheet reads as a formula
 * ({@code = + - @}). So no code can carry text that steers a terminal or a spreadsheet. Immutable
 * and thread-safe.
 */
public final class Codeliste {

  private static final Pattern ALLGEMEIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+\\-]{0,39}");
  private static final Codeliste STANDARD = new Codeliste(ImmutableSetMultimap.of());

  private final ImmutableSetMultimap<String, String> zusaetzlich;

  private Codeliste(ImmutableSetMultimap<String, String> zusaetzlich) {
    this.zusaetzlich = zusaetzlich;
  }

  /** {@return the defined lists, without additions} */
  public static Codeliste standard() {
    return STANDARD;
  }

  /**
   * This list with {@code code} accepted for {@code dimension}.
   *
   * @param dimension the dimension, e.g. {@value Aufschluesselung#GESCHLECHT}
   * @param code the code to accept
   * @return a list like this one that also accepts the code
   * @throws IllegalArgumentException if the code is no valid breakdown code, holds a control or
   *     formatting character, or starts with {@code = + - @}
   */
  public Codeliste mit(String dimension, String code) {
    requireNonNull(dimension, "dimension");
    requireNonNull(code, "code");
    Aufschluesselung.of(dimension, code); // checks the form
    if (Anzeigetext.enthaeltSteuerzeichen(code) || "=+-@".indexOf(code.charAt(0)) >= 0) {
      throw new IllegalArgumentException(
          "ein Code darf kein Steuerzeichen enthalten und nicht mit = + - @ beginnen, nicht '"
              + Anzeigetext.sichtbar(code)
              + "'");
    }
    return new Codeliste(
        ImmutableSetMultimap.<String, String>builder()
            .putAll(zusaetzlich)
            .put(dimension, code)
            .build());
  }

  /**
   * Why {@code a} holds a code not in the list.
   *
   * @param a the breakdown of a value
   * @return the reason in German, or {@code null} if every code is in the list
   */
  public @Nullable String pruefe(Aufschluesselung a) {
    requireNonNull(a, "a");
    for (Map.Entry<String, String> e : a.codes().entrySet()) {
      String grund = pruefe(e.getKey(), e.getValue());
      if (grund != null) {
        return grund;
      }
    }
    return null;
  }

  private @Nullable String pruefe(String dimension, String code) {
    if (zusaetzlich.containsEntry(dimension, code)) {
      return null;
    }
    switch (dimension) {
      case Aufschluesselung.GESCHLECHT:
        return code.equals("m") || code.equals("w") || code.equals("d")
            ? null
            : "unbekannter Code '"
                + Anzeigetext.sichtbar(code)
                + "' für geschlecht: erwartet"
                + " m, w oder d";
      case Aufschluesselung.ALTERSGRUPPE:
        try {
          Altersspanne.parse(code);
          return null;
        } catch (IllegalArgumentException e) {
          return "unbekannter Code '"
              + Anzeigetext.sichtbar(code)
              + "' für alter: erwartet eine"
              + " Altersgruppe wie 0-2 oder 80+";
        }
      default:
        return ALLGEMEIN.matcher(code).matches()
            ? null
            : "unbekannter Code '"
                + Anzeigetext.sichtbar(code)
                + "' für "
                + dimension
                + ": erwartet Buchstaben, Ziffern, _ . + - (bis 40 Zeichen, am Anfang ein"
                + " Buchstabe oder eine Ziffer) oder einen mit --code DIMENSION=CODE"
                + " hinzugefügten Code";
    }
  }
}
