package de.kekiz.reporting.bericht.internal;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.KommuneGebiet;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.SozialraumGebiet;
import de.kekiz.monitoring.analyse.Analyseauftrag;
import de.kekiz.monitoring.analyse.Kommunalanalyse;
import de.kekiz.monitoring.analyse.Kommunalbericht;
import de.kekiz.monitoring.luecken.Versorgungsluecke;
import de.kekiz.monitoring.sozialindex.Bedarfsrang;
import de.kekiz.monitoring.sozialindex.Rasterschwellen;
import de.kekiz.monitoring.sozialindex.Sozialindexmodell;
import de.kekiz.monitoring.sozialindex.Stufeneinteilung;
import de.kekiz.monitoring.sozialindex.Stufung;
import de.kekiz.monitoring.sozialindex.Treiber;
import de.kekiz.monitoring.vergleich.Toleranz;
import de.kekiz.monitoring.vergleich.Vergleich;
import de.kekiz.monitoring.vergleich.Vergleichszeile;
import de.kekiz.monitoring.ziele.Zielbewertung;
import de.kekiz.reporting.bericht.Brennpunkt;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Gebiet;
import de.kekiz.reporting.bericht.Handlungsbedarf;
import de.kekiz.reporting.bericht.Indikatorauswertung;
import de.kekiz.reporting.bericht.Lueckenanalyse;
import de.kekiz.reporting.bericht.Sozialindex;
import de.kekiz.reporting.bericht.Sozialindexwert;
import de.kekiz.reporting.bericht.Trend;
import de.kekiz.reporting.bericht.Trendrichtung;
import de.kekiz.reporting.bericht.Zeitreihe;
import de.kekiz.reporting.bericht.Zelle;
import de.kekiz.reporting.bericht.Zielerreichung;
import de.kekiz.reporting.bericht.Zielstatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the monitoring's {@link Kommunalanalyse} on a report's Messwerte and maps its results into
 * the report's sections: rank and distance to the Kommune from the comparison, trends from the
 * trend analysis, the Sozialindex with its Stufen and the Handlungsbedarf ranking with drivers,
 * the Zielerreichung, and the Brennpunkte of the Lückenanalyse.
 *
 * <p>The Messwerte are taken as already protected ({@code ohneGeheimhaltung}): suppressed ones
 * carry no number, so nothing computed here can reveal one. "Today" for the analysis is the
 * report's reference date, so the result does not depend on when the report is made.
 */
final class Monitoring {

  private final Auswertung auswertung;
  private final Kommune kommune;
  private final LocalDate stichtag;
  private final Kommunalbericht bericht;
  private final @Nullable Sozialindexmodell modell;
  private final Stufung stufung;

  private Monitoring(
      Auswertung auswertung, Kommune kommune, LocalDate stichtag, Kommunalbericht bericht,
      @Nullable Sozialindexmodell modell, Stufung stufung) {
    this.auswertung = auswertung;
    this.kommune = kommune;
    this.stichtag = stichtag;
    this.bericht = bericht;
    this.modell = modell;
    this.stufung = stufung;
  }

