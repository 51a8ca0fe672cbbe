package de.kekiz.reporting.bericht.internal;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
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
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Gebiet;
import de.kekiz.reporting.bericht.Gebietsart;
import de.kekiz.reporting.bericht.Handlungsbedarf;
import de.kekiz.reporting.bericht.Indikatorauswertung;
import de.kekiz.reporting.bericht.Lueckenanalyse;
import de.kekiz.reporting.bericht.Sozialindex;
import de.kekiz.reporting.bericht.Sozialindexwert;
import de.kekiz.reporting.bericht.Trend;
import de.kekiz.reporting.bericht.Trendrichtung;
import de.kekiz.reporting.bericht.Uebergangsabdeckung;
import de.kekiz.reporting.bericht.Zeitreihe;
import de.kekiz.reporting.bericht.Zelle;
import de.kekiz.reporting.bericht.Zielerreichung;
import de.kekiz.reporting.bericht.Zielstatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the sections of a report from its checked inputs. The tables (cells per area and
 * period) are always built here. For the Sozialräume of one Kommune, rank, distance, trend,
 * Sozialindex, Handlungsbedarf, Zielerreichung and Brennpunkte then come from the monitoring's
 * analysis ({@link Monitoring}); for the Gemeinden of a Kreis, which that analysis does not
 * compare, this class computes simpler ones itself: rank and distance in the latest period, the
 * change between first and last publishable value, a mean of z-scores as index in four classes.
 * Only publishable values are used anywhere.
 */
public final class Auswertung {

  /** Lower bounds of the Sozialindex classes 2, 3 and 4 (class 1 is everything below -0.5). */
  private static final double[] KLASSENGRENZEN = {-0.5, 0.5, 1.0};

  private static final int GEMEINDE = -1;

  private static final ImmutableList<String> KLASSEN =
      ImmutableList.of("Klasse 1 (niedrig)", "Klasse 2 (mittel)", "Klasse 3 (hoch)", "Klasse 4 (sehr hoch)");

  private final Kommune kommune;
  private final List<Kommune> gemeinden;
  private final LocalDate stichtag;
  private final @Nullable Sozialraumebene ebene;
  private final Map<IndikatorRef, Indikator> definitionen = new HashMap<>();
  private final Map<IndikatorKey, List<Messwert>> proIndikator = new TreeMap<>();
  private final Map<SozialraumId, Integer> versionen = new HashMap<>();
  private final Map<Raumbezug, Integer> reihenfolge = new HashMap<>();
  private final Map<Raumbezug, Gebiet> gebiete = new HashMap<>();
  private @Nullable ImmutableList<Indikatorauswertung> auswertungen;

  /**
   * @param kommune the Kommune (or Kreis) of the report
   * @param gemeinden the Gemeinden of a Kreis report
   * @param stichtag the reference date
   * @param indikatoren the definitions, every version the Messwerte refer to
   * @param messwerte the Messwerte, suppressed ones without numbers
   * @param ebene the level of the Sozialräume the tables show, or {@code null} to take per
   *     indicator the level with the most areas (the finer one on a tie)
   */
  public Auswertung(
      Kommune kommune,
      List<Kommune> gemeinden,
      LocalDate stichtag,
      List<Indikator> indikatoren,
      List<Messwert> messwerte,
      @Nullable Sozialraumebene ebene) {
    this.kommune = kommune;
    this.gemeinden = gemeinden;
    this.stichtag = stichtag;
    this.ebene = ebene;
    for (Indikator i : indikatoren) {
      definitionen.put(i.ref(), i);
    }
    for (Messwert m : messwerte) {
      if (m.aufschluesselung().equals(Aufschluesselung.INSGESAMT)) {
        proIndikator.computeIfAbsent(m.indikator().key(), k -> new ArrayList<>()).add(m);
      }
    }
    int n = 0;
    for (Sozialraum s : kommune.sozialraeume()) {
      versionen.merge(s.id(), 1, Integer::sum);
      reihenfolge.put(new SozialraumBezug(s.ref()), n++);
    }
    for (Kommune g : gemeinden) {
      reihenfolge.put(new KommuneBezug(g.schluessel()), n++);
      for (Sozialraum s : g.sozialraeume()) {
        reihenfolge.put(new SozialraumBezug(s.ref()), n++);
      }
    }
  }

