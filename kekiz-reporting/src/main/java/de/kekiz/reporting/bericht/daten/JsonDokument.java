package de.kekiz.reporting.bericht.daten;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What {@link BerichtJson} and {@link ProgrammberichtJson} share: the head fields and the part
 * merged into one object, written with visible escapes and a final line break, and read back field
 * by field with German messages that name the file.
 */
final class JsonDokument {

  private JsonDokument() {}

  /** A new document with its head: format, version, title, day made and data protection note. */
  static ObjectNode kopf(
      ObjectMapper mapper,
      String format,
      String formatversion,
      String titel,
      LocalDate erstelltAm,
      String datenschutzhinweis) {
    ObjectNode o = mapper.createObjectNode();
    o.put("format", format);
    o.put("formatversion", formatversion);
    o.put("titel", titel);
    o.put("erstelltAm", erstelltAm.toString());
    o.put("datenschutzhinweis", datenschutzhinweis);
    return o;
  }

  /** Copies the fields of {@code teil} (the value as a tree) into {@code o}, after its head. */
  static void uebernimm(ObjectMapper mapper, ObjectNode o, Object teil) {
    ObjectNode baum = mapper.valueToTree(teil);
    for (Map.Entry<String, JsonNode> e : baum.properties()) {
      o.set(e.getKey(), e.getValue());
    }
  }

  /** Writes {@code o} to {@code out} (not closed) and flushes it. */
  static void schreibe(ObjectMapper mapper, ObjectNode o, OutputStream out) throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(BerichtJson.SICHTBAR);
      mapper.writeTree(g, o);
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** Reads the top-level object of {@code datei} from {@code in}, as a copy one may change. */
  static ObjectNode wurzel(ObjectMapper mapper, InputStream in, String datei) throws IOException {
    JsonNode wurzel = mapper.readTree(in);
    if (wurzel == null || !wurzel.isObject()) {
      throw new IOException(datei + " braucht ein JSON-Objekt auf oberster Ebene");
    }
    return ((ObjectNode) wurzel).deepCopy();
  }

  /** The text field {@code feld} of {@code o}; a missing or non-text field fails. */
  static String text(ObjectNode o, String feld, String datei) throws IOException {
    JsonNode n = o.get(feld);
    if (n == null || !n.isTextual()) {
      throw new IOException(datei + " braucht das Textfeld '" + feld + "'");
    }
    return n.asText();
  }

  /** The date field {@code feld} of {@code o} (ISO, such as 2024-06-30). */
  static LocalDate datum(ObjectNode o, String feld, String datei) throws IOException {
    String t = text(o, feld, datei);
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IOException(
          datei + ": Feld '" + feld + "' braucht ein Datum wie 2024-06-30, gefunden '" + t + "'",
          e);
    }
  }
}
