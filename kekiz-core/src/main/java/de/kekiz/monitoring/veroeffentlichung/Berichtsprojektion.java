package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.Reihe;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds one report's sections ({@link Berichtsteil}) from a Kommune's published figures: runs the
 * monitoring's {@link Kommunalanalyse} on them (with the reference date as "today") and arranges
 * its results into tables, index, ranking, goals and gaps. As the analysis sees the published
 * figures only, every rank, distance, trend, index value, Stufe, forecast and gap is computed from
 * publishable values.
 */
final class Berichtsprojektion {

  private final Veroeffentlichungsauftrag auftrag;
  private final List<Indikator> indikatoren;

  Berichtsprojektion(Veroeffentlichungsauftrag auftrag, Collection<Indikator> indikatoren) {
    this.auftrag = auftrag;
    this.indikatoren =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Indikator::key).thenComparingInt(Indikator::version), indikatoren);
  }

  Berichtsteil teil(
      Veroeffentlichungsrechnung.Eingabe eingabe,
      List<Kommune> gemeinden,
      List<Messwert> veroeffentlicht,
      List<Mehrjahreswert> gepoolt) {
    Kommune kommune = eingabe.kommune();
    LocalDate stichtag = auftrag.stichtag();
    // the chain as it was on the reference day: what ran then, not what runs now
    Praeventionskette kette = eingabe.kette() == null ? null : eingabe.kette().am(stichtag);
    Kommunaldaten daten =
        Kommunaldaten.builder(kommune, indikatoren)
            .ohneGeheimhaltung()
            .geprueft()
            .addAll(veroeffentlicht)
            .build();
    Leitbild leitbild =
        eingabe.leitbild() == null ? null : mitBelegtenAusgangswerten(eingabe.leitbild(), daten);
    Sozialraumebene ebene = auftrag.ebene() != null ? auftrag.ebene() : haeufigsteEbene(kommune);
    Gebiete gebiete = new Gebiete(kommune);

    List<IndikatorKey> indexIndikatoren = List.of();
    Sozialindexmodell modell = null;
    Stufung stufung = Stufung.gleich(1);
    if (ebene != null) {
      indexIndikatoren = indexIndikatoren(daten, ebene);
      if (!indexIndikatoren.isEmpty()) {
        modell =
            Sozialindexmodell.gleichgewichtet(
                    "Sozialindex " + kommune.name(), indexIndikatoren.toArray(new IndikatorKey[0]))
                .withMindestanteil("0.5")
                .withMindestEinwohnern(auftrag.mindestEinwohner());
        int raeume = 0;
        for (Sozialraum s : kommune.sozialraeumeAm(stichtag)) {
          if (s.ebene() == ebene && modell.bewertbar(s, stichtag)) {
            raeume++;
          }
        }
        stufung =
            raeume >= 20
                ? Stufung.nrwSchulsozialindex()
                : Stufung.gleich(Math.max(1, Math.min(4, raeume)));
      }
    }
    Analyseauftrag aa =
        new Analyseauftrag(
            Toleranz.STANDARD,
            auftrag.trendperioden(),
            null,
            ebene == null ? Sozialraumebene.STADTTEIL : ebene,
            stufung,
            3,
            Rasterschwellen.STANDARD,
            null,
            Geldbetrag.NULL,
            null,
            Altersspanne.unter(18));
    Clock heute = Clock.fixed(stichtag.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    // comparisons, ranks, trends and goals from the published single figures
    Kommunalbericht kb =
        new Kommunalanalyse(heute, aa).analysiere(daten, Referenzwerte.keine(), leitbild, null);
    // the Sozialindex (with its ranking and the Brennpunkte of the gap analysis) takes the
    // pooled figure of an area whose latest single one is suppressed: both are published
    Kommunalbericht mitIndex = kb;
    if (modell != null) {
      // the data of the index indicators with the pooled figures in place of the single ones,
      // taken from those of the single figures
      Set<IndikatorKey> nur = Set.copyOf(indexIndikatoren);
      Kommunaldaten indexDaten =
          gepoolt.isEmpty() ? daten : daten.auszug(nur, mehrjahreswerte(daten, gepoolt, nur));
      mitIndex =
          new Kommunalanalyse(heute, aa.withSozialindex(modell, aa.ebene()))
              .analysiereBedarf(indexDaten, kette);
    } else if (kette != null) {
      mitIndex = new Kommunalanalyse(heute, aa).analysiereBedarf(daten, kette);
    }

    List<Indikatorauswertung> tabellen = tabellen(daten, kb, ebene, gebiete, gepoolt);
    Sozialindex index =
        modell == null ? null : sozialindex(mitIndex, modell, stufung, gebiete, !gepoolt.isEmpty());
    Wirkungsmonitoring wirkung =
        new Wirkungsrechnung(auftrag, indikatoren)
            .berechne(
                kommune, eingabe.kette(), leitbild, veroeffentlicht, index, ebene, gebiete::von);
    return new Berichtsteil(
        kommune,
        gemeinden,
        stichtag,
        auftrag.verfahren(),
        leitbild,
        kette,
        verwendeteIndikatoren(veroeffentlicht, leitbild),
        veroeffentlicht,
        gepoolt,
        indexIndikatoren,
        auftrag.trendperioden(),
        ebene,
        tabellen,
        leitbild == null ? List.of() : ziele(kb, leitbild, kommune, gebiete, daten),
        index,
        index == null ? List.of() : handlungsbedarf(mitIndex, gebiete),
        kette == null ? null : luecken(mitIndex, kette, gebiete),
        wirkung,
        new Reiferechnung(leitbild, eingabe.kette(), veroeffentlicht, indikatoren)
            .verlauf(stichtag));
  }

  // ---------------------------------------------------------------- choices

  /**
   * The level with the most Sozialräume valid on the reference date (the finer one on a tie), or
   * {@code null} if the Kommune has none.
   */
  private @Nullable Sozialraumebene haeufigsteEbene(Kommune kommune) {
    Map<Sozialraumebene, Integer> anzahl = new EnumMap<>(Sozialraumebene.class);
    for (Sozialraum s : kommune.sozialraeumeAm(auftrag.stichtag())) {
      anzahl.merge(s.ebene(), 1, Integer::sum);
    }
    Sozialraumebene beste = null;
    int meiste = 0;
    for (Map.Entry<Sozialraumebene, Integer> e : anzahl.entrySet()) {
      if (e.getValue() >= meiste) {
        beste = e.getKey();
        meiste = e.getValue();
      }
    }
    return beste;
  }

  /**
   * The indicators of the Sozialindex: those the order names that have figures, else every
   * indicator with a polarity that has figures for Sozialräume of {@code ebene}.
   */
  private List<IndikatorKey> indexIndikatoren(Kommunaldaten daten, Sozialraumebene ebene) {
    List<IndikatorKey> keys = new ArrayList<>();
    for (IndikatorKey key : daten.indikatorKeys()) {
      boolean gemeint =
          auftrag.sozialindexIndikatoren().isEmpty()
              ? polaritaet(daten, key) != Polaritaet.NEUTRAL
              : auftrag.sozialindexIndikatoren().contains(key);
      if (gemeint && hatEbene(daten, key, ebene)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static Polaritaet polaritaet(Kommunaldaten daten, IndikatorKey key) {
    Polaritaet p = Polaritaet.NEUTRAL;
    for (Indikator i : daten.indikatoren()) {
      if (i.key().equals(key)) {
        p = i.polaritaet();
      }
    }
    return p;
  }

  private static boolean hatEbene(Kommunaldaten daten, IndikatorKey key, Sozialraumebene ebene) {
    for (Reihe r : daten.reihen(key)) {
      if (!r.aufschluesselung().istInsgesamt()) {
        continue;
      }
      for (Periode p : daten.perioden(r)) {
        for (Messwert m : daten.sozialraumwerte(r, p)) {
          SozialraumRef ref = ((SozialraumBezug) m.raum()).sozialraum();
          if (daten.sozialraum(ref).map(s -> s.ebene() == ebene).orElse(false)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private List<Indikator> verwendeteIndikatoren(
      List<Messwert> messwerte, @Nullable Leitbild leitbild) {
    java.util.Set<IndikatorRef> refs = new java.util.HashSet<>();
    IndikatorRef zuletzt = null;
    for (Messwert m : messwerte) {
      // the figures come by indicator version: hash each version once, not each figure
      if (m.indikator() != zuletzt) {
        zuletzt = m.indikator();
        refs.add(zuletzt);
      }
    }
    List<Indikator> l = new ArrayList<>();
    for (Indikator i : indikatoren) {
      if (refs.contains(i.ref())
          || (leitbild != null && leitbild.indikatoren().contains(i.key()))) {
        l.add(i);
      }
    }
    return l;
  }

  // ---------------------------------------------------------------- Leitbild

  /**
   * {@code leitbild} with every baseline (Ausgangswert) removed that no published figure shows: a
   * baseline stays only if a published value of its indicator, for its area and a period whose
   * reference day lies on or before the council decision (or the reference date), rounds to it.
   */
  private Leitbild mitBelegtenAusgangswerten(Leitbild leitbild, Kommunaldaten daten) {
    LocalDate bis = leitbild.beschlossenAm().orElse(auftrag.stichtag());
    Leitbild ergebnis = leitbild;
    for (Leitziel l : leitbild.leitziele()) {
      List<Handlungsziel> neu = new ArrayList<>();
      boolean geaendert = false;
      for (Handlungsziel h : l.handlungsziele()) {
        List<Zielwert> werte = new ArrayList<>();
        for (Zielwert z : h.zielwerte()) {
          BigDecimal basis = z.ausgangswert();
          if (basis != null && !belegt(daten, z, basis, bis)) {
            werte.add(
                new Zielwert(
                    z.indikator(), z.wert(), z.richtung(), z.frist(), z.sozialraum(), null));
            geaendert = true;
          } else {
            werte.add(z);
          }
        }
        neu.add(new Handlungsziel(h.key(), h.titel(), h.indikatoren(), werte));
      }
      if (geaendert) {
        ergebnis = ergebnis.withLeitziel(new Leitziel(l.key(), l.titel(), l.beschreibung(), neu));
      }
    }
    return ergebnis;
  }

  private static boolean belegt(Kommunaldaten daten, Zielwert z, BigDecimal basis, LocalDate bis) {
    for (Reihe r : daten.reihen(z.indikator())) {
      if (!r.aufschluesselung().istInsgesamt()) {
        continue;
      }
      Indikator def = daten.definition(r.indikator());
      for (Periode p : daten.perioden(r)) {
        if (daten.stichtag(r.indikator(), p).isAfter(bis)) {
          continue;
        }
        for (Messwert m : daten.figuren(r, p)) {
          boolean passt =
              z.sozialraum() == null
                  ? m.raum() instanceof KommuneBezug
                  : m.raum() instanceof SozialraumBezug s
                      && s.sozialraum().id().equals(z.sozialraum());
          Optional<BigDecimal> w = passt ? def.wert(m) : Optional.empty();
          if (w.isPresent()
              && w.get().setScale(Math.max(0, basis.scale()), RoundingMode.HALF_UP).compareTo(basis)
                  == 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- tables

  private List<Indikatorauswertung> tabellen(
      Kommunaldaten daten,
      Kommunalbericht kb,
      @Nullable Sozialraumebene ebene,
      Gebiete gebiete,
      List<Mehrjahreswert> gepoolt) {
    Map<IndikatorKey, Vergleich> vergleiche = new HashMap<>();
    for (Vergleich v : kb.vergleiche()) {
      if (v.reihe().aufschluesselung().istInsgesamt()) {
        vergleiche.put(v.reihe().indikator().key(), v);
      }
    }
    Map<IndikatorKey, Map<Gebiet, de.kekiz.monitoring.vergleich.Trend>> trends = new HashMap<>();
    for (de.kekiz.monitoring.vergleich.Trend t : kb.trends()) {
      if (t.aufschluesselung().istInsgesamt()) {
        trends.computeIfAbsent(t.indikator().key(), k -> new HashMap<>()).put(t.gebiet(), t);
      }
    }
    Map<Raumbezug, Mehrjahreswert> leer = Map.of();
    Map<IndikatorKey, Map<Raumbezug, Mehrjahreswert>> poolsJeKey = new HashMap<>();
    for (Mehrjahreswert m : gepoolt) {
      if (m.summe().aufschluesselung().istInsgesamt()) {
        poolsJeKey
            .computeIfAbsent(m.summe().indikator().key(), k -> new HashMap<>())
            .put(m.summe().raum(), m);
      }
    }
    List<Indikatorauswertung> ergebnis = new ArrayList<>();
    for (IndikatorKey key : daten.indikatorKeys()) {
      Indikatorauswertung a =
          tabelle(
              daten,
              key,
              ebene,
              gebiete,
              vergleiche.get(key),
              trends.getOrDefault(key, Map.of()),
              poolsJeKey.getOrDefault(key, leer));
      if (a != null) {
        ergebnis.add(a);
      }
    }
    return ergebnis;
  }

  private @Nullable Indikatorauswertung tabelle(
      Kommunaldaten daten,
      IndikatorKey key,
      @Nullable Sozialraumebene ebene,
      Gebiete gebiete,
      @Nullable Vergleich vergleich,
      Map<Gebiet, de.kekiz.monitoring.vergleich.Trend> trends,
      Map<Raumbezug, Mehrjahreswert> pools) {
    TreeSet<Periode> periodenMenge = new TreeSet<>();
    TreeMap<Integer, Indikator> versionen = new TreeMap<>();
    List<Reihe> insgesamt = new ArrayList<>();
    for (Reihe r : daten.reihen(key)) {
      if (!r.aufschluesselung().istInsgesamt()) {
        continue;
      }
      Indikator def = daten.definition(r.indikator());
      for (Periode p : daten.perioden(r)) {
        periodenMenge.add(p);
        versionen.put(def.version(), def);
      }
      insgesamt.add(r);
    }
    if (periodenMenge.isEmpty()) {
      return null;
    }
    List<Periode> perioden = ImmutableList.copyOf(periodenMenge);
    // each area's figures by the position of their period in perioden
    Map<Raumbezug, @Nullable Messwert[]> zeilen = new HashMap<>();
    for (Reihe r : insgesamt) {
      for (Periode p : daten.perioden(r)) {
        int stelle = Collections.binarySearch(perioden, p);
        for (Messwert m : daten.figuren(r, p)) {
          zeilen.computeIfAbsent(m.raum(), x -> new Messwert[perioden.size()])[stelle] = m;
        }
      }
    }
    Indikator titel = versionen.lastEntry().getValue();
    int stellen = Indikatorauswertung.stellen(titel);
    Raumbezug kommuneRaum = new KommuneBezug(daten.kommune().schluessel());
    @Nullable Messwert[] kommuneWerte = zeilen.get(kommuneRaum);
    List<Zelle> kommuneZellen = new ArrayList<>(perioden.size());
    for (int i = 0; i < perioden.size(); i++) {
      kommuneZellen.add(zelle(daten, kommuneWerte == null ? null : kommuneWerte[i]));
    }
    Zeitreihe kommuneZeile =
        new Zeitreihe(
            gebiete.von(kommuneRaum),
            kommuneZellen,
            null,
            null,
            trend(trends.get(Gebiet.kommune(daten.kommune().schluessel())), stellen));

    Map<Sozialraumebene, List<SozialraumRef>> jeEbene = new EnumMap<>(Sozialraumebene.class);
    for (Raumbezug r : zeilen.keySet()) {
      if (r instanceof SozialraumBezug s) {
        Sozialraum sr = daten.sozialraum(s.sozialraum()).orElseThrow();
        jeEbene.computeIfAbsent(sr.ebene(), e -> new ArrayList<>()).add(s.sozialraum());
      }
    }
    Sozialraumebene gewaehlt = ebene != null && jeEbene.containsKey(ebene) ? ebene : null;
    if (gewaehlt == null) {
      int meiste = 0;
      for (Map.Entry<Sozialraumebene, List<SozialraumRef>> e : jeEbene.entrySet()) {
        if (e.getValue().size() >= meiste) {
          gewaehlt = e.getKey();
          meiste = e.getValue().size();
        }
      }
    }
    List<SozialraumRef> raeume =
        gewaehlt == null ? List.of() : sortiert(requireNonNull(jeEbene.get(gewaehlt)), gebiete);
    Periode letzte = perioden.get(perioden.size() - 1);
    Vergleich passend = vergleich != null && vergleich.periode().equals(letzte) ? vergleich : null;
    // the comparison's rows by area, looked up once per row of the table
    Map<SozialraumRef, Vergleichszeile> vergleichszeilen = new HashMap<>();
    if (passend != null) {
      for (Vergleichszeile vz : passend.zeilen()) {
        vergleichszeilen.putIfAbsent(vz.sozialraum(), vz);
      }
    }
    List<Zeitreihe> reihen = new ArrayList<>();
    for (SozialraumRef ref : raeume) {
      Raumbezug raum = new SozialraumBezug(ref);
      @Nullable Messwert[] werte = requireNonNull(zeilen.get(raum)); // raeume come from zeilen
      List<Zelle> zellen = new ArrayList<>(perioden.size());
      for (int i = 0; i < perioden.size(); i++) {
        Zelle z = zelle(daten, werte[i]);
        Mehrjahreswert pool;
        if (z.gesperrt() && i == perioden.size() - 1 && (pool = pools.get(raum)) != null) {
          z =
              Zelle.gepoolt(
                  Zelle.aus(pool.summe(), daten.definition(pool.summe().indikator())), pool.von());
        } else if (z.gesperrt() && auftrag.vergroeberung()) {
          z = vergroebert(daten, ref, i, zeilen, gebiete).orElse(z);
        }
        zellen.add(z);
      }
      Integer rang = null;
      BigDecimal abweichung = null;
      Vergleichszeile vz = vergleichszeilen.get(ref);
      if (vz != null) {
        rang = vz.rang();
        abweichung = vz.kommune().absoluteAbweichung().orElse(null);
      }
      reihen.add(
          new Zeitreihe(
              gebiete.von(raum),
              zellen,
              rang,
              abweichung,
              trend(trends.get(Gebiet.sozialraum(ref)), stellen)));
    }
    Gebietsart art = gewaehlt == null ? Gebietsart.SOZIALRAUM : Gebietsart.von(gewaehlt);
    return new Indikatorauswertung(
        titel, ImmutableList.copyOf(versionen.values()), perioden, art, kommuneZeile, reihen);
  }

  /**
   * The published figure of the parent Sozialraum of {@code ref} in the period at position {@code
   * periode} of the table, as a cell that says whose figure it is; empty if there is no parent
   * Sozialraum or its figure is not published either. The whole Kommune is not used: its figure
   * says nothing about a district.
   */
  private Optional<Zelle> vergroebert(
      Kommunaldaten daten,
      SozialraumRef ref,
      int periode,
      Map<Raumbezug, @Nullable Messwert[]> zeilen,
      Gebiete gebiete) {
    Sozialraum s = daten.sozialraum(ref).orElseThrow();
    SozialraumId eltern = s.uebergeordnet();
    while (eltern != null) {
      Optional<Sozialraum> e = daten.kommune().sozialraumAm(eltern, s.gueltigkeit().von());
      if (e.isEmpty()) {
        return Optional.empty();
      }
      Raumbezug raum = new SozialraumBezug(e.get().ref());
      @Nullable Messwert[] werte = zeilen.get(raum);
      Messwert m = werte == null ? null : werte[periode];
      if (m != null && m.hatWert() && m.veroeffentlichbar()) {
        return Optional.of(Zelle.vergroebert(zelle(daten, m), gebiete.von(raum)));
      }
      eltern = e.get().uebergeordnet();
    }
    return Optional.empty();
  }

  /**
   * {@code raeume} in the Kommune's order of its Sozialräume, then by their natural order; each
   * area's position looked up once, not per comparison.
   */
  private static List<SozialraumRef> sortiert(List<SozialraumRef> raeume, Gebiete gebiete) {
    record Platz(int position, SozialraumRef ref) {}
    List<Platz> plaetze = new ArrayList<>(raeume.size());
    for (SozialraumRef ref : raeume) {
      plaetze.add(new Platz(gebiete.position(ref), ref));
    }
    plaetze.sort(
        (a, b) ->
            a.position() != b.position()
                ? Integer.compare(a.position(), b.position())
                : a.ref().compareTo(b.ref()));
    List<SozialraumRef> ergebnis = new ArrayList<>(plaetze.size());
    for (Platz p : plaetze) {
      ergebnis.add(p.ref());
    }
    return ergebnis;
  }

  private Zelle zelle(Kommunaldaten daten, @Nullable Messwert m) {
    return art(m == null ? Zelle.fehlend() : Zelle.aus(m, daten.definition(m.indikator())));
  }

  /** {@code z} as the release's procedure publishes it: perturbed under the Cell-Key-Verfahren. */
  private Zelle art(Zelle z) {
    return z.art() == Wertart.EXAKT && auftrag.verfahren().wertart() == Wertart.UEBERLAGERT
        ? z.alsUeberlagert()
        : z;
  }

  private static Trend trend(de.kekiz.monitoring.vergleich.@Nullable Trend t, int stellen) {
    if (t == null || t.veraenderung() == null) {
      return Trend.unbekannt();
    }
    BigDecimal v = t.veraenderung();
    int vorzeichen = v.setScale(stellen, RoundingMode.HALF_UP).signum();
    Trendrichtung r =
        vorzeichen > 0
            ? Trendrichtung.STEIGEND
            : vorzeichen < 0 ? Trendrichtung.FALLEND : Trendrichtung.GLEICHBLEIBEND;
    return new Trend(r, v, t.von(), t.bis());
  }

  // ---------------------------------------------------------------- Sozialindex

  /**
   * The pooled figures of the indicators {@code nur} (those of the Sozialindex, the only ones its
   * analysis reads) that stand in for a published single figure of {@code daten} (same key: the
   * pooled figure's period is the last one pooled); of two with the same key, the later one.
   */
  private static List<Messwert> mehrjahreswerte(
      Kommunaldaten daten, List<Mehrjahreswert> gepoolt, Set<IndikatorKey> nur) {
    Map<MesswertSchluessel, Messwert> ersatz = new LinkedHashMap<>();
    for (Mehrjahreswert p : gepoolt) {
      Messwert m = p.summe();
      if (nur.contains(m.indikator().key())
          && daten
              .messwert(new Reihe(m.indikator(), m.aufschluesselung()), m.periode(), m.raum())
              .isPresent()) {
        ersatz.put(m.schluessel(), m);
      }
    }
    return new ArrayList<>(ersatz.values());
  }

  private static @Nullable Sozialindex sozialindex(
      Kommunalbericht kb,
      Sozialindexmodell modell,
      Stufung stufung,
      Gebiete gebiete,
      boolean mitMehrjahreswerten) {
    de.kekiz.monitoring.sozialindex.Sozialindex index = kb.sozialindex();
    Stufeneinteilung stufen = kb.stufen();
    if (index == null || stufen == null) {
      return null;
    }
    List<de.kekiz.monitoring.sozialindex.Sozialindexwert> werte = new ArrayList<>(index.werte());
    werte.sort(Comparator.comparingInt(w -> gebiete.position(w.sozialraum())));
    List<Sozialindexwert> ergebnis = new ArrayList<>();
    for (de.kekiz.monitoring.sozialindex.Sozialindexwert w : werte) {
      OptionalInt stufe = stufen.stufe(w.sozialraum());
      BigDecimal wert =
          w.confStatus().veroeffentlichbar() && w.index() != null
              ? w.index().setScale(2, RoundingMode.HALF_UP)
              : null;
      Integer klasse = stufe.isPresent() ? stufe.getAsInt() : null;
      int mitWert = (int) w.komponenten().stream().filter(c -> c.wert().hatWert()).count();
      ergebnis.add(
          new Sozialindexwert(
              gebiete.von(new SozialraumBezug(w.sozialraum())),
              klasse == null ? null : wert,
              klasse,
              mitWert));
    }
    if (ergebnis.stream().noneMatch(w -> w.klasse() != null)) {
      return null;
    }
    List<String> klassen = new ArrayList<>();
    for (int i = 1; i <= stufung.stufen(); i++) {
      klassen.add("Stufe " + i);
    }
    List<IndikatorKey> keys = modell.gewichte().stream().map(g -> g.indikator()).toList();
    String methode =
        "Gewichteter Mittelwert der am Bedarf ausgerichteten z-Werte von "
            + keys.size()
            + " gleich gewichteten Indikatoren in ihrer jeweils neuesten Periode ("
            + index.periode()
            + " für den ersten), nur aus veröffentlichten Werten"
            + (mitMehrjahreswerten
                ? " (wo der Einzelwert eines Gebiets gesperrt ist, sein über mehrere Perioden"
                    + " zusammengefasster Wert)"
                : "")
            + "; ein Gebiet braucht Werte für"
            + " mindestens die Hälfte des Gewichts"
            + (modell.mindestEinwohner() > 0
                ? " und mindestens " + modell.mindestEinwohner() + " Einwohnerinnen und Einwohner"
                : "")
            + ". "
            + stufung.stufen()
            + " Stufen"
            + stufung
                .topgruppe()
                .map(
                    p ->
                        ", die obersten "
                            + p.stripTrailingZeros().toPlainString()
                            + " % direkt in Stufe "
                            + stufung.stufen()
                            + ", der Rest in gleich große Gruppen (wie der NRW-Schulsozialindex)")
                .orElse(" gleicher Größe")
            + "; Stufe "
            + stufung.stufen()
            + " bedeutet den größten Handlungsbedarf.";
    return new Sozialindex(methode, keys, klassen, ergebnis);
  }

  private static List<Handlungsbedarf> handlungsbedarf(Kommunalbericht kb, Gebiete gebiete) {
    Stufeneinteilung stufen = kb.stufen();
    List<Handlungsbedarf> b = new ArrayList<>();
    if (stufen == null) {
      return b;
    }
    List<Bedarfsrang> raenge = new ArrayList<>(kb.handlungsbedarf());
    raenge.removeIf(r -> r.rang() == null || stufen.stufe(r.sozialraum()).isEmpty());
    raenge.sort(
        Comparator.comparingInt((Bedarfsrang r) -> requireNonNull(r.rang()))
            .thenComparingInt(r -> gebiete.position(r.sozialraum())));
    for (Bedarfsrang r : raenge) {
      de.kekiz.monitoring.sozialindex.Sozialindexwert w = r.index();
      BigDecimal index =
          w.confStatus().veroeffentlichbar() && w.index() != null
              ? w.index().setScale(2, RoundingMode.HALF_UP)
              : null;
      b.add(
          new Handlungsbedarf(
              requireNonNull(r.rang()), // unranked ones were removed above
              gebiete.von(new SozialraumBezug(r.sozialraum())),
              index,
              stufen.stufe(r.sozialraum()).getAsInt(),
              r.treiber().stream().map(Treiber::indikator).toList()));
    }
    return b;
  }

  // ---------------------------------------------------------------- goals and gaps

  private List<Zielstatus> ziele(
      Kommunalbericht kb,
      Leitbild leitbild,
      Kommune kommune,
      Gebiete gebiete,
      Kommunaldaten daten) {
    List<Zielstatus> b = new ArrayList<>();
    for (Zielbewertung z : kb.ziele()) {
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
      SozialraumId ziel = zw.sozialraum();
      Berichtsgebiet gebiet;
      if (ziel == null) {
        gebiet = gebiete.von(new KommuneBezug(kommune.schluessel()));
      } else {
        Optional<Sozialraum> s =
            kommune
                .sozialraumAm(ziel, auftrag.stichtag())
                .or(() -> kommune.versionen(ziel).stream().reduce((x, y) -> y));
        gebiet =
            s.map(x -> gebiete.von(new SozialraumBezug(x.ref())))
                .orElse(new Berichtsgebiet(Raumbezug.of(SozialraumRef.of(ziel, 1)), ziel.code()));
      }
      Kennzahl ist = z.istwert();
      Zelle zelle = zelle(ist);
      Zielerreichung e =
          switch (z.status()) {
            case ERREICHT -> Zielerreichung.ERREICHT;
            case AUF_KURS -> Zielerreichung.AUF_KURS;
            case GEFAEHRDET -> Zielerreichung.GEFAEHRDET;
            case VERFEHLT -> Zielerreichung.VERFEHLT;
            case OHNE_DATEN ->
                zelle.gesperrt() ? Zielerreichung.GESPERRT : Zielerreichung.KEINE_DATEN;
          };
      String name = indikatorname(daten, zw.indikator());
      b.add(
          new Zielstatus(
              lz == null ? "" : lz.titel(),
              hz == null ? z.handlungsziel() : hz.titel(),
              zw,
              name,
              gebiet,
              zelle,
              ist == null ? null : ist.periode(),
              e,
              z.prognose()));
    }
    return b;
  }

  private String indikatorname(Kommunaldaten daten, IndikatorKey key) {
    String name = key.toString();
    for (Indikator i : indikatoren) {
      if (i.key().equals(key)) {
        name = i.name();
      }
    }
    return name;
  }

  private Zelle zelle(@Nullable Kennzahl k) {
    if (k == null) {
      return Zelle.fehlend();
    }
    if (k.gesperrt()) {
      return Zelle.gesperrt(k.obsStatus(), k.confStatus());
    }
    if (k.wert() == null) {
      return new Zelle(null, null, k.nenner(), k.obsStatus(), k.confStatus());
    }
    return art(new Zelle(k.wert(), k.zaehler(), k.nenner(), k.obsStatus(), k.confStatus()));
  }

  /**
   * The gap matrix (active Angebote per Lebensphase and Handlungsfeld), the bridged transitions and
   * the Brennpunkte of the analysis.
   */
  private static Lueckenanalyse luecken(
      Kommunalbericht kb, Praeventionskette kette, Gebiete gebiete) {
    List<List<Integer>> matrix = new ArrayList<>();
    for (Lebensphase p : kette.lebensphasen()) {
      List<Integer> zeile = new ArrayList<>();
      for (Handlungsfeld f : kette.handlungsfelder()) {
        int n = 0;
        for (Angebot a : kette.angebote()) {
          if (a.aktiv()
              && a.lebensphasen().contains(p.key())
              && a.handlungsfelder().contains(f.key())) {
            n++;
          }
        }
        zeile.add(n);
      }
      matrix.add(zeile);
    }
    List<Uebergangsabdeckung> uebergaenge = new ArrayList<>();
    for (Uebergang u : kette.uebergaenge()) {
      int n = 0;
      for (Angebot a : kette.angebote()) {
        if (a.aktiv() && a.ueberbrueckt(u.key())) {
          n++;
        }
      }
      uebergaenge.add(new Uebergangsabdeckung(u, n));
    }
    List<Brennpunkt> punkte = new ArrayList<>();
    if (kb.luecken() != null) {
      for (Versorgungsluecke v : kb.luecken().brennpunkte()) {
        String phase =
            kette.lebensphase(v.lebensphase()).map(Lebensphase::name).orElse(v.lebensphase());
        punkte.add(
            new Brennpunkt(
                gebiete.von(new SozialraumBezug(v.sozialraum())),
                v.bedarfsrang(),
                phase,
                v.angebote(),
                v.plaetzeJe100Kinder()));
      }
    }
    return new Lueckenanalyse(
        kette.lebensphasen(), kette.handlungsfelder(), matrix, uebergaenge, punkte);
  }

  /** The areas of a Kommune with the names a report prints, in the Kommune's order. */
  private static final class Gebiete {
    private final Kommune kommune;
    private final Map<SozialraumRef, Integer> position = new HashMap<>();
    private final Map<Raumbezug, Berichtsgebiet> gebiete = new HashMap<>();

    Gebiete(Kommune kommune) {
      this.kommune = kommune;
      int i = 0;
      for (Sozialraum s : kommune.sozialraeume()) {
        position.put(s.ref(), i++);
      }
    }

    int position(SozialraumRef ref) {
      return position.getOrDefault(ref, Integer.MAX_VALUE);
    }

    Berichtsgebiet von(Raumbezug raum) {
      return gebiete.computeIfAbsent(raum, this::neu);
    }

    private Berichtsgebiet neu(Raumbezug raum) {
      if (raum instanceof SozialraumBezug s) {
        Sozialraum sr = kommune.sozialraum(s.sozialraum()).orElseThrow();
        // computed once per area and report
        boolean mehrere = kommune.versionen(sr.id()).size() > 1;
        return new Berichtsgebiet(
            raum, mehrere ? sr.name() + " (Gebietsstand " + sr.gebietsstand() + ")" : sr.name());
      }
      return new Berichtsgebiet(raum, kommune.name());
    }
  }
}