  // ---------------------------------------------------------------- areas

  private Gebiet gebiet(Raumbezug raum) {
    return gebiete.computeIfAbsent(raum, this::neuesGebiet);
  }

  /** The area of {@code raum} with its printed name. */
  Gebiet gebietVon(Raumbezug raum) {
    return gebiet(raum);
  }

  /** The whole Kommune as an area. */
  Gebiet kommuneGebiet() {
    return gebiet(new KommuneBezug(kommune.schluessel()));
  }

  /** The level of the Sozialraum version {@code s}, if the report's Kommune or Gemeinden have it. */
  Optional<Sozialraumebene> ebene(SozialraumBezug s) {
    return kommuneVon(s).sozialraum(s.sozialraum()).map(Sozialraum::ebene);
  }

  /** The name of the newest definition of {@code key}, or the key. */
  String indikatorname(IndikatorKey key) {
    return definitionen.values().stream()
        .filter(i -> i.key().equals(key))
        .max(Comparator.comparingInt(Indikator::version))
        .map(Indikator::name)
        .orElse(key.toString());
  }

  private Gebiet neuesGebiet(Raumbezug raum) {
    if (raum instanceof SozialraumBezug s) {
      Kommune k = kommuneVon(s);
      Sozialraum sr = k.sozialraum(s.sozialraum()).orElseThrow();
      boolean mehrere = k.versionen(sr.id()).size() > 1;
      return new Gebiet(raum, mehrere ? sr.name() + " (Gebietsstand " + sr.gebietsstand() + ")" : sr.name());
    }
    KommuneBezug k = (KommuneBezug) raum;
    if (k.kommune().equals(kommune.schluessel())) {
      return new Gebiet(raum, kommune.name());
    }
    return gemeinden.stream()
        .filter(g -> g.schluessel().equals(k.kommune()))
        .findFirst()
        .map(g -> new Gebiet(raum, g.name()))
        .orElseThrow();
  }

  private Kommune kommuneVon(SozialraumBezug s) {
    if (s.kommune().equals(kommune.schluessel())) {
      return kommune;
    }
    return gemeinden.stream().filter(g -> g.schluessel().equals(s.kommune())).findFirst().orElseThrow();
  }

  private boolean istKommune(Raumbezug raum) {
    return raum instanceof KommuneBezug k && k.kommune().equals(kommune.schluessel());
  }

  /** The position of {@code raum} in the Kommune's order of its Sozialräume and Gemeinden. */
  int rang(Raumbezug raum) {
    return reihenfolge.getOrDefault(raum, Integer.MAX_VALUE);
  }

  // ---------------------------------------------------------------- sections

