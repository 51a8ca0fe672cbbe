package de.kekiz.reporting.bericht.daten;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.json.KekizJacksonModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code bericht.json}: the whole Monitoringbericht as JSON, every domain object in the kekiz JSON
 * format of {@link KekizJacksonModule} (suppressed figures carry no numbers), and {@link
 * #lies(InputStream)} to read it back to an equal report.
 *
 * <p>The document, format {@value #FORMAT} version {@value #FORMATVERSION}: the report's
 * presentation ({@code titel}, {@code erstelltAm}, {@code datenschutzhinweis}) and, beside them,
 * every component of its {@link Berichtsteil} as the core computed it:
 *
 * <pre>{@code
 * {
 *   "format": "kekiz-monitoringbericht", "formatversion": "2.0",
 *   "titel": "...", "erstelltAm": "2024-09-01", "datenschutzhinweis": "...",
 *   "beispieldaten": false,
 *   "kommune": {Kommune}, "gemeinden": [{Kommune}, ...], "stichtag": "2024-06-30",
 *   "verfahren": "SPERRUNG", "leitbild": {Leitbild} or null, "kette": {Praeventionskette} or null,
 *   "indikatoren": [{Indikator}, ...], "messwerte": [{Messwert}, ...],
 *   "mehrjahreswerte": [{"summe": {Messwert}, "von": "2022/23", "perioden": 3}, ...],
 *   "sozialindexIndikatoren": ["sgb2-quote-u15", ...], "trendperioden": 5,
 *   "ebene": "STADTTEIL" or null, "auswertungen": [...], "ziele": [...],
 *   "sozialindex": {...} or null, "handlungsbedarf": [...], "luecken": {...} or null,
 *   "wirkung": {"methode": "...", "vergleiche": [...], "uebergaenge": [...]},
 *   "reife": {"methode": "...", "verlauf": [{"stichtag": "2024-06-30", "ergebnisse":
 *       [{"kriterium": "LEITBILD", "erfuellt": true, "begruendung": "..."}, ...]}, ...]}
 * }
 * }</pre>
 *
 * <p>{@code beispieldaten} is {@code true} when the report shows synthetic example data ({@link
 * Berichtsteil#beispieldaten()}; each such indicator says {@code "synthetisch": true} and names the
 * pattern in its {@code quelle}); it is derived, and reading ignores it.
 *
 * <p>The sections are records with their components as fields; each table cell carries its {@code
 * art} (EXAKT, GEPOOLT, VERGROEBERT, UEBERLAGERT, GESPERRT, FEHLEND). Reading takes them as they
 * stand: nothing is computed again. Thread-safe.
 *
 * <p>JSON Schema: the definition {@code Monitoringbericht} of {@code kekiz.schema.json} (draft
 * 2020-12, the resource {@code de/kekiz/reporting/json/kekiz.schema.json}, described in {@code
 * FORMAT.md} beside it), i.e. {@code kekiz.schema.json#/$defs/Monitoringbericht}: every field
 * required, {@code null} only where the record component is nullable, the records inside with a
 * definition each (Zelle with the rules of its {@code art}) and the domain types in the kekiz JSON
 * format. Figures the core computed are JSON numbers written from {@code BigDecimal}.
 */
public final class BerichtJson implements Berichtsformat {

  /** The file name, {@code bericht.json}. */
  public static final String DATEINAME = "bericht.json";

  /** The value of the {@code format} field. */
  public static final String FORMAT = "kekiz-monitoringbericht";

  /** The version of the document format. */
  public static final String FORMATVERSION = "2.0";

  private static final Set<String> DARSTELLUNG =
      Set.of(
          "format", "formatversion", "titel", "erstelltAm", "datenschutzhinweis", "beispieldaten");

  // numbers stay BigDecimal, exactly as written (no double, no stripped zeros) in the tree model
  private final ObjectMapper mapper =
      KekizJacksonModule.objectMapper()
          .copy()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /**
   * JSON's own escapes, and {@code \\uXXXX} for every other character a reader would not see: C1
   * controls, format characters (bidirectional controls such as U+202E, zero-width characters, the
   * byte order mark), line and paragraph separators and lone surrogates. A text with such a
   * character reads back unchanged; a viewer of the file shows the escape, not the effect.
   */
  static final CharacterEscapes SICHTBAR =
      new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
          return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int c) {
          int art = Character.getType(c);
          boolean unsichtbar =
              art == Character.CONTROL
                  || art == Character.FORMAT
                  || art == Character.LINE_SEPARATOR
                  || art == Character.PARAGRAPH_SEPARATOR
                  || art == Character.SURROGATE;
          return unsichtbar
              ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", c))
              : null;
        }
      };

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
    ObjectNode o =
        JsonDokument.kopf(
            mapper, FORMAT, FORMATVERSION, b.titel(), b.erstelltAm(), b.datenschutzhinweis());
    o.put("beispieldaten", b.beispieldaten());
    JsonDokument.uebernimm(mapper, o, b.teil());
    JsonDokument.schreibe(mapper, o, out);
  }

  /**
   * Reads a report written by {@link #schreibe}.
   *
   * @param in the JSON document, UTF-8; not closed
   * @return the report as it was written
   * @throws IOException if the input is not such a document (missing field, another format or a
   *     newer version) or a part is malformed or breaks a rule; the German message names the file,
   *     the field, the value found there and what was expected
   */
  public Monitoringbericht lies(InputStream in) throws IOException {
    requireNonNull(in, "in");
    ObjectNode o = JsonDokument.wurzel(mapper, in, DATEINAME);
    if (!FORMAT.equals(text(o, "format"))) {
      throw new IOException(
          "bericht.json braucht das Format '"
              + FORMAT
              + "', gefunden '"
              + o.path("format").asText()
              + "'");
    }
    if (!FORMATVERSION.equals(text(o, "formatversion"))) {
      throw new IOException(
          "bericht.json wird in Version "
              + FORMATVERSION
              + " gelesen, gefunden '"
              + o.path("formatversion").asText()
              + "'");
    }
    String titel = JsonDokument.nichtLeer(o, "titel", DATEINAME);
    LocalDate erstelltAm = datum(o, "erstelltAm");
    String hinweis = text(o, "datenschutzhinweis");
    o.remove(DARSTELLUNG);
    try {
      Berichtsteil teil = mapper.treeToValue(o, Berichtsteil.class);
      return Monitoringbericht.builder(teil)
          .titel(titel)
          .erstelltAm(erstelltAm)
          .datenschutzhinweis(hinweis)
          .build();
    } catch (JsonMappingException e) {
      throw JsonDokument.ungueltig(DATEINAME, "einem Bericht", o, e);
    } catch (IOException | RuntimeException e) {
      // the core's and Jackson's words are English and for developers: they stay in the cause
      throw new IOException(
          DATEINAME + " enthält keinen gültigen Bericht: seine Angaben passen nicht zusammen", e);
    }
  }

  private static String text(ObjectNode o, String feld) throws IOException {
    return JsonDokument.text(o, feld, DATEINAME);
  }

  private static LocalDate datum(ObjectNode o, String feld) throws IOException {
    return JsonDokument.datum(o, feld, DATEINAME);
  }
}
