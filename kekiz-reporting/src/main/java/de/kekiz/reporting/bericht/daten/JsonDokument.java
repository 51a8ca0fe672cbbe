package de.kekiz.reporting.bericht.daten;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /**
   * Reads the top-level object of {@code datei} from {@code in}; the tree is the caller's own to
   * change (nothing else holds it).
   */
  static ObjectNode wurzel(ObjectMapper mapper, InputStream in, String datei) throws IOException {
    JsonNode wurzel = mapper.readTree(in);
    if (wurzel == null || !wurzel.isObject()) {
      throw new IOException(datei + " braucht ein JSON-Objekt auf oberster Ebene");
    }
    return (ObjectNode) wurzel;
  }

  /** The text field {@code feld} of {@code o}; a missing or non-text field fails. */
  static String text(ObjectNode o, String feld, String datei) throws IOException {
    JsonNode n = o.get(feld);
    if (n == null || !n.isTextual()) {
      throw new IOException(datei + " braucht das Textfeld '" + feld + "'");
    }
    return n.asText();
  }

  /** The text field {@code feld} of {@code o}, which must not be blank. */
  static String nichtLeer(ObjectNode o, String feld, String datei) throws IOException {
    String t = text(o, feld, datei);
    if (t.isBlank()) {
      throw new IOException(datei + ": Feld '" + feld + "' ist leer, erwartet wird ein Text");
    }
    return t;
  }

  /** The longest value quoted in a message; the rest is cut. */
  private static final int HOECHSTLAENGE = 160;

  /**
   * The place and the problem in the message of kekiz's own readers ({@code KekizJacksonModule}):
   * the type, a path inside the value read ({@code $.phasen[0].dauer}) and what is wrong.
   */
  private static final Pattern INNERER_PFAD = Pattern.compile("^\\w+ \\$(\\S*?): (.*)$");

  /** One step of such a path: {@code .name} or {@code [3]}. */
  private static final Pattern SCHRITT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  /**
   * The German message for a part of {@code dokument} (the document {@code datei}, a {@code art})
   * that Jackson could not turn into the core's value: the field (a path such as {@code
   * reichweiten[0].kinder.anteil}), the value found there and what was expected. The core's and
   * Jackson's own words (English, for developers) stay in the cause.
   *
   * @param datei the file name, e.g. {@code programmbericht.json}
   * @param art what the document holds, with its article, e.g. {@code einem Programmbericht}
   * @param dokument the document as read
   * @param e Jackson's exception
   */
  static IOException ungueltig(
      String datei, String art, JsonNode dokument, JsonMappingException e) {
    String pfad = pfad(e);
    JsonNode wert = knoten(dokument, e);
    if (e instanceof UnrecognizedPropertyException u) {
      return new IOException(
          datei
              + ": Feld '"
              + pfad
              + "' ist in "
              + art
              + " nicht vorgesehen"
              + bekannt(u.getKnownPropertyIds()),
          e);
    }
    Class<?> typ =
        e instanceof ValueInstantiationException v
            ? v.getType().getRawClass()
            : e instanceof MismatchedInputException m ? m.getTargetType() : null;
    String grund;
    Matcher innen = INNERER_PFAD.matcher(String.valueOf(e.getOriginalMessage()));
    if (e instanceof ValueInstantiationException) {
      grund =
          "gefunden "
              + zitat(wert)
              + ", erwartet wird eine Angabe der Art "
              + name(typ)
              + ", deren Teile zueinander passen";
    } else if (typ != null && innen.matches()) {
      // kekiz's reader of the type found the problem further down: name that place
      String innerer = innen.group(1);
      String detail = innen.group(2);
      pfad = pfad + innerer;
      wert = knoten(wert, innerer);
      Matcher unbekannt = UNBEKANNT.matcher(detail);
      if (unbekannt.matches()) {
        return new IOException(
            datei
                + ": Feld '"
                + pfad
                + "."
                + unbekannt.group(1)
                + "' ist im kekiz-JSON-Format der Art "
                + name(typ)
                + " nicht vorgesehen",
            e);
      }
      grund =
          detail.startsWith("is required but missing")
              ? "es fehlt, das kekiz-JSON-Format der Art " + name(typ) + " verlangt es"
              : "gefunden " + zitat(wert) + ", erwartet wird " + erwartet(detail, typ);
    } else {
      grund =
          "gefunden "
              + zitat(wert)
              + ", erwartet wird "
              + (typ == null && innerste(e) instanceof DateTimeParseException
                  ? "ein Datum wie \"2024-06-30\""
                  : erwartet(typ));
    }
    return new IOException(datei + ": Feld '" + pfad + "' ist ungültig: " + grund, e);
  }

  /** An unknown field in the message of kekiz's own readers. */
  private static final Pattern UNBEKANNT = Pattern.compile("^unknown field '(.*)'$");

  /** A closed list of values in the message of kekiz's own readers. */
  private static final Pattern EINER_VON = Pattern.compile("^needs one of \\[?(.*?)]?, got .*$");

  /**
   * What kekiz's own reader of {@code typ} expected where it reports {@code detail} (its English
   * words, e.g. {@code needs a whole number, got string "x"}), in German (nominative).
   */
  private static String erwartet(String detail, @Nullable Class<?> typ) {
    Matcher einer = EINER_VON.matcher(detail);
    if (einer.matches()) {
      return "einer der Werte " + einer.group(1);
    }
    for (String[] form : FORMEN) {
      if (detail.startsWith(form[0])) {
        return form[1];
      }
    }
    return "eine Angabe im kekiz-JSON-Format der Art "
        + name(typ)
        + ", deren Teile zueinander passen";
  }

  /** The beginnings of kekiz's own readers' messages and what they expected, in German. */
  private static final String[][] FORMEN = {
    {"needs a string", "ein Text"},
    {"needs a whole number", "eine ganze Zahl"},
    {"needs true or false", "true oder false"},
    {"needs a decimal number", "eine Dezimalzahl als Text wie \"12.5\""},
    {"needs a JSON array", "eine Liste"},
    {"needs a JSON object", "ein JSON-Objekt"},
    {"needs a date", "ein Datum wie \"2024-06-30\""},
    {"needs a time", "eine Uhrzeit wie \"15:30\""},
    {"needs a month and day", "Monat und Tag wie \"--03-01\""},
    {"is out of range", "ein Wert im zulässigen Bereich"},
  };

  /** What a value of one of these types looks like, in German (nominative). */
  private static final Map<Class<?>, String> FORM =
      Map.ofEntries(
          Map.entry(String.class, "ein Text"),
          Map.entry(Boolean.class, "true oder false"),
          Map.entry(boolean.class, "true oder false"),
          Map.entry(Integer.class, "eine ganze Zahl"),
          Map.entry(int.class, "eine ganze Zahl"),
          Map.entry(Long.class, "eine ganze Zahl"),
          Map.entry(long.class, "eine ganze Zahl"),
          Map.entry(BigInteger.class, "eine ganze Zahl"),
          Map.entry(BigDecimal.class, "eine Zahl"),
          Map.entry(Double.class, "eine Zahl"),
          Map.entry(double.class, "eine Zahl"),
          Map.entry(Geldbetrag.class, "ein Geldbetrag in Euro als Text wie \"1250.00\""),
          Map.entry(LocalDate.class, "ein Datum wie \"2024-06-30\""),
          Map.entry(Periode.class, "eine Periode wie \"2023\", \"2023-Q1\" oder \"2023-03\""),
          Map.entry(
              Gemeindeschluessel.class, "ein Gemeindeschlüssel aus 8 Ziffern wie \"05570004\""),
          Map.entry(Kreisschluessel.class, "ein Kreisschlüssel aus 5 Ziffern wie \"05978\""),
          Map.entry(IndikatorRef.class, "ein Indikator mit Version wie \"sgb2-quote-u15@2\""),
          Map.entry(IndikatorKey.class, "ein Indikatorschlüssel wie \"sgb2-quote-u15\""));

  /** What a value of {@code typ} looks like, in German (nominative), e.g. {@code eine Zahl}. */
  static String erwartet(@Nullable Class<?> typ) {
    if (typ == null) {
      return "ein gültiger Wert";
    }
    if (typ.isEnum()) {
      return "einer der Werte "
          + Arrays.stream(typ.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    String form = FORM.get(typ);
    if (form != null) {
      return form;
    }
    if (Collection.class.isAssignableFrom(typ) || typ.isArray()) {
      return "eine Liste";
    }
    if (Map.class.isAssignableFrom(typ)) {
      return "ein JSON-Objekt";
    }
    return "eine Angabe der Art " + name(typ);
  }

  private static String name(@Nullable Class<?> typ) {
    return typ == null ? "?" : typ.getSimpleName();
  }

  private static String bekannt(@Nullable Collection<Object> namen) {
    if (namen == null || namen.isEmpty()) {
      return "";
    }
    TreeSet<String> sortiert = new TreeSet<>();
    namen.forEach(n -> sortiert.add(String.valueOf(n)));
    return "; vorgesehen sind dort " + String.join(", ", sortiert);
  }

  /** {@code wert} for a message: its JSON text, cut after {@value #HOECHSTLAENGE} characters. */
  private static String zitat(@Nullable JsonNode wert) {
    if (wert == null || wert.isMissingNode()) {
      return "nichts";
    }
    String text = wert.toString();
    return text.length() <= HOECHSTLAENGE ? text : text.substring(0, HOECHSTLAENGE) + "…";
  }

  private static Throwable innerste(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** The place of a mapping error as a path such as {@code reichweiten[1].kinder.anteil}. */
  private static String pfad(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.length() > 0 ? s.toString() : "(oberste Ebene)";
  }

  /** The node of {@code dokument} where {@code e} happened. */
  private static JsonNode knoten(JsonNode dokument, JsonMappingException e) {
    JsonNode n = dokument;
    for (JsonMappingException.Reference r : e.getPath()) {
      n = r.getFieldName() != null ? n.path(r.getFieldName()) : n.path(r.getIndex());
    }
    return n;
  }

  /** The node of {@code n} at {@code pfad}, a path such as {@code .phasen[0].dauer}. */
  private static JsonNode knoten(JsonNode n, String pfad) {
    JsonNode k = n;
    Matcher m = SCHRITT.matcher(pfad);
    while (m.find()) {
      k = m.group(1) != null ? k.path(m.group(1)) : k.path(Integer.parseInt(m.group(2)));
    }
    return k;
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