  /**
   * The sections of a report. Where the tables show Sozialräume of one Kommune, rank, distance,
   * trend, Sozialindex, Handlungsbedarf, Zielerreichung and Brennpunkte come from the monitoring's
   * {@code Kommunalanalyse}; for the Gemeinden of a Kreis the report computes them itself.
   *
   * @param messwerte the report's Messwerte (suppressed ones without numbers)
   * @param gewaehlt the indicators of the Sozialindex (empty: chosen automatically)
   * @param trendperioden the trend window in periods
   */
  public Abschnitte abschnitte(
      List<Indikator> indikatoren, List<Messwert> messwerte, @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette, Set<IndikatorKey> gewaehlt, int trendperioden) {
    Optional<Sozialraumebene> analyseebene =
        gemeinden.isEmpty() ? Monitoring.ebene(this, ebene) : Optional.empty();
    if (analyseebene.isPresent()) {
      Monitoring m = Monitoring.analysiere(this, kommune, stichtag, indikatoren, messwerte,
          analyseebene.get(), gewaehlt, trendperioden, leitbild, kette);
      return new Abschnitte(
          m.auswertungen(),
          leitbild == null ? ImmutableList.of() : m.ziele(leitbild),
          m.sozialindex().orElse(null),
          m.handlungsbedarf(),
          kette == null ? null : m.mitBrennpunkten(luecken(kette), kette));
    }
    Sozialindex index = sozialindex(gewaehlt).orElse(null);
    return new Abschnitte(
        auswertungen(),
        leitbild == null ? ImmutableList.of() : ziele(leitbild),
        index,
        index == null ? ImmutableList.of() : handlungsbedarf(index),
        kette == null ? null : luecken(kette));
  }

  /** The computed sections of a report. */
  public record Abschnitte(
      ImmutableList<Indikatorauswertung> auswertungen,
      ImmutableList<Zielstatus> ziele,
      @Nullable Sozialindex sozialindex,
      ImmutableList<Handlungsbedarf> handlungsbedarf,
      @Nullable Lueckenanalyse luecken) {}

  // ---------------------------------------------------------------- tables

  /** One table per indicator key with observations of the total, by key. */
  public ImmutableList<Indikatorauswertung> auswertungen() {
    ImmutableList<Indikatorauswertung> a = auswertungen;
    if (a == null) {
      ImmutableList.Builder<Indikatorauswertung> b = ImmutableList.builder();
      for (List<Messwert> liste : proIndikator.values()) {
        b.add(tabelle(liste));
      }
      a = b.build();
      auswertungen = a;
    }
    return a;
  }

  private Indikatorauswertung tabelle(List<Messwert> liste) {
    TreeSet<Periode> periodenMenge = new TreeSet<>();
    TreeMap<Integer, Indikator> versionenMitDaten = new TreeMap<>();
    Map<Raumbezug, Map<Periode, Messwert>> zeilen = new HashMap<>();
    for (Messwert m : liste) {
      periodenMenge.add(m.periode());
      Indikator def = definitionen.get(m.indikator());
      versionenMitDaten.put(def.version(), def);
      zeilen.computeIfAbsent(m.raum(), r -> new HashMap<>()).put(m.periode(), m);
    }
    List<Periode> perioden = ImmutableList.copyOf(periodenMenge);
    Indikator titel = versionenMitDaten.lastEntry().getValue();
    int stellen = Formatierung.stellen(titel);

    Raumbezug kommuneRaum = new KommuneBezug(kommune.schluessel());
    List<Zelle> kommuneWerte = zellen(zeilen.getOrDefault(kommuneRaum, Map.of()), perioden);
    Zeitreihe kommuneZeile =
        new Zeitreihe(gebiet(kommuneRaum), kommuneWerte, null, null, trend(kommuneWerte, perioden, titel, stellen));

    Map<Integer, List<Raumbezug>> proEbene = new TreeMap<>();
    for (Raumbezug r : zeilen.keySet()) {
      if (!istKommune(r)) {
        proEbene.computeIfAbsent(ebeneVon(r), e -> new ArrayList<>()).add(r);
      }
    }
    int gewaehlt = waehleEbene(proEbene);
    List<Raumbezug> raeume = proEbene.getOrDefault(gewaehlt, new ArrayList<>());
    raeume.sort(Comparator.<Raumbezug>comparingInt(this::rang).thenComparing(Comparator.naturalOrder()));
    List<List<Zelle>> werte = new ArrayList<>(raeume.size());
    for (Raumbezug r : raeume) {
      werte.add(zellen(zeilen.get(r), perioden));
    }
    int letzte = perioden.size() - 1;
    Integer[] raenge = raenge(werte, letzte, titel.polaritaet());
    BigDecimal kommuneLetzter = kommuneWerte.get(letzte).wert();
    List<Zeitreihe> reihen = new ArrayList<>(raeume.size());
    for (int i = 0; i < raeume.size(); i++) {
      List<Zelle> w = werte.get(i);
      BigDecimal letzter = w.get(letzte).wert();
      BigDecimal abweichung =
          letzter != null && kommuneLetzter != null ? letzter.subtract(kommuneLetzter) : null;
      reihen.add(
          new Zeitreihe(gebiet(raeume.get(i)), w, raenge[i], abweichung, trend(w, perioden, titel, stellen)));
    }
    return new Indikatorauswertung(
        titel, ImmutableList.copyOf(versionenMitDaten.values()), perioden, gebietsart(gewaehlt),
        kommuneZeile, reihen);
  }

