package de.kekiz.importe;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.IndikatorKey;
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
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.importe.Kettenleser.Merkmal;
import de.kekiz.importe.Kettenleser.Zuordnungsteil;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Fills the sheets of the Präventionskette and of the Angebote of a planning workbook (for {@link
 * ArbeitsmappeSchreiber}), so that {@link Kettenleser} reads the same chain back; and writes their
 * code lists and drop-down lists.
 */
final class Kettenschreiber {

  private final Worksheet[] blaetter;
  private final int[] naechste = new int[Arbeitsmappenblatt.values().length];

  Kettenschreiber(Worksheet[] blaetter) {
    this.blaetter = blaetter;
    Arrays.fill(naechste, 1);
  }

  /** The code lists in columns D to L of the sheet Listen, and every drop-down list they feed. */
  static void auswahllisten(Worksheet listen, Worksheet[] blaetter) {
    String arten = liste(listen, 3, "Akteursart", Akteursart.values(), Akteursart::bezeichnung);
    String gremien =
        ArbeitsmappeSchreiber.liste(
            listen,
            4,
            "Gremium",
            List.of(Kettenleser.STEUERUNGSGRUPPE, Kettenleser.ARBEITSGEMEINSCHAFT));
    // the sources of a Koordination's funding, for reference: the column Wert of the sheet
    // Zuordnungen holds values of several kinds, so it offers no single drop-down list
    liste(
        listen, 5, "Finanzierung", Finanzierungsquelle.values(), Finanzierungsquelle::bezeichnung);
    String status = liste(listen, 6, "Status", AngebotStatus.values(), AngebotStatus::bezeichnung);
    String orte = liste(listen, 7, "Standortart", Standortart.values(), Standortart::bezeichnung);
    String beitraege = liste(listen, 8, "Beitrag", Beitragsart.values(), Beitragsart::bezeichnung);
    String teile = liste(listen, 9, "Teil", Zuordnungsteil.values(), Zuordnungsteil::bezeichnung);
    String merkmale = liste(listen, 10, "Merkmal", Merkmal.values(), Merkmal::bezeichnung);
    liste(
        listen, 11, "Präventionsebene", Praeventionsebene.values(), Praeventionsebene::bezeichnung);
    String phasen = ArbeitsmappeSchreiber.bereich("Lebensphasen", 1);
    String akteure = ArbeitsmappeSchreiber.bereich("Akteure", 1);
    String angebote = ArbeitsmappeSchreiber.bereich("Angebote", 1);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.UEBERGAENGE, 3, phasen);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.UEBERGAENGE, 4, phasen);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.AKTEURE, 3, arten);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.GREMIEN, 2, gremien);
    ArbeitsmappeSchreiber.auswahl(
        blaetter, Arbeitsmappenblatt.SITZE, 1, ArbeitsmappeSchreiber.bereich("Gremien", 1));
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.SITZE, 4, akteure);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ANGEBOTE, 4, akteure);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ANGEBOTE, 5, status);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.STANDORTE, 1, angebote);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.STANDORTE, 4, orte);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ZEITPLAENE, 1, angebote);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.KOSTEN, 1, angebote);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ZUORDNUNGEN, 1, teile);
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ZUORDNUNGEN, 3, merkmale);
    ArbeitsmappeSchreiber.auswahl(
        blaetter,
        Arbeitsmappenblatt.ZIELBEITRAEGE,
        1,
        ArbeitsmappeSchreiber.bereich("Handlungsziele", 2));
    ArbeitsmappeSchreiber.auswahl(blaetter, Arbeitsmappenblatt.ZIELBEITRAEGE, 2, beitraege);
  }

  private static <E> String liste(
      Worksheet listen, int spalte, String kopf, E[] werte, Function<E, String> bezeichnung) {
    return ArbeitsmappeSchreiber.liste(
        listen, spalte, kopf, Arrays.stream(werte).map(bezeichnung).toList());
  }

  /** Writes the chain's structure ({@code mitKette}) and its Angebote ({@code mitAngeboten}). */
  void fuelle(Praeventionskette k, boolean mitKette, boolean mitAngeboten) {
    if (mitKette) {
      struktur(k);
    }
    if (mitAngeboten) {
      for (Angebot a : k.angebote()) {
        angebot(a);
      }
    }
    if (mitKette) {
      for (Zielbeitrag z : k.zielbeitraege()) {
        zeile(
            Arbeitsmappenblatt.ZIELBEITRAEGE,
            z.handlungsziel(),
            z.art().bezeichnung(),
            z.beitragender(),
            z.aufgabe(),
            von(z.gueltigkeit()),
            bis(z.gueltigkeit()));
      }
    }
  }

  private void struktur(Praeventionskette k) {
    for (Lebensphase p : k.lebensphasen()) {
      zeile(Arbeitsmappenblatt.LEBENSPHASEN, p.key(), p.name(), p.alter().von(), p.alter().bis());
    }
    for (Uebergang u : k.uebergaenge()) {
      zeile(Arbeitsmappenblatt.UEBERGAENGE, u.key(), u.name(), u.vonPhase(), u.nachPhase());
      for (IndikatorKey i : u.indikatoren()) {
        zuordnung(Zuordnungsteil.UEBERGANG, u.key(), Merkmal.INDIKATOR, i.wert());
      }
    }
    for (Handlungsfeld f : k.handlungsfelder()) {
      zeile(Arbeitsmappenblatt.HANDLUNGSFELDER, f.key(), f.name());
    }
    for (Akteur a : k.akteure()) {
      zeile(
          Arbeitsmappenblatt.AKTEURE,
          a.id().wert(),
          a.name(),
          a.art().bezeichnung(),
          a.url(),
          a.email());
      for (String f : a.handlungsfelder()) {
        zuordnung(Zuordnungsteil.AKTEUR, a.id().wert(), Merkmal.HANDLUNGSFELD, f);
      }
    }
    for (Netzwerk n : k.netzwerke()) {
      Zeitraum g = n.gueltigkeit();
      zeile(Arbeitsmappenblatt.NETZWERKE, n.key(), n.name(), von(g), bis(g));
      for (var m : n.mitglieder()) {
        zuordnung(Zuordnungsteil.NETZWERK, n.key(), Merkmal.MITGLIED, m.wert());
      }
    }
    Steuerungsgruppe gruppe = k.steuerung().gruppe();
    if (gruppe != null) {
      String key = "steuerungsgruppe";
      while (k.steuerung().ag(key).isPresent()) {
        key = key + "-sg";
      }
      Zeitraum g = gruppe.gueltigkeit();
      zeile(
          Arbeitsmappenblatt.GREMIEN,
          key,
          Kettenleser.STEUERUNGSGRUPPE,
          gruppe.name(),
          von(g),
          bis(g));
      sitze(key, gruppe.mitglieder());
    }
    for (Arbeitsgemeinschaft ag : k.steuerung().ags()) {
      Zeitraum g = ag.gueltigkeit();
      zeile(
          Arbeitsmappenblatt.GREMIEN,
          ag.key(),
          Kettenleser.ARBEITSGEMEINSCHAFT,
          ag.name(),
          von(g),
          bis(g));
      sitze(ag.key(), ag.mitglieder());
      for (String p : ag.lebensphasen()) {
        zuordnung(Zuordnungsteil.GREMIUM, ag.key(), Merkmal.LEBENSPHASE, p);
      }
    }
    int nr = 1;
    for (Koordination ko : k.steuerung().koordinationen()) {
      String key = "k" + nr++;
      Programm p = ko.programm();
      Zeitraum g = ko.gueltigkeit();
      zeile(
          Arbeitsmappenblatt.KOORDINATION,
          key,
          ko.stelle(),
          ko.anteil() == null ? null : ko.anteil().anteil(),
          ko.angesiedeltBei(),
          p == null ? null : p.key(),
          p == null ? null : p.name(),
          von(g),
          bis(g));
      for (Finanzierungsquelle q : ko.finanzierung()) {
        zuordnung(Zuordnungsteil.KOORDINATION, key, Merkmal.FINANZIERUNG, q.bezeichnung());
      }
    }
  }

  private void sitze(String gremium, List<Mitglied> mitglieder) {
    for (Mitglied m : mitglieder) {
      Zeitraum g = m.gueltigkeit();
      zeile(
          Arbeitsmappenblatt.SITZE,
          gremium,
          m.funktion(),
          m.bereich(),
          m.akteur() == null ? null : m.akteur().wert(),
          von(g),
          bis(g));
    }
  }

  private void angebot(Angebot a) {
    String id = a.id().wert();
    Zeitraum g = a.gueltigkeit().orElse(null);
    Kapazitaet k = a.kapazitaet().orElse(null);
    zeile(
        Arbeitsmappenblatt.ANGEBOTE,
        id,
        a.name(),
        a.beschreibung(),
        a.traeger().wert(),
        a.status().bezeichnung(),
        a.alter().map(x -> (Object) x.von()).orElse(null),
        a.alter().map(x -> (Object) x.bis()).orElse(null),
        a.zugang().orElse(null),
        k == null ? null : k.plaetze(),
        k == null ? null : k.freiePlaetze(),
        k == null ? null : k.einheit(),
        von(g),
        bis(g),
        a.zuletztGeprueft().orElse(null),
        a.url().orElse(null),
        a.email().orElse(null));
    for (Standort s : a.standorte()) {
      Adresse ad = s.adresse();
      Koordinate ko = s.koordinate();
      SozialraumId r = s.sozialraum();
      zeile(
          Arbeitsmappenblatt.STANDORTE,
          id,
          s.id(),
          s.name(),
          s.art().bezeichnung(),
          ad == null ? null : ad.strasse(),
          ad == null ? null : ad.postleitzahl(),
          ad == null ? null : ad.ort(),
          ko == null ? null : ko.breite(),
          ko == null ? null : ko.laenge(),
          r == null ? null : r.code());
    }
    for (Zeitplan z : a.zeitplaene()) {
      zeile(
          Arbeitsmappenblatt.ZEITPLAENE,
          id,
          z.rrule(),
          uhrzeit(z.von()),
          uhrzeit(z.bis()),
          z.beschreibung());
    }
    for (Kostenoption ko : a.kosten()) {
      zeile(Arbeitsmappenblatt.KOSTEN, id, ko.betrag().euro(), ko.einheit(), ko.beschreibung());
    }
    for (SozialraumId r : a.sozialraeume()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.SOZIALRAUM, r.code());
    }
    for (Praeventionsebene e : a.ebenen()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.PRAEVENTIONSEBENE, e.bezeichnung());
    }
    for (String p : a.lebensphasen()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.LEBENSPHASE, p);
    }
    for (String f : a.handlungsfelder()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.HANDLUNGSFELD, f);
    }
    for (String u : a.uebergaenge()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.UEBERGANG, u);
    }
    for (String f : a.finanzierung()) {
      zuordnung(Zuordnungsteil.ANGEBOT, id, Merkmal.FINANZIERUNG, f);
    }
  }

  private static @Nullable String uhrzeit(@Nullable LocalTime t) {
    return t == null ? null : t.toString();
  }

  private static java.time.@Nullable LocalDate von(@Nullable Zeitraum g) {
    return g == null ? null : g.von();
  }

  private static java.time.@Nullable LocalDate bis(@Nullable Zeitraum g) {
    return g == null ? null : g.bis();
  }

  private void zuordnung(Zuordnungsteil teil, String schluessel, Merkmal merkmal, String wert) {
    zeile(
        Arbeitsmappenblatt.ZUORDNUNGEN,
        teil.bezeichnung(),
        schluessel,
        merkmal.bezeichnung(),
        wert);
  }

  /** Writes the next row of {@code blatt}: text, numbers and dates; null leaves a cell empty. */
  private void zeile(Arbeitsmappenblatt blatt, @Nullable Object... werte) {
    Worksheet ws = blaetter[blatt.ordinal()];
    int r = naechste[blatt.ordinal()]++;
    for (int c = 0; c < werte.length; c++) {
      Object w = werte[c];
      if (w instanceof java.time.LocalDate d) {
        ArbeitsmappeSchreiber.datum(ws, r, c, d);
      } else if (w instanceof Number n) {
        ws.value(r, c, n);
      } else if (w != null) {
        ws.value(r, c, w.toString());
      }
    }
  }
}
