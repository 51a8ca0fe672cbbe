package de.kekiz.reporting.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.RegierungsbezirkNrw;
import de.kekiz.domain.kommune.Regionalschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.domain.lernnetzwerk.Arbeitsgruppe;
import de.kekiz.domain.lernnetzwerk.Beitrag;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisart;
import de.kekiz.domain.lernnetzwerk.Praxisbezug;
import de.kekiz.domain.lernnetzwerk.Termin;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.domain.programm.Programmrolle;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson module for every domain type of kekiz-core: register it and an {@link ObjectMapper}
 * reads and writes Kommunen, Leitbilder, Präventionsketten with their Angebote, Indikatoren,
 * Messwerte, Förderprogramme, the Lernnetzwerk and all their parts in the documented kekiz JSON
 * format ({@code FORMAT.md} and the JSON Schema {@code kekiz.schema.json} in this package's
 * resources). The domain types carry no Jackson annotations; everything is here.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new KekizJacksonModule());
 * String json = mapper.writeValueAsString(kommune);
 * Kommune wieder = mapper.readValue(json, Kommune.class); // equals(kommune)
 * }</pre>
 *
 * <p>The module is also listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@link ObjectMapper#findAndRegisterModules()} finds it.
 *
 * <p>What reads back: every object written reads back to an {@code equals} object (aggregates
 * compare their full state, revision included). The one deliberate exception is small-number
 * protection: a {@link Messwert} whose CONF_STATUS is not F is written <em>without</em> its
 * numerator and denominator, so a suppressed number never leaves the process by accident; it reads
 * back as the same observation without numbers. Systems that exchange unprotected data with each
 * other use {@link #ungeschuetzt()} instead.
 *
 * <p>Reading is strict by default: an unknown field is an error, as Jackson's {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} asks (disable that feature to skip unknown
 * fields). Malformed values and broken domain rules are reported as a {@link
 * MismatchedInputException} whose message names the place in the document, e.g. {@code
 * $.sozialraeume[2].gebietsstand}; the domain exception is its cause. Register only one of the two
 * variants on a mapper: both have the module name {@code kekiz}, so Jackson keeps the first.
 */