  /** The level of an area: the ordinal of its {@link Sozialraumebene}, -1 for a Gemeinde. */
  private int ebeneVon(Raumbezug raum) {
    if (raum instanceof SozialraumBezug s) {
      return kommuneVon(s).sozialraum(s.sozialraum()).orElseThrow().ebene().ordinal();
    }
    return GEMEINDE;
  }

  /** The chosen level if it has areas, else the level with the most areas, the finer on a tie. */
  private int waehleEbene(Map<Integer, List<Raumbezug>> proEbene) {
    if (ebene != null && proEbene.containsKey(ebene.ordinal())) {
      return ebene.ordinal();
    }
    int beste = GEMEINDE;
    int anzahl = -1;
    for (Map.Entry<Integer, List<Raumbezug>> e : proEbene.entrySet()) {
      if (e.getValue().size() >= anzahl) {
        beste = e.getKey();
        anzahl = e.getValue().size();
      }
    }
    return beste;
  }

  private static Gebietsart gebietsart(int ebene) {
    return ebene == GEMEINDE ? Gebietsart.GEMEINDE : Gebietsart.von(Sozialraumebene.values()[ebene]);
  }

  private List<Zelle> zellen(Map<Periode, Messwert> werte, List<Periode> perioden) {
    List<Zelle> z = new ArrayList<>(perioden.size());
    for (Periode p : perioden) {
      Messwert m = werte.get(p);
      z.add(m == null ? Zelle.fehlend() : Zelle.aus(m, definitionen.get(m.indikator())));
    }
    return z;
  }

  /** Competition ranks (1, 2, 2, 4) in column {@code spalte}, greatest need first. */
  private static Integer[] raenge(List<List<Zelle>> werte, int spalte, Polaritaet polaritaet) {
    Integer[] raenge = new Integer[werte.size()];
    List<Integer> mitWert = new ArrayList<>();
    for (int i = 0; i < werte.size(); i++) {
      if (werte.get(i).get(spalte).hatWert()) {
        mitWert.add(i);
      }
    }
    Comparator<Integer> nachWert = Comparator.comparing(i -> werte.get(i).get(spalte).wert());
    mitWert.sort(polaritaet == Polaritaet.HOEHER_IST_BESSER ? nachWert : nachWert.reversed());
    for (int k = 0; k < mitWert.size(); k++) {
      int i = mitWert.get(k);
      if (k > 0 && vergleiche(werte, spalte, i, mitWert.get(k - 1)) == 0) {
        raenge[i] = raenge[mitWert.get(k - 1)];
      } else {
        raenge[i] = k + 1;
      }
    }
    return raenge;
  }

  private static int vergleiche(List<List<Zelle>> werte, int spalte, int a, int b) {
    return werte.get(a).get(spalte).wert().compareTo(werte.get(b).get(spalte).wert());
  }

