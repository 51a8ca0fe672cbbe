package de.kekiz.reporting.bericht.daten;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.json.KekizJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code bericht.json}: the whole Monitoringbericht as JSON, every domain object in the kekiz JSON
 * format of {@link KekizJacksonModule} (publication variant: suppressed Messwerte carry no
 * numbers), and {@link #lies(InputStream)} to read it back to an equal report.
 *
 * <p>The document, format {@value #FORMAT} version {@value #FORMATVERSION}:
 *
 * <pre>{@code
 * {
 *   "format": "kekiz-monitoringbericht", "formatversion": "1.0",
 *   "titel": "...", "stichtag": "2024-06-30", "erstelltAm": "2024-09-01",
 *   "kommune": {Kommune}, "gemeinden": [{Kommune}, ...],
 *   "leitbild": {Leitbild} or null, "kette": {Praeventionskette} or null,
 *   "indikatoren": [{Indikator}, ...], "messwerte": [{Messwert}, ...],
 *   "sozialindexIndikatoren": ["sgb2-quote-u15", ...], "datenschutzhinweis": "...",
 *   "trendperioden": 5, "ebene": "STADTTEIL" or null,
 *   "abschnitte": { "ziele": [...], "auswertungen": [...], "sozialindex": {...} or null,
 *                   "handlungsbedarf": [...], "luecken": {...} or null }
 * }
 * }</pre>
 *
 * <p>{@code abschnitte} holds the sections the report computed (goal status, one table per
 * indicator with rank, distance and trend, Sozialindex, ranking, gap analysis), each record with
 * its components as fields, for systems that want the results without computing them. They are a
 * function of the inputs: {@link #lies(InputStream)} ignores them and computes them again, so the
 * report read back equals the one written. Thread-safe.
 */
public final class BerichtJson implements Berichtsformat {

  /** The file name, {@code bericht.json}. */
  public static final String DATEINAME = "bericht.json";

  /** The value of the {@code format} field. */
  public static final String FORMAT = "kekiz-monitoringbericht";

  /** The version of the document format. */
  public static final String FORMATVERSION = "1.0";

  private static final Set<String> FELDER =
      Set.of("format", "formatversion", "titel", "stichtag", "erstelltAm", "kommune", "gemeinden",
          "leitbild", "kette", "indikatoren", "messwerte", "sozialindexIndikatoren",
          "datenschutzhinweis", "ebene", "trendperioden", "abschnitte");

  private final ObjectMapper mapper = KekizJacksonModule.objectMapper();

  /** Creates the format (also used by the service loader). */
  public BerichtJson() {}

  @Override
  public String dateiname() {
    return DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht b, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    requireNonNull(b, "b");
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("formatversion", FORMATVERSION);
      g.writeStringField("titel", b.titel());
      g.writeStringField("stichtag", b.stichtag().toString());
      g.writeStringField("erstelltAm", b.erstelltAm().toString());
      feld(g, "kommune", b.kommune());
      feld(g, "gemeinden", b.gemeinden());
      feld(g, "leitbild", b.leitbild().orElse(null));
      feld(g, "kette", b.kette().orElse(null));
      feld(g, "indikatoren", b.indikatoren());
      feld(g, "messwerte", b.messwerte());
      g.writeArrayFieldStart("sozialindexIndikatoren");
      for (IndikatorKey k : b.sozialindexIndikatoren()) {
        g.writeString(k.toString());
      }
      g.writeEndArray();
      g.writeStringField("datenschutzhinweis", b.datenschutzhinweis());
      g.writeNumberField("trendperioden", b.trendperioden());
      if (b.ebene().isPresent()) {
        g.writeStringField("ebene", b.ebene().get().name());
      } else {
        g.writeNullField("ebene");
      }
      g.writeObjectFieldStart("abschnitte");
      feld(g, "ziele", b.ziele());
      feld(g, "auswertungen", b.auswertungen());
      feld(g, "sozialindex", b.sozialindex().orElse(null));
      feld(g, "handlungsbedarf", b.handlungsbedarf());
      feld(g, "luecken", b.luecken().orElse(null));
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private void feld(JsonGenerator g, String name, @org.jspecify.annotations.Nullable Object wert) throws IOException {
    g.writeFieldName(name);
    if (wert == null) {
      g.writeNull();
    } else {
      mapper.writeValue(g, wert);
    }
  }

  /**
   * Reads a report written by {@link #schreibe}: the inputs, from which the sections are computed
   * again.
   *
   * @throws IOException if the input is not such a document (unknown or missing field, another
   *     format or a newer version) or a domain object is malformed or breaks a rule (the cause
   *     says which)
   */
  public Monitoringbericht lies(InputStream in) throws IOException {
    requireNonNull(in, "in");
    JsonNode wurzel = mapper.readTree(in);
    if (wurzel == null || !wurzel.isObject()) {
      throw new IOException("bericht.json needs a JSON object at the top");
    }
    ObjectNode o = (ObjectNode) wurzel;
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FELDER.contains(f)) {
        throw new IOException("bericht.json has an unknown field '" + f + "'");
      }
    }
    if (!FORMAT.equals(text(o, "format"))) {
      throw new IOException("bericht.json needs format '" + FORMAT + "', got '" + o.path("format").asText() + "'");
    }
    if (!FORMATVERSION.equals(text(o, "formatversion"))) {
      throw new IOException("bericht.json version " + FORMATVERSION + " is read, got '"
          + o.path("formatversion").asText() + "'");
    }
    try {
      Monitoringbericht.Builder b =
          Monitoringbericht.builder(wert(o, "kommune", Kommune.class), datum(o, "stichtag"))
              .titel(text(o, "titel"))
              .erstelltAm(datum(o, "erstelltAm"))
              .gemeinden(liste(o, "gemeinden", new TypeReference<List<Kommune>>() {}))
              .indikatoren(liste(o, "indikatoren", new TypeReference<List<Indikator>>() {}))
              .messwerte(liste(o, "messwerte", new TypeReference<List<Messwert>>() {}))
              .datenschutzhinweis(text(o, "datenschutzhinweis"));
      if (!o.path("leitbild").isNull() && !o.path("leitbild").isMissingNode()) {
        b.leitbild(wert(o, "leitbild", Leitbild.class));
      }
      if (!o.path("kette").isNull() && !o.path("kette").isMissingNode()) {
        b.kette(wert(o, "kette", Praeventionskette.class));
      }
      List<IndikatorKey> keys = new ArrayList<>();
      for (JsonNode k : o.path("sozialindexIndikatoren")) {
        keys.add(IndikatorKey.of(k.asText()));
      }
      b.sozialindexIndikatoren(keys);
      if (o.path("trendperioden").isInt()) {
        b.trendperioden(o.path("trendperioden").asInt());
      }
      JsonNode ebene = o.path("ebene");
      if (ebene.isTextual()) {
        b.ebene(Sozialraumebene.valueOf(ebene.asText()));
      }
      return b.build();
    } catch (RuntimeException e) {
      throw new IOException("bericht.json does not hold a valid report: " + e.getMessage(), e);
    }
  }

  private static String text(ObjectNode o, String feld) throws IOException {
    JsonNode n = o.get(feld);
    if (n == null || !n.isTextual()) {
      throw new IOException("bericht.json needs the text field '" + feld + "'");
    }
    return n.asText();
  }

  private static LocalDate datum(ObjectNode o, String feld) throws IOException {
    String t = text(o, feld);
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IOException("bericht.json field '" + feld + "' needs a date like 2024-06-30, got '" + t + "'", e);
    }
  }

  private <T> T wert(ObjectNode o, String feld, Class<T> typ) throws IOException {
    JsonNode n = o.get(feld);
    if (n == null || n.isNull()) {
      throw new IOException("bericht.json needs the field '" + feld + "'");
    }
    return mapper.treeToValue(n, typ);
  }

  private <T> List<T> liste(ObjectNode o, String feld, TypeReference<List<T>> typ) throws IOException {
    JsonNode n = o.get(feld);
    if (n == null || !n.isArray()) {
      throw new IOException("bericht.json needs the array field '" + feld + "'");
    }
    return mapper.readerFor(typ).readValue(n);
  }
}
