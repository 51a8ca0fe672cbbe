package de.kekiz.importe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reading a JSON file of a set-up, element by element, with limits and with the line and column of
 * every element, so that an error names its place: Jackson's streaming parser with duplicate keys
 * refused, nesting, number and text lengths bounded, and every failure of the parser (not JSON, not
 * UTF-8, cut off) an {@link UnlesbareDateiException} naming line and column.
 */
final class Jsondatei implements AutoCloseable {

  /** The largest JSON file read: 256 MiB. */
  static final long HOECHSTE_GROESSE = 256L << 20;

  /**
   * The mapper of every JSON reader and writer here: numbers kept exactly as written ({@code
   * BigDecimal}, written plain), duplicate keys refused, nesting, numbers and texts bounded.
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxNumberLength(60)
                          .maxStringLength(10_000_000)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private final Path datei;
  private final InputStream ein;
  private final JsonParser parser;

  private Jsondatei(Path datei, InputStream ein, JsonParser parser) {
    this.datei = datei;
    this.ein = ein;
    this.parser = parser;
  }

  /**
   * Opens {@code datei}.
   *
   * @throws UnlesbareDateiException if it is missing, too large or cannot be opened
   */
  static Jsondatei oeffne(Path datei) {
    try {
      long groesse = Files.size(datei);
      if (groesse > HOECHSTE_GROESSE) {
        throw new UnlesbareDateiException(
            datei,
            "sie ist "
                + groesse
                + " Bytes groß; eine JSON-Datei darf höchstens "
                + HOECHSTE_GROESSE
                + " Bytes haben");
      }
      InputStream ein = Files.newInputStream(datei);
      try {
        return new Jsondatei(datei, ein, MAPPER.getFactory().createParser(ein));
      } catch (IOException e) {
        ein.close();
        throw e;
      }
    } catch (NoSuchFileException e) {
      throw new UnlesbareDateiException(datei, "die Datei gibt es nicht", e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(datei, "die Datei lässt sich nicht öffnen: " + e, e);
    }
  }

  /** The next token. */
  @Nullable JsonToken naechstes() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw unlesbar(e);
    }
  }

  /** The name of the current field. */
  String feldname() {
    try {
      return String.valueOf(parser.currentName());
    } catch (IOException e) {
      throw unlesbar(e);
    }
  }

  /** Skips the value the parser stands on (with all it holds). */
  void ueberspringe() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw unlesbar(e);
    }
  }

  /** Reads the value the parser stands on as a tree. */
  JsonNode baum() {
    try {
      return MAPPER.readTree(parser);
    } catch (IOException e) {
      throw unlesbar(e);
    }
  }

  /** Where the current token starts. */
  JsonLocation ort() {
    return parser.currentTokenLocation();
  }

  /** The line of {@code ort}, from 1. */
  static long zeile(JsonLocation ort) {
    return Math.max(1, ort.getLineNr());
  }

  /** The column of {@code ort}, from 1. */
  static int spalte(JsonLocation ort) {
    return Math.max(1, ort.getColumnNr());
  }

  private UnlesbareDateiException unlesbar(IOException e) {
    if (e instanceof JsonProcessingException p && p.getLocation() != null) {
      JsonLocation o = p.getLocation();
      return new UnlesbareDateiException(
          datei,
          "Zeile "
              + zeile(o)
              + ", Spalte "
              + spalte(o)
              + ": kein gültiges JSON (die Meldung des Parsers zeigt --stacktrace)",
          e);
    }
    return new UnlesbareDateiException(
        datei, "sie lässt sich nicht lesen (" + e.getClass().getSimpleName() + ")", e);
  }

  /** {@code knoten} as text, if it is a text or a whole number; else {@code null}. */
  static @Nullable String text(@Nullable JsonNode knoten) {
    if (knoten == null || knoten.isNull() || knoten.isMissingNode()) {
      return null;
    }
    if (knoten.isTextual()) {
      return knoten.textValue();
    }
    if (knoten.isIntegralNumber()) {
      return knoten.bigIntegerValue().toString();
    }
    return null;
  }

  @Override
  public void close() {
    try {
      parser.close();
      ein.close();
    } catch (IOException e) {
      // reading is over: nothing was lost
    }
  }
}