  /**
   * The change between the first and the last publishable value among the periods of the newest
   * definition version (values across a break in the series are not compared).
   */
  private static Trend trend(List<Zelle> werte, List<Periode> perioden, Indikator titel, int stellen) {
    int erste = -1;
    int letzte = -1;
    for (int i = 0; i < werte.size(); i++) {
      if (werte.get(i).hatWert() && titel.gilt(perioden.get(i))) {
        if (erste < 0) {
          erste = i;
        }
        letzte = i;
      }
    }
    if (erste < 0 || erste == letzte) {
      return Trend.unbekannt();
    }
    BigDecimal aenderung = werte.get(letzte).wert().subtract(werte.get(erste).wert());
    int vorzeichen = aenderung.setScale(stellen, RoundingMode.HALF_UP).signum();
    Trendrichtung richtung =
        vorzeichen > 0 ? Trendrichtung.STEIGEND
            : vorzeichen < 0 ? Trendrichtung.FALLEND : Trendrichtung.GLEICHBLEIBEND;
    return new Trend(richtung, aenderung, perioden.get(erste), perioden.get(letzte));
  }

  // ---------------------------------------------------------------- goals

  /** The status of every Zielwert of {@code leitbild} at the reference date. */
  public ImmutableList<Zielstatus> ziele(Leitbild leitbild) {
    ImmutableList.Builder<Zielstatus> b = ImmutableList.builder();
    for (Leitziel lz : leitbild.leitziele()) {
      for (Handlungsziel hz : lz.handlungsziele()) {
        for (Zielwert zw : hz.zielwerte()) {
          b.add(zielstatus(lz, hz, zw));
        }
      }
    }
    return b.build();
  }

  private Zielstatus zielstatus(Leitziel lz, Handlungsziel hz, Zielwert zw) {
    String name =
        definitionen.values().stream()
            .filter(i -> i.key().equals(zw.indikator()))
            .max(Comparator.comparingInt(Indikator::version))
            .map(Indikator::name)
            .orElse(zw.indikator().toString());
    SozialraumId ziel = zw.sozialraum();
    Gebiet gebiet;
    if (ziel == null) {
      gebiet = gebiet(new KommuneBezug(kommune.schluessel()));
    } else {
      Optional<Sozialraum> sr =
          kommune.sozialraumAm(ziel, stichtag).or(() -> kommune.versionen(ziel).stream().reduce((a, c) -> c));
      gebiet =
          sr.map(s -> gebiet(new SozialraumBezug(s.ref())))
              .orElse(new Gebiet(new SozialraumBezug(de.kekiz.domain.kommune.SozialraumRef.of(ziel, 1)), ziel.code()));
    }
    Messwert letzter = null;
    for (Messwert m : proIndikator.getOrDefault(zw.indikator(), List.of())) {
      boolean passt =
          ziel == null
              ? istKommune(m.raum())
              : m.raum() instanceof SozialraumBezug s && s.sozialraum().id().equals(ziel);
      if (passt
          && !m.periode().beginn().isAfter(stichtag)
          && (letzter == null || m.periode().compareTo(letzter.periode()) > 0)) {
        letzter = m;
      }
    }
    if (letzter == null) {
      return new Zielstatus(
          lz.titel(), hz.titel(), zw, name, gebiet, Zelle.fehlend(), null, Zielerreichung.KEINE_DATEN, null);
    }
    Zelle zelle = Zelle.aus(letzter, definitionen.get(letzter.indikator()));
    Zielerreichung e;
    if (zelle.gesperrt()) {
      e = Zielerreichung.GESPERRT;
    } else if (!zelle.hatWert()) {
      e = Zielerreichung.KEINE_DATEN;
    } else {
      e = zw.erreicht(zelle.wert()) ? Zielerreichung.ERREICHT : Zielerreichung.NICHT_ERREICHT;
    }
    return new Zielstatus(lz.titel(), hz.titel(), zw, name, gebiet, zelle, letzter.periode(), e, null);
  }

  // ---------------------------------------------------------------- Sozialindex

