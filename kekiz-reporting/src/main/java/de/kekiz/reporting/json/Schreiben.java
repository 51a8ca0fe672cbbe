package de.kekiz.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kette.Akteur;
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
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.domain.lernnetzwerk.Arbeitsgruppe;
import de.kekiz.domain.lernnetzwerk.Beitrag;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisbezug;
import de.kekiz.domain.lernnetzwerk.Termin;
import de.kekiz.domain.programm.Angabe;
import de.kekiz.domain.programm.Angaben;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes every domain type as a JSON object; the inverse of {@link Lesen}. Absent optional parts
 * are left out, lists are always written (possibly empty), decimals are strings in plain notation
 * and enums their constant names. See {@code FORMAT.md} next to this class.
 */
final class Schreiben {

  /** Writes one value of type {@code T}. */
  @FunctionalInterface
  interface Schreiber<T> {
    void schreibe(JsonGenerator g, T wert) throws IOException;
  }

  private final boolean gesperrteWerte;

  /**
   * @param gesperrteWerte whether numerator and denominator of a {@link Messwert} whose CONF_STATUS
   *     is not F are written (for internal exchange only)
   */
  Schreiben(boolean gesperrteWerte) {
    this.gesperrteWerte = gesperrteWerte;
  }

  // ------------------------------------------------------------------ helpers

  private static void text(JsonGenerator g, String name, @Nullable Object wert) throws IOException {
    if (wert != null) {
      g.writeStringField(name, wert.toString());
    }
  }

  private static void dezimal(JsonGenerator g, String name, @Nullable BigDecimal wert)
      throws IOException {
    if (wert != null) {
      g.writeStringField(name, wert.toPlainString());
    }
  }

  private static void konstante(JsonGenerator g, String name, Enum<?> wert) throws IOException {
    g.writeStringField(name, wert.name());
  }

  private <T> void objekt(JsonGenerator g, String name, @Nullable T wert, Schreiber<T> schreiber)
      throws IOException {
    if (wert != null) {
      g.writeFieldName(name);
      schreiber.schreibe(g, wert);
    }
  }

