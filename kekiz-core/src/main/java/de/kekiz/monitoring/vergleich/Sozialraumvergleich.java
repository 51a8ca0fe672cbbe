package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.internal.Rangfolge;
import de.kekiz.monitoring.internal.Raumfolge;
import de.kekiz.monitoring.internal.Veroeffentlichung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compares every Sozialraum of a Kommune with the Kommune, and with its Kreis and Land where {@link
 * Referenzwerte} know them.
 *
 * <p>Rows: every Sozialraum version valid on the period's reference day that has a value (its own
 * observation, or the sum of its children), plus every other version with an observation of its
 * own. Per row: the value as published, the deviations ({@link Abweichung}) and the polarity-aware
 * verdict with the {@link Toleranz} given (default {@link Toleranz#STANDARD}), and the competition
 * rank among the published values of the same {@link Sozialraumebene} (1 = most unfavourable; ties
 * share the best rank: 1, 2, 2, 4). The Kreis is compared only for a Kommune whose key is not at
 * Kreis level (a kreisfreie Stadt is its own Kreis; Aachen is compared with the StädteRegion).
 * Immutable and thread-safe.
 */
public final class Sozialraumvergleich {

  private final Toleranz toleranz;
  private final Analyseumfang umfang;

  /** A comparison with the tolerance {@link Toleranz#STANDARD}. */
  public Sozialraumvergleich() {
    this(Toleranz.STANDARD);
  }

  /**
   * A comparison with the tolerance {@code toleranz}.
   *
   * @param toleranz the band within which a value counts as "as expected"
   */
  public Sozialraumvergleich(Toleranz toleranz) {
    this(toleranz, Analyseumfang.VOLLSTAENDIG);
  }

  /**
   * A comparison with the tolerance {@code toleranz} that computes as much as {@code umfang} says:
   * with {@link Analyseumfang#BERICHTSZAHLEN} each deviation is only the absolute difference,
   * without relative figure and verdict.
   *
   * @param toleranz the band within which a value counts as "as expected"
   * @param umfang how much to compute
   */
  public Sozialraumvergleich(Toleranz toleranz, Analyseumfang umfang) {
    this.toleranz = requireNonNull(toleranz, "toleranz");
    this.umfang = requireNonNull(umfang, "umfang");
  }

  /**
   * The comparison for indicator {@code key}, breakdown {@code aufschluesselung} and {@code
   * periode} (the version is chosen by {@link Kommunaldaten#reihe}); empty if there are no
   * observations.
   *
   * @param daten the Kommune's observations
   * @param key the indicator
   * @param aufschluesselung the breakdown
   * @param periode the period
   * @param referenzwerte the Kreis and Land values to compare with
   * @return the comparison, or empty if the Kommune has no observation of this indicator, breakdown
   *     and period
   */
  public Optional<Vergleich> vergleiche(
      Kommunaldaten daten,
      IndikatorKey key,
      Aufschluesselung aufschluesselung,
      Periode periode,
      Referenzwerte referenzwerte) {
    return daten
        .reihe(key, periode, aufschluesselung)
        .map(r -> vergleiche(daten, r, periode, referenzwerte));
  }

  /**
   * One comparison per indicator with observations: its total ({@link Aufschluesselung#INSGESAMT})
   * in its latest period, ordered by indicator key.
   *
   * @param daten the Kommune's observations
   * @param referenzwerte the Kreis and Land values to compare with
   * @return the comparisons, one per indicator with observations; empty if there are none
   */
  public ImmutableList<Vergleich> vergleicheAlle(Kommunaldaten daten, Referenzwerte referenzwerte) {
    requireNonNull(daten, "daten");
    requireNonNull(referenzwerte, "referenzwerte");
    ImmutableList.Builder<Vergleich> b = ImmutableList.builder();
    // the Sozialräume valid on a day are found once for all indicators
    Raumfolge.Speicher raeume = new Raumfolge.Speicher(daten);
    for (IndikatorKey key : daten.indikatorKeys()) {
      Optional<Periode> letzte = daten.letztePeriode(key, Aufschluesselung.INSGESAMT);
      if (letzte.isPresent()) {
        Optional<Reihe> reihe = daten.reihe(key, letzte.get(), Aufschluesselung.INSGESAMT);
        if (reihe.isPresent()) {
          b.add(vergleiche(daten, reihe.get(), letzte.get(), referenzwerte, raeume));
        }
      }
    }
    return b.build();
  }

  /**
   * The comparison for {@code reihe} in {@code periode}.
   *
   * @param daten the Kommune's observations
   * @param reihe the indicator version and breakdown
   * @param periode the period
   * @param referenzwerte the Kreis and Land values to compare with
   * @return the comparison of the Kommune's Sozialräume with the Kommune, the Kreis and the Land
   */
  public Vergleich vergleiche(
      Kommunaldaten daten, Reihe reihe, Periode periode, Referenzwerte referenzwerte) {
    requireNonNull(daten, "daten");
    requireNonNull(reihe, "reihe");
    requireNonNull(periode, "periode");
    requireNonNull(referenzwerte, "referenzwerte");
    return vergleiche(daten, reihe, periode, referenzwerte, new Raumfolge.Speicher(daten));
  }

  private Vergleich vergleiche(
      Kommunaldaten daten,
      Reihe reihe,
      Periode periode,
      Referenzwerte referenzwerte,
      Raumfolge.Speicher speicher) {
    Indikator indikator = daten.definition(reihe.indikator());
    Polaritaet polaritaet = indikator.polaritaet();
    Gemeindeschluessel ags = daten.kommune().id();
    Kennzahl kommune =
        daten
            .kommunewert(reihe, periode)
            .map(daten::kennzahl)
            .orElseGet(
                () ->
                    Kennzahl.gesperrt(
                        reihe.indikator(),
                        Gebiet.kommune(ags),
                        periode,
                        reihe.aufschluesselung(),
                        ObsStatus.M,
                        ConfStatus.F));
    Kennzahl kreis =
        ags.kreisebene() ? null : referenzwerte.kreis(ags.kreis(), reihe, periode).orElse(null);
    Kennzahl land = referenzwerte.land(ags.land(), reihe, periode).orElse(null);

    // rows: valid versions with a value, plus versions with an own observation
    List<Sozialraum> raeume = new ArrayList<>();
    List<SozialraumRef> refs = new ArrayList<>();
    List<Kennzahl> werte = new ArrayList<>();
    Kommunaldaten.Querschnitt q = daten.querschnitt(reihe, periode).orElse(null);
    if (q != null) {
      LocalDate stichtag = daten.stichtag(reihe.indikator(), periode);
      Zeilen z =
          zeilenraeume(daten, q, speicher.am(stichtag), daten.sozialraumwerte(reihe, periode));
      raeume = new ArrayList<>(z.anzahl);
      refs = new ArrayList<>(z.anzahl);
      werte = new ArrayList<>(z.anzahl);
      for (int i = 0; i < z.anzahl; i++) {
        int stelle = z.stellen[i];
        Messwert m = q.figur(stelle);
        if (m != null) {
          raeume.add(z.raeume[i]);
          SozialraumRef ref = z.refs[i];
          refs.add(ref);
          // the value as the cross-section keeps it: divided once per figure
          BigDecimal w = q.wert(stelle);
          werte.add(
              w == null
                  ? Kennzahl.von(indikator, Gebiet.sozialraum(ref), m)
                  : Veroeffentlichung.kennzahl(Gebiet.sozialraum(ref), m, w));
        }
      }
    }

    // ranks within each level, over the published values only
    int n = raeume.size();
    Sozialraumebene[] ebenen = Sozialraumebene.values();
    int[] jeEbene = new int[ebenen.length]; // published values per level
    for (int i = 0; i < n; i++) {
      if (werte.get(i).hatWert()) {
        jeEbene[raeume.get(i).ebene().ordinal()]++;
      }
    }
    Integer[] rang = new Integer[n];
    int[] plaetze = new int[n];
    boolean absteigend = polaritaet != Polaritaet.HOEHER_IST_BESSER;
    for (Sozialraumebene ebene : ebenen) {
      int anzahl = jeEbene[ebene.ordinal()];
      if (anzahl == 0) {
        continue;
      }
      int[] idx = new int[anzahl];
      BigDecimal[] w = new BigDecimal[anzahl];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (raeume.get(i).ebene() == ebene && werte.get(i).hatWert()) {
          idx[k] = i;
          w[k] = requireNonNull(werte.get(i).wert());
          k++;
        }
      }
      int[] r = Rangfolge.raenge(w, absteigend);
      for (k = 0; k < anzahl; k++) {
        rang[idx[k]] = r[k];
      }
    }
    for (int i = 0; i < n; i++) {
      plaetze[i] = jeEbene[raeume.get(i).ebene().ordinal()];
    }

    ImmutableList.Builder<Vergleichszeile> zeilen = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      Sozialraum s = raeume.get(i);
      Kennzahl w = werte.get(i);
      zeilen.add(
          new Vergleichszeile(
              refs.get(i),
              s.name(),
              s.ebene(),
              w,
              rang[i],
              plaetze[i],
              abweichung(w, kommune, polaritaet),
              kreis == null ? null : abweichung(w, kreis, polaritaet),
              land == null ? null : abweichung(w, land, polaritaet)));
    }
    return new Vergleich(
        reihe, periode, polaritaet, toleranz, kommune, kreis, land, zeilen.build());
  }

  /** The deviation of {@code wert} from {@code referenz} as far as this comparison's scope goes. */
  private Abweichung abweichung(Kennzahl wert, Kennzahl referenz, Polaritaet polaritaet) {
    return umfang == Analyseumfang.VOLLSTAENDIG
        ? Abweichung.von(wert, referenz, polaritaet, toleranz)
        : Abweichung.ohneBewertung(wert, referenz);
  }

  /** Candidate rows: Sozialraum versions with their positions in the data, the first anzahl. */
  private static final class Zeilen {
    final Sozialraum[] raeume;
    final SozialraumRef[] refs; // the versions of raeume
    final int[] stellen;
    int anzahl;

    Zeilen(int n) {
      raeume = new Sozialraum[n];
      refs = new SozialraumRef[n];
      stellen = new int[n];
    }

    void add(Sozialraum s, SozialraumRef ref, int stelle) {
      raeume[anzahl] = s;
      refs[anzahl] = ref;
      stellen[anzahl++] = stelle;
    }
  }

  /**
   * The candidate rows, ordered by version, each once, with their positions in the data: the
   * versions {@code gueltig} (valid on the period's reference day, ordered by version) and those of
   * the observations {@code eigene} (ordered by version, as {@link Kommunaldaten#sozialraumwerte}
   * gives them), merged as two runs ordered by version (a run that is not is sorted first).
   */
  private static Zeilen zeilenraeume(
      Kommunaldaten daten, Kommunaldaten.Querschnitt q, Raumfolge gueltig, List<Messwert> eigene) {
    Zeilen zeilen = verschmolzen(daten, q, gueltig, eigene);
    if (zeilen == null) {
      List<Messwert> sortiert = new ArrayList<>(eigene);
      sortiert.sort((a, b) -> ref(a).compareTo(ref(b)));
      zeilen = requireNonNull(verschmolzen(daten, q, gueltig, sortiert));
    }
    return zeilen;
  }

  /**
   * The two runs merged, each version once; {@code null} if {@code eigene} is not ordered by
   * version (seen while merging, each observation's version read once).
   */
  private static @Nullable Zeilen verschmolzen(
      Kommunaldaten daten, Kommunaldaten.Querschnitt q, Raumfolge gueltig, List<Messwert> eigene) {
    int g = gueltig.anzahl();
    int e = eigene.size();
    Zeilen zeilen = new Zeilen(g + e);
    int i = 0;
    int j = 0;
    SozialraumRef zuletzt = null;
    SozialraumRef naechste = e == 0 ? null : ref(eigene.get(0)); // the version of eigene[j]
    while (i < g || naechste != null) {
      SozialraumRef r;
      if (naechste == null || (i < g && gueltig.ref(i).compareTo(naechste) <= 0)) {
        r = gueltig.ref(i);
        if (zuletzt == null || zuletzt.compareTo(r) != 0) {
          zeilen.add(gueltig.raum(i), r, gueltig.stelle(i));
        }
        i++;
      } else {
        r = naechste;
        j++;
        naechste = j == e ? null : ref(eigene.get(j));
        if (naechste != null && r.compareTo(naechste) > 0) {
          return null; // not ordered by version
        }
        if (zuletzt == null || zuletzt.compareTo(r) != 0) {
          zeilen.add(daten.sozialraum(r).orElseThrow(), r, q.stelle(r));
        }
      }
      zuletzt = r;
    }
    return zeilen;
  }

  private static SozialraumRef ref(Messwert m) {
    return ((SozialraumBezug) m.raum()).sozialraum();
  }

  @Override
  public String toString() {
    return "Sozialraumvergleich "
        + toleranz
        + (umfang == Analyseumfang.VOLLSTAENDIG ? "" : ", nur Berichtszahlen");
  }
}