  /**
   * The Sozialindex over {@code gewaehlt} (empty: every indicator with a polarity), or empty if
   * fewer than two areas get a value.
   */
  public Optional<Sozialindex> sozialindex(Set<IndikatorKey> gewaehlt) {
    List<Indikatorauswertung> tabellen = new ArrayList<>();
    for (Indikatorauswertung a : auswertungen()) {
      boolean gemeint =
          gewaehlt.isEmpty()
              ? a.indikator().polaritaet() != Polaritaet.NEUTRAL
              : gewaehlt.contains(a.indikator().key());
      if (gemeint) {
        tabellen.add(a);
      }
    }
    Map<Gebietsart, Long> arten = new LinkedHashMap<>();
    for (Indikatorauswertung a : tabellen) {
      arten.merge(a.gebietsart(), 1L, Long::sum);
    }
    Optional<Gebietsart> haeufigste =
        arten.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    tabellen.removeIf(a -> !a.gebietsart().equals(haeufigste.orElse(null)));
    Map<Raumbezug, double[]> summen = new LinkedHashMap<>();
    Map<Raumbezug, Gebiet> alleGebiete = new TreeMap<>();
    List<IndikatorKey> genutzt = new ArrayList<>();
    for (Indikatorauswertung a : tabellen) {
      for (Zeitreihe z : a.gebiete()) {
        alleGebiete.put(z.gebiet().raum(), z.gebiet());
      }
      List<Zeitreihe> mitWert = a.gebiete().stream().filter(z -> z.letzte().hatWert()).toList();
      if (mitWert.size() < 3) {
        continue;
      }
      double summe = 0;
      for (Zeitreihe z : mitWert) {
        summe += z.letzte().wert().doubleValue();
      }
      double mittel = summe / mitWert.size();
      double quadrate = 0;
      for (Zeitreihe z : mitWert) {
        double d = z.letzte().wert().doubleValue() - mittel;
        quadrate += d * d;
      }
      double sd = Math.sqrt(quadrate / mitWert.size());
      if (sd == 0) {
        continue;
      }
      double richtung = a.indikator().polaritaet() == Polaritaet.HOEHER_IST_BESSER ? -1 : 1;
      genutzt.add(a.indikator().key());
      for (Zeitreihe z : mitWert) {
        double zwert = richtung * (z.letzte().wert().doubleValue() - mittel) / sd;
        double[] s = summen.computeIfAbsent(z.gebiet().raum(), r -> new double[2]);
        s[0] += zwert;
        s[1] += 1;
      }
    }
    if (genutzt.isEmpty()) {
      return Optional.empty();
    }
    int mindestens = (genutzt.size() + 1) / 2;
    List<Raumbezug> raeume = new ArrayList<>(alleGebiete.keySet());
    raeume.sort(Comparator.<Raumbezug>comparingInt(this::rang).thenComparing(Comparator.naturalOrder()));
    List<Sozialindexwert> werte = new ArrayList<>();
    int mitIndex = 0;
    for (Raumbezug r : raeume) {
      double[] s = summen.get(r);
      int anzahl = s == null ? 0 : (int) s[1];
      if (anzahl >= mindestens && anzahl > 0) {
        BigDecimal index = BigDecimal.valueOf(s[0] / anzahl).setScale(2, RoundingMode.HALF_UP);
        werte.add(new Sozialindexwert(alleGebiete.get(r), index, klasse(index), anzahl));
        mitIndex++;
      } else {
        werte.add(new Sozialindexwert(alleGebiete.get(r), null, null, anzahl));
      }
    }
    if (mitIndex < 2) {
      return Optional.empty();
    }
    String methode =
        "Mittelwert der z-standardisierten jeweils neuesten veröffentlichbaren Werte von "
            + genutzt.size() + " Indikatoren (Vorzeichen so gewählt, dass ein höherer Index"
            + " größeren Handlungsbedarf bedeutet; ein Gebiet braucht Werte für mindestens "
            + mindestens + " davon). Klassen: unter -0,5 niedrig, -0,5 bis unter 0,5 mittel,"
            + " 0,5 bis unter 1 hoch, ab 1 sehr hoch.";
    return Optional.of(new Sozialindex(methode, genutzt, KLASSEN, werte));
  }