  private <T> void objekte(
      JsonGenerator g, String name, Iterable<? extends T> werte, Schreiber<T> schreiber)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T wert : werte) {
      schreiber.schreibe(g, wert);
    }
    g.writeEndArray();
  }

  private static void texte(JsonGenerator g, String name, Iterable<?> werte) throws IOException {
    g.writeArrayFieldStart(name);
    for (Object wert : werte) {
      g.writeString(wert instanceof Enum<?> e ? e.name() : wert.toString());
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ shared

  void zeitraum(JsonGenerator g, Zeitraum z) throws IOException {
    g.writeStartObject();
    text(g, "von", z.von());
    text(g, "bis", z.bis());
    g.writeEndObject();
  }

  void aufschluesselung(JsonGenerator g, Aufschluesselung a) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : a.codes().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ kommune

  void bevoelkerungsstand(JsonGenerator g, Bevoelkerungsstand b) throws IOException {
    g.writeStartObject();
    text(g, "stichtag", b.stichtag());
    text(g, "altersgruppe", b.altersgruppe());
    g.writeNumberField("anzahl", b.anzahl());
    g.writeEndObject();
  }

  void foerderung(JsonGenerator g, Foerderung f) throws IOException {
    g.writeStartObject();
    g.writeNumberField("jahr", f.jahr());
    konstante(g, "quelle", f.quelle());
    dezimal(g, "betrag", f.betrag().euro());
    g.writeEndObject();
  }

  void programm(JsonGenerator g, Programm p) throws IOException {
    g.writeStartObject();
    text(g, "key", p.key());
    text(g, "name", p.name());
    g.writeEndObject();
  }

  void programmteilnahme(JsonGenerator g, Programmteilnahme t) throws IOException {
    g.writeStartObject();
    objekt(g, "programm", t.programm(), this::programm);
    text(g, "phase", t.phase());
    objekt(g, "zeitraum", t.zeitraum(), this::zeitraum);
    objekte(g, "foerderungen", t.foerderungen(), this::foerderung);
    if (t.koordination() != null) {
      dezimal(g, "koordination", t.koordination().anteil());
    }
    g.writeEndObject();
  }

  void sozialraum(JsonGenerator g, Sozialraum r) throws IOException {
    g.writeStartObject();
    text(g, "id", r.id());
    g.writeNumberField("gebietsstand", r.gebietsstand());
    text(g, "name", r.name());
    konstante(g, "ebene", r.ebene());
    text(g, "uebergeordnet", r.uebergeordnet());
    objekt(g, "gueltigkeit", r.gueltigkeit(), this::zeitraum);
    text(g, "geometrie", r.geometrie());
    objekte(g, "bevoelkerung", r.bevoelkerung(), this::bevoelkerungsstand);
    g.writeEndObject();
  }

  void kommune(JsonGenerator g, Kommune k) throws IOException {
    g.writeStartObject();
    text(g, "schluessel", k.schluessel());
    text(g, "name", k.name());
    konstante(g, "art", k.art());
    g.writeBooleanField("kreisfrei", k.kreisfrei());
    text(g, "kreis", k.kreis().orElse(null));
    text(g, "jugendamt", k.jugendamt());
    objekte(g, "sozialraeume", k.sozialraeume(), this::sozialraum);
    objekte(g, "teilnahmen", k.teilnahmen(), this::programmteilnahme);
    objekte(g, "bevoelkerung", k.bevoelkerung(), this::bevoelkerungsstand);
    g.writeNumberField("revision", k.revision());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ indikator

  void indikator(JsonGenerator g, Indikator i) throws IOException {
    g.writeStartObject();
    text(g, "key", i.key());
    g.writeNumberField("version", i.version());
    objekt(g, "gueltigkeit", i.gueltigkeit(), this::zeitraum);
    text(g, "name", i.name());
    text(g, "zaehlerDefinition", i.zaehlerDefinition());
    text(g, "nennerDefinition", i.nennerDefinition().orElse(null));
    dezimal(g, "faktor", i.faktor());
    text(g, "einheit", i.einheit());
    g.writeBooleanField("anteil", i.anteil());
    konstante(g, "polaritaet", i.polaritaet());
    text(g, "quelle", i.quelle());
    konstante(g, "ebene", i.ebene());
    konstante(g, "periodizitaet", i.periodizitaet());
    text(g, "stichtag", i.stichtag().orElse(null));
    texte(g, "dimensionen", i.dimensionen());
    text(g, "aenderungshinweis", i.aenderungshinweis().orElse(null));
    g.writeNumberField("nachkommastellen", i.nachkommastellen());
    g.writeBooleanField("synthetisch", i.synthetisch());
    g.writeNumberField("revision", i.revision());
    g.writeEndObject();
  }

  void messwert(JsonGenerator g, Messwert m) throws IOException {
    boolean mitWerten = gesperrteWerte || m.confStatus().veroeffentlichbar();
    g.writeStartObject();
    text(g, "indikator", m.indikator());
    text(g, "raum", m.raum());
    text(g, "periode", m.periode());
    objekt(g, "aufschluesselung", m.aufschluesselung(), this::aufschluesselung);
    if (mitWerten) {
      dezimal(g, "zaehler", m.zaehler());
      dezimal(g, "nenner", m.nenner());
    }
    konstante(g, "obsStatus", m.obsStatus());
    konstante(g, "confStatus", m.confStatus());
    g.writeEndObject();
  }

  void messwertSchluessel(JsonGenerator g, MesswertSchluessel m) throws IOException {
    g.writeStartObject();
    text(g, "indikator", m.indikator());
    text(g, "raum", m.raum());
    text(g, "periode", m.periode());
    objekt(g, "aufschluesselung", m.aufschluesselung(), this::aufschluesselung);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ leitbild

  void zielwert(JsonGenerator g, Zielwert z) throws IOException {
    g.writeStartObject();
    text(g, "indikator", z.indikator());
    dezimal(g, "wert", z.wert());
    konstante(g, "richtung", z.richtung());
    text(g, "frist", z.frist());
    text(g, "sozialraum", z.sozialraum());
    dezimal(g, "ausgangswert", z.ausgangswert());
    g.writeEndObject();
  }

  void handlungsziel(JsonGenerator g, Handlungsziel h) throws IOException {
    g.writeStartObject();
    text(g, "key", h.key());
    text(g, "titel", h.titel());
    texte(g, "indikatoren", h.indikatoren());
    objekte(g, "zielwerte", h.zielwerte(), this::zielwert);
    g.writeEndObject();
  }

  void leitziel(JsonGenerator g, Leitziel l) throws IOException {
    g.writeStartObject();
    text(g, "key", l.key());
    text(g, "titel", l.titel());
    text(g, "beschreibung", l.beschreibung());
    objekte(g, "handlungsziele", l.handlungsziele(), this::handlungsziel);
    g.writeEndObject();
  }

  void leitbild(JsonGenerator g, Leitbild l) throws IOException {
    g.writeStartObject();
    text(g, "kommune", l.kommune());
    g.writeNumberField("fassung", l.fassung());
    text(g, "titel", l.titel());
    text(g, "beschlossenAm", l.beschlossenAm().orElse(null));
    text(g, "gremium", l.gremium().orElse(null));
    texte(g, "leitlinien", l.leitlinien());
    objekte(g, "leitziele", l.leitziele(), this::leitziel);
    g.writeNumberField("revision", l.revision());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ angebot

  void adresse(JsonGenerator g, Adresse a) throws IOException {
    g.writeStartObject();
    text(g, "strasse", a.strasse());
    text(g, "postleitzahl", a.postleitzahl());
    text(g, "ort", a.ort());
    g.writeEndObject();
  }

  void koordinate(JsonGenerator g, Koordinate k) throws IOException {
    g.writeStartObject();
    dezimal(g, "breite", k.breite());
    dezimal(g, "laenge", k.laenge());
    g.writeEndObject();
  }

  void standort(JsonGenerator g, Standort o) throws IOException {
    g.writeStartObject();
    text(g, "id", o.id());
    text(g, "name", o.name());
    konstante(g, "art", o.art());
    objekt(g, "adresse", o.adresse(), this::adresse);
    objekt(g, "koordinate", o.koordinate(), this::koordinate);
    text(g, "sozialraum", o.sozialraum());
    g.writeEndObject();
  }

  void zeitplan(JsonGenerator g, Zeitplan z) throws IOException {
    g.writeStartObject();
    text(g, "rrule", z.rrule());
    text(g, "von", z.von());
    text(g, "bis", z.bis());
    text(g, "beschreibung", z.beschreibung());
    g.writeEndObject();
  }

  void kapazitaet(JsonGenerator g, Kapazitaet k) throws IOException {
    g.writeStartObject();
    g.writeNumberField("plaetze", k.plaetze());
    if (k.freiePlaetze() != null) {
      g.writeNumberField("freiePlaetze", k.freiePlaetze());
    }
    text(g, "einheit", k.einheit());
    g.writeEndObject();
  }

  void kostenoption(JsonGenerator g, Kostenoption k) throws IOException {
    g.writeStartObject();
    dezimal(g, "betrag", k.betrag().euro());
    text(g, "einheit", k.einheit());
    text(g, "beschreibung", k.beschreibung());
    g.writeEndObject();
  }

  void angebot(JsonGenerator g, Angebot a) throws IOException {
    g.writeStartObject();
    text(g, "id", a.id());
    text(g, "name", a.name());
    text(g, "beschreibung", a.beschreibung());
    text(g, "traeger", a.traeger());
    objekte(g, "standorte", a.standorte(), this::standort);
    objekte(g, "zeitplaene", a.zeitplaene(), this::zeitplan);
    text(g, "alter", a.alter().orElse(null));
    text(g, "zugang", a.zugang().orElse(null));
    texte(g, "ebenen", a.ebenen());
    texte(g, "lebensphasen", a.lebensphasen());
    texte(g, "handlungsfelder", a.handlungsfelder());
    texte(g, "uebergaenge", a.uebergaenge());
    texte(g, "sozialraeume", a.sozialraeume());
    objekt(g, "kapazitaet", a.kapazitaet().orElse(null), this::kapazitaet);
    objekte(g, "kosten", a.kosten(), this::kostenoption);
    texte(g, "finanzierung", a.finanzierung());
    konstante(g, "status", a.status());
    text(g, "zuletztGeprueft", a.zuletztGeprueft().orElse(null));
    text(g, "url", a.url().orElse(null));
    text(g, "email", a.email().orElse(null));
    objekt(g, "gueltigkeit", a.gueltigkeit().orElse(null), this::zeitraum);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ kette

  void lebensphase(JsonGenerator g, Lebensphase l) throws IOException {
    g.writeStartObject();
    text(g, "key", l.key());
    text(g, "name", l.name());
    text(g, "alter", l.alter());
    g.writeEndObject();
  }

  void handlungsfeld(JsonGenerator g, Handlungsfeld h) throws IOException {
    g.writeStartObject();
    text(g, "key", h.key());
    text(g, "name", h.name());
    g.writeEndObject();
  }

  void uebergang(JsonGenerator g, Uebergang u) throws IOException {
    g.writeStartObject();
    text(g, "key", u.key());
    text(g, "name", u.name());
    text(g, "vonPhase", u.vonPhase());
    text(g, "nachPhase", u.nachPhase());
    texte(g, "indikatoren", u.indikatoren());
    g.writeEndObject();
  }

  void akteur(JsonGenerator g, Akteur a) throws IOException {
    g.writeStartObject();
    text(g, "id", a.id());
    text(g, "name", a.name());
    konstante(g, "art", a.art());
    texte(g, "handlungsfelder", a.handlungsfelder());
    text(g, "url", a.url());
    text(g, "email", a.email());
    g.writeEndObject();
  }

  void netzwerk(JsonGenerator g, Netzwerk n) throws IOException {
    g.writeStartObject();
    text(g, "key", n.key());
    text(g, "name", n.name());
    texte(g, "mitglieder", n.mitglieder());
    objekt(g, "gueltigkeit", n.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void mitglied(JsonGenerator g, Mitglied m) throws IOException {
    g.writeStartObject();
    text(g, "funktion", m.funktion());
    text(g, "bereich", m.bereich());
    text(g, "akteur", m.akteur());
    objekt(g, "gueltigkeit", m.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void steuerungsgruppe(JsonGenerator g, Steuerungsgruppe sg) throws IOException {
    g.writeStartObject();
    text(g, "name", sg.name());
    objekte(g, "mitglieder", sg.mitglieder(), this::mitglied);
    objekt(g, "gueltigkeit", sg.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void arbeitsgemeinschaft(JsonGenerator g, Arbeitsgemeinschaft a) throws IOException {
    g.writeStartObject();
    text(g, "key", a.key());
    text(g, "name", a.name());
    texte(g, "lebensphasen", a.lebensphasen());
    objekte(g, "mitglieder", a.mitglieder(), this::mitglied);
    objekt(g, "gueltigkeit", a.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void koordination(JsonGenerator g, Koordination k) throws IOException {
    g.writeStartObject();
    text(g, "stelle", k.stelle());
    Stellenanteil anteil = k.anteil(); // may be unknown: then the field is left out
    dezimal(g, "anteil", anteil == null ? null : anteil.anteil());
    text(g, "angesiedeltBei", k.angesiedeltBei());
    texte(g, "finanzierung", k.finanzierung().stream().sorted().toList());
    objekt(g, "programm", k.programm(), this::programm);
    objekt(g, "gueltigkeit", k.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void steuerung(JsonGenerator g, Steuerung st) throws IOException {
    g.writeStartObject();
    objekt(g, "gruppe", st.gruppe(), this::steuerungsgruppe);
    objekte(g, "ags", st.ags(), this::arbeitsgemeinschaft);
    // one post as format 1.0 wrote it, so that 1.0 readers keep reading such chains; several
    // posts (since 1.1) as an array
    if (st.koordinationen().size() == 1) {
      objekt(g, "koordination", st.koordinationen().get(0), this::koordination);
    } else if (st.koordinationen().size() > 1) {
      objekte(g, "koordinationen", st.koordinationen(), this::koordination);
    }
    g.writeEndObject();
  }

  void zielbeitrag(JsonGenerator g, Zielbeitrag z) throws IOException {
    g.writeStartObject();
    text(g, "handlungsziel", z.handlungsziel());
    konstante(g, "art", z.art());
    text(g, "beitragender", z.beitragender());
    text(g, "aufgabe", z.aufgabe());
    objekt(g, "gueltigkeit", z.gueltigkeit(), this::zeitraum);
    g.writeEndObject();
  }

  void praeventionskette(JsonGenerator g, Praeventionskette k) throws IOException {
    g.writeStartObject();
    text(g, "kommune", k.kommune());
    objekte(g, "lebensphasen", k.lebensphasen(), this::lebensphase);
    objekte(g, "uebergaenge", k.uebergaenge(), this::uebergang);
    objekte(g, "handlungsfelder", k.handlungsfelder(), this::handlungsfeld);
    objekte(g, "akteure", k.akteure(), this::akteur);
    objekte(g, "netzwerke", k.netzwerke(), this::netzwerk);
    objekt(g, "steuerung", k.steuerung(), this::steuerung);
    objekte(g, "angebote", k.angebote(), this::angebot);
    objekte(g, "zielbeitraege", k.zielbeitraege(), this::zielbeitrag);
    g.writeNumberField("revision", k.revision());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ programm

  void phasenteilnehmer(JsonGenerator g, Phasenteilnehmer t) throws IOException {
    g.writeStartObject();
    text(g, "kommune", t.kommune());
    text(g, "name", t.name());
    texte(g, "verbund", t.verbund());
    g.writeEndObject();
  }

  private static void datumsangaben(JsonGenerator g, String name, Angaben<LocalDate> a)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Angabe<LocalDate> e : a.angaben()) {
      g.writeStartObject();
      text(g, "wert", e.wert());
      text(g, "beleg", e.beleg());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void zahlangaben(JsonGenerator g, String name, Angaben<Integer> a)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Angabe<Integer> e : a.angaben()) {
      g.writeStartObject();
      g.writeNumberField("wert", e.wert());
      text(g, "beleg", e.beleg());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  void programmphase(JsonGenerator g, Programmphase p) throws IOException {
    g.writeStartObject();
    text(g, "key", p.key());
    text(g, "name", p.name());
    text(g, "beginn", p.beginn());
    datumsangaben(g, "ende", p.ende());
    zahlangaben(g, "neueKommunen", p.neueKommunen());
    zahlangaben(g, "teilnehmerzahlVeroeffentlicht", p.teilnehmerzahlVeroeffentlicht());
    objekte(g, "teilnehmer", p.teilnehmer(), this::phasenteilnehmer);
    g.writeEndObject();
  }

  void programmakteur(JsonGenerator g, Programmakteur a) throws IOException {
    g.writeStartObject();
    text(g, "name", a.name());
    konstante(g, "rolle", a.rolle());
    text(g, "beleg", a.beleg());
    g.writeEndObject();
  }

  void haushaltsansatz(JsonGenerator g, Haushaltsansatz h) throws IOException {
    g.writeStartObject();
    g.writeNumberField("jahr", h.jahr());
    texte(g, "quellen", h.quellen());
    dezimal(g, "betrag", h.betrag().euro());
    text(g, "beleg", h.beleg());
    g.writeEndObject();
  }

  void foerderprogramm(JsonGenerator g, Foerderprogramm f) throws IOException {
    g.writeStartObject();
    objekt(g, "programm", f.programm(), this::programm);
    objekte(g, "phasen", f.phasen(), this::programmphase);
    objekte(g, "akteure", f.akteure(), this::programmakteur);
    objekte(g, "haushalt", f.haushalt(), this::haushaltsansatz);
    g.writeNumberField("revision", f.revision());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ lernnetzwerk

  void termin(JsonGenerator g, Termin t) throws IOException {
    g.writeStartObject();
    if (t.jahr() != null) {
      g.writeNumberField("jahr", t.jahr());
    }
    if (t.monat() != null) {
      g.writeNumberField("monat", t.monat().getValue());
    }
    if (t.tag() != null) {
      g.writeNumberField("tag", t.tag());
    }
    g.writeEndObject();
  }

  void praxisbezug(JsonGenerator g, Praxisbezug b) throws IOException {
    g.writeStartObject();
    konstante(g, "art", b.art());
    text(g, "verweis", b.verweis());
    g.writeEndObject();
  }

  void beitrag(JsonGenerator g, Beitrag b) throws IOException {
    g.writeStartObject();
    text(g, "kommune", b.kommune());
    text(g, "titel", b.titel());
    objekt(g, "bezug", b.bezug(), this::praxisbezug);
    text(g, "beleg", b.beleg());
    g.writeEndObject();
  }

  void arbeitsgruppe(JsonGenerator g, Arbeitsgruppe a) throws IOException {
    g.writeStartObject();
    text(g, "thema", a.thema());
    objekte(g, "beitraege", a.beitraege(), this::beitrag);
    g.writeEndObject();
  }

  void lernnetzwerktreffen(JsonGenerator g, Lernnetzwerktreffen t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("nummer", t.nummer());
    objekt(g, "termin", t.termin(), this::termin);
    text(g, "ort", t.ort());
    text(g, "gastgeber", t.gastgeber());
    text(g, "motto", t.motto());
    if (t.teilnehmerzahl() != null) {
      g.writeNumberField("teilnehmerzahl", t.teilnehmerzahl());
    }
    texte(g, "teilnehmer", t.teilnehmer());
    if (t.arbeitsgruppenzahl() != null) {
      g.writeNumberField("arbeitsgruppenzahl", t.arbeitsgruppenzahl());
    }
    objekte(g, "arbeitsgruppen", t.arbeitsgruppen(), this::arbeitsgruppe);
    objekte(g, "plenum", t.plenum(), this::beitrag);
    texte(g, "belege", t.belege());
    g.writeEndObject();
  }

  void lernnetzwerk(JsonGenerator g, Lernnetzwerk n) throws IOException {
    g.writeStartObject();
    objekt(g, "programm", n.programm(), this::programm);
    objekte(g, "treffen", n.treffen(), this::lernnetzwerktreffen);
    g.writeNumberField("revision", n.revision());
    g.writeEndObject();
  }
}
