package de.kekiz.reporting.json;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
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
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Beitragsart;
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
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
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
import de.kekiz.domain.programm.Angabe;
import de.kekiz.domain.programm.Angaben;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.domain.programm.Programmrolle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads every domain type from its JSON object; the inverse of {@link Schreiben}. */
final class Lesen {
  private Lesen() {}

  // ------------------------------------------------------------------ text forms

  static LocalDate datum(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "needs a date such as '2023-12-31', got '" + text + "'", e);
    }
  }

  static LocalTime uhrzeit(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("needs a time such as '15:30', got '" + text + "'", e);
    }
  }

  static MonthDay monatTag(String text) {
    try {
      return MonthDay.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "needs a month and day such as '--03-01', got '" + text + "'", e);
    }
  }

  static BigDecimal dezimalText(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "needs a decimal number such as '12.5', got '" + text + "'", e);
    }
  }

  static Geldbetrag geldbetrag(String text) {
    return new Geldbetrag(dezimalText(text));
  }

  static Stellenanteil stellenanteil(String text) {
    return new Stellenanteil(dezimalText(text));
  }

  // ------------------------------------------------------------------ shared

  static Zeitraum zeitraum(Knoten k) {
    return new Zeitraum(k.wert("von", Lesen::datum), k.wertOderNull("bis", Lesen::datum));
  }

  static Aufschluesselung aufschluesselung(Knoten k, String feld) {
    return k.objekt(feld, Knoten::alsAufschluesselung);
  }

  /** A breakdown written on its own: the object itself holds the codes. */
  static Aufschluesselung aufschluesselungWurzel(Knoten k) {
    return k.alsAufschluesselung();
  }

  // ------------------------------------------------------------------ kommune

  static Bevoelkerungsstand bevoelkerungsstand(Knoten k) {
    return new Bevoelkerungsstand(
        k.wert("stichtag", Lesen::datum),
        k.wert("altersgruppe", Altersspanne::parse),
        k.langzahl("anzahl"));
  }

  static Foerderung foerderung(Knoten k) {
    return new Foerderung(
        k.ganzzahl("jahr"),
        k.konstante("quelle", Finanzierungsquelle.class),
        new Geldbetrag(k.dezimal("betrag")));
  }

  static Programm programm(Knoten k) {
    return new Programm(k.text("key"), k.text("name"));
  }

  static Programmteilnahme programmteilnahme(Knoten k) {
    BigDecimal koordination = k.dezimalOderNull("koordination");
    return new Programmteilnahme(
        k.objekt("programm", Lesen::programm),
        k.text("phase"),
        k.objekt("zeitraum", Lesen::zeitraum),
        k.objekte("foerderungen", Lesen::foerderung),
        koordination == null ? null : new Stellenanteil(koordination));
  }

  static Sozialraum sozialraum(Knoten k) {
    return new Sozialraum(
        k.wert("id", SozialraumId::parse),
        k.ganzzahl("gebietsstand"),
        k.text("name"),
        k.konstante("ebene", Sozialraumebene.class),
        k.wertOderNull("uebergeordnet", SozialraumId::parse),
        k.objekt("gueltigkeit", Lesen::zeitraum),
        k.textOderNull("geometrie"),
        k.objekte("bevoelkerung", Lesen::bevoelkerungsstand));
  }

  static Kommune kommune(Knoten k) {
    return Kommune.builder(
            k.wert("schluessel", Gemeindeschluessel::parse),
            k.text("name"),
            k.konstante("art", Kommunenart.class))
        .kreisfrei(k.wahrheitswert("kreisfrei"))
        .kreis(k.wertOderNull("kreis", Kreisschluessel::parse))
        .jugendamt(k.wert("jugendamt", Gemeindeschluessel::parse))
        .sozialraeume(k.objekte("sozialraeume", Lesen::sozialraum))
        .teilnahmen(k.objekte("teilnahmen", Lesen::programmteilnahme))
        .bevoelkerung(k.objekte("bevoelkerung", Lesen::bevoelkerungsstand))
        .revision(k.langzahl("revision"))
        .build();
  }

  // ------------------------------------------------------------------ indikator

  static Indikator indikator(Knoten k) {
    return Indikator.builder(k.wert("key", IndikatorKey::of), k.ganzzahl("version"))
        .gueltigkeit(k.objekt("gueltigkeit", Lesen::zeitraum))
        .name(k.text("name"))
        .zaehlerDefinition(k.text("zaehlerDefinition"))
        .nennerDefinition(k.textOderNull("nennerDefinition"))
        .faktor(k.dezimal("faktor"))
        .einheit(k.text("einheit"))
        .anteil(k.wahrheitswert("anteil"))
        .polaritaet(k.konstante("polaritaet", Polaritaet.class))
        .quelle(k.text("quelle"))
        .ebene(k.konstante("ebene", RaeumlicheEbene.class))
        .periodizitaet(k.konstante("periodizitaet", Periodizitaet.class))
        .stichtag(k.wertOderNull("stichtag", Lesen::monatTag))
        .dimensionen(k.werte("dimensionen", Function.identity()))
        .aenderungshinweis(k.textOderNull("aenderungshinweis"))
        .nachkommastellen(k.ganzzahlOderNull("nachkommastellen"))
        .synthetisch(k.wahrheitswert("synthetisch", false))
        .revision(k.langzahl("revision"))
        .build();
  }

  static Messwert messwert(Knoten k) {
    return new Messwert(
        k.wert("indikator", IndikatorRef::parse),
        k.wert("raum", Raumbezug::parse),
        k.wert("periode", Periode::parse),
        aufschluesselung(k, "aufschluesselung"),
        k.dezimalOderNull("zaehler"),
        k.dezimalOderNull("nenner"),
        k.konstante("obsStatus", ObsStatus.class),
        k.konstante("confStatus", ConfStatus.class));
  }

  static MesswertSchluessel messwertSchluessel(Knoten k) {
    return new MesswertSchluessel(
        k.wert("indikator", IndikatorRef::parse),
        k.wert("raum", Raumbezug::parse),
        k.wert("periode", Periode::parse),
        aufschluesselung(k, "aufschluesselung"));
  }

  // ------------------------------------------------------------------ leitbild

  static Zielwert zielwert(Knoten k) {
    return new Zielwert(
        k.wert("indikator", IndikatorKey::of),
        k.dezimal("wert"),
        k.konstante("richtung", Zielrichtung.class),
        k.wert("frist", Lesen::datum),
        k.wertOderNull("sozialraum", SozialraumId::parse),
        k.dezimalOderNull("ausgangswert"));
  }

  static Handlungsziel handlungsziel(Knoten k) {
    return new Handlungsziel(
        k.text("key"),
        k.text("titel"),
        k.werte("indikatoren", IndikatorKey::of),
        k.objekte("zielwerte", Lesen::zielwert));
  }

  static Leitziel leitziel(Knoten k) {
    return new Leitziel(
        k.text("key"),
        k.text("titel"),
        k.textOderNull("beschreibung"),
        k.objekte("handlungsziele", Lesen::handlungsziel));
  }

  static Leitbild leitbild(Knoten k) {
    return Leitbild.builder(
            k.wert("kommune", Gemeindeschluessel::parse), k.ganzzahl("fassung"), k.text("titel"))
        .beschlossenAm(k.wertOderNull("beschlossenAm", Lesen::datum))
        .gremium(k.textOderNull("gremium"))
        .leitlinien(k.konstanten("leitlinien", Praeventionsleitlinie.class))
        .leitziele(k.objekte("leitziele", Lesen::leitziel))
        .revision(k.langzahl("revision"))
        .build();
  }

  // ------------------------------------------------------------------ angebot

  static Adresse adresse(Knoten k) {
    return new Adresse(k.text("strasse"), k.text("postleitzahl"), k.text("ort"));
  }

  static Koordinate koordinate(Knoten k) {
    return new Koordinate(k.dezimal("breite"), k.dezimal("laenge"));
  }

  static Standort standort(Knoten k) {
    return new Standort(
        k.text("id"),
        k.text("name"),
        k.konstante("art", Standortart.class),
        k.objektOderNull("adresse", Lesen::adresse),
        k.objektOderNull("koordinate", Lesen::koordinate),
        k.wertOderNull("sozialraum", SozialraumId::parse));
  }

  static Zeitplan zeitplan(Knoten k) {
    return new Zeitplan(
        k.text("rrule"),
        k.wertOderNull("von", Lesen::uhrzeit),
        k.wertOderNull("bis", Lesen::uhrzeit),
        k.textOderNull("beschreibung"));
  }

  static Kapazitaet kapazitaet(Knoten k) {
    return new Kapazitaet(
        k.ganzzahl("plaetze"), k.ganzzahlOderNull("freiePlaetze"), k.text("einheit"));
  }

  static Kostenoption kostenoption(Knoten k) {
    return new Kostenoption(
        new Geldbetrag(k.dezimal("betrag")), k.text("einheit"), k.textOderNull("beschreibung"));
  }

  static Angebot angebot(Knoten k) {
    Angebot.Builder b =
        Angebot.builder(
                k.wert("id", AngebotId::of), k.text("name"), k.wert("traeger", AkteurId::of))
            .beschreibung(k.text("beschreibung"))
            .standorte(k.objekte("standorte", Lesen::standort))
            .zeitplaene(k.objekte("zeitplaene", Lesen::zeitplan).toArray(new Zeitplan[0]))
            .alter(k.wertOderNull("alter", Altersspanne::parse))
            .zugang(k.textOderNull("zugang"))
            .ebenen(
                k.konstanten("ebenen", Praeventionsebene.class).toArray(new Praeventionsebene[0]))
            .lebensphasen(k.werte("lebensphasen", Function.identity()).toArray(new String[0]))
            .handlungsfelder(k.werte("handlungsfelder", Function.identity()).toArray(new String[0]))
            .uebergaenge(k.werte("uebergaenge", Function.identity()).toArray(new String[0]))
            .sozialraeume(k.werte("sozialraeume", SozialraumId::parse))
            .kapazitaet(k.objektOderNull("kapazitaet", Lesen::kapazitaet))
            .kosten(k.objekte("kosten", Lesen::kostenoption).toArray(new Kostenoption[0]))
            .finanzierung(k.werte("finanzierung", Function.identity()).toArray(new String[0]))
            .status(k.konstante("status", AngebotStatus.class))
            .zuletztGeprueft(k.wertOderNull("zuletztGeprueft", Lesen::datum))
            .url(k.textOderNull("url"))
            .email(k.textOderNull("email"))
            .gueltigkeit(k.objektOderNull("gueltigkeit", Lesen::zeitraum));
    return b.build();
  }

  // ------------------------------------------------------------------ kette

  static Lebensphase lebensphase(Knoten k) {
    return new Lebensphase(k.text("key"), k.text("name"), k.wert("alter", Altersspanne::parse));
  }

  static Handlungsfeld handlungsfeld(Knoten k) {
    return new Handlungsfeld(k.text("key"), k.text("name"));
  }

  static Uebergang uebergang(Knoten k) {
    return new Uebergang(
        k.text("key"),
        k.text("name"),
        k.text("vonPhase"),
        k.text("nachPhase"),
        k.werte("indikatoren", IndikatorKey::of));
  }

  static Akteur akteur(Knoten k) {
    return new Akteur(
        k.wert("id", AkteurId::of),
        k.text("name"),
        k.konstante("art", Akteursart.class),
        ImmutableSortedSet.copyOf(k.werte("handlungsfelder", Function.identity())),
        k.textOderNull("url"),
        k.textOderNull("email"));
  }

  static Netzwerk netzwerk(Knoten k) {
    return new Netzwerk(
        k.text("key"),
        k.text("name"),
        ImmutableSortedSet.copyOf(k.werte("mitglieder", AkteurId::of)),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Mitglied mitglied(Knoten k) {
    return new Mitglied(
        k.text("funktion"),
        k.text("bereich"),
        k.wertOderNull("akteur", AkteurId::of),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Steuerungsgruppe steuerungsgruppe(Knoten k) {
    return new Steuerungsgruppe(
        k.text("name"),
        k.objekte("mitglieder", Lesen::mitglied),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Arbeitsgemeinschaft arbeitsgemeinschaft(Knoten k) {
    return new Arbeitsgemeinschaft(
        k.text("key"),
        k.text("name"),
        ImmutableSortedSet.copyOf(k.werte("lebensphasen", Function.identity())),
        k.objekte("mitglieder", Lesen::mitglied),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Koordination koordination(Knoten k) {
    BigDecimal anteil = k.dezimalOderNull("anteil"); // left out when not known
    return new Koordination(
        k.text("stelle"),
        anteil == null ? null : new Stellenanteil(anteil),
        k.text("angesiedeltBei"),
        Set.copyOf(k.konstanten("finanzierung", Finanzierungsquelle.class)),
        k.objektOderNull("programm", Lesen::programm),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Steuerung steuerung(Knoten k) {
    List<Koordination> posten = new ArrayList<>(k.objekte("koordinationen", Lesen::koordination));
    // files written before a chain could have several posts name the one post "koordination"
    Koordination einzige = k.objektOderNull("koordination", Lesen::koordination);
    if (einzige != null) {
      posten.add(einzige);
    }
    return new Steuerung(
        k.objektOderNull("gruppe", Lesen::steuerungsgruppe),
        k.objekte("ags", Lesen::arbeitsgemeinschaft),
        posten);
  }

  static Zielbeitrag zielbeitrag(Knoten k) {
    return new Zielbeitrag(
        k.text("handlungsziel"),
        k.konstante("art", Beitragsart.class),
        k.text("beitragender"),
        k.textOderNull("aufgabe"),
        k.objektOderNull("gueltigkeit", Lesen::zeitraum));
  }

  static Praeventionskette praeventionskette(Knoten k) {
    List<Netzwerk> netzwerke = k.objekte("netzwerke", Lesen::netzwerk);
    return Praeventionskette.builder(k.wert("kommune", Gemeindeschluessel::parse))
        .lebensphasen(k.objekte("lebensphasen", Lesen::lebensphase))
        .uebergaenge(k.objekte("uebergaenge", Lesen::uebergang))
        .handlungsfelder(k.objekte("handlungsfelder", Lesen::handlungsfeld))
        .akteure(k.objekte("akteure", Lesen::akteur))
        .netzwerke(netzwerke.toArray(new Netzwerk[0]))
        .steuerung(k.objekt("steuerung", Lesen::steuerung))
        .angebote(k.objekte("angebote", Lesen::angebot))
        .zielbeitraege(k.objekte("zielbeitraege", Lesen::zielbeitrag))
        .revision(k.langzahl("revision"))
        .build();
  }

  // ------------------------------------------------------------------ programm

  static Phasenteilnehmer phasenteilnehmer(Knoten k) {
    return new Phasenteilnehmer(
        k.wert("kommune", Gemeindeschluessel::parse),
        k.text("name"),
        new java.util.HashSet<>(k.werte("verbund", Gemeindeschluessel::parse)));
  }

  private static Angaben<LocalDate> datumsangaben(Knoten k, String name) {
    return new Angaben<>(
        k.objekte(name, e -> Angabe.of(e.wert("wert", Lesen::datum), e.wert("beleg", Beleg::of))));
  }

  private static Angaben<Integer> zahlangaben(Knoten k, String name) {
    return new Angaben<>(
        k.objekte(name, e -> Angabe.of(e.ganzzahl("wert"), e.wert("beleg", Beleg::of))));
  }

  static Programmphase programmphase(Knoten k) {
    return new Programmphase(
        k.text("key"),
        k.text("name"),
        k.wert("beginn", Lesen::datum),
        datumsangaben(k, "ende"),
        zahlangaben(k, "neueKommunen"),
        zahlangaben(k, "teilnehmerzahlVeroeffentlicht"),
        k.objekte("teilnehmer", Lesen::phasenteilnehmer));
  }

  static Programmakteur programmakteur(Knoten k) {
    return new Programmakteur(
        k.text("name"), k.konstante("rolle", Programmrolle.class), k.wert("beleg", Beleg::of));
  }

  static Haushaltsansatz haushaltsansatz(Knoten k) {
    return new Haushaltsansatz(
        k.ganzzahl("jahr"),
        new java.util.HashSet<>(k.konstanten("quellen", Finanzierungsquelle.class)),
        new Geldbetrag(k.dezimal("betrag")),
        k.wert("beleg", Beleg::of));
  }

  static Foerderprogramm foerderprogramm(Knoten k) {
    Long revision = k.langzahlOderNull("revision");
    return new Foerderprogramm(
        k.objekt("programm", Lesen::programm),
        k.objekte("phasen", Lesen::programmphase),
        k.objekte("akteure", Lesen::programmakteur),
        k.objekte("haushalt", Lesen::haushaltsansatz),
        revision == null ? 0 : revision);
  }

  // ------------------------------------------------------------------ lernnetzwerk

  static Termin termin(Knoten k) {
    Integer monat = k.ganzzahlOderNull("monat");
    if (monat != null && (monat < 1 || monat > 12)) {
      throw new IllegalArgumentException("Termin needs a month from 1 to 12, got " + monat);
    }
    return new Termin(
        k.ganzzahlOderNull("jahr"),
        monat == null ? null : java.time.Month.of(monat),
        k.ganzzahlOderNull("tag"));
  }

  static Praxisbezug praxisbezug(Knoten k) {
    return new Praxisbezug(k.konstante("art", Praxisart.class), k.textOderNull("verweis"));
  }

  static Beitrag beitrag(Knoten k) {
    return new Beitrag(
        k.wert("kommune", Gemeindeschluessel::parse),
        k.text("titel"),
        k.objekt("bezug", Lesen::praxisbezug),
        k.wert("beleg", Beleg::of));
  }

  static Arbeitsgruppe arbeitsgruppe(Knoten k) {
    return new Arbeitsgruppe(k.textOderNull("thema"), k.objekte("beitraege", Lesen::beitrag));
  }

  static Lernnetzwerktreffen lernnetzwerktreffen(Knoten k) {
    return new Lernnetzwerktreffen(
        k.ganzzahl("nummer"),
        k.objekt("termin", Lesen::termin),
        k.textOderNull("ort"),
        k.wertOderNull("gastgeber", Gemeindeschluessel::parse),
        k.textOderNull("motto"),
        k.ganzzahlOderNull("teilnehmerzahl"),
        k.werte("teilnehmer", Gemeindeschluessel::parse),
        k.ganzzahlOderNull("arbeitsgruppenzahl"),
        k.objekte("arbeitsgruppen", Lesen::arbeitsgruppe),
        k.objekte("plenum", Lesen::beitrag),
        k.werte("belege", Beleg::of));
  }

  static Lernnetzwerk lernnetzwerk(Knoten k) {
    Long revision = k.langzahlOderNull("revision");
    return new Lernnetzwerk(
        k.objekt("programm", Lesen::programm),
        k.objekte("treffen", Lesen::lernnetzwerktreffen),
        revision == null ? 0 : revision);
  }
}