  private static int klasse(BigDecimal index) {
    double x = index.doubleValue();
    int k = 1;
    for (double grenze : KLASSENGRENZEN) {
      if (x >= grenze) {
        k++;
      }
    }
    return k;
  }

  /**
   * The areas with an index, greatest need first, each with the indicators (with a polarity) in
   * which its latest value is worse than the Kommune's, the largest relative distance first.
   */
  public ImmutableList<Handlungsbedarf> handlungsbedarf(Sozialindex index) {
    List<Sozialindexwert> mitIndex =
        new ArrayList<>(index.werte().stream().filter(w -> w.index() != null).toList());
    mitIndex.sort(
        Comparator.comparing((Sozialindexwert w) -> w.index()).reversed()
            .thenComparingInt(w -> rang(w.gebiet().raum())));
    Map<Raumbezug, List<Abstand>> auffaellig = new HashMap<>();
    for (Indikatorauswertung a : auswertungen()) {
      Polaritaet p = a.indikator().polaritaet();
      BigDecimal k = a.kommune().letzte().wert();
      if (p == Polaritaet.NEUTRAL || k == null) {
        continue;
      }
      for (Zeitreihe z : a.gebiete()) {
        BigDecimal w = z.letzte().wert();
        if (w != null && (p == Polaritaet.HOEHER_IST_SCHLECHTER ? w.compareTo(k) > 0 : w.compareTo(k) < 0)) {
          double relativ = k.signum() == 0 ? Double.MAX_VALUE : Math.abs(w.doubleValue() / k.doubleValue() - 1);
          auffaellig.computeIfAbsent(z.gebiet().raum(), r -> new ArrayList<>())
              .add(new Abstand(a.indikator().key(), relativ));
        }
      }
    }
    ImmutableList.Builder<Handlungsbedarf> b = ImmutableList.builder();
    int rang = 0;
    BigDecimal vorher = null;
    for (int i = 0; i < mitIndex.size(); i++) {
      Sozialindexwert w = mitIndex.get(i);
      if (vorher == null || w.index().compareTo(vorher) != 0) {
        rang = i + 1;
      }
      vorher = w.index();
      b.add(
          new Handlungsbedarf(
              rang,
              w.gebiet(),
              w.index(),
              w.klasse(),
              auffaellig.getOrDefault(w.gebiet().raum(), List.of()).stream()
                  .sorted(Comparator.comparingDouble(Abstand::relativ).reversed()
                      .thenComparing(Abstand::key))
                  .map(Abstand::key)
                  .toList()));
    }
    return b.build();
  }

  /** How far an area's value is from the Kommune's, relative to the Kommune's. */
  private record Abstand(IndikatorKey key, double relativ) {}

  // ---------------------------------------------------------------- chain

  /** The gap matrix and the bridged transitions of {@code kette}, counting active Angebote. */
  public static Lueckenanalyse luecken(Praeventionskette kette) {
    List<List<Integer>> matrix = new ArrayList<>();
    for (Lebensphase p : kette.lebensphasen()) {
      List<Integer> zeile = new ArrayList<>();
      for (Handlungsfeld f : kette.handlungsfelder()) {
        int n = 0;
        for (Angebot a : kette.angebote()) {
          if (a.aktiv() && a.lebensphasen().contains(p.key()) && a.handlungsfelder().contains(f.key())) {
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
    return new Lueckenanalyse(kette.lebensphasen(), kette.handlungsfelder(), matrix, uebergaenge, List.of());
  }
}
