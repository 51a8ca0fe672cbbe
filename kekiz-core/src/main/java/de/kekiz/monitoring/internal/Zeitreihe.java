package de.kekiz.monitoring.internal;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The comparable values of one area in a window of periods, oldest first, with their positions in
 * the window (0 = first period of the window): one indicator version (that of the latest value),
 * nothing before a value flagged {@link ObsStatus#B}, missing values left out, forecasts ({@link
 * ObsStatus#F}) left out if asked.
 */
public final class Zeitreihe {

  /** The values, oldest first. */
  public final Messwert[] werte;

  /** The position of each value in the window. */
  public final int[] positionen;

  /** The indicator version of the values, or null if there are none. */
  public final @Nullable IndikatorRef version;

  /** The definition of {@link #version}, or null if there are no values. */
  public final @Nullable Indikator definition;

  // the cross-section of each value and the area's position in them (−1: the Kommune)
  private final Kommunaldaten.Querschnitt[] quellen;
  private final int stelle;

  private Zeitreihe(
      Messwert[] werte,
      int[] positionen,
      @Nullable IndikatorRef version,
      @Nullable Indikator definition,
      Kommunaldaten.Querschnitt[] quellen,
      int stelle) {
    this.werte = werte;
    this.positionen = positionen;
    this.version = version;
    this.definition = definition;
    this.quellen = quellen;
    this.stelle = stelle;
  }

  private static final Messwert[] KEINE = new Messwert[0];
  private static final int[] KEINE_POSITIONEN = new int[0];
  private static final Kommunaldaten.Querschnitt[] KEINE_QUELLEN = new Kommunaldaten.Querschnitt[0];
  private static final Zeitreihe LEER =
      new Zeitreihe(KEINE, KEINE_POSITIONEN, null, null, KEINE_QUELLEN, -1);

  /**
   * The cells of the window of {@code perioden} periods ending with {@code bis}, oldest first;
   * {@code null} where the key has no series with observations in that period.
   */
  public static List<Kommunaldaten.@Nullable Querschnitt> fenster(
      Kommunaldaten daten,
      IndikatorKey key,
      Aufschluesselung aufschluesselung,
      Periode bis,
      int perioden) {
    requireNonNull(bis, "bis");
    Kommunaldaten.@Nullable Querschnitt[] f = new Kommunaldaten.Querschnitt[perioden];
    Periode p = bis;
    for (int pos = perioden - 1; pos >= 0; pos--) {
      Optional<Reihe> reihe = daten.reihe(key, p, aufschluesselung);
      f[pos] = reihe.isPresent() ? daten.querschnitt(reihe.get(), p).orElse(null) : null;
      if (pos > 0) {
        p = p.vorige();
      }
    }
    return Arrays.asList(f);
  }

  /**
   * Walks back over {@code fenster} (see {@link #fenster}) collecting the values of {@code
   * sozialraum} (null: the Kommune).
   *
   * @param ohnePrognosen whether to skip values flagged as forecasts
   */
  public static Zeitreihe lese(
      List<Kommunaldaten.@Nullable Querschnitt> fenster,
      @Nullable SozialraumRef sozialraum,
      boolean ohnePrognosen) {
    if (sozialraum == null) {
      return lese(fenster, -1, ohnePrognosen);
    }
    // the Sozialraum's position, the same in every cross-section of the data: looked up once
    for (int pos = fenster.size() - 1; pos >= 0; pos--) {
      Kommunaldaten.Querschnitt q = fenster.get(pos);
      if (q != null) {
        int stelle = q.stelle(sozialraum);
        // not a Sozialraum version of the Kommune: no value
        return stelle < 0 ? LEER : lese(fenster, stelle, ohnePrognosen);
      }
    }
    return LEER;
  }

  /**
   * Walks back over {@code fenster} (see {@link #fenster}) collecting the values of the Sozialraum
   * version at position {@code stelle} of the data ({@link Kommunaldaten.Querschnitt#stelle}), or
   * of the Kommune for −1.
   *
   * @param ohnePrognosen whether to skip values flagged as forecasts
   */
  public static Zeitreihe lese(
      List<Kommunaldaten.@Nullable Querschnitt> fenster, int stelle, boolean ohnePrognosen) {
    int n = fenster.size();
    // filled from the back: the newest value at the end
    Messwert[] werte = new Messwert[n];
    int[] positionen = new int[n];
    Kommunaldaten.Querschnitt[] quellen = new Kommunaldaten.Querschnitt[n];
    int k = n;
    IndikatorRef version = null;
    Indikator definition = null;
    for (int pos = n - 1; pos >= 0; pos--) {
      Kommunaldaten.Querschnitt q = fenster.get(pos);
      if (q == null) {
        continue;
      }
      IndikatorRef hier = q.reihe().indikator();
      if (version != null && hier != version && !hier.equals(version)) {
        break; // another definition: a break
      }
      Messwert m = stelle < 0 ? q.kommunewert().orElse(null) : q.figur(stelle);
      if (m != null && m.hatWert() && !(ohnePrognosen && m.obsStatus() == ObsStatus.F)) {
        if (version == null) {
          version = hier;
          definition = q.definition();
        }
        k--;
        werte[k] = m;
        positionen[k] = pos;
        quellen[k] = q;
        if (m.obsStatus() == ObsStatus.B) {
          break; // the first value of a new series
        }
      }
    }
    if (k == n) {
      return LEER;
    }
    if (k > 0) {
      werte = Arrays.copyOfRange(werte, k, n);
      positionen = Arrays.copyOfRange(positionen, k, n);
      quellen = Arrays.copyOfRange(quellen, k, n);
    }
    return new Zeitreihe(werte, positionen, version, definition, quellen, stelle);
  }

  /**
   * The internal value of {@code werte[i]} by {@code Indikator.wert}, as its cross-section keeps
   * it: each figure is divided once, however many readers ask.
   *
   * @param i the index of the value, from 0 to {@link #anzahl()} − 1
   */
  public BigDecimal wert(int i) {
    Kommunaldaten.Querschnitt q = quellen[i];
    // every value here has a numerator: it has a value
    return requireNonNull(stelle < 0 ? q.wertDerKommune() : q.wert(stelle));
  }

  /** Whether no value was found. */
  public boolean leer() {
    return werte.length == 0;
  }

  /** The number of values. */
  public int anzahl() {
    return werte.length;
  }
}
