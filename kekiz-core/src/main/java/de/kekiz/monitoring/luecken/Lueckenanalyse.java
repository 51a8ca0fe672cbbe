package de.kekiz.monitoring.luecken;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.internal.Breitteilung;
import de.kekiz.monitoring.sozialindex.Sozialindex;
import de.kekiz.monitoring.sozialindex.Sozialindexwert;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the gaps of a Präventionskette, Sozialraum by Sozialraum.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The chain is analysed as it was on the analysis date ({@link Praeventionskette#am}): only
 *       Angebote running that day count, i.e. {@link Angebot#aktiv() active} ones whose validity
 *       holds that day (without recorded validity: every day) and those closed since that ran that
 *       day.
 *   <li>An Angebot serves a Sozialraum of the analysed level if it names that Sozialraum, one of
 *       its ancestors (an offer for the whole Stadtbezirk serves each of its Stadtteile) or one of
 *       its descendants (an offer in a Stadtteil serves part of its Stadtbezirk), by the hierarchy
 *       valid on the analysis date.
 *   <li>Places: an Angebot serving k Sozialräume of the level counts {@code plaetze / k} in each
 *       (so places add up to the Angebot's capacity across the Kommune). An Angebot in several
 *       phases or fields counts its places in each of them: cells are not to be added up. An
 *       Angebot without known capacity counts as an Angebot with no places and is reported in
 *       {@link Versorgungszelle#ohneKapazitaet()}.
 *   <li>Children: the inhabitants of the phase's ages ({@link Lebensphase#alter()}) by {@link
 *       Sozialraum#einwohner}, at the latest reference date of the Sozialraum's population figures
 *       on or before the analysis date; unknown if none (nothing is estimated).
 *   <li>Open Übergänge of a Sozialraum: those of the chain no active Angebot serving it bridges.
 *   <li>High need meets low coverage: a Sozialraum whose Sozialindex rank lies within the top
 *       {@code hoherBedarfProzent} % (rank ≤ ⌈n · p / 100⌉ of the n ranked), and a phase in which
 *       no active Angebot serves it, or whose places per 100 children lie below the rate of all
 *       Sozialräume of the level together.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Lueckenanalyse {

  /** The share of high need of the standard analysis: the top 25 % by Sozialindex. */
  public static final int HOHER_BEDARF_STANDARD = 25;

  private static final BigDecimal HUNDERT = BigDecimal.valueOf(100);
  private final int hoherBedarfProzent;
  private final Analyseumfang umfang;

  /** An analysis that counts the top 25 % by Sozialindex as high need. */
  public Lueckenanalyse() {
    this(HOHER_BEDARF_STANDARD);
  }

  /**
   * An analysis that counts the top {@code hoherBedarfProzent} % by Sozialindex as high need.
   *
   * @param hoherBedarfProzent the share of Sozialräume, in percent of those ranked by Sozialindex,
   *     that counts as high need: 1 to 100
   * @throws IllegalArgumentException unless 1 ≤ {@code hoherBedarfProzent} ≤ 100
   */
  public Lueckenanalyse(int hoherBedarfProzent) {
    this(hoherBedarfProzent, Analyseumfang.VOLLSTAENDIG);
  }

  /**
   * An analysis that counts the top {@code hoherBedarfProzent} % by Sozialindex as high need and
   * computes as much as {@code umfang} says: with {@link Analyseumfang#BERICHTSZAHLEN} the report
   * has the open transitions and the Brennpunkte but no supply matrices (an empty list).
   *
   * @param hoherBedarfProzent the share of Sozialräume, in percent of those ranked by Sozialindex,
   *     that counts as high need: 1 to 100
   * @param umfang how much to compute
   * @throws IllegalArgumentException unless 1 ≤ {@code hoherBedarfProzent} ≤ 100
   */
  public Lueckenanalyse(int hoherBedarfProzent, Analyseumfang umfang) {
    if (hoherBedarfProzent < 1 || hoherBedarfProzent > 100) {
      throw new IllegalArgumentException(
          "the share of high need needs 1 to 100 %, got " + hoherBedarfProzent);
    }
    this.hoherBedarfProzent = hoherBedarfProzent;
    this.umfang = requireNonNull(umfang, "umfang");
  }

  /**
   * Analyses {@code kette} as it was on {@code stichtag} for the Sozialräume of {@code ebene} of
   * {@code kommune} valid that day; with {@code bedarf} ({@code null}: none) it also finds the
   * Sozialräume where high need meets low coverage.
   *
   * @param kommune the Kommune whose Sozialräume are analysed
   * @param kette the Kommune's Präventionskette, analysed as it was on {@code stichtag}
   * @param stichtag the analysis date: it selects the running Angebote, the Sozialraum versions,
   *     their hierarchy and the population figures
   * @param ebene the level of the Sozialräume to analyse (e.g. Stadtteile)
   * @param bedarf the Kommune's Sozialindex that ranks the need, or {@code null} for no search of
   *     high need meeting low coverage
   * @return the matrices, the open Übergänge and (with {@code bedarf}) the Sozialräume where high
   *     need meets low coverage; {@link Lueckenbericht#brennpunkte()} is empty without {@code
   *     bedarf}
   * @throws RegelverstossException {@code luecken.andere-kommune} if the chain or the index belongs
   *     to another Kommune
   */
  public Lueckenbericht analysiere(
      Kommune kommune,
      Praeventionskette kette,
      LocalDate stichtag,
      Sozialraumebene ebene,
      @Nullable Sozialindex bedarf) {
    requireNonNull(kommune, "kommune");
    requireNonNull(kette, "kette");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(ebene, "ebene");
    RegelverstossException.pruefe(
        kette.kommune().equals(kommune.id())
            && (bedarf == null || bedarf.kommune().equals(kommune.id())),
        "luecken.andere-kommune",
        "Lückenanalyse " + kommune.id(),
        "the chain ("
            + kette.kommune()
            + ") and the Sozialindex ("
            + (bedarf == null ? "none" : bedarf.kommune())
            + ") must belong to the Kommune");
    Praeventionskette amTag = kette.am(stichtag);
    boolean matrix = umfang == Analyseumfang.VOLLSTAENDIG;
    if (!matrix && bedarf == null) {
      // neither supply matrices nor Brennpunkte (which need the Sozialindex): nothing per area
      return new Lueckenbericht(
          kommune.id(), stichtag, ebene, List.of(), amTag.offeneUebergaenge(), List.of());
    }

    // the Sozialräume of the level and the hierarchy valid on the date
    List<Sozialraum> raeume = new ArrayList<>();
    Map<SozialraumId, SozialraumId> eltern = new HashMap<>();
    Map<SozialraumId, List<SozialraumId>> kinder = new HashMap<>();
    for (Sozialraum s : kommune.sozialraeumeAm(stichtag)) {
      if (s.ebene() == ebene) {
        raeume.add(s);
      }
      SozialraumId e = s.uebergeordnet();
      if (e != null) {
        eltern.put(s.id(), e);
        kinder.computeIfAbsent(e, k -> new ArrayList<>()).add(s.id());
      }
    }
    raeume.sort((a, b) -> a.ref().compareTo(b.ref()));
    Map<SozialraumId, Set<SozialraumId>> umfeld = new HashMap<>();
    for (Sozialraum s : raeume) {
      Set<SozialraumId> u = new HashSet<>();
      u.add(s.id());
      for (SozialraumId e = eltern.get(s.id()); e != null && u.add(e); e = eltern.get(e)) {
        // ancestors
      }
      List<SozialraumId> offen = new ArrayList<>(kinder.getOrDefault(s.id(), List.of()));
      while (!offen.isEmpty()) {
        SozialraumId k = offen.remove(offen.size() - 1);
        if (u.add(k)) {
          offen.addAll(kinder.getOrDefault(k, List.of()));
        }
      }
      umfeld.put(s.id(), u);
    }

    // which active Angebote serve which Sozialraum, and their places there
    // the active Angebote by index: a Sozialraum's list holds their indexes
    List<Angebot> aktive = new ArrayList<>();
    Map<SozialraumId, List<Integer>> angeboteJeRaum = new HashMap<>();
    Map<AngebotId, BigDecimal> anteil = new HashMap<>();
    for (Angebot a : amTag.angebote()) {
      if (!a.aktiv()) {
        continue;
      }
      int index = aktive.size();
      aktive.add(a);
      List<SozialraumId> bedient = new ArrayList<>();
      for (Sozialraum s : raeume) {
        Set<SozialraumId> u = requireNonNull(umfeld.get(s.id()));
        for (SozialraumId id : a.sozialraeume()) {
          if (u.contains(id)) {
            bedient.add(s.id());
            break;
          }
        }
      }
      Optional<Kapazitaet> k = a.kapazitaet();
      if (!bedient.isEmpty() && k.isPresent()) {
        anteil.put(
            a.id(),
            BigDecimal.valueOf(k.get().plaetze())
                .divide(BigDecimal.valueOf(bedient.size()), MathContext.DECIMAL64));
      }
      for (SozialraumId id : bedient) {
        angeboteJeRaum.computeIfAbsent(id, x -> new ArrayList<>()).add(index);
      }
    }

    List<Lebensphase> phasen = amTag.lebensphasen();
    List<Handlungsfeld> felder = amTag.handlungsfelder();
    List<Uebergang> uebergaenge = amTag.uebergaenge();
    // per active Angebot, found once for all Sozialräume: its phases, fields, bridged Übergänge
    // and its places in each Sozialraum it serves (null: no known capacity)
    int m = aktive.size();
    boolean[][] inPhase = new boolean[m][phasen.size()];
    boolean[][] inFeld = new boolean[m][felder.size()];
    boolean[][] bruecke = new boolean[m][uebergaenge.size()];
    @Nullable BigDecimal[] anteile = new BigDecimal[m];
    for (int k = 0; k < m; k++) {
      Angebot a = aktive.get(k);
      for (int i = 0; i < phasen.size(); i++) {
        inPhase[k][i] = a.lebensphasen().contains(phasen.get(i).key());
      }
      if (matrix) {
        for (int f = 0; f < felder.size(); f++) {
          inFeld[k][f] = a.handlungsfelder().contains(felder.get(f).key());
        }
        for (int u = 0; u < uebergaenge.size(); u++) {
          bruecke[k][u] = a.ueberbrueckt(uebergaenge.get(u).key());
        }
      }
      anteile[k] = anteil.get(a.id());
    }
    ImmutableList.Builder<Versorgungsmatrix> matrizen = ImmutableList.builder();
    // per phase: places and children of each Sozialraum, for the coverage comparison
    BigDecimal[][] phasenplaetze = new BigDecimal[raeume.size()][];
    @Nullable Long[][] phasenkinder = new Long[raeume.size()][];
    int[][] phasenangebote = new int[raeume.size()][];
    for (int si = 0; si < raeume.size(); si++) {
      Sozialraum s = raeume.get(si);
      List<Integer> hier = angeboteJeRaum.getOrDefault(s.id(), List.of());
      LocalDate stand = null;
      for (LocalDate d : s.stichtage()) {
        if (!d.isAfter(stichtag)) {
          stand = d;
        }
      }
      List<Versorgungszelle> zellen = new ArrayList<>(matrix ? phasen.size() * felder.size() : 0);
      BigDecimal[] pp = new BigDecimal[phasen.size()];
      Long[] pk = new Long[phasen.size()];
      int[] pa = new int[phasen.size()];
      for (int i = 0; i < phasen.size(); i++) {
        Lebensphase p = phasen.get(i);
        Long kinderzahl = null;
        if (stand != null) {
          OptionalLong e = s.einwohner(stand, p.alter());
          kinderzahl = e.isPresent() ? e.getAsLong() : null;
        }
        pk[i] = kinderzahl;
        BigDecimal summe = BigDecimal.ZERO;
        int anzahl = 0;
        for (int k : hier) {
          if (inPhase[k][i]) {
            anzahl++;
            BigDecimal x = anteile[k];
            summe = summe.add(x == null ? BigDecimal.ZERO : x);
          }
        }
        pp[i] = summe;
        pa[i] = anzahl;
        if (matrix) {
          for (int fi = 0; fi < felder.size(); fi++) {
            Handlungsfeld f = felder.get(fi);
            int n = 0;
            int ohne = 0;
            BigDecimal plaetze = BigDecimal.ZERO;
            for (int k : hier) {
              if (inPhase[k][i] && inFeld[k][fi]) {
                n++;
                BigDecimal x = anteile[k];
                if (x == null) {
                  ohne++;
                } else {
                  plaetze = plaetze.add(x);
                }
              }
            }
            zellen.add(
                new Versorgungszelle(
                    p.key(), f.key(), n, ohne, plaetze, kinderzahl, quote(plaetze, kinderzahl)));
          }
        }
      }
      phasenplaetze[si] = pp;
      phasenkinder[si] = pk;
      phasenangebote[si] = pa;
      if (!matrix) {
        continue; // only the Brennpunkte need the figures per phase
      }
      List<Uebergang> offen = new ArrayList<>();
      for (int u = 0; u < uebergaenge.size(); u++) {
        boolean gebruecke = false;
        for (int k : hier) {
          if (bruecke[k][u]) {
            gebruecke = true;
            break;
          }
        }
        if (!gebruecke) {
          offen.add(uebergaenge.get(u));
        }
      }
      matrizen.add(new Versorgungsmatrix(s.ref(), s.name(), stand, zellen, offen));
    }

    // high need meets low coverage
    ImmutableList.Builder<Versorgungsluecke> brennpunkte = ImmutableList.builder();
    if (bedarf != null) {
      BigDecimal[] kommunequote = new BigDecimal[phasen.size()];
      for (int i = 0; i < phasen.size(); i++) {
        BigDecimal plaetze = BigDecimal.ZERO;
        long kinderSumme = 0;
        for (int si = 0; si < raeume.size(); si++) {
          Long k = phasenkinder[si][i];
          if (k != null) {
            kinderSumme += k;
            plaetze = plaetze.add(phasenplaetze[si][i]);
          }
        }
        kommunequote[i] = quote(plaetze, kinderSumme == 0 ? null : kinderSumme);
      }
      List<Sozialindexwert> kandidaten = new ArrayList<>();
      for (Sozialindexwert w : bedarf.nachRang()) {
        Integer rang = w.rang();
        if (rang != null && (long) rang * 100 <= (long) w.rangplaetze() * hoherBedarfProzent + 99) {
          kandidaten.add(w);
        }
      }
      for (Sozialindexwert w : kandidaten) {
        int si = -1;
        for (int r = 0; r < raeume.size(); r++) {
          if (raeume.get(r).ref().equals(w.sozialraum())) {
            si = r;
          }
        }
        if (si < 0) {
          continue;
        }
        Sozialraum s = raeume.get(si);
        for (int i = 0; i < phasen.size(); i++) {
          int angebote = phasenangebote[si][i];
          BigDecimal q = quote(phasenplaetze[si][i], phasenkinder[si][i]);
          BigDecimal kq = kommunequote[i];
          boolean niedrig = angebote == 0 || (q != null && kq != null && q.compareTo(kq) < 0);
          if (niedrig) {
            brennpunkte.add(
                new Versorgungsluecke(
                    s.ref(),
                    s.name(),
                    requireNonNull(w.rang()),
                    phasen.get(i).key(),
                    angebote,
                    q,
                    kq));
          }
        }
      }
    }
    return new Lueckenbericht(
        kommune.id(),
        stichtag,
        ebene,
        matrizen.build(),
        amTag.offeneUebergaenge(),
        brennpunkte.build());
  }

  private static @Nullable BigDecimal quote(BigDecimal plaetze, @Nullable Long kinder) {
    if (kinder == null || kinder == 0) {
      return null;
    }
    // as divide(…, MathContext.DECIMAL64)
    return Breitteilung.teile(plaetze.multiply(HUNDERT), BigDecimal.valueOf(kinder));
  }

  @Override
  public String toString() {
    return "Lückenanalyse (hoher Bedarf: oberste "
        + hoherBedarfProzent
        + " %"
        + (umfang == Analyseumfang.VOLLSTAENDIG ? "" : ", nur Berichtszahlen")
        + ")";
  }
}