  /**
   * Runs the analysis of {@code kommune} on the tables' level {@code ebene}.
   *
   * @param gewaehlt the indicators of the Sozialindex; empty: every indicator with a polarity whose
   *     table shows areas of {@code ebene}
   */
  static Monitoring analysiere(
      Auswertung auswertung, Kommune kommune, LocalDate stichtag, List<Indikator> indikatoren,
      List<Messwert> messwerte, Sozialraumebene ebene, Set<IndikatorKey> gewaehlt, int trendperioden,
      @Nullable Leitbild leitbild, @Nullable Praeventionskette kette) {
    List<IndikatorKey> keys = new ArrayList<>();
    int gebiete = 0;
    for (Indikatorauswertung a : auswertung.auswertungen()) {
      boolean ebenePasst = a.gebietsart().equals(de.kekiz.reporting.bericht.Gebietsart.von(ebene));
      if (ebenePasst) {
        gebiete = Math.max(gebiete, a.gebiete().size());
      }
      boolean gemeint =
          gewaehlt.isEmpty()
              ? ebenePasst && a.indikator().polaritaet() != Polaritaet.NEUTRAL
              : gewaehlt.contains(a.indikator().key());
      if (gemeint) {
        keys.add(a.indikator().key());
      }
    }
    Sozialindexmodell modell =
        keys.isEmpty()
            ? null
            : Sozialindexmodell.gleichgewichtet(
                    "Sozialindex " + kommune.name(), keys.toArray(new IndikatorKey[0]))
                .mitMindestanteil("0.5");
    Stufung stufung =
        gebiete >= 20 ? Stufung.nrwSchulsozialindex() : Stufung.gleich(Math.max(1, Math.min(4, gebiete)));
    Analyseauftrag auftrag =
        new Analyseauftrag(
            Toleranz.STANDARD, trendperioden, modell, ebene, stufung, 3, Rasterschwellen.STANDARD,
            null, Geldbetrag.NULL, null, Altersspanne.unter(18));
    Kommunaldaten daten =
        Kommunaldaten.builder(kommune, indikatoren).ohneGeheimhaltung().addAll(messwerte).build();
    Clock heute = Clock.fixed(stichtag.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Kommunalbericht kb =
        new Kommunalanalyse(heute, auftrag).analysiere(daten, Referenzwerte.keine(), leitbild, kette);
    return new Monitoring(auswertung, kommune, stichtag, kb, modell, stufung);
  }

  // ---------------------------------------------------------------- tables

  /** The tables with rank, distance and trend of the comparison and the trend analysis. */
  ImmutableList<Indikatorauswertung> auswertungen() {
    Map<IndikatorKey, Vergleich> vergleiche = new HashMap<>();
    for (Vergleich v : bericht.vergleiche()) {
      if (v.reihe().aufschluesselung().equals(Aufschluesselung.INSGESAMT)) {
        vergleiche.put(v.reihe().indikator().key(), v);
      }
    }
    Map<IndikatorKey, Map<de.kekiz.monitoring.Gebiet, de.kekiz.monitoring.vergleich.Trend>> trends = new HashMap<>();
    for (de.kekiz.monitoring.vergleich.Trend t : bericht.trends()) {
      if (t.aufschluesselung().equals(Aufschluesselung.INSGESAMT)) {
        trends.computeIfAbsent(t.indikator().key(), k -> new HashMap<>()).put(t.gebiet(), t);
      }
    }
    ImmutableList.Builder<Indikatorauswertung> b = ImmutableList.builder();
    for (Indikatorauswertung a : auswertung.auswertungen()) {
      IndikatorKey key = a.indikator().key();
      Vergleich v = vergleiche.get(key);
      if (v == null || !v.periode().equals(a.letztePeriode())
          || a.gebiete().stream().anyMatch(z -> !(z.gebiet().raum() instanceof SozialraumBezug))) {
        b.add(a); // not covered by the analysis: keep the report's own figures
        continue;
      }
      Map<de.kekiz.monitoring.Gebiet, de.kekiz.monitoring.vergleich.Trend> t = trends.getOrDefault(key, Map.of());
      int st = a.stellen();
      Zeitreihe k = a.kommune();
      Zeitreihe kommuneZeile =
          new Zeitreihe(k.gebiet(), k.werte(), null, null, trend(t.get(new KommuneGebiet(kommune.schluessel())), st));
      List<Zeitreihe> zeilen = new ArrayList<>();
      for (Zeitreihe z : a.gebiete()) {
        SozialraumRef ref = ((SozialraumBezug) z.gebiet().raum()).sozialraum();
        Optional<Vergleichszeile> vz = v.zeile(ref);
        Integer rang = vz.map(Vergleichszeile::rang).orElse(null);
        BigDecimal abweichung = vz.flatMap(x -> x.kommune().absoluteAbweichung()).orElse(null);
        zeilen.add(new Zeitreihe(z.gebiet(), z.werte(), rang, abweichung, trend(t.get(new SozialraumGebiet(ref)), st)));
      }
      b.add(new Indikatorauswertung(a.indikator(), a.versionen(), a.perioden(), a.gebietsart(), kommuneZeile, zeilen));
    }
    return b.build();
  }

  private static Trend trend(de.kekiz.monitoring.vergleich.@Nullable Trend t, int stellen) {
    if (t == null || t.veraenderung() == null) {
      return Trend.unbekannt();
    }
    BigDecimal v = t.veraenderung();
    int vorzeichen = v.setScale(stellen, RoundingMode.HALF_UP).signum();
    Trendrichtung r =
        vorzeichen > 0 ? Trendrichtung.STEIGEND : vorzeichen < 0 ? Trendrichtung.FALLEND : Trendrichtung.GLEICHBLEIBEND;
    return new Trend(r, v, t.von(), t.bis());
  }

  // ---------------------------------------------------------------- Sozialindex

  /** The Sozialindex with its Stufen, or empty if none was computed. */
  Optional<Sozialindex> sozialindex() {
    de.kekiz.monitoring.sozialindex.Sozialindex index = bericht.sozialindex();
    Stufeneinteilung stufen = bericht.stufen();
    if (index == null || stufen == null || modell == null) {
      return Optional.empty();
    }
    List<de.kekiz.monitoring.sozialindex.Sozialindexwert> werte = new ArrayList<>(index.werte());
    werte.sort(java.util.Comparator.comparingInt(w -> auswertung.rang(new SozialraumBezug(w.sozialraum()))));
    List<Sozialindexwert> ergebnis = new ArrayList<>();
    for (de.kekiz.monitoring.sozialindex.Sozialindexwert w : werte) {
      OptionalInt stufe = stufen.stufe(w.sozialraum());
      BigDecimal wert = w.confStatus().veroeffentlichbar() && w.index() != null
          ? w.index().setScale(2, RoundingMode.HALF_UP) : null;
      Integer klasse = stufe.isPresent() ? stufe.getAsInt() : null;
      int mitWert = (int) w.komponenten().stream().filter(c -> c.wert().hatWert()).count();
      ergebnis.add(new Sozialindexwert(gebiet(w.sozialraum()), klasse == null ? null : wert, klasse, mitWert));
    }
    List<String> klassen = new ArrayList<>();
    for (int i = 1; i <= stufung.stufen(); i++) {
      klassen.add("Stufe " + i);
    }
    List<IndikatorKey> keys = modell.gewichte().stream().map(g -> g.indikator()).toList();
    String methode =
        "Sozialindex der Monitoring-Analyse: gewichteter Mittelwert der am Bedarf ausgerichteten"
            + " z-Werte von " + keys.size() + " gleich gewichteten Indikatoren in ihrer jeweils"
            + " neuesten Periode (" + index.periode() + " für den ersten); ein Gebiet braucht Werte"
            + " für mindestens " + Formatierung.zahl(modell.mindestanteil().movePointRight(2), 0)
            + " % des Gewichts. " + stufung.stufen() + " Stufen"
            + stufung.topgruppe().map(p -> ", die obersten " + Formatierung.zahl(p, 0)
                + " % direkt in Stufe " + stufung.stufen() + ", der Rest in gleich große Gruppen"
                + " (wie der NRW-Schulsozialindex)").orElse(" gleicher Größe")
            + "; Stufe " + stufung.stufen() + " bedeutet den größten Handlungsbedarf.";
    return Optional.of(new Sozialindex(methode, keys, klassen, ergebnis));
  }

  /** The ranking by need with the indicators that drive it. */
  ImmutableList<Handlungsbedarf> handlungsbedarf() {
    Stufeneinteilung stufen = bericht.stufen();
    ImmutableList.Builder<Handlungsbedarf> b = ImmutableList.builder();
    if (stufen == null) {
      return b.build();
    }
    List<Bedarfsrang> raenge = new ArrayList<>(bericht.handlungsbedarf());
    raenge.removeIf(r -> r.rang() == null || stufen.stufe(r.sozialraum()).isEmpty());
    raenge.sort(java.util.Comparator.comparingInt((Bedarfsrang r) -> r.rang())
        .thenComparingInt(r -> auswertung.rang(new SozialraumBezug(r.sozialraum()))));
    for (Bedarfsrang r : raenge) {
      de.kekiz.monitoring.sozialindex.Sozialindexwert w = r.index();
      BigDecimal index = w.confStatus().veroeffentlichbar() && w.index() != null
          ? w.index().setScale(2, RoundingMode.HALF_UP) : null;
      b.add(new Handlungsbedarf(r.rang(), gebiet(r.sozialraum()), index,
          stufen.stufe(r.sozialraum()).getAsInt(), r.treiber().stream().map(Treiber::indikator).toList()));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- goals and gaps

  /** The Zielerreichung of the Leitbild. */
  ImmutableList<Zielstatus> ziele(Leitbild leitbild) {
    ImmutableList.Builder<Zielstatus> b = ImmutableList.builder();
    for (Zielbewertung z : bericht.ziele()) {
      Leitziel lz = null;
      Handlungsziel hz = null;
      for (Leitziel l : leitbild.leitziele()) {
        Optional<Handlungsziel> h = l.handlungsziel(z.handlungsziel());
        if (h.isPresent()) {
          lz = l;
          hz = h.get();
          break;
        }
      }
      Zielwert zw = z.zielwert();
      Gebiet gebiet = zw.sozialraum() == null
          ? auswertung.kommuneGebiet()
          : kommune.sozialraumAm(zw.sozialraum(), stichtag)
              .or(() -> kommune.versionen(zw.sozialraum()).stream().reduce((x, y) -> y))
              .map(s -> gebiet(s.ref()))
              .orElse(new Gebiet(Raumbezug.of(SozialraumRef.of(zw.sozialraum(), 1)), zw.sozialraum().code()));
      Kennzahl ist = z.istwert();
      Zelle zelle = zelle(ist);
      Zielerreichung e = switch (z.status()) {
        case ERREICHT -> Zielerreichung.ERREICHT;
        case AUF_KURS -> Zielerreichung.AUF_KURS;
        case GEFAEHRDET -> Zielerreichung.GEFAEHRDET;
        case VERFEHLT -> Zielerreichung.VERFEHLT;
        case OHNE_DATEN -> zelle.hatWert() ? Zielerreichung.NICHT_ERREICHT : Zielerreichung.KEINE_DATEN;
      };
      b.add(new Zielstatus(
          lz == null ? "" : lz.titel(), hz == null ? z.handlungsziel() : hz.titel(), zw,
          auswertung.indikatorname(zw.indikator()), gebiet, zelle, ist == null ? null : ist.periode(), e,
          z.prognose()));
    }
    return b.build();
  }

  private static Zelle zelle(@Nullable Kennzahl k) {
    if (k == null) {
      return Zelle.fehlend();
    }
    if (k.gesperrt()) {
      return Zelle.gesperrt(k.obsStatus(), k.confStatus());
    }
    if (k.wert() == null) {
      return new Zelle(null, null, k.nenner(), k.obsStatus(), k.confStatus());
    }
    return new Zelle(k.wert(), k.zaehler(), k.nenner(), k.obsStatus(), k.confStatus());
  }

  /** The gap matrix of {@code luecken} with the Brennpunkte of the analysis. */
  Lueckenanalyse mitBrennpunkten(Lueckenanalyse luecken, Praeventionskette kette) {
    if (bericht.luecken() == null) {
      return luecken;
    }
    List<Brennpunkt> punkte = new ArrayList<>();
    for (Versorgungsluecke v : bericht.luecken().brennpunkte()) {
      String phase = kette.lebensphase(v.lebensphase()).map(Lebensphase::name).orElse(v.lebensphase());
      punkte.add(new Brennpunkt(gebiet(v.sozialraum()), v.bedarfsrang(), phase, v.angebote(), v.plaetzeJe100Kinder()));
    }
    return luecken.withBrennpunkte(punkte);
  }

  private Gebiet gebiet(SozialraumRef ref) {
    return auswertung.gebietVon(new SozialraumBezug(ref));
  }

  /** Whether {@code kommune}'s tables show Sozialräume, so that the analysis applies. */
  static Optional<Sozialraumebene> ebene(Auswertung auswertung, @Nullable Sozialraumebene gewuenscht) {
    if (gewuenscht != null) {
      return Optional.of(gewuenscht);
    }
    Map<Sozialraumebene, Integer> anzahl = new HashMap<>();
    for (Indikatorauswertung a : auswertung.auswertungen()) {
      for (Zeitreihe z : a.gebiete()) {
        if (z.gebiet().raum() instanceof SozialraumBezug s) {
          auswertung.ebene(s).ifPresent(e -> anzahl.merge(e, 1, Integer::sum));
        }
        break;
      }
    }
    return anzahl.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }
}
