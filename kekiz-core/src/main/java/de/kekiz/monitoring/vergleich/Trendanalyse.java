package de.kekiz.monitoring.vergleich;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.SozialraumGebiet;
import de.kekiz.monitoring.internal.Raumfolge;
import de.kekiz.monitoring.internal.Statistik;
import de.kekiz.monitoring.internal.Status;
import de.kekiz.monitoring.internal.Veroeffentlichung;
import de.kekiz.monitoring.internal.Zeitreihe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Trends over a chosen number of periods: for the Kommune and each Sozialraum, the change and the
 * least-squares slope of the values in the window of {@code perioden} periods that ends with a
 * given period.
 *
 * <p>Which values are used, walking back from the window's end:
 *
 * <ul>
 *   <li>the values of one area: a Sozialraum version's own value or the sum of its children; a
 *       boundary change means another version, so a Sozialraum's series never mixes boundaries;
 *   <li>the values of one indicator version, the one of the latest value: a change of the
 *       definition is a break, and earlier values are dropped;
 *   <li>a value flagged {@link de.kekiz.domain.indikator.ObsStatus#B} (break in series) is the
 *       first of its series: it is used, the values before it are not;
 *   <li>missing values are gaps and keep their position in the window.
 * </ul>
 *
 * <p>The verdict compares the change with the first value used, by the indicator's polarity and the
 * {@link Toleranz} given (default {@link Toleranz#STANDARD}). Immutable and thread-safe.
 */
public final class Trendanalyse {

  private final int perioden;
  private final Toleranz toleranz;
  private final Analyseumfang umfang;

  /**
   * Trends over windows of {@code perioden} periods (at least 2), judged with {@code toleranz}.
   *
   * @param perioden the length of the window in periods, at least 2
   * @param toleranz the band within which a change counts as "as expected"
   * @throws IllegalArgumentException if {@code perioden} is below 2
   */
  public Trendanalyse(int perioden, Toleranz toleranz) {
    this(perioden, toleranz, Analyseumfang.VOLLSTAENDIG);
  }

  /**
   * Trends over windows of {@code perioden} periods (at least 2) that compute as much as {@code
   * umfang} says: with {@link Analyseumfang#BERICHTSZAHLEN} a trend has its change but no slope and
   * no verdict ({@link Bewertung#KEINE_AUSSAGE}).
   *
   * @param perioden the length of the window in periods, at least 2
   * @param toleranz the band within which a change counts as "as expected"
   * @param umfang how much to compute
   * @throws IllegalArgumentException if {@code perioden} is below 2
   */
  public Trendanalyse(int perioden, Toleranz toleranz, Analyseumfang umfang) {
    if (perioden < 2) {
      throw new IllegalArgumentException(
          "a trend needs a window of at least 2 periods, got " + perioden);
    }
    this.perioden = perioden;
    this.toleranz = requireNonNull(toleranz, "toleranz");
    this.umfang = requireNonNull(umfang, "umfang");
  }

  /**
   * Trends over windows of {@code perioden} periods with the tolerance {@link Toleranz#STANDARD}.
   *
   * @param perioden the length of the window in periods, at least 2
   * @throws IllegalArgumentException if {@code perioden} is below 2
   */
  public Trendanalyse(int perioden) {
    this(perioden, Toleranz.STANDARD);
  }

  /**
   * The trend of {@code gebiet} (the Kommune or one of its Sozialraum versions) for indicator
   * {@code key} and breakdown {@code aufschluesselung} in the window ending with {@code bis}; empty
   * if no value lies in the window.
   *
   * @param daten the Kommune's observations
   * @param key the indicator
   * @param aufschluesselung the breakdown
   * @param gebiet the Kommune of {@code daten} or one of its Sozialraum versions
   * @param bis the last period of the window
   * @return the trend, or empty if no value lies in the window
   * @throws IllegalArgumentException if {@code gebiet} is neither the Kommune of {@code daten} nor
   *     a Sozialraum version
   */
  public Optional<Trend> trend(
      Kommunaldaten daten,
      IndikatorKey key,
      Aufschluesselung aufschluesselung,
      Gebiet gebiet,
      Periode bis) {
    requireNonNull(daten, "daten");
    requireNonNull(key, "key");
    requireNonNull(aufschluesselung, "aufschluesselung");
    requireNonNull(gebiet, "gebiet");
    requireNonNull(bis, "bis");
    SozialraumRef sozialraum = null;
    if (gebiet instanceof SozialraumGebiet s) {
      sozialraum = s.sozialraum();
    } else if (!gebiet.equals(daten.gebiet())) {
      throw new IllegalArgumentException(
          "a trend is computed for the Kommune "
              + daten.kommune().id()
              + " or one of its Sozialräume, got "
              + gebiet);
    }
    return Optional.ofNullable(
        trend(
            Zeitreihe.lese(
                Zeitreihe.fenster(daten, key, aufschluesselung, bis, perioden), sozialraum, false),
            gebiet,
            aufschluesselung));
  }

  /** The trend of {@code gebiet} from its values {@code reihe}, or {@code null} if it has none. */
  private @Nullable Trend trend(Zeitreihe reihe, Gebiet gebiet, Aufschluesselung aufschluesselung) {
    if (reihe.leer()) {
      return null;
    }
    Messwert[] werte = reihe.werte;
    int n = werte.length;
    int[] x = reihe.positionen;
    IndikatorRef version = requireNonNull(reihe.version);
    Indikator indikator = requireNonNull(reihe.definition);
    ConfStatus status = ConfStatus.F;
    for (Messwert m : werte) {
      status = Status.strenger(status, m.confStatus());
    }
    Messwert erster = werte[0];
    Messwert letzter = werte[n - 1];
    BigDecimal veraenderung = null;
    BigDecimal steigung = null;
    Bewertung bewertung = Bewertung.KEINE_AUSSAGE;
    // the values are divided once per figure and kept by their cross-sections
    BigDecimal anfang = reihe.wert(0);
    BigDecimal ende = n == 1 ? anfang : reihe.wert(n - 1);
    if (n >= 2 && status == ConfStatus.F) {
      veraenderung = ende.subtract(anfang);
      if (umfang == Analyseumfang.VOLLSTAENDIG) {
        BigDecimal[] y = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          y[i] = reihe.wert(i);
        }
        steigung = Statistik.steigung(x, y);
        bewertung = Bewertung.vonZiffern(indikator.polaritaet(), veraenderung, anfang, toleranz);
      }
    } // otherwise no numbers of the trend itself: only the first and last value are shown
    return new Trend(
        gebiet,
        version,
        aufschluesselung,
        erster.periode(),
        letzter.periode(),
        n,
        Veroeffentlichung.kennzahl(gebiet, erster, anfang),
        Veroeffentlichung.kennzahl(gebiet, letzter, ende),
        veraenderung,
        steigung,
        bewertung,
        status);
  }

  /**
   * The trends of the Kommune and of every Sozialraum version valid on the reference day of {@code
   * bis}, in that order (Sozialräume by version); areas without a value in the window are left out.
   *
   * @param daten the Kommune's observations
   * @param key the indicator
   * @param aufschluesselung the breakdown
   * @param bis the last period of the window
   * @return the trends, the Kommune's first; empty if no area has a value in the window
   */
  public ImmutableList<Trend> trends(
      Kommunaldaten daten, IndikatorKey key, Aufschluesselung aufschluesselung, Periode bis) {
    requireNonNull(daten, "daten");
    requireNonNull(key, "key");
    requireNonNull(aufschluesselung, "aufschluesselung");
    ImmutableList.Builder<Trend> b = ImmutableList.builder();
    trends(daten, key, aufschluesselung, bis, new Raumfolge.Speicher(daten), b);
    return b.build();
  }

  /**
   * The trends of every indicator of {@code daten} in the window ending with its latest period of
   * {@code aufschluesselung}, as {@link #trends(Kommunaldaten, IndikatorKey, Aufschluesselung,
   * Periode)} gives them for each, ordered by indicator key.
   *
   * @param daten the Kommune's observations
   * @param aufschluesselung the breakdown
   * @return the trends of each indicator in turn, each indicator's Kommune first; empty if no area
   *     has a value
   */
  public ImmutableList<Trend> trendsAlle(Kommunaldaten daten, Aufschluesselung aufschluesselung) {
    requireNonNull(daten, "daten");
    requireNonNull(aufschluesselung, "aufschluesselung");
    ImmutableList.Builder<Trend> b = ImmutableList.builder();
    // the Sozialräume valid on a day are found once for all indicators
    Raumfolge.Speicher raeume = new Raumfolge.Speicher(daten);
    for (IndikatorKey key : daten.indikatorKeys()) {
      Optional<Periode> letzte = daten.letztePeriode(key, aufschluesselung);
      if (letzte.isPresent()) {
        trends(daten, key, aufschluesselung, letzte.get(), raeume, b);
      }
    }
    return b.build();
  }

  private void trends(
      Kommunaldaten daten,
      IndikatorKey key,
      Aufschluesselung aufschluesselung,
      Periode bis,
      Raumfolge.Speicher raeume,
      ImmutableList.Builder<Trend> b) {
    List<Kommunaldaten.@Nullable Querschnitt> fenster =
        Zeitreihe.fenster(daten, key, aufschluesselung, bis, perioden);
    Kommunaldaten.Querschnitt q = null;
    for (int pos = fenster.size() - 1; pos >= 0 && q == null; pos--) {
      q = fenster.get(pos);
    }
    if (q == null) {
      return; // no value in the window: no trend
    }
    Trend kommune = trend(Zeitreihe.lese(fenster, -1, false), daten.gebiet(), aufschluesselung);
    if (kommune != null) {
      b.add(kommune);
    }
    Optional<Reihe> reihe = daten.reihe(key, bis, aufschluesselung);
    LocalDate stichtag =
        reihe.isPresent() ? daten.stichtag(reihe.get().indikator(), bis) : bis.beginn();
    // the Sozialraum versions valid on that day, by version, with their positions in the data
    Raumfolge folge = raeume.am(stichtag);
    for (int i = 0; i < folge.anzahl(); i++) {
      Trend t =
          trend(
              Zeitreihe.lese(fenster, folge.stelle(i), false),
              Gebiet.sozialraum(folge.ref(i)),
              aufschluesselung);
      if (t != null) {
        b.add(t);
      }
    }
  }

  @Override
  public String toString() {
    return "Trendanalyse über "
        + perioden
        + " Perioden, "
        + toleranz
        + (umfang == Analyseumfang.VOLLSTAENDIG ? "" : ", nur Berichtszahlen");
  }
}
