package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
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
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.Reihe;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
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
      Kommunaldaten daten,
      List<Mehrjahreswert> gepoolt) {
    Kommune kommune = eingabe.kommune();
    LocalDate stichtag = auftrag.stichtag();
    // the chain as it was on the reference day: what ran then, not what runs now
    Praeventionskette kette = eingabe.kette() == null ? null : eingabe.kette().am(stichtag);
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
            Altersspanne.unter(18),
            // the parts no report shows (verdicts, slopes, grid, supply matrices) not computed
            Analyseumfang.BERICHTSZAHLEN);
    Clock heute = Clock.fixed(stichtag.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    // comparisons, ranks, trends and goals from the published single figures
    Kommunalbericht kb =
        new Kommunalanalyse(heute, aa).analysiere(daten, Referenzwerte.keine(), leitbild, null);
    // the Sozialindex (with its ranking and the Brennpunkte of the gap analysis) takes the
    // pooled figure of an area whose latest single one is suppressed: both are published; without
    // an index the gap analysis finds no Brennpunkte (all a report reads of it) and is not run
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
    }

    List<Indikatorauswertung> tabellen = tabellen(daten, kb, ebene, gebiete, gepoolt);
    Sozialindex index =
        modell == null ? null : sozialindex(mitIndex, modell, stufung, gebiete, !gepoolt.isEmpty());
    Wirkungsmonitoring wirkung =
        new Wirkungsrechnung(auftrag, indikatoren)
            .berechne(
                kommune,
                eingabe.kette(),
                kette,
                leitbild,
                veroeffentlicht,
                index,
                ebene,
                gebiete::von);
    // the indicators used and the periods the maturity score asks for, read from the data of the
    // published figures by series and period, not figure by figure
    List<Indikator> verwendet = verwendeteIndikatoren(daten, leitbild);
    Reiferechnung.Periodenenden enden = Reiferechnung.Periodenenden.aus(leitbild, daten);
    return new Berichtsteil(
        kommune,
        gemeinden,
        stichtag,
        auftrag.verfahren(),
        leitbild,
        kette,
        verwendet,
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
        new Reiferechnung(leitbild, eingabe.kette(), enden, indikatoren).verlauf(stichtag));
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

  /**
   * The definitions of the indicator versions of the figures of {@code daten} (every series has
   * one) and of the indicators {@code leitbild} names.
   */
  private List<Indikator> verwendeteIndikatoren(Kommunaldaten daten, @Nullable Leitbild leitbild) {
    Set<IndikatorRef> refs = new HashSet<>();
    for (Reihe r : daten.reihen()) {
      refs.add(r.indikator());
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
        boolean dieses = false;
        for (Zielwert z : h.zielwerte()) {
          BigDecimal basis = z.ausgangswert();
          if (basis != null && !belegt(daten, z, basis, bis)) {
            werte.add(
                new Zielwert(
                    z.indikator(), z.wert(), z.richtung(), z.frist(), z.sozialraum(), null));
            dieses = true;
          } else {
            werte.add(z);
          }
        }
        // an unchanged Handlungsziel stays as it is, not built and checked again
        neu.add(dieses ? new Handlungsziel(h.key(), h.titel(), h.indikatoren(), werte) : h);
        geaendert |= dieses;
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
    // the trends of the total by key, each area's by its position (the last one wins), as the
    // tables show them: converted while at hand, not read again per row
    Gebiet kommuneGebiet = Gebiet.kommune(daten.kommune().schluessel());
    Map<IndikatorKey, Trends> trends = new HashMap<>();
    IndikatorKey zuletzt = null;
    Trends trendsZuletzt = null;
    // the areas' trends of a key come in the same order for every key: found by their index
    Stellenfinder<SozialraumRef> trendfinder = new Stellenfinder<>(gebiete::stelle);
    int j = 0;
    for (de.kekiz.monitoring.vergleich.Trend t : kb.trends()) {
      if (!t.aufschluesselung().istInsgesamt()) {
        continue;
      }
      IndikatorKey key = t.indikator().key();
      if (trendsZuletzt == null || (key != zuletzt && !key.equals(zuletzt))) {
        // the trends come by key: look it up once
        zuletzt = key;
        trendsZuletzt = trends.get(key);
        if (trendsZuletzt == null) {
          Indikator titel = titel(daten, key);
          // without a table of the key its trends are not shown: any number of places does
          int stellen = titel == null ? 0 : Indikatorauswertung.stellen(titel);
          trendsZuletzt = new Trends(gebiete.anzahl(), stellen);
          trends.put(key, trendsZuletzt);
        }
        j = 0;
      }
      if (t.gebiet() instanceof SozialraumGebiet s) {
        int stelle = trendfinder.stelle(j++, s.sozialraum());
        if (stelle >= 0) {
          trendsZuletzt.raeume[stelle] = trendsZuletzt.trend(t);
        }
      } else if (t.gebiet().equals(kommuneGebiet)) {
        trendsZuletzt.kommune = trendsZuletzt.trend(t);
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
    Zellenbau bau = new Zellenbau(auftrag.verfahren().wertart() == Wertart.UEBERLAGERT, gebiete);
    List<Indikatorauswertung> ergebnis = new ArrayList<>();
    for (IndikatorKey key : daten.indikatorKeys()) {
      Indikatorauswertung a =
          tabelle(
              daten,
              key,
              ebene,
              gebiete,
              bau,
              vergleiche.get(key),
              trends.get(key),
              poolsJeKey.getOrDefault(key, leer));
      if (a != null) {
        ergebnis.add(a);
      }
    }
    return ergebnis;
  }

  /**
   * The trends of one indicator's total as its table shows them ({@link Trends#trend}): the
   * Kommune's and each area's by its position; {@code null} where the analysis has none.
   */
  private static final class Trends {
    @Nullable Trend kommune;
    final @Nullable Trend[] raeume;
    private final int stellen;

    Trends(int anzahl, int stellen) {
      this.raeume = new Trend[anzahl];
      this.stellen = stellen;
    }

    /**
     * The trend {@code t} as the table shows it: its direction that of the change rounded half up
     * to the table's places ({@link #vorzeichen(BigDecimal, int)}).
     */
    Trend trend(de.kekiz.monitoring.vergleich.Trend t) {
      BigDecimal v = t.veraenderung();
      if (v == null) {
        return Trend.unbekannt();
      }
      int vorzeichen = vorzeichen(v, stellen);
      Trendrichtung r =
          vorzeichen > 0
              ? Trendrichtung.STEIGEND
              : vorzeichen < 0 ? Trendrichtung.FALLEND : Trendrichtung.GLEICHBLEIBEND;
      return new Trend(r, v, t.von(), t.bis());
    }
  }

  /**
   * The definition the table of {@code key} is titled with: the newest version of the total that
   * has figures; {@code null} if there is none (and so no table).
   */
  private static @Nullable Indikator titel(Kommunaldaten daten, IndikatorKey key) {
    Indikator titel = null;
    for (Reihe r : daten.reihen(key)) {
      if (r.aufschluesselung().istInsgesamt() && !daten.perioden(r).isEmpty()) {
        Indikator def = daten.definition(r.indikator());
        if (titel == null || def.version() > titel.version()) {
          titel = def;
        }
      }
    }
    return titel;
  }

  private @Nullable Indikatorauswertung tabelle(
      Kommunaldaten daten,
      IndikatorKey key,
      @Nullable Sozialraumebene ebene,
      Gebiete gebiete,
      Zellenbau bau,
      @Nullable Vergleich vergleich,
      @Nullable Trends trends,
      Map<Raumbezug, Mehrjahreswert> pools) {
    List<Reihe> insgesamt = new ArrayList<>(2);
    for (Reihe r : daten.reihen(key)) {
      if (r.aufschluesselung().istInsgesamt()) {
        insgesamt.add(r);
      }
    }
    List<Periode> perioden;
    List<Indikator> versionen;
    // mostly one series (one version): its periods are the columns, in their order
    boolean einzeln = insgesamt.size() == 1;
    if (einzeln) {
      Reihe r = insgesamt.get(0);
      ImmutableSortedSet<Periode> menge = daten.perioden(r);
      if (menge.isEmpty()) {
        return null;
      }
      perioden = menge.asList();
      versionen = ImmutableList.of(daten.definition(r.indikator()));
    } else {
      TreeSet<Periode> periodenMenge = new TreeSet<>();
      TreeMap<Integer, Indikator> jeVersion = new TreeMap<>();
      for (Reihe r : insgesamt) {
        ImmutableSortedSet<Periode> menge = daten.perioden(r);
        if (!menge.isEmpty()) {
          periodenMenge.addAll(menge);
          Indikator def = daten.definition(r.indikator());
          jeVersion.put(def.version(), def);
        }
      }
      if (periodenMenge.isEmpty()) {
        return null;
      }
      perioden = ImmutableList.copyOf(periodenMenge);
      versionen = ImmutableList.copyOf(jeVersion.values());
    }
    int spalten = perioden.size();
    // each column's cross-sections in the order of the series (an area's figure is that of the
    // last one with a figure for it), read by position: each figure and its value as the data
    // keep them, not listed, looked up or divided again
    Kommunaldaten.Querschnitt[] @Nullable [] quellen = new Kommunaldaten.Querschnitt[spalten][];
    for (Reihe r : insgesamt) {
      int spalte = -1;
      for (Periode p : daten.perioden(r)) {
        int stelle = einzeln ? ++spalte : Collections.binarySearch(perioden, p);
        Kommunaldaten.Querschnitt q = daten.querschnitt(r, p).orElse(null);
        if (q != null) {
          Kommunaldaten.Querschnitt @Nullable [] bisher = quellen[stelle];
          Kommunaldaten.Querschnitt[] neu;
          if (bisher == null) {
            neu = new Kommunaldaten.Querschnitt[] {q};
          } else {
            neu = Arrays.copyOf(bisher, bisher.length + 1);
            neu[bisher.length] = q;
          }
          quellen[stelle] = neu;
        }
      }
    }
    Indikator titel = versionen.get(versionen.size() - 1);
    // the cells of a row in an array, made a list at once: cheaper than a builder per cell
    Zelle[] kommuneZellen = new Zelle[spalten];
    for (int i = 0; i < spalten; i++) {
      kommuneZellen[i] = bau.zelle(quellen[i], Zellenbau.KOMMUNE);
    }
    Trend kommuneTrend = trends == null ? null : trends.kommune;
    Zeitreihe kommuneZeile =
        new Zeitreihe(
            gebiete.kommune(),
            ImmutableList.copyOf(kommuneZellen),
            null,
            null,
            kommuneTrend == null ? Trend.unbekannt() : kommuneTrend);

    // the areas with a figure in some column, by their position in the report (their position
    // in the data is inDaten[position]; −1: the data have none for it), counted per level
    int anzahl = gebiete.anzahl();
    int[] inDaten = bau.stellenInDaten(quellen);
    boolean[] mitFigur = new boolean[anzahl];
    Sozialraumebene[] ebenen = EBENEN;
    int[] jeEbene = new int[ebenen.length];
    for (int i = 0; i < anzahl; i++) {
      if (Zellenbau.hatFigur(quellen, inDaten[i])) {
        mitFigur[i] = true;
        jeEbene[gebiete.sozialraum(i).ebene().ordinal()]++;
      }
    }
    // the level of the rows: the one asked for if it has figures, else the one with most areas
    Sozialraumebene gewaehlt = ebene != null && jeEbene[ebene.ordinal()] > 0 ? ebene : null;
    if (gewaehlt == null) {
      int meiste = 0;
      for (Sozialraumebene e : ebenen) {
        if (jeEbene[e.ordinal()] > 0 && jeEbene[e.ordinal()] >= meiste) {
          gewaehlt = e;
          meiste = jeEbene[e.ordinal()];
        }
      }
    }
    Periode letzte = perioden.get(spalten - 1);
    Vergleich passend = vergleich != null && vergleich.periode().equals(letzte) ? vergleich : null;
    // the comparison's rows by position (the first one of an area counts)
    @Nullable Vergleichszeile[] vergleichszeilen = null;
    if (passend != null) {
      vergleichszeilen = new Vergleichszeile[anzahl];
      List<Vergleichszeile> vzeilen = passend.zeilen();
      for (int j = 0; j < vzeilen.size(); j++) {
        Vergleichszeile vz = vzeilen.get(j);
        int i = bau.vergleichsfinder.stelle(j, vz.sozialraum());
        if (i >= 0 && vergleichszeilen[i] == null) {
          vergleichszeilen[i] = vz;
        }
      }
    }
    ImmutableList.Builder<Zeitreihe> reihen =
        ImmutableList.builderWithExpectedSize(gewaehlt == null ? 0 : jeEbene[gewaehlt.ordinal()]);
    // the rows in the Kommune's order of its Sozialräume: by position
    for (int stelle = 0; stelle < anzahl; stelle++) {
      if (!mitFigur[stelle]) {
        continue;
      }
      Sozialraum sr = gebiete.sozialraum(stelle);
      if (sr.ebene() != gewaehlt) {
        continue;
      }
      int k = inDaten[stelle];
      Zelle[] zellen = new Zelle[spalten];
      for (int i = 0; i < spalten; i++) {
        Zelle z = bau.zelle(quellen[i], k);
        Mehrjahreswert pool;
        if (z.gesperrt()
            && i == spalten - 1
            && !pools.isEmpty()
            && (pool = pools.get(new SozialraumBezug(sr.ref()))) != null) {
          z =
              Zelle.gepoolt(
                  Zelle.aus(pool.summe(), daten.definition(pool.summe().indikator())), pool.von());
        } else if (z.gesperrt() && auftrag.vergroeberung()) {
          z = vergroebert(daten, sr, quellen[i], inDaten, gebiete, bau).orElse(z);
        }
        zellen[i] = z;
      }
      Integer rang = null;
      BigDecimal abweichung = null;
      Vergleichszeile vz = vergleichszeilen == null ? null : vergleichszeilen[stelle];
      if (vz != null) {
        rang = vz.rang();
        abweichung = vz.kommune().absolut();
      }
      Trend trend = trends == null ? null : trends.raeume[stelle];
      reihen.add(
          new Zeitreihe(
              gebiete.von(stelle),
              ImmutableList.copyOf(zellen),
              rang,
              abweichung,
              trend == null ? Trend.unbekannt() : trend));
    }
    Gebietsart art = gewaehlt == null ? Gebietsart.SOZIALRAUM : Gebietsart.von(gewaehlt);
    return new Indikatorauswertung(titel, versionen, perioden, art, kommuneZeile, reihen.build());
  }

  private static final Sozialraumebene[] EBENEN = Sozialraumebene.values();

  /**
   * The published figure of the parent Sozialraum of {@code s} in the column of the table whose
   * cross-sections are {@code spalte}, as a cell that says whose figure it is; empty if there is no
   * parent Sozialraum or its figure is not published either. The whole Kommune is not used: its
   * figure says nothing about a district.
   */
  private static Optional<Zelle> vergroebert(
      Kommunaldaten daten,
      Sozialraum s,
      Kommunaldaten.Querschnitt @Nullable [] spalte,
      int[] inDaten,
      Gebiete gebiete,
      Zellenbau bau) {
    SozialraumId eltern = s.uebergeordnet();
    while (eltern != null) {
      Optional<Sozialraum> e = daten.kommune().sozialraumAm(eltern, s.gueltigkeit().von());
      if (e.isEmpty()) {
        return Optional.empty();
      }
      int stelle = gebiete.stelle(e.get().ref());
      Zelle z = stelle < 0 ? null : bau.veroeffentlichteZelle(spalte, inDaten[stelle]);
      if (z != null) {
        return Optional.of(Zelle.vergroebert(z, gebiete.von(stelle)));
      }
      eltern = e.get().uebergeordnet();
    }
    return Optional.empty();
  }

  /**
   * Finds the positions of areas listed again and again in the same order, mostly with the same
   * objects (the rows of every comparison, the trends of every key): the position of the area at
   * index {@code j} of a list is tried from the last list first (the same object, or an equal one,
   * has the same position); only another area is looked up.
   *
   * @param <T> how an area is given
   */
  private static final class Stellenfinder<T> {
    private final ToIntFunction<T> suche;
    private @Nullable Object[] raeume = new Object[0];
    private int[] stellen = new int[0];

    /** With {@code suche} the position of an area not found at its index. */
    Stellenfinder(ToIntFunction<T> suche) {
      this.suche = suche;
    }

    /** {@return the position of area {@code raum}, at index {@code j} of its list} */
    int stelle(int j, T raum) {
      if (j < raeume.length) {
        Object r = raeume[j];
        if (r == raum) {
          return stellen[j];
        }
        if (r != null && r.equals(raum)) {
          raeume[j] = raum; // the next list likely holds this object
          return stellen[j];
        }
      }
      int stelle = suche.applyAsInt(raum);
      if (j >= raeume.length) {
        int laenge = Math.max(j + 1, 2 * raeume.length);
        raeume = Arrays.copyOf(raeume, laenge);
        stellen = Arrays.copyOf(stellen, laenge);
      }
      raeume[j] = raum;
      stellen[j] = stelle;
      return stelle;
    }
  }

  /**
   * Makes the cells of a report's tables from the cross-sections of the release's data, read by
   * position: each figure's cell as the release publishes it, with the value the data keep for it.
   * The figures of the release's data were checked when they were added: not again.
   */
  private static final class Zellenbau {
    /** The position that stands for the whole Kommune in {@link #zelle}. */
    static final int KOMMUNE = -2;

    private final Wertart mitWert;
    final Stellenfinder<SozialraumRef> vergleichsfinder;
    private final Gebiete gebiete;
    private int @Nullable [] stellenInDaten; // by the report's positions of the areas

    Zellenbau(boolean ueberlagert, Gebiete gebiete) {
      this.gebiete = gebiete;
      this.mitWert = ueberlagert ? Wertart.UEBERLAGERT : Wertart.EXAKT;
      this.vergleichsfinder = new Stellenfinder<>(gebiete::stelle);
    }

    /**
     * The position in the data of each of the report's areas (by the report's position), −1 where
     * the data have none; the same in every cross-section of the data: looked up once. All −1 if
     * {@code quellen} holds no cross-section.
     */
    int[] stellenInDaten(Kommunaldaten.Querschnitt[] @Nullable [] quellen) {
      int[] s = stellenInDaten;
      if (s != null) {
        return s;
      }
      Kommunaldaten.Querschnitt q = null;
      for (int i = 0; i < quellen.length && q == null; i++) {
        if (quellen[i] != null) {
          q = quellen[i][0];
        }
      }
      s = new int[gebiete.anzahl()];
      if (q == null) {
        Arrays.fill(s, -1);
        return s;
      }
      for (int i = 0; i < s.length; i++) {
        s[i] = q.stelle(gebiete.sozialraum(i).ref());
      }
      stellenInDaten = s;
      return s;
    }

    /** Whether some cross-section of {@code quellen} has a figure at position {@code k} (or −1). */
    static boolean hatFigur(Kommunaldaten.Querschnitt[] @Nullable [] quellen, int k) {
      if (k < 0) {
        return false;
      }
      for (Kommunaldaten.Querschnitt @Nullable [] spalte : quellen) {
        if (spalte != null) {
          for (Kommunaldaten.Querschnitt q : spalte) {
            if (q.figur(k) != null) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * The cell of the figure at position {@code k} of the data ({@link #KOMMUNE}: the Kommune's) in
     * a column with cross-sections {@code spalte}: that of the last one with a figure there,
     * perturbed under the Cell-Key-Verfahren; missing if none has one (always for −1).
     */
    Zelle zelle(Kommunaldaten.Querschnitt @Nullable [] spalte, int k) {
      if (spalte != null && k != -1) {
        for (int j = spalte.length - 1; j >= 0; j--) {
          Kommunaldaten.Querschnitt q = spalte[j];
          Messwert m = figur(q, k);
          if (m != null) {
            return zelle(m, q, k);
          }
        }
      }
      return Zelle.fehlend();
    }

    /**
     * The cell of the figure {@link #zelle} reads if it is published with a value; else {@code
     * null}.
     */
    @Nullable Zelle veroeffentlichteZelle(Kommunaldaten.Querschnitt @Nullable [] spalte, int k) {
      if (spalte != null && k != -1) {
        for (int j = spalte.length - 1; j >= 0; j--) {
          Kommunaldaten.Querschnitt q = spalte[j];
          Messwert m = figur(q, k);
          if (m != null) {
            return m.hatWert() && m.veroeffentlichbar() ? zelle(m, q, k) : null;
          }
        }
      }
      return null;
    }

    private static @Nullable Messwert figur(Kommunaldaten.Querschnitt q, int k) {
      return k == KOMMUNE ? q.kommunewert().orElse(null) : q.figur(k);
    }

    /** The cell of figure {@code m} at position {@code k} of cross-section {@code q}. */
    private Zelle zelle(Messwert m, Kommunaldaten.Querschnitt q, int k) {
      if (!m.confStatus().veroeffentlichbar()) {
        return Zelle.gesperrt(m.obsStatus(), m.confStatus());
      }
      BigDecimal w = k == KOMMUNE ? q.wertDerKommune() : q.wert(k);
      return w == null ? Zelle.ohneWert(m) : Zelle.aus(m, w, mitWert);
    }
  }

  /** {@code z} as the release's procedure publishes it: perturbed under the Cell-Key-Verfahren. */
  private Zelle art(Zelle z) {
    return z.art() == Wertart.EXAKT && auftrag.verfahren().wertart() == Wertart.UEBERLAGERT
        ? z.alsUeberlagert()
        : z;
  }

  /**
   * The sign of {@code v} rounded half up to {@code stellen} decimal places, without rounding it:
   * with more places, {@code v} rounds to 0 exactly when its magnitude is below 5 ×
   * 10<sup>−(stellen + 1)</sup> (half rounds away from 0).
   */
  static int vorzeichen(BigDecimal v, int stellen) {
    int signum = v.signum();
    int scale = v.scale();
    if (signum == 0 || scale <= stellen) {
      return signum;
    }
    // the bound at the scale of v where there is one: compared at equal scales, not rescaled
    int i = scale - stellen - 1;
    BigDecimal halb =
        stellen >= 0 && stellen < HALB.length && i < HALB[stellen].length
            ? (signum > 0 ? HALB : MINUS_HALB)[stellen][i]
            : BigDecimal.valueOf(signum * 5L, stellen + 1);
    return v.compareTo(halb) * signum >= 0 ? signum : 0;
  }

  /**
   * ±5 × 10<sup>−(stellen + 1)</sup> for the usual numbers of places {@code stellen}, each at the
   * scales stellen + 1 + i for the usual i (by stellen, then i), made once.
   */
  private static final BigDecimal[][] HALB = new BigDecimal[10][40];

  private static final BigDecimal[][] MINUS_HALB = new BigDecimal[HALB.length][HALB[0].length];

  static {
    for (int stellen = 0; stellen < HALB.length; stellen++) {
      for (int i = 0; i < HALB[stellen].length; i++) {
        // exact: more places than the bound has
        HALB[stellen][i] = BigDecimal.valueOf(5L, stellen + 1).setScale(stellen + 1 + i);
        MINUS_HALB[stellen][i] = HALB[stellen][i].negate();
      }
    }
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
      int mitWert = 0;
      for (de.kekiz.monitoring.sozialindex.Komponente c : w.komponenten()) {
        if (c.wert().hatWert()) {
          mitWert++;
        }
      }
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
    // the active Angebote counted per Lebensphase and Handlungsfeld, each Angebot once
    List<Lebensphase> phasen = kette.lebensphasen();
    List<Handlungsfeld> felder = kette.handlungsfelder();
    int[][] anzahl = new int[phasen.size()][felder.size()];
    int[] seineFelder = new int[felder.size()];
    for (Angebot a : kette.angebote()) {
      if (!a.aktiv()) {
        continue;
      }
      int k = 0;
      for (int f = 0; f < felder.size(); f++) {
        if (a.handlungsfelder().contains(felder.get(f).key())) {
          seineFelder[k++] = f;
        }
      }
      if (k == 0) {
        continue;
      }
      for (int p = 0; p < phasen.size(); p++) {
        if (a.lebensphasen().contains(phasen.get(p).key())) {
          for (int j = 0; j < k; j++) {
            anzahl[p][seineFelder[j]]++;
          }
        }
      }
    }
    List<List<Integer>> matrix = new ArrayList<>(phasen.size());
    for (int[] zeile : anzahl) {
      List<Integer> z = new ArrayList<>(zeile.length);
      for (int n : zeile) {
        z.add(n);
      }
      matrix.add(z);
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

  /**
   * The areas of a Kommune with the names a report prints, in the Kommune's order; its Sozialraum
   * versions by position (their place in {@link Kommune#sozialraeume()}), so that tables hold rows
   * in arrays, not in maps.
   */
  private static final class Gebiete {
    private final Kommune kommune;
    private final List<Sozialraum> raeume;
    private final Map<SozialraumRef, Integer> position;
    // how many versions each Sozialraum has: counted once, not per area
    private final Map<SozialraumId, Integer> versionen;
    private final @Nullable Berichtsgebiet[] jePosition;
    private final Map<Raumbezug, Berichtsgebiet> andere = new HashMap<>();
    private final KommuneBezug kommuneRaum;
    private @Nullable Berichtsgebiet kommuneGebiet;

    Gebiete(Kommune kommune) {
      this.kommune = kommune;
      this.raeume = kommune.sozialraeume();
      this.position = new HashMap<>(Math.max(16, raeume.size() * 2));
      this.versionen = new HashMap<>(Math.max(16, raeume.size() * 2));
      int i = 0;
      for (Sozialraum s : raeume) {
        position.put(s.ref(), i++);
        versionen.merge(s.id(), 1, Integer::sum);
      }
      this.jePosition = new Berichtsgebiet[raeume.size()];
      this.kommuneRaum = new KommuneBezug(kommune.schluessel());
    }

    /** {@return the area of the whole Kommune} */
    KommuneBezug kommuneRaum() {
      return kommuneRaum;
    }

    /** {@return the report's area of the whole Kommune} */
    Berichtsgebiet kommune() {
      Berichtsgebiet g = kommuneGebiet;
      if (g == null) {
        g = von(kommuneRaum);
        kommuneGebiet = g;
      }
      return g;
    }

    /** {@return the number of Sozialraum versions of the Kommune} */
    int anzahl() {
      return raeume.size();
    }

    /** {@return the position of {@code ref}, or {@link Integer#MAX_VALUE} if unknown} */
    int position(SozialraumRef ref) {
      return position.getOrDefault(ref, Integer.MAX_VALUE);
    }

    /** {@return the position of {@code ref}, or −1 if the Kommune has no such version} */
    int stelle(SozialraumRef ref) {
      Integer i = position.get(ref);
      return i == null ? -1 : i;
    }

    /** {@return the Sozialraum version at position {@code stelle}} */
    Sozialraum sozialraum(int stelle) {
      return raeume.get(stelle);
    }

    /** {@return the area of the Sozialraum version at position {@code stelle}} */
    Berichtsgebiet von(int stelle) {
      Berichtsgebiet g = jePosition[stelle];
      if (g == null) {
        g = neu(raeume.get(stelle));
        jePosition[stelle] = g;
      }
      return g;
    }

    Berichtsgebiet von(Raumbezug raum) {
      if (raum instanceof SozialraumBezug s) {
        int i = stelle(s.sozialraum());
        if (i >= 0) {
          return von(i);
        }
      }
      return andere.computeIfAbsent(raum, this::neu);
    }

    private Berichtsgebiet neu(Raumbezug raum) {
      if (raum instanceof SozialraumBezug s) {
        return neu(kommune.sozialraum(s.sozialraum()).orElseThrow());
      }
      return new Berichtsgebiet(raum, kommune.name());
    }

    private Berichtsgebiet neu(Sozialraum sr) {
      // computed once per area and report
      boolean mehrere = versionen.getOrDefault(sr.id(), 0) > 1;
      return new Berichtsgebiet(
          new SozialraumBezug(sr.ref()),
          mehrere ? sr.name() + " (Gebietsstand " + sr.gebietsstand() + ")" : sr.name());
    }
  }
}
