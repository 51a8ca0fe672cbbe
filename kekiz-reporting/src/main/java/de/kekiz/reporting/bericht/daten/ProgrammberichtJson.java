package de.kekiz.reporting.bericht.daten;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.json.KekizJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * The programme report as one JSON document, {@code programmbericht.json}, like {@code
 * bericht.json}: the fields {@code format} ({@value #FORMAT}), {@code formatversion} ({@value
 * #FORMATVERSION}), {@code titel}, {@code erstelltAm}, {@code datenschutzhinweis}, then every
 * component of {@link Programmveroeffentlichung} under its name ({@code auftrag}, {@code programm}
 * in the kekiz JSON format of a Förderprogramm, {@code reichweiten} with each reach's cells as
 * published — a suppressed cell has no number —, {@code haushalt}, {@code summeJeQuelle} with
 * {@code betrag} {@code null} where a share is unknown, {@code haushaltGesamt}, {@code reife},
 * {@code lernnetzwerkGespeichert}, {@code treffen} in the kekiz JSON format, {@code praxis} and
 * {@code namen}). Amounts are exact decimal strings, counts numbers. {@link #lies(InputStream)}
 * reads it back to an equal programme report; {@code titel} and {@code datenschutzhinweis} are
 * derived from it and only checked to be texts. Reading takes every figure as it stands: nothing is
 * computed again. Immutable and thread-safe.
 *
 * <p>JSON Schema: the definition {@code Programmbericht} of {@code kekiz.schema.json} (draft
 * 2020-12, the resource {@code de/kekiz/reporting/json/kekiz.schema.json}, described in {@code
 * FORMAT.md} beside it), i.e. {@code kekiz.schema.json#/$defs/Programmbericht}: every field
 * required, {@code null} only where the record component is nullable, the records inside with a
 * definition each. An order with the Cell-Key-Verfahren is written with the method's public
 * parameters as {@code auftrag.cellKey} ({@code {"maximaleAbweichung": 4, "varianz": 2,
 * "sperrbereich": 2}}), never with its secret; such a report cannot be read back (the order needs
 * the secret), and {@link #lies} says so.
 */
public final class ProgrammberichtJson {

  /** The file name, {@code programmbericht.json}. */
  public static final String DATEINAME = "programmbericht.json";

  /** The value of the {@code format} field. */
  public static final String FORMAT = "kekiz-programmbericht";

  /** The version of the document format. */
  public static final String FORMATVERSION = "1.0";

  private static final Set<String> DARSTELLUNG =
      Set.of("format", "formatversion", "titel", "erstelltAm", "datenschutzhinweis");

  // numbers stay BigDecimal, exactly as written (no double, no stripped zeros) in the tree model;
  // a Cell-Key-Verfahren is written as its public parameters, never with its secret
  private final ObjectMapper mapper =
      KekizJacksonModule.objectMapper()
          .copy()
          .registerModule(
              new SimpleModule("kekiz-programmbericht")
                  .addSerializer(
                      CellKeyVerfahren.class,
                      new StdSerializer<>(CellKeyVerfahren.class) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public void serialize(
                            CellKeyVerfahren c, JsonGenerator g, SerializerProvider p)
                            throws IOException {
                          g.writeObject(c.parameter());
                        }
                      }))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /**
   * A programme report as read from {@code programmbericht.json}.
   *
   * @param bericht the programme report as the core computed and protected it
   * @param erstelltAm the day the report was made
   */
  public record Gelesen(Programmveroeffentlichung bericht, LocalDate erstelltAm) {
    /**
     * Creates the value.
     *
     * @param bericht the programme report as the core computed and protected it
     * @param erstelltAm the day the report was made
     */
    public Gelesen {
      requireNonNull(bericht, "bericht");
      requireNonNull(erstelltAm, "erstelltAm");
    }
  }

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
    ObjectNode o =
        JsonDokument.kopf(
            mapper,
            FORMAT,
            FORMATVERSION,
            Programmveroeffentlichung.TITEL + " " + v.programm().programm().name(),
            erstelltAm,
            Monitoringbericht.datenschutzhinweis(v.auftrag()));
    JsonDokument.uebernimm(mapper, o, v);
    JsonDokument.schreibe(mapper, o, out);
  }

  /**
   * Reads a programme report written by {@link #schreibe}.
   *
   * @param in the JSON document, UTF-8; not closed
   * @return the programme report and the day it was made, as written
   * @throws IOException if the input is not such a document (missing field, another format or a
   *     newer version) or a part is malformed or breaks a rule; the German message names the file,
   *     the field, the value found there and what was expected
   */
  public Gelesen lies(InputStream in) throws IOException {
    requireNonNull(in, "in");
    ObjectNode o = JsonDokument.wurzel(mapper, in, DATEINAME);
    if (!FORMAT.equals(text(o, "format"))) {
      throw new IOException(
          DATEINAME
              + ": Feld 'format' braucht den Wert '"
              + FORMAT
              + "', gefunden '"
              + o.path("format").asText()
              + "'");
    }
    if (!FORMATVERSION.equals(text(o, "formatversion"))) {
      throw new IOException(
          DATEINAME
              + ": Feld 'formatversion' – gelesen wird Version "
              + FORMATVERSION
              + ", gefunden '"
              + o.path("formatversion").asText()
              + "'");
    }
    text(o, "titel");
    text(o, "datenschutzhinweis");
    LocalDate erstelltAm = datum(o, "erstelltAm");
    JsonNode cellKey = o.path("auftrag").path("cellKey");
    if (cellKey.isObject()) {
      throw new IOException(
          DATEINAME
              + " ist mit dem Cell-Key-Verfahren"
              + parameter(cellKey)
              + " geschützt; sein Auftrag lässt sich ohne das Geheimnis der Kommune nicht"
              + " wiederherstellen, und das Geheimnis steht in keiner Datei");
    }
    o.remove(DARSTELLUNG);
    try {
      return new Gelesen(mapper.treeToValue(o, Programmveroeffentlichung.class), erstelltAm);
    } catch (JsonMappingException e) {
      throw JsonDokument.ungueltig(DATEINAME, "einem Programmbericht", o, e);
    } catch (IOException | RuntimeException e) {
      // the core's and Jackson's words are English and for developers: they stay in the cause
      throw new IOException(
          DATEINAME
              + " enthält keinen gültigen Programmbericht: seine Angaben passen nicht"
              + " zusammen",
          e);
    }
  }

  /** The parameters of the Cell-Key-Verfahren written in {@code n}, e.g. " (D=4, V=2, js=2)". */
  private String parameter(JsonNode n) {
    try {
      return " (" + mapper.treeToValue(n, Ueberlagerungsparameter.class) + ")";
    } catch (IOException | RuntimeException e) {
      return ""; // the method's parameters are malformed too; the refusal does not need them
    }
  }

  private static String text(ObjectNode o, String feld) throws IOException {
    return JsonDokument.text(o, feld, DATEINAME);
  }

  private static LocalDate datum(ObjectNode o, String feld) throws IOException {
    return JsonDokument.datum(o, feld, DATEINAME);
  }
}
