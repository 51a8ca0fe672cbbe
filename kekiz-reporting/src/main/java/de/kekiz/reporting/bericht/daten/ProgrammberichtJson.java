package de.kekiz.reporting.bericht.daten;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.json.KekizJacksonModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The programme report as one JSON document, {@code programmbericht.json}, like {@code
 * bericht.json}: the fields {@code format} ({@value #FORMAT}), {@code formatversion} ({@value
 * #FORMATVERSION}), {@code titel}, {@code erstelltAm}, {@code datenschutzhinweis}, then every
 * component of {@link Programmveroeffentlichung} under its name ({@code auftrag}, {@code programm}
 * in the kekiz JSON format of a Förderprogramm, {@code reichweiten} with each reach's cells as
 * published — a suppressed cell has no number —, {@code haushalt}, {@code summeJeQuelle} with
 * {@code betrag} {@code null} where a share is unknown, {@code haushaltGesamt}, {@code reife},
 * {@code lernnetzwerkGespeichert}, {@code treffen} in the kekiz JSON format, {@code praxis} and
 * {@code namen}). Amounts are exact decimal strings, counts numbers. It is written for other tools
 * and not read back. Immutable and thread-safe.
 */
public final class ProgrammberichtJson {

  /** The file name, {@code programmbericht.json}. */
  public static final String DATEINAME = "programmbericht.json";

  /** The value of the {@code format} field. */
  public static final String FORMAT = "kekiz-programmbericht";

  /** The version of the document format. */
  public static final String FORMATVERSION = "1.0";

  private final ObjectMapper mapper = KekizJacksonModule.objectMapper();

  /** A writer. */
  public ProgrammberichtJson() {}

  /**
   * Writes {@code v} made on {@code erstelltAm} to {@code out} (UTF-8; not closed).
   *
   * @param v the programme report
   * @param erstelltAm the day the report is made
   * @param out where the document goes
   * @throws IOException if writing fails
   */
  public void schreibe(Programmveroeffentlichung v, LocalDate erstelltAm, OutputStream out)
      throws IOException {
    requireNonNull(v, "v");
    requireNonNull(erstelltAm, "erstelltAm");
    requireNonNull(out, "out");
    ObjectNode o = mapper.createObjectNode();
    o.put("format", FORMAT);
    o.put("formatversion", FORMATVERSION);
    o.put("titel", Programmveroeffentlichung.TITEL + " " + v.programm().programm().name());
    o.put("erstelltAm", erstelltAm.toString());
    o.put("datenschutzhinweis", Monitoringbericht.datenschutzhinweis(v.auftrag()));
    ObjectNode teil = mapper.valueToTree(v);
    for (Map.Entry<String, JsonNode> e : teil.properties()) {
      o.set(e.getKey(), e.getValue());
    }
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(BerichtJson.SICHTBAR);
      mapper.writeTree(g, o);
      g.writeRaw('\n');
    }
    out.flush();
  }
}
