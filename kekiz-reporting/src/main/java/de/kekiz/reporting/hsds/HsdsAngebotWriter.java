package de.kekiz.reporting.hsds;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Angebote of a {@link Praeventionskette} as {@value #DATEINAME}: a JSON array of Open
 * Referral HSDS 3.0 {@code service} objects, each complete in itself (as the HSDS API returns one
 * service), with its {@code organization} (the Träger, an Akteur of the Kette), its {@code
 * service_at_locations} with their {@code location}s, {@code schedules}, {@code service_areas} (the
 * Sozialräume it serves), {@code cost_options}, {@code funding} and taxonomy terms as {@code
 * attributes}. Every object validates against the official HSDS 3.0 schema {@code service.json}.
 *
 * <p>All ids are name-based UUIDs (version 5) derived from the Kommune's AGS and the domain ids, so
 * the same Kette always gives the same file and ids stay stable between exports; a Standort shared
 * by several Angebote is one location with one id. What goes where, including what HSDS 3.0 has no
 * field for (capacity, bridged Übergänge), is described in {@code HSDS.md} next to this class.
 *
 * <p>Give the Kommune with {@link Builder#kommune(Kommune)} to name the Sozialräume and attach
 * their GeoJSON boundaries; without it, service areas carry only their codes. Immutable and
 * thread-safe.
 */
public final class HsdsAngebotWriter {

  /** The file name tools look for. */
  public static final String DATEINAME = "angebote.hsds.json";

  /** The prefix of kekiz's own taxonomies, e.g. {@code kekiz-lebensphase}. */
  public static final String TAXONOMIE_PRAEFIX = "kekiz-";

  /** The {@code identifier_type} of an organization identifier holding the id of the Akteur. */
  public static final String KENNUNG_AKTEUR = "kekiz-akteur";

  private static final String[] LAENDER = {
    "", "Schleswig-Holstein", "Hamburg", "Niedersachsen", "Bremen", "Nordrhein-Westfalen",
    "Hessen", "Rheinland-Pfalz", "Baden-Württemberg", "Bayern", "Saarland", "Berlin",
    "Brandenburg", "Mecklenburg-Vorpommern", "Sachsen", "Sachsen-Anhalt", "Thüringen"
  };

  private static final DateTimeFormatter UHRZEIT =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final @Nullable Kommune kommune;
  private final ObjectMapper mapper;
  private final JsonNodeFactory knoten = JsonNodeFactory.instance;

  private HsdsAngebotWriter(Builder b) {
    this.kommune = b.kommune;
    this.mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /**
   * A builder without Kommune.
   *
   * @return a builder without Kommune; {@link Builder#kommune} adds one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the Angebote of {@code kette} as a JSON array of HSDS services, in the Kette's order}
   *
   * @param kette the Präventionskette whose Angebote are written
   * @throws IllegalArgumentException if the Kommune given to the builder is not the Kette's
   */
  public ArrayNode alsHsds(Praeventionskette kette) {
    requireNonNull(kette, "kette");
    if (kommune != null && !kommune.schluessel().equals(kette.kommune())) {
      throw new IllegalArgumentException(
          "the Kommune "
              + kommune.schluessel()
              + " given to the writer is not the Kette's, "
              + kette.kommune());
    }
    Kontext k = new Kontext(kette);
    ArrayNode services = knoten.arrayNode();
    for (Angebot a : kette.angebote()) {
      services.add(service(k, a));
    }
    return services;
  }

  /**
   * Writes {@link #alsHsds(Praeventionskette)} as indented UTF-8 JSON to {@code ziel}; flushes but
   * does not close it.
   *
   * @param kette the Präventionskette whose Angebote are written
   * @param ziel where the JSON goes
   * @throws IOException if writing to {@code ziel} fails
   */
  public void schreibe(Praeventionskette kette, OutputStream ziel) throws IOException {
    requireNonNull(ziel, "ziel");
    ArrayNode services = alsHsds(kette);
    mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(ziel, services);
    ziel.write('\n');
    ziel.flush();
  }

  /**
   * Writes the file {@code datei}, see {@link #schreibe(Praeventionskette, OutputStream)}.
   *
   * @param kette the Präventionskette whose Angebote are written
   * @param datei the file, created or replaced
   * @throws IOException if the file cannot be written
   */
  public void schreibe(Praeventionskette kette, Path datei) throws IOException {
    try (OutputStream out = Files.newOutputStream(datei)) {
      schreibe(kette, out);
    }
  }

  /** What the mapping of one Kette needs to know. */
  private final class Kontext {
    final Praeventionskette kette;
    final String ags;
    final ImmutableMap<String, Lebensphase> phasen;
    final ImmutableMap<String, Handlungsfeld> felder;
    final ImmutableMap<String, Uebergang> uebergaenge;
    final Map<SozialraumId, Sozialraum> raeume = new HashMap<>();

    Kontext(Praeventionskette kette) {
      this.kette = kette;
      this.ags = kette.kommune().wert();
      this.phasen =
          kette.lebensphasen().stream()
              .collect(ImmutableMap.toImmutableMap(Lebensphase::key, p -> p));
      this.felder =
          kette.handlungsfelder().stream()
              .collect(ImmutableMap.toImmutableMap(Handlungsfeld::key, f -> f));
      this.uebergaenge =
          kette.uebergaenge().stream().collect(ImmutableMap.toImmutableMap(Uebergang::key, u -> u));
      if (kommune != null) {
        for (Sozialraum s : kommune.sozialraeume()) {
          raeume.merge(s.id(), s, (x, y) -> x.gebietsstand() >= y.gebietsstand() ? x : y);
        }
      }
    }

    String kommuneName() {
      return kommune != null ? kommune.name() : ags;
    }
  }

  private ObjectNode service(Kontext k, Angebot a) {
    String id = NamensUuid.von("angebot", k.ags, a.id().wert());
    ObjectNode s = knoten.objectNode();
    s.put("id", id);
    Optional<Akteur> traeger = k.kette.akteur(a.traeger());
    String organisationId = NamensUuid.von("akteur", k.ags, a.traeger().wert());
    s.put("organization_id", organisationId);
    s.put("name", a.name());
    s.put("description", a.beschreibung());
    a.url().ifPresent(u -> s.put("url", u));
    a.email().ifPresent(e -> s.put("email", e));
    s.put("status", a.status().hsdsCode());
    a.zugang().ifPresent(z -> s.put("eligibility_description", z));
    a.alter()
        .ifPresent(
            alter -> {
              s.put("minimum_age", alter.von());
              if (alter.bis() != null) {
                s.put("maximum_age", alter.bis());
              }
            });
    s.put("fees_description", gebuehren(a));
    a.zuletztGeprueft().ifPresent(d -> s.put("assured_date", d.toString()));
    s.set("organization", organisation(k, organisationId, a, traeger.orElse(null)));
    ArrayNode orte = s.putArray("service_at_locations");
    for (Standort o : a.standorte()) {
      orte.add(serviceAtLocation(k, id, a, o));
    }
    ArrayNode plaene = s.putArray("schedules");
    for (int i = 0; i < a.zeitplaene().size(); i++) {
      plaene.add(zeitplan(k, id, a, i, a.zeitplaene().get(i)));
    }
    ArrayNode gebiete = s.putArray("service_areas");
    for (SozialraumId r : a.sozialraeume()) {
      gebiete.add(gebiet(k, id, a, r));
    }
    ArrayNode kosten = s.putArray("cost_options");
    for (int i = 0; i < a.kosten().size(); i++) {
      Kostenoption ko = a.kosten().get(i);
      ObjectNode c = kosten.addObject();
      c.put("id", NamensUuid.von("kosten", k.ags, a.id().wert(), Integer.toString(i + 1)));
      c.put("service_id", id);
      if (ko.beschreibung() != null) {
        c.put("option", ko.beschreibung());
      }
      c.put("currency", "EUR");
      c.put("amount", ko.betrag().euro());
      c.put("amount_description", ko.einheit());
    }
    ArrayNode finanzierung = s.putArray("funding");
    for (int i = 0; i < a.finanzierung().size(); i++) {
      ObjectNode f = finanzierung.addObject();
      f.put("id", NamensUuid.von("finanzierung", k.ags, a.id().wert(), Integer.toString(i + 1)));
      f.put("service_id", id);
      f.put("source", a.finanzierung().get(i));
    }
    ArrayNode attribute = s.putArray("attributes");
    attribute.add(
        attribut(
            id,
            "service",
            "kennung",
            null,
            "angebot",
            "Angebots-Id",
            "Die Id des Angebots in kekiz",
            a.id().wert()));
    for (Praeventionsebene e : a.ebenen()) {
      attribute.add(
          attribut(
              id,
              "service",
              "praeventionsebene",
              null,
              e.name().toLowerCase(Locale.ROOT),
              e.bezeichnung(),
              "Präventionsebene " + e.bezeichnung() + ": " + e.zielgruppe(),
              null));
    }
    for (String p : a.lebensphasen()) {
      Lebensphase phase = k.phasen.get(p);
      attribute.add(
          attribut(
              id,
              "service",
              "lebensphase",
              k.ags,
              p,
              phase != null ? phase.name() : p,
              phase != null
                  ? "Lebensphase " + phase.name() + " (Alter " + phase.alter() + ")"
                  : "Lebensphase " + p,
              null));
    }
    for (String h : a.handlungsfelder()) {
      Handlungsfeld feld = k.felder.get(h);
      String name = feld != null ? feld.name() : h;
      attribute.add(
          attribut(id, "service", "handlungsfeld", k.ags, h, name, "Handlungsfeld " + name, null));
    }
    for (String u : a.uebergaenge()) {
      Uebergang uebergang = k.uebergaenge.get(u);
      String name = uebergang != null ? uebergang.name() : u;
      attribute.add(
          attribut(
              id,
              "service",
              "uebergang",
              k.ags,
              u,
              name,
              "Das Angebot überbrückt den Übergang " + name,
              null));
    }
    a.kapazitaet().ifPresent(kap -> kapazitaet(attribute, id, kap));
    return s;
  }

  private static String gebuehren(Angebot a) {
    if (a.kostenfrei()) {
      return "kostenfrei";
    }
    return a.kosten().stream()
        .map(
            k ->
                k.betrag().deutsch()
                    + " "
                    + k.einheit()
                    + (k.beschreibung() != null ? " (" + k.beschreibung() + ")" : ""))
        .collect(Collectors.joining("; "));
  }

  private ObjectNode organisation(
      Kontext k, String organisationId, Angebot a, @Nullable Akteur traeger) {
    ObjectNode o = knoten.objectNode();
    o.put("id", organisationId);
    o.put("name", traeger != null ? traeger.name() : a.traeger().wert());
    o.put(
        "description",
        (traeger != null ? traeger.art().bezeichnung() + ", " : "")
            + "Akteur der Präventionskette "
            + k.kommuneName()
            + " ("
            + k.ags
            + ")");
    ObjectNode kennung = o.putArray("organization_identifiers").addObject();
    kennung.put("id", NamensUuid.von("akteur-kennung", k.ags, a.traeger().wert()));
    kennung.put("organization_id", organisationId);
    kennung.put("identifier_scheme", "kekiz");
    kennung.put("identifier_type", KENNUNG_AKTEUR);
    kennung.put("identifier", a.traeger().wert());
    if (traeger != null) {
      if (traeger.email() != null) {
        o.put("email", traeger.email());
      }
      if (traeger.url() != null) {
        o.put("website", traeger.url());
      }
    }
    return o;
  }

  private ObjectNode serviceAtLocation(Kontext k, String serviceId, Angebot a, Standort o) {
    String ortId = NamensUuid.von("standort", k.ags, o.id());
    ObjectNode sal = knoten.objectNode();
    sal.put("id", NamensUuid.von("angebot-standort", k.ags, a.id().wert(), o.id()));
    sal.put("service_id", serviceId);
    sal.put("location_id", ortId);
    ObjectNode ort = sal.putObject("location");
    ort.put("id", ortId);
    ort.put("location_type", o.art().hsdsCode());
    a.url().filter(u -> o.art() == Standortart.VIRTUELL).ifPresent(u -> ort.put("url", u));
    ort.put("name", o.name());
    ort.put("external_identifier", o.id());
    ort.put("external_identifier_type", "kekiz-standort");
    Koordinate koordinate = o.koordinate();
    if (koordinate != null) {
      ort.put("latitude", koordinate.breite());
      ort.put("longitude", koordinate.laenge());
    }
    ArrayNode adressen = ort.putArray("addresses");
    Adresse adresse = o.adresse();
    if (adresse != null) {
      ObjectNode ad = adressen.addObject();
      ad.put("id", NamensUuid.von("adresse", k.ags, o.id()));
      ad.put("location_id", ortId);
      ad.put("address_1", adresse.strasse());
      ad.put("city", adresse.ort());
      ad.put("state_province", land(k.kette.kommune()));
      ad.put("postal_code", adresse.postleitzahl());
      ad.put("country", "DE");
      ad.put("address_type", o.art().hsdsCode());
    }
    ArrayNode attribute = ort.putArray("attributes");
    SozialraumId raum = o.sozialraum();
    if (raum != null) {
      attribute.add(
          attribut(
              ortId,
              "location",
              "sozialraum",
              k.ags,
              raum.toString(),
              raumName(k, raum),
              "Der Standort liegt im Sozialraum " + raumName(k, raum) + " (" + raum + ")",
              null));
    }
    return sal;
  }

  private static String land(Gemeindeschluessel ags) {
    int land = Integer.parseInt(ags.land());
    return land >= 1 && land < LAENDER.length ? LAENDER[land] : ags.land();
  }

  private String raumName(Kontext k, SozialraumId raum) {
    Sozialraum s = k.raeume.get(raum);
    return s != null ? s.name() : raum.code();
  }

  private ObjectNode gebiet(Kontext k, String serviceId, Angebot a, SozialraumId raum) {
    ObjectNode g = knoten.objectNode();
    g.put("id", NamensUuid.von("gebiet", k.ags, a.id().wert(), raum.code()));
    g.put("service_id", serviceId);
    g.put("name", raumName(k, raum));
    g.put(
        "description",
        "Sozialraum " + raumName(k, raum) + " (" + raum + ") der Kommune " + k.kommuneName());
    Sozialraum s = k.raeume.get(raum);
    if (s != null && s.geometrie() != null) {
      g.put("extent", s.geometrie());
      g.put("extent_type", "geojson");
    }
    g.put("uri", "urn:kekiz:sozialraum:" + raum);
    return g;
  }

  private ObjectNode zeitplan(Kontext k, String serviceId, Angebot a, int nummer, Zeitplan z) {
    ObjectNode s = knoten.objectNode();
    s.put("id", NamensUuid.von("zeitplan", k.ags, a.id().wert(), Integer.toString(nummer + 1)));
    s.put("service_id", serviceId);
    Map<String, String> teile = z.teile();
    String freq = teile.get("FREQ");
    if ("WEEKLY".equals(freq) || "MONTHLY".equals(freq)) {
      s.put("freq", freq);
      ganzzahl(s, "interval", teile.get("INTERVAL"));
      ganzzahl(s, "count", teile.get("COUNT"));
      String until = teile.get("UNTIL");
      if (until != null) {
        s.put(
            "until",
            until.substring(0, 4) + "-" + until.substring(4, 6) + "-" + until.substring(6, 8));
      }
      text(s, "wkst", teile.get("WKST"));
      text(s, "byday", teile.get("BYDAY"));
      text(s, "byweekno", teile.get("BYWEEKNO"));
      text(s, "bymonthday", teile.get("BYMONTHDAY"));
      text(s, "byyearday", teile.get("BYYEARDAY"));
    }
    LocalTime von = z.von();
    LocalTime bis = z.bis();
    if (von != null) {
      s.put("opens_at", UHRZEIT.format(von));
    }
    if (bis != null) {
      s.put("closes_at", UHRZEIT.format(bis));
    }
    if (z.beschreibung() != null) {
      s.put("description", z.beschreibung());
    }
    s.put("notes", "RRULE:" + z.rrule() + " (Uhrzeiten in Ortszeit Europe/Berlin)");
    return s;
  }

  private static void ganzzahl(ObjectNode s, String feld, @Nullable String wert) {
    if (wert != null) {
      s.put(feld, Integer.parseInt(wert));
    }
  }

  private static void text(ObjectNode s, String feld, @Nullable String wert) {
    if (wert != null) {
      s.put(feld, wert);
    }
  }

  private void kapazitaet(ArrayNode attribute, String serviceId, Kapazitaet kap) {
    attribute.add(
        attribut(
            serviceId,
            "service",
            "kapazitaet",
            null,
            "plaetze",
            "Plätze",
            "Zahl der Plätze des Angebots (in " + kap.einheit() + ")",
            Integer.toString(kap.plaetze())));
    Integer frei = kap.freiePlaetze();
    if (frei != null) {
      attribute.add(
          attribut(
              serviceId,
              "service",
              "kapazitaet",
              null,
              "freie-plaetze",
              "Freie Plätze",
              "Zahl der freien Plätze des Angebots (in " + kap.einheit() + ")",
              Integer.toString(frei)));
    }
    attribute.add(
        attribut(
            serviceId,
            "service",
            "kapazitaet",
            null,
            "platzeinheit",
            "Platzeinheit",
            "Wofür ein Platz steht, z. B. Kinder oder Familien",
            kap.einheit()));
  }

  /**
   * An HSDS attribute linking entity {@code linkId} to a term of the kekiz taxonomy {@code
   * taxonomie}; terms of taxonomies that differ per Kommune ({@code ags} not null) get ids per
   * Kommune.
   */
  private ObjectNode attribut(
      String linkId,
      String linkEntity,
      String taxonomie,
      @Nullable String ags,
      String code,
      String name,
      String beschreibung,
      @Nullable String wert) {
    String taxonomieName = TAXONOMIE_PRAEFIX + taxonomie;
    String taxonomieId = NamensUuid.von("taxonomie", taxonomieName);
    String begriffId =
        ags == null
            ? NamensUuid.von("begriff", taxonomieName, code)
            : NamensUuid.von("begriff", taxonomieName, ags, code);
    ObjectNode a = knoten.objectNode();
    a.put("id", NamensUuid.von("attribut", linkEntity, linkId, taxonomieName, code));
    a.put("link_id", linkId);
    a.put("link_type", taxonomieName);
    a.put("link_entity", linkEntity);
    a.put("taxonomy_term_id", begriffId);
    if (wert != null) {
      a.put("value", wert);
    }
    ObjectNode t = a.putObject("taxonomy_term");
    t.put("id", begriffId);
    t.put("code", code);
    t.put("name", name);
    t.put("description", beschreibung);
    t.put("taxonomy", taxonomieName);
    t.put("taxonomy_id", taxonomieId);
    ObjectNode tx = t.putObject("taxonomy_detail");
    tx.put("id", taxonomieId);
    tx.put("name", taxonomieName);
    tx.put("description", TAXONOMIEN.getOrDefault(taxonomie, taxonomieName));
    tx.put("uri", "urn:kekiz:taxonomie:" + taxonomie);
    tx.put("version", "1.0");
    return a;
  }

  private static final ImmutableMap<String, String> TAXONOMIEN =
      ImmutableMap.of(
          "praeventionsebene",
          "Präventionsebenen: universell (alle Familien), selektiv (Gruppen mit erhöhtem Risiko),"
              + " indiziert (Familien mit sichtbaren Problemen)",
          "lebensphase",
          "Lebensphasen der Präventionskette der Kommune, von der Schwangerschaft bis zum"
              + " Übergang in den Beruf",
          "handlungsfeld",
          "Handlungsfelder der Präventionskette (Gesundheit, Bildung, Kinder- und Jugendhilfe,"
              + " Soziales, …)",
          "uebergang",
          "Übergänge zwischen Lebensphasen, die ein Angebot überbrückt",
          "sozialraum",
          "Sozialräume der Kommune (Stadtteile, Quartiere), Schlüssel AGS:Code",
          "kennung",
          "Kennungen der Objekte in kekiz, damit ein Import sie wiederfindet; der Wert steht in"
              + " value",
          "kapazitaet",
          "Platzangaben, für die HSDS 3.0 kein eigenes Feld hat; der Wert steht in value");

  /** Collects the optional Kommune. Not thread-safe. */
  public static final class Builder {
    private @Nullable Kommune kommune;

    private Builder() {}

    /**
     * The Kommune of the Kette, to name Sozialräume and attach their boundaries.
     *
     * @param kommune the Kette's Kommune, or null for none
     * @return this builder
     */
    public Builder kommune(@Nullable Kommune kommune) {
      this.kommune = kommune;
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer, immutable
     */
    public HsdsAngebotWriter build() {
      return new HsdsAngebotWriter(this);
    }
  }
}
