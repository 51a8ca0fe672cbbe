package de.kekiz.reporting.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSortedMap;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.indikator.Aufschluesselung;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object being read, with its path for error messages ({@code $.sozialraeume[2]}).
 *
 * <p>Every field read is remembered; {@link #lies(Function)} reports a field that was never read as
 * unknown when reading is strict, so a misspelt field name is not silently ignored. Malformed
 * values and broken domain rules are reported as {@link JsonFormatFehler} naming the path.
 */
final class Knoten {

  private final JsonNode node;
  private final String pfad;
  private final boolean streng;
  private final Set<String> gelesen = new HashSet<>();

  private Knoten(JsonNode node, String pfad, boolean streng) {
    this.node = node;
    this.pfad = pfad;
    this.streng = streng;
  }

  /**
   * Reads the root {@code node} with {@code leser}.
   *
   * @param streng whether a field that {@code leser} does not read is an error
   */
  static <T> T wurzel(JsonNode node, boolean streng, Function<Knoten, T> leser) {
    requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new JsonFormatFehler("$", "needs a JSON object, got " + art(node));
    }
    return new Knoten(node, "$", streng).lies(leser);
  }

  /** Reads this object with {@code leser}, wrapping domain exceptions with the path. */
  <T> T lies(Function<Knoten, T> leser) {
    T ergebnis;
    try {
      ergebnis = leser.apply(this);
    } catch (JsonFormatFehler e) {
      throw e;
    } catch (IllegalArgumentException | KekizException e) {
      throw new JsonFormatFehler(pfad, String.valueOf(e.getMessage()), e);
    }
    if (streng) {
      Iterator<String> namen = node.fieldNames();
      while (namen.hasNext()) {
        String name = namen.next();
        if (!gelesen.contains(name)) {
          throw new JsonFormatFehler(pfad, "unknown field '" + name + "'");
        }
      }
    }
    return ergebnis;
  }

  /** The path of this object, e.g. {@code $.standorte[0]}. */
  String pfad() {
    return pfad;
  }

  private @Nullable JsonNode feld(String name) {
    gelesen.add(name);
    JsonNode wert = node.get(name);
    return wert == null || wert.isNull() ? null : wert;
  }

  private JsonNode pflicht(String name) {
    JsonNode wert = feld(name);
    if (wert == null) {
      throw new JsonFormatFehler(pfad + "." + name, "is required but missing");
    }
    return wert;
  }

  /** A required string. */
  String text(String name) {
    JsonNode wert = pflicht(name);
    if (!wert.isTextual()) {
      throw new JsonFormatFehler(pfad + "." + name, "needs a string, got " + art(wert));
    }
    return wert.textValue();
  }

  /** An optional string: {@code null} if absent or JSON null. */
  @Nullable String textOderNull(String name) {
    return feld(name) == null ? null : text(name);
  }

  /** A required string turned into a value by {@code parser} (e.g. {@code Periode::parse}). */
  <T> T wert(String name, Function<String, T> parser) {
    String text = text(name);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | KekizException e) {
      throw new JsonFormatFehler(pfad + "." + name, String.valueOf(e.getMessage()), e);
    }
  }

  /** An optional string turned into a value by {@code parser}; {@code null} if absent. */
  <T> @Nullable T wertOderNull(String name, Function<String, T> parser) {
    return feld(name) == null ? null : wert(name, parser);
  }

  /** A required enum constant, written by its name. */
  <E extends Enum<E>> E konstante(String name, Class<E> art) {
    String text = text(name);
    for (E e : art.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    List<String> erlaubt = new ArrayList<>();
    for (E e : art.getEnumConstants()) {
      erlaubt.add(e.name());
    }
    throw new JsonFormatFehler(
        pfad + "." + name, "needs one of " + erlaubt + ", got '" + text + "'");
  }

  /** A required whole number that fits an {@code int}. */
  int ganzzahl(String name) {
    long wert = langzahl(name);
    if (wert < Integer.MIN_VALUE || wert > Integer.MAX_VALUE) {
      throw new JsonFormatFehler(pfad + "." + name, "is out of range: " + wert);
    }
    return (int) wert;
  }

  /** An optional whole number that fits an {@code int}; {@code null} if absent. */
  @Nullable Integer ganzzahlOderNull(String name) {
    return feld(name) == null ? null : ganzzahl(name);
  }

  /** An optional whole number that fits a {@code long}; {@code null} if absent. */
  @Nullable Long langzahlOderNull(String name) {
    return feld(name) == null ? null : langzahl(name);
  }

  /** A required whole number that fits a {@code long}. */
  long langzahl(String name) {
    JsonNode wert = pflicht(name);
    if (!wert.isIntegralNumber() || !wert.canConvertToLong()) {
      throw new JsonFormatFehler(
          pfad + "." + name, "needs a whole number, got " + art(wert) + " " + wert);
    }
    return wert.longValue();
  }

  /** A required {@code true} or {@code false}. */
  boolean wahrheitswert(String name) {
    JsonNode wert = pflicht(name);
    if (!wert.isBoolean()) {
      throw new JsonFormatFehler(pfad + "." + name, "needs true or false, got " + art(wert));
    }
    return wert.booleanValue();
  }

  /** An optional {@code true} or {@code false}; {@code fehlt} if absent. */
  boolean wahrheitswert(String name, boolean fehlt) {
    return feld(name) == null ? fehlt : wahrheitswert(name);
  }

  /**
   * A required decimal number. The format writes decimals as strings in plain notation ({@code
   * "29958.39"}) so that no reader rounds them; a JSON number is accepted only where it is exact (a
   * whole number, or a decimal the parser kept as {@link BigDecimal}).
   */
  BigDecimal dezimal(String name) {
    JsonNode wert = pflicht(name);
    String ort = pfad + "." + name;
    if (wert.isTextual()) {
      String text = wert.textValue();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new JsonFormatFehler(
            ort, "needs a decimal number such as \"12.5\", got '" + text + "'", e);
      }
    }
    if (wert.isIntegralNumber()) {
      BigInteger ganz = wert.bigIntegerValue();
      return new BigDecimal(ganz);
    }
    if (wert.isBigDecimal()) {
      return wert.decimalValue();
    }
    throw new JsonFormatFehler(
        ort,
        "needs a decimal number written as a string such as \"12.5\" (a JSON floating-point"
            + " number may have been rounded), got "
            + art(wert)
            + " "
            + wert);
  }

  /** An optional decimal number; {@code null} if absent. */
  @Nullable BigDecimal dezimalOderNull(String name) {
    return feld(name) == null ? null : dezimal(name);
  }

  /** A required nested object read by {@code leser}. */
  <T> T objekt(String name, Function<Knoten, T> leser) {
    JsonNode wert = pflicht(name);
    return kind(wert, pfad + "." + name).lies(leser);
  }

  /** An optional nested object read by {@code leser}; {@code null} if absent. */
  <T> @Nullable T objektOderNull(String name, Function<Knoten, T> leser) {
    return feld(name) == null ? null : objekt(name, leser);
  }

  /** An array of objects, each read by {@code leser}; an absent array is empty. */
  <T> List<T> objekte(String name, Function<Knoten, T> leser) {
    List<T> liste = new ArrayList<>();
    int i = 0;
    for (JsonNode element : array(name)) {
      liste.add(kind(element, pfad + "." + name + "[" + i + "]").lies(leser));
      i++;
    }
    return liste;
  }

  /** An array of strings, each turned into a value by {@code parser}; absent means empty. */
  <T> List<T> werte(String name, Function<String, T> parser) {
    List<T> liste = new ArrayList<>();
    int i = 0;
    for (JsonNode element : array(name)) {
      String ort = pfad + "." + name + "[" + i + "]";
      if (!element.isTextual()) {
        throw new JsonFormatFehler(ort, "needs a string, got " + art(element));
      }
      try {
        liste.add(parser.apply(element.textValue()));
      } catch (IllegalArgumentException | KekizException e) {
        throw new JsonFormatFehler(ort, String.valueOf(e.getMessage()), e);
      }
      i++;
    }
    return liste;
  }

  /** An array of enum constants written by their names; absent means empty. */
  <E extends Enum<E>> List<E> konstanten(String name, Class<E> art) {
    return werte(
        name,
        text -> {
          for (E e : art.getEnumConstants()) {
            if (e.name().equals(text)) {
              return e;
            }
          }
          throw new IllegalArgumentException(
              art.getSimpleName() + " needs a constant name, got '" + text + "'");
        });
  }

  /**
   * This object as a breakdown: every field is a dimension, its string value the code.
   *
   * @throws JsonFormatFehler if a value is not a string or the breakdown is malformed
   */
  Aufschluesselung alsAufschluesselung() {
    ImmutableSortedMap.Builder<String, String> codes = ImmutableSortedMap.naturalOrder();
    Iterator<String> namen = node.fieldNames();
    while (namen.hasNext()) {
      String dimension = namen.next();
      gelesen.add(dimension);
      JsonNode code = node.get(dimension);
      if (!code.isTextual()) {
        throw new JsonFormatFehler(pfad + "." + dimension, "needs a string, got " + art(code));
      }
      codes.put(dimension, code.textValue());
    }
    return Aufschluesselung.of(codes.buildOrThrow());
  }

  private Iterable<JsonNode> array(String name) {
    JsonNode wert = feld(name);
    if (wert == null) {
      return List.of();
    }
    if (!wert.isArray()) {
      throw new JsonFormatFehler(pfad + "." + name, "needs a JSON array, got " + art(wert));
    }
    return wert;
  }

  private Knoten kind(JsonNode wert, String ort) {
    if (!wert.isObject()) {
      throw new JsonFormatFehler(ort, "needs a JSON object, got " + art(wert));
    }
    return new Knoten(wert, ort, streng);
  }

  private static String art(JsonNode wert) {
    return wert.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