public final class KekizJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The version of the JSON format this module writes (see {@code FORMAT.md}). */
  public static final String FORMATVERSION = "1.1";

  /** Whether the numerator and denominator of suppressed observations are written. */
  private final boolean gesperrteWerte;

  /**
   * The module for publication: a {@link Messwert} whose CONF_STATUS is not F is written without
   * numerator and denominator. Used by {@link java.util.ServiceLoader}.
   */
  public KekizJacksonModule() {
    this(false);
  }

  private KekizJacksonModule(boolean gesperrteWerte) {
    super("kekiz", new Version(1, 0, 0, null, "de.kekiz", "kekiz-reporting"));
    this.gesperrteWerte = gesperrteWerte;
    registriere(new Schreiben(gesperrteWerte));
  }

  /**
   * The module for internal exchange between trusted systems: it writes the numerator and
   * denominator of every {@link Messwert}, suppressed or not, so that every object reads back
   * equal. Never use it for output that is published.
   *
   * @return the module that keeps the numbers of suppressed observations
   */
  public static KekizJacksonModule ungeschuetzt() {
    return new KekizJacksonModule(true);
  }

  /** {@return whether this module writes the numbers of suppressed observations} */
  public boolean schreibtGesperrteWerte() {
    return gesperrteWerte;
  }

  /** {@return a new {@link ObjectMapper} with this module (publication variant) registered} */
  public static ObjectMapper objectMapper() {
    return new ObjectMapper().registerModule(new KekizJacksonModule());
  }

  private void registriere(Schreiben s) {
    // values written as strings in their text form
    text(AkteurId.class, AkteurId::toString, AkteurId::of);
    text(AngebotId.class, AngebotId::toString, AngebotId::of);
    text(Altersspanne.class, Altersspanne::toString, Altersspanne::parse);
    text(Geldbetrag.class, g -> g.euro().toPlainString(), Lesen::geldbetrag);
    text(Stellenanteil.class, st -> st.anteil().toPlainString(), Lesen::stellenanteil);
    text(Gemeindeschluessel.class, Gemeindeschluessel::toString, Gemeindeschluessel::parse);
    text(Kreisschluessel.class, Kreisschluessel::toString, Kreisschluessel::parse);
    text(Regionalschluessel.class, Regionalschluessel::toString, Regionalschluessel::parse);
    text(SozialraumId.class, SozialraumId::toString, SozialraumId::parse);
    text(SozialraumRef.class, SozialraumRef::toString, SozialraumRef::parse);
    text(IndikatorKey.class, IndikatorKey::toString, IndikatorKey::of);
    text(IndikatorRef.class, IndikatorRef::toString, IndikatorRef::parse);
    text(Raumbezug.class, Raumbezug::toString, Raumbezug::parse);
    text(KommuneBezug.class, KommuneBezug::toString, t -> alsKommune(Raumbezug.parse(t), t));
    text(
        SozialraumBezug.class,
        SozialraumBezug::toString,
        t -> alsSozialraum(Raumbezug.parse(t), t));
    text(Periode.class, Periode::toString, Periode::parse);
    text(java.time.LocalDate.class, java.time.LocalDate::toString, java.time.LocalDate::parse);
    text(LeitbildId.class, LeitbildId::toString, LeitbildId::parse);
    text(Beleg.class, Beleg::toString, Beleg::of);
    schluessel(Aufschluesselung.class, Aufschluesselung::parse);

    // enum constants written by their names, whatever the mapper's enum settings
    konstante(Kommunenart.class);
    konstante(Sozialraumebene.class);
    konstante(Finanzierungsquelle.class);
    konstante(RegierungsbezirkNrw.class);
    konstante(Praeventionsebene.class);
    konstante(AngebotStatus.class);
    konstante(Standortart.class);
    konstante(Akteursart.class);
    konstante(ConfStatus.class);
    konstante(ObsStatus.class);
    konstante(Polaritaet.class);
    konstante(RaeumlicheEbene.class);
    konstante(Periodizitaet.class);
    konstante(Praeventionsleitlinie.class);
    konstante(Zielrichtung.class);
    konstante(Programmrolle.class);
    konstante(Praxisart.class);

    // values and aggregates written as objects
    objekt(Zeitraum.class, s::zeitraum, Lesen::zeitraum);
    objekt(Aufschluesselung.class, s::aufschluesselung, k -> Lesen.aufschluesselungWurzel(k));
    objekt(Bevoelkerungsstand.class, s::bevoelkerungsstand, Lesen::bevoelkerungsstand);
    objekt(Foerderung.class, s::foerderung, Lesen::foerderung);
    objekt(Programm.class, s::programm, Lesen::programm);
    objekt(Programmteilnahme.class, s::programmteilnahme, Lesen::programmteilnahme);
    objekt(Sozialraum.class, s::sozialraum, Lesen::sozialraum);
    objekt(Kommune.class, s::kommune, Lesen::kommune);
    objekt(Indikator.class, s::indikator, Lesen::indikator);
    objekt(Messwert.class, s::messwert, Lesen::messwert);
    objekt(MesswertSchluessel.class, s::messwertSchluessel, Lesen::messwertSchluessel);
    objekt(Zielwert.class, s::zielwert, Lesen::zielwert);
    objekt(Handlungsziel.class, s::handlungsziel, Lesen::handlungsziel);
    objekt(Leitziel.class, s::leitziel, Lesen::leitziel);
    objekt(Leitbild.class, s::leitbild, Lesen::leitbild);
    objekt(Adresse.class, s::adresse, Lesen::adresse);
    objekt(Koordinate.class, s::koordinate, Lesen::koordinate);
    objekt(Standort.class, s::standort, Lesen::standort);
    objekt(Zeitplan.class, s::zeitplan, Lesen::zeitplan);
    objekt(Kapazitaet.class, s::kapazitaet, Lesen::kapazitaet);
    objekt(Kostenoption.class, s::kostenoption, Lesen::kostenoption);
    objekt(Angebot.class, s::angebot, Lesen::angebot);
    objekt(Lebensphase.class, s::lebensphase, Lesen::lebensphase);
    objekt(Handlungsfeld.class, s::handlungsfeld, Lesen::handlungsfeld);
    objekt(Uebergang.class, s::uebergang, Lesen::uebergang);
    objekt(Akteur.class, s::akteur, Lesen::akteur);
    objekt(Netzwerk.class, s::netzwerk, Lesen::netzwerk);
    objekt(Mitglied.class, s::mitglied, Lesen::mitglied);
    objekt(Steuerungsgruppe.class, s::steuerungsgruppe, Lesen::steuerungsgruppe);
    objekt(Arbeitsgemeinschaft.class, s::arbeitsgemeinschaft, Lesen::arbeitsgemeinschaft);
    objekt(Koordination.class, s::koordination, Lesen::koordination);
    objekt(Steuerung.class, s::steuerung, Lesen::steuerung);
    objekt(Praeventionskette.class, s::praeventionskette, Lesen::praeventionskette);
    objekt(Phasenteilnehmer.class, s::phasenteilnehmer, Lesen::phasenteilnehmer);
    objekt(Programmphase.class, s::programmphase, Lesen::programmphase);
    objekt(Programmakteur.class, s::programmakteur, Lesen::programmakteur);
    objekt(Haushaltsansatz.class, s::haushaltsansatz, Lesen::haushaltsansatz);
    objekt(Foerderprogramm.class, s::foerderprogramm, Lesen::foerderprogramm);
    objekt(Termin.class, s::termin, Lesen::termin);
    objekt(Praxisbezug.class, s::praxisbezug, Lesen::praxisbezug);
    objekt(Beitrag.class, s::beitrag, Lesen::beitrag);
    objekt(Arbeitsgruppe.class, s::arbeitsgruppe, Lesen::arbeitsgruppe);
    objekt(Lernnetzwerktreffen.class, s::lernnetzwerktreffen, Lesen::lernnetzwerktreffen);
    objekt(Lernnetzwerk.class, s::lernnetzwerk, Lesen::lernnetzwerk);
  }

  private static KommuneBezug alsKommune(Raumbezug r, String text) {
    if (r instanceof KommuneBezug k) {
      return k;
    }
    throw new IllegalArgumentException(
        "KommuneBezug needs an AGS such as '05315000', got '" + text + "'");
  }

  private static SozialraumBezug alsSozialraum(Raumbezug r, String text) {
    if (r instanceof SozialraumBezug b) {
      return b;
    }
    throw new IllegalArgumentException(
        "SozialraumBezug needs a Sozialraum version such as '05315000:404@1', got '" + text + "'");
  }

  private <T> void text(Class<T> art, Function<T, String> alsText, Function<String, T> parser) {
    addSerializer(art, new TextSerialisierer<>(art, alsText));
    addDeserializer(art, new TextDeserialisierer<>(art, parser));
    addKeySerializer(art, new SchluesselSerialisierer<>(art, alsText));
    addKeyDeserializer(art, new SchluesselDeserialisierer<>(art, parser));
  }

  private <E extends Enum<E>> void konstante(Class<E> art) {
    text(
        art,
        Enum::name,
        name -> {
          for (E e : art.getEnumConstants()) {
            if (e.name().equals(name)) {
              return e;
            }
          }
          throw new IllegalArgumentException(
              art.getSimpleName()
                  + " needs one of "
                  + java.util.Arrays.toString(art.getEnumConstants())
                  + ", got '"
                  + name
                  + "'");
        });
  }

  private <T> void schluessel(Class<T> art, Function<String, T> parser) {
    addKeySerializer(art, new SchluesselSerialisierer<>(art, Object::toString));
    addKeyDeserializer(art, new SchluesselDeserialisierer<>(art, parser));
  }

  private <T> void objekt(
      Class<T> art, Schreiben.Schreiber<T> schreiber, Function<Knoten, T> leser) {
    addSerializer(art, new ObjektSerialisierer<>(art, schreiber));
    addDeserializer(art, new ObjektDeserialisierer<>(art, leser));
  }

  // ------------------------------------------------------------------ adapters

  /** Writes a value as the string {@code alsText} gives. */
  private static final class TextSerialisierer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> alsText;

    TextSerialisierer(Class<T> art, Function<T, String> alsText) {
      super(art);
      this.alsText = requireNonNull(alsText, "alsText");
    }

    @Override
    public void serialize(T wert, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(alsText.apply(wert));
    }
  }

  /** Reads a value from a string with {@code parser}. */
  private static final class TextDeserialisierer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parser;

    TextDeserialisierer(Class<T> art, Function<String, T> parser) {
      super(art);
      this.parser = requireNonNull(parser, "parser");
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(
            p,
            handledType(),
            handledType().getSimpleName() + " needs a JSON string, got " + p.currentToken());
      }
      String text = p.getText();
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | KekizException e) {
        MismatchedInputException fehler =
            MismatchedInputException.from(
                p, handledType(), handledType().getSimpleName() + ": " + e.getMessage());
        fehler.initCause(e);
        throw fehler;
      }
    }
  }

  /** Writes a map key as the string {@code alsText} gives. */
  private static final class SchluesselSerialisierer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> alsText;

    SchluesselSerialisierer(Class<T> art, Function<T, String> alsText) {
      super(art);
      this.alsText = requireNonNull(alsText, "alsText");
    }

    @Override
    public void serialize(T wert, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeFieldName(alsText.apply(wert));
    }
  }

  /** Reads a map key with {@code parser}. */
  private static final class SchluesselDeserialisierer<T> extends KeyDeserializer {
    private final Class<T> art;
    private final Function<String, T> parser;

    SchluesselDeserialisierer(Class<T> art, Function<String, T> parser) {
      this.art = requireNonNull(art, "art");
      this.parser = requireNonNull(parser, "parser");
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(key);
      } catch (IllegalArgumentException | KekizException e) {
        return ctxt.handleWeirdKey(art, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }

  /** Writes an object with the {@link Schreiben} method for its type. */
  private static final class ObjektSerialisierer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Schreiben.Schreiber<T> schreiber;

    ObjektSerialisierer(Class<T> art, Schreiben.Schreiber<T> schreiber) {
      super(art);
      this.schreiber = requireNonNull(schreiber, "schreiber");
    }

    @Override
    public void serialize(T wert, JsonGenerator g, SerializerProvider p) throws IOException {
      schreiber.schreibe(g, wert);
    }
  }

  /** Reads an object with the {@link Lesen} method for its type. */
  private static final class ObjektDeserialisierer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<Knoten, T> leser;

    ObjektDeserialisierer(Class<T> art, Function<Knoten, T> leser) {
      super(art);
      this.leser = requireNonNull(leser, "leser");
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      boolean streng = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        return Knoten.wurzel(node, streng, leser);
      } catch (JsonFormatFehler e) {
        MismatchedInputException fehler =
            MismatchedInputException.from(
                p, handledType(), handledType().getSimpleName() + " " + e.getMessage());
        fehler.initCause(e.getCause() != null ? e.getCause() : e);
        throw fehler;
      }
    }
  }
}
