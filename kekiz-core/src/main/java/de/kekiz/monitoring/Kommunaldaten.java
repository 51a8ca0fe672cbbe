package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The observations of one Kommune, checked against their indicator definitions and indexed for
 * analysis: the input of every monitoring service. One Kommune at a time, so a whole Land is
 * analysed Kommune by Kommune without ever being held in memory.
 *
 * <p><b>Checks</b> while adding a {@link Messwert} ({@link RegelverstossException} with the code
 * given): it lies in this Kommune ({@code monitoring.messwert-andere-kommune}); its indicator
 * version is among the given definitions ({@code monitoring.indikator-unbekannt}); it fits that
 * definition (the rules of {@link Indikator#pruefe(Messwert)}); its Sozialraum version is one of
 * the Kommune's ({@code monitoring.sozialraum-unbekannt}); its key occurs once ({@code
 * monitoring.messwert-doppelt}).
 *
 * <p><b>Kommune value</b> ({@link #kommunewert}): the Kommune's own observation if it carries a
 * numerator (an official figure wins over a sum); otherwise the sum of numerators and of
 * denominators over the Sozialräume of the main level valid on the period's reference day — never
 * an average of rates. The reference day is the indicator's {@link Indikator#stichtag(Periode)
 * Stichtag} in the period, or else the period's first day (the day {@link Indikator#gilt} also goes
 * by: a school year 2019/20 belongs to the boundaries of August 2019); only the Sozialraum versions
 * (Gebietsstände) valid on that day count, so values of an old boundary are never added to those of
 * a new one. The main level is the level given to {@link Builder#hauptgliederung}, or else the
 * Sozialräume without a parent. These may mix the levels of the administrative hierarchy
 * (Stadtbezirke next to Stadtteile that belong to no Stadtbezirk), but not partitions that cover
 * the Kommune again: school catchments ({@link Sozialraumebene#SCHULEINZUGSBEREICH}) or other areas
 * ({@link Sozialraumebene#SONSTIGE}) next to the administrative ones would count every child twice
 * ({@code monitoring.gliederung-mehrdeutig}: name the level).
 *
 * <p>A Sozialraum of the main level without a value of its own is replaced by the sum of its
 * children valid on that day, recursively ({@link #sozialraumwert}). If any part has no numerator
 * on every path, the sum is <em>missing</em> ({@link ObsStatus#M}), never a partial sum. The
 * observation status of a sum is the most significant of its parts (see {@link Status#summe}); its
 * CONF_STATUS is that of the Kommune's (or parent's) own observation when there is one (a source
 * that suppressed the Kommune's figure keeps it suppressed), else {@code F}. Suppressed parts are
 * summed with their internal numerators. Breakdowns are never mixed: a sum is taken per {@link
 * Reihe} (indicator version and breakdown).
 *
 * <p><b>Protection of small numbers.</b> Before any figure of a period is read, each table of the
 * period (one indicator version, every breakdown) is protected by {@link Geheimhaltung} with the
 * {@link Geheimhaltungsregeln} given to the builder ({@link Geheimhaltungsregeln#standard()} by
 * default): the observations of the Sozialräume valid on the reference day, the sums for their
 * parents and the Kommune's value, together, so that no suppressed figure can be recovered from the
 * totals along the hierarchy or across breakdowns. The statuses it sets (CONF_STATUS {@code A},
 * {@code D}) replace those of the figures held here; the numbers stay inside for computing, and
 * every {@link Kennzahl} and result built from them leaves them out. Observations of a boundary
 * version not valid on the reference day are protected one by one. {@link
 * Builder#ohneGeheimhaltung()} turns this off for data whose figures never leave the core (the sums
 * of {@link Gebietsaggregation}) or that arrive protected. Rounding rules of the protection affect
 * its decisions only: the numbers here stay exact.
 *
 * <p>Values and sums are {@link Messwert}s, which hold suppressed numerators internally; what
 * leaves the core for a report is a {@link Kennzahl} ({@link #kennzahl(Messwert)}), which does not.
 * Sums and protection are completed per period on first use, under a lock (without protection the
 * sums are computed when the data are built); the object is immutable from the outside and
 * thread-safe once built.
 */
public final class Kommunaldaten {

  private final Kommune kommune;
  private final KommuneBezug kommuneBezug;
  private final ImmutableSortedMap<IndikatorRef, Indikator> indikatoren;
  private final ImmutableMap<IndikatorRef, Indikator> definitionen; // hashed, for lookups
  private final @Nullable Sozialraumebene hauptgliederung;
  // the Sozialraum versions by position, sorted by reference; cells hold arrays by position
  private final ImmutableList<Sozialraum> raeume;
  private final String ags;
  private final ImmutableMap<String, int[]> positionen; // code → position per Gebietsstand, or -1
  private final ImmutableSortedSet<Reihe> reihenfolge;
  private final ImmutableMap<Reihe, Reihendaten> reihen;
  private final ImmutableListMultimap<IndikatorKey, Reihe> reihenJeKey;
  // the version chosen for each indicator key, breakdown and period (see #reihe), on first use:
  // readers racing on it compute the same immutable map
  private volatile @Nullable ImmutableMap<Reihe, ImmutableMap<Periode, Reihe>> versionen;
  private final Map<LocalDate, Gliederung> gliederungen;
  private final long anzahl;
  private final @Nullable Geheimhaltungsregeln geheimhaltung;
  private final boolean pruefen; // whether observations are checked against their definitions

  private Kommunaldaten(Builder b) {
    this.kommune = b.kommune;
    this.kommuneBezug = b.kommuneBezug;
    this.indikatoren = ImmutableSortedMap.copyOf(b.indikatoren);
    this.definitionen = ImmutableMap.copyOf(b.indikatoren);
    this.hauptgliederung = b.hauptgliederung;
    this.geheimhaltung = b.geheimhaltung;
    this.pruefen = b.pruefen;
    this.raeume = b.raeume;
    this.ags = kommune.id().wert();
    this.positionen = b.positionen;
    this.anzahl = b.anzahl;
    Map<LocalDate, Gliederung> gl = new HashMap<>();
    Map<Periode, Gruppe> gruppen = new HashMap<>();
    ImmutableMap.Builder<Reihe, Reihendaten> rb =
        ImmutableMap.builderWithExpectedSize(b.daten.size());
    for (Map.Entry<Reihe, Periodenindex> e : b.daten.entrySet()) {
      Reihe reihe = e.getKey();
      Periodenindex index = e.getValue();
      for (int i = 0; i < index.n; i++) {
        Zelle zelle = index.zellen[i];
        Gliederung g = gl.get(zelle.stichtag);
        if (g == null) {
          g = gliederungAm(zelle.stichtag);
          gl.put(zelle.stichtag, g);
        }
        zelle.gliederung = g;
        zelle.reihe = reihe;
        zelle.periode = index.perioden[i];
        if (geheimhaltung == null) {
          // nothing to protect: the sums now, while the observations just added are still near
          summiere(zelle);
          zelle.gruppe = Gruppe.FERTIG;
        } else {
          Gruppe gruppe = gruppen.computeIfAbsent(index.perioden[i], k -> new Gruppe());
          gruppe.zellen.add(zelle);
          zelle.gruppe = gruppe;
        }
      }
      rb.put(reihe, new Reihendaten(index));
    }
    this.reihen = rb.buildOrThrow();
    this.reihenfolge = ImmutableSortedSet.copyOf(reihen.keySet());
    this.reihenJeKey = jeKey(reihenfolge);
    this.gliederungen = new ConcurrentHashMap<>(gl);
  }

  /**
   * Data made from {@code quelle}: its settings, definitions and Sozialräume, with the series
   * {@code reihen}, whose cells are complete. An extract ({@link #auszug}) keeps some of its
   * series; a replacement ({@link #ersetzung}) all of them with the same periods, and so their
   * order and versions ({@code gleicheReihen}).
   */
  private Kommunaldaten(
      Kommunaldaten quelle,
      ImmutableMap<Reihe, Reihendaten> reihen,
      long anzahl,
      boolean pruefen,
      boolean gleicheReihen) {
    this.kommune = quelle.kommune;
    this.kommuneBezug = quelle.kommuneBezug;
    this.indikatoren = quelle.indikatoren;
    this.definitionen = quelle.definitionen;
    this.hauptgliederung = quelle.hauptgliederung;
    this.geheimhaltung = quelle.geheimhaltung;
    this.pruefen = pruefen;
    this.raeume = quelle.raeume;
    this.ags = quelle.ags;
    this.positionen = quelle.positionen;
    this.anzahl = anzahl;
    this.reihen = reihen;
    if (gleicheReihen) {
      this.reihenfolge = quelle.reihenfolge;
      this.reihenJeKey = quelle.reihenJeKey;
      this.versionen = quelle.versionen;
    } else {
      this.reihenfolge = ImmutableSortedSet.copyOf(reihen.keySet());
      this.reihenJeKey = jeKey(reihenfolge);
    }
    // the same Sozialräume and main level: the same Gliederung on every day
    this.gliederungen = quelle.gliederungen;
  }

  private static ImmutableListMultimap<IndikatorKey, Reihe> jeKey(Set<Reihe> reihenfolge) {
    ImmutableListMultimap.Builder<IndikatorKey, Reihe> jeKey = ImmutableListMultimap.builder();
    for (Reihe r : reihenfolge) {
      jeKey.put(r.key(), r);
    }
    return jeKey.build();
  }

  /**
   * The data of the indicators {@code keys} only, with each observation of {@code ersatz} in place
   * of the observation held for its key: the same data as a builder with the settings of these data
   * gives for those observations (each checked as such a builder checks it), without adding every
   * observation again. For data without protection ({@link Builder#ohneGeheimhaltung()}): protected
   * data hold the protected statuses, no longer the observations they were built from.
   *
   * @param keys the indicators to keep
   * @param ersatz observations of the kept indicators, each in place of the one held for its key,
   *     each key once
   * @return the extract
   * @throws RegelverstossException {@code monitoring.messwert-unbekannt} if an observation of
   *     {@code ersatz} has no observation of its key to replace here (or is of an indicator not
   *     kept), {@code monitoring.messwert-doppelt} if two have the same key, or a rule of {@link
   *     Indikator#pruefe} unless the data were built {@link Builder#geprueft() as checked}
   * @throws IllegalStateException if the data are protected
   */
  public Kommunaldaten auszug(Set<IndikatorKey> keys, Collection<Messwert> ersatz) {
    requireNonNull(keys, "keys");
    requireNonNull(ersatz, "ersatz");
    if (geheimhaltung != null) {
      throw new IllegalStateException(
          "Kommunaldaten of " + kommune.id() + " are protected: an extract needs unprotected data");
    }
    Map<Reihe, Reihendaten> teil = new HashMap<>();
    long n = 0;
    for (Map.Entry<Reihe, Reihendaten> e : reihen.entrySet()) {
      if (keys.contains(e.getKey().key())) {
        teil.put(e.getKey(), e.getValue());
        n += e.getValue().zellen.anzahl;
      }
    }
    // the series and cells that get a replacement are copied; the others are shared, complete
    // and never changed again (no protection)
    Set<Reihe> kopiert = new HashSet<>();
    List<Zelle> neu = new ArrayList<>();
    for (Messwert m : ersatz) {
      Reihe r = new Reihe(m.indikator(), m.aufschluesselung());
      Reihendaten d = teil.get(r);
      int stelle = d == null ? -1 : d.zellen.stelle(m.periode());
      Zelle z = stelle < 0 ? null : requireNonNull(d).zellen.zellen[stelle];
      int position = -2; // -1: the Kommune
      if (z != null) {
        if (m.raum() instanceof SozialraumBezug s) {
          int i = positionVon(s.sozialraum());
          position = i >= 0 && z.raum(i) != null ? i : -2;
        } else if (m.raum().equals(kommuneBezug) && z.kommune != null) {
          position = -1;
        }
      }
      if (position == -2) {
        throw new RegelverstossException(
            "monitoring.messwert-unbekannt",
            "Messwert " + m.schluessel(),
            "Kommunaldaten "
                + kommune.id()
                + " of the indicators "
                + new TreeSet<>(keys)
                + " hold no observation with this key to replace");
      }
      if (pruefen) {
        requireNonNull(z).indikator.pruefe(m);
      }
      if (kopiert.add(r)) {
        d = new Reihendaten(requireNonNull(d).perioden, d.zellen.kopie());
        teil.put(r, d);
      }
      Periodenindex index = requireNonNull(d).zellen;
      z = index.zellen[stelle];
      if (!z.offen) {
        z = z.kopie();
        index.zellen[stelle] = z;
        neu.add(z);
      }
      if (z.ersetzt == null) {
        z.ersetzt = new boolean[raeume.size() + 1];
      }
      if (z.ersetzt[position + 1]) {
        throw new RegelverstossException(
            "monitoring.messwert-doppelt",
            "Messwert " + m.schluessel(),
            "two observations to put in place of the one held for this key");
      }
      z.ersetzt[position + 1] = true;
      if (position < 0) {
        z.kommune = m;
      } else {
        requireNonNull(z.raeume)[position] = m;
      }
    }
    for (Zelle z : neu) {
      z.ersetzt = null;
      z.offen = false;
      summiere(z);
    }
    return new Kommunaldaten(this, ImmutableMap.copyOf(teil), n, pruefen, false);
  }

  /**
   * A builder for the same data with every figure in another form — as published: each figure
   * {@link #figuren} gives, series by series and period by period, replaced by one of the same key
   * (its CONF_STATUS and numbers may differ). The result is what a builder with the settings of
   * these data gives for the replacements, each figure an observation of its own (the sums
   * included), with the sums computed again from them; it is built on the series, periods and
   * Sozialraum positions found here, without looking each figure up again. For data without
   * protection ({@link Builder#ohneGeheimhaltung()}).
   *
   * @return a builder that takes the replacements
   * @throws IllegalStateException if the data are protected
   */
  public Ersetzung ersetzung() {
    if (geheimhaltung != null) {
      throw new IllegalStateException(
          "Kommunaldaten of "
              + kommune.id()
              + " are protected: a replacement needs unprotected data");
    }
    return new Ersetzung();
  }

  /**
   * Takes each figure of the data it was made from in another form, in the order {@link #figuren}
   * gives them (see {@link Kommunaldaten#ersetzung()}); the periods and series may come in any
   * order, the figures of one series and period together. Not thread-safe.
   */
  public final class Ersetzung {
    private final Map<Reihe, Periodenindex> neu = new HashMap<>();
    private boolean pruefen = true;
    private long anzahl;
    private boolean gebaut;
    // the cell being filled: its series, period, cell of the source and new cell
    private @Nullable Reihe reihe;
    private @Nullable Periode periode;
    private @Nullable Zelle quelle;
    private @Nullable Zelle ziel;
    private @Nullable Periodenindex index; // of the new cell's series
    private int naechste; // the first position not taken yet; raeume.size(): the Kommune's turn

    private Ersetzung() {}

    /**
     * Takes the replacements as checked already against their definitions, as {@link
     * Builder#geprueft()} does: the result is data built that way.
     *
     * @return this builder
     */
    public Ersetzung geprueft() {
      this.pruefen = false;
      return this;
    }

    /**
     * Replaces the next figure of {@code reihe} and {@code periode} by {@code m}.
     *
     * @param reihe the series
     * @param periode the period
     * @param m the figure in its new form, with the key of the figure it replaces
     * @return this builder
     * @throws RegelverstossException {@code monitoring.messwert-unbekannt} if the series and period
     *     have no figure left to replace or {@code m}'s key is not that of the next one, {@code
     *     monitoring.messwert-doppelt} if the figures of the series and period were given before
     *     (and another one came in between), or a rule of {@link Indikator#pruefe} unless {@link
     *     #geprueft()}
     * @throws IllegalStateException after {@link #build()}
     */
    public Ersetzung ersetze(Reihe reihe, Periode periode, Messwert m) {
      requireNonNull(m, "messwert");
      if (gebaut) {
        throw new IllegalStateException(
            "the replacement of Kommunaldaten " + kommune.id() + " is built already");
      }
      Zelle z = ziel;
      if (z == null || reihe != this.reihe || periode != this.periode) {
        // the period first: a new cell mostly has another period, and its test is cheap
        if (z == null || !periode.equals(this.periode) || !reihe.equals(this.reihe)) {
          schliesse();
          oeffne(requireNonNull(reihe, "reihe"), requireNonNull(periode, "periode"), m);
        }
        z = requireNonNull(ziel);
      }
      Zelle q = requireNonNull(quelle);
      int n = raeume.size();
      int i = naechste;
      Messwert[] eigene = q.raeume;
      Messwert[] summen = q.abgeleitet;
      while (i < n
          && (summen == null || summen[i] == null)
          && (eigene == null || eigene[i] == null)) {
        i++;
      }
      Messwert bisher;
      if (i < n) {
        Messwert summe = summen == null ? null : summen[i];
        bisher = summe != null ? summe : requireNonNull(eigene)[i];
      } else {
        bisher = i == n ? q.kommunewert : null;
      }
      if (bisher == null || !gleicherSchluessel(bisher, m)) {
        throw new RegelverstossException(
            "monitoring.messwert-unbekannt",
            "Messwert " + m.schluessel(),
            bisher == null
                ? "Kommunaldaten "
                    + kommune.id()
                    + " hold no further figure of its series and period"
                : "the next figure of its series and period is " + bisher.schluessel());
      }
      if (pruefen) {
        q.indikator.pruefe(m);
      }
      if (i < n) {
        Messwert[] r = z.raeume;
        if (r == null) {
          r = new Messwert[n];
          z.raeume = r;
        }
        r[i] = m;
      } else {
        z.kommune = m;
      }
      naechste = i + 1;
      anzahl++;
      requireNonNull(index).anzahl++;
      return this;
    }

    private static boolean gleicherSchluessel(Messwert a, Messwert b) {
      return (a.indikator() == b.indikator() || a.indikator().equals(b.indikator()))
          && (a.periode() == b.periode() || a.periode().equals(b.periode()))
          && (a.raum() == b.raum() || a.raum().equals(b.raum()))
          && (a.aufschluesselung() == b.aufschluesselung()
              || a.aufschluesselung().equals(b.aufschluesselung()));
    }

    private void oeffne(Reihe r, Periode p, Messwert m) {
      Reihendaten d = reihen.get(r);
      int stelle = d == null ? -1 : d.zellen.stelle(p);
      if (stelle < 0) {
        throw new RegelverstossException(
            "monitoring.messwert-unbekannt",
            "Messwert " + m.schluessel(),
            "Kommunaldaten " + kommune.id() + " hold no figure of series " + r + " in " + p);
      }
      Periodenindex von = requireNonNull(d).zellen;
      Periodenindex index = neu.get(r);
      if (index == null) {
        // the same periods in the same order: the arrays of periods are shared, never changed
        index = new Periodenindex();
        index.codes = von.codes;
        index.perioden = von.perioden;
        index.zellen = new Zelle[von.zellen.length];
        index.n = von.n;
        neu.put(r, index);
      }
      if (index.zellen[stelle] != null) {
        throw new RegelverstossException(
            "monitoring.messwert-doppelt",
            "Messwert " + m.schluessel(),
            "the figures of series " + r + " in " + p + " were given before");
      }
      Zelle q = fertig(von.zellen[stelle]);
      Zelle z = new Zelle(q.indikator, q.stichtag);
      z.gliederung = q.gliederung;
      z.reihe = q.reihe;
      z.periode = q.periode;
      z.gruppe = Gruppe.FERTIG;
      index.zellen[stelle] = z;
      this.index = index;
      reihe = r;
      periode = p;
      quelle = q;
      ziel = z;
      naechste = 0;
    }

    /** Checks that every figure of the cell being filled was replaced, and computes its sums. */
    private void schliesse() {
      Zelle z = ziel;
      if (z == null) {
        return;
      }
      Zelle q = requireNonNull(quelle);
      int n = raeume.size();
      Messwert[] eigene = q.raeume;
      Messwert[] summen = q.abgeleitet;
      for (int i = naechste; i <= n; i++) {
        Messwert offen =
            i == n
                ? q.kommunewert
                : summen != null && summen[i] != null
                    ? summen[i]
                    : eigene == null ? null : eigene[i];
        if (offen != null) {
          throw new RegelverstossException(
              "monitoring.messwert-fehlt",
              "Messwert " + offen.schluessel(),
              "no replacement given for this figure of Kommunaldaten " + kommune.id());
        }
      }
      summiere(z);
      ziel = null;
      quelle = null;
      reihe = null;
      periode = null;
      index = null;
    }

    /**
     * Builds the data with the replacements.
     *
     * @return the data, unprotected as those they were made from
     * @throws RegelverstossException {@code monitoring.messwert-fehlt} if a figure got no
     *     replacement
     * @throws IllegalStateException if called twice
     */
    public Kommunaldaten build() {
      if (gebaut) {
        throw new IllegalStateException(
            "the replacement of Kommunaldaten " + kommune.id() + " is built already");
      }
      schliesse();
      gebaut = true;
      ImmutableMap.Builder<Reihe, Reihendaten> b = ImmutableMap.builderWithExpectedSize(neu.size());
      for (Map.Entry<Reihe, Reihendaten> e : reihen.entrySet()) {
        Periodenindex von = e.getValue().zellen;
        Periodenindex index = neu.get(e.getKey());
        for (int i = 0; i < von.n; i++) {
          if (index == null || index.zellen[i] == null) {
            Messwert erste = figuren(e.getKey(), von.perioden[i]).get(0);
            throw new RegelverstossException(
                "monitoring.messwert-fehlt",
                "Messwert " + erste.schluessel(),
                "no replacement given for this figure of Kommunaldaten " + kommune.id());
          }
        }
        b.put(e.getKey(), new Reihendaten(e.getValue().perioden, requireNonNull(index)));
      }
      return new Kommunaldaten(Kommunaldaten.this, b.buildOrThrow(), anzahl, pruefen, true);
    }
  }

  /**
   * Completes the period of {@code z} on first use: the sums for the Kommune and for parents, then
   * the protection of every table of the period (one per indicator version, every breakdown). Done
   * once per period, under its lock; the volatile flag publishes the result.
   */
  private Zelle fertig(Zelle z) {
    Gruppe g = requireNonNull(z.gruppe);
    if (!g.fertig) {
      synchronized (g) {
        if (!g.fertig) {
          for (Zelle x : g.zellen) {
            summiere(x);
          }
          if (geheimhaltung != null) {
            schuetze(g.zellen, geheimhaltung);
          }
          g.fertig = true;
        }
      }
    }
    return z;
  }

  /** Computes the sums of cell {@code x}: the Kommune's value and those of parents. */
  private void summiere(Zelle x) {
    Gliederung gl = requireNonNull(x.gliederung);
    Reihe r = requireNonNull(x.reihe);
    Periode p = requireNonNull(x.periode);
    // the parents' sums first: the Kommune's sum takes them instead of adding their parts again
    x.abgeleitet = abgeleitet(x.indikator, r, p, x, gl);
    x.kommunewert = kommunewert(x.indikator, r, p, x, gl);
  }

  /** The number of figures cell {@code z} publishes (see {@link #figuren}), counted once. */
  private int anzahlFiguren(Zelle z) {
    int k = z.figuren;
    if (k >= 0) {
      return k;
    }
    Messwert[] eigene = z.raeume;
    Messwert[] summen = z.abgeleitet;
    k = z.kommunewert != null ? 1 : 0;
    for (int i = 0; i < raeume.size(); i++) {
      if ((summen != null && summen[i] != null) || (eigene != null && eigene[i] != null)) {
        k++;
      }
    }
    z.figuren = k; // readers racing on a cell count the same
    return k;
  }

  /** For each key and breakdown (keyed as version 1), the series chosen per period. */
  private ImmutableMap<Reihe, ImmutableMap<Periode, Reihe>> versionen() {
    Map<Reihe, Map<Periode, Reihe>> m = new HashMap<>();
    for (Reihe r : reihenfolge) { // versions of a key come in ascending order
      Map<Periode, Reihe> jePeriode =
          m.computeIfAbsent(schluessel(r.key(), r.aufschluesselung()), k -> new HashMap<>());
      for (Periode p : requireNonNull(reihen.get(r)).perioden) {
        Reihe bisher = jePeriode.get(p);
        if (bisher == null || gueltig(r, p) || !gueltig(bisher, p)) {
          jePeriode.put(p, r);
        }
      }
    }
    ImmutableMap.Builder<Reihe, ImmutableMap<Periode, Reihe>> b = ImmutableMap.builder();
    for (Map.Entry<Reihe, Map<Periode, Reihe>> e : m.entrySet()) {
      b.put(e.getKey(), ImmutableMap.copyOf(e.getValue()));
    }
    return b.buildOrThrow();
  }

  private boolean gueltig(Reihe r, Periode p) {
    return requireNonNull(definitionen.get(r.indikator())).gilt(p);
  }

  /** The lookup key of a key and breakdown: the series of version 1. */
  private static Reihe schluessel(IndikatorKey key, Aufschluesselung aufschluesselung) {
    return new Reihe(new IndikatorRef(key, 1), aufschluesselung);
  }

  /**
   * A builder for the data of {@code kommune}, whose observations use {@code indikatoren}.
   *
   * @param kommune the Kommune
   * @param indikatoren the definitions of every indicator version the observations use
   * @return an empty builder that protects the figures by {@link Geheimhaltungsregeln#standard()}
   *     and sums over the Sozialräume without a parent
   */
  public static Builder builder(Kommune kommune, Collection<Indikator> indikatoren) {
    return new Builder(kommune, indikatoren);
  }

  /**
   * The data of {@code kommune} with every observation of {@code messwerte}, summed over the
   * Sozialräume without a parent.
   *
   * @param kommune the Kommune
   * @param indikatoren the definitions of every indicator version the observations use
   * @param messwerte the Kommune's observations
   * @return the checked and protected data
   * @throws RegelverstossException if an observation breaks a rule of the class comment
   */
  public static Kommunaldaten of(
      Kommune kommune, Collection<Indikator> indikatoren, Iterable<Messwert> messwerte) {
    return builder(kommune, indikatoren).addAll(messwerte).build();
  }

  // ------------------------------------------------------------------ queries

  /** {@return the Kommune the data belong to} */
  public Kommune kommune() {
    return kommune;
  }

  /** {@return the area of the whole Kommune} */
  public KommuneGebiet gebiet() {
    return new KommuneGebiet(kommune.id());
  }

  /** {@return every given indicator definition, ordered by key and version} */
  public ImmutableList<Indikator> indikatoren() {
    return indikatoren.values().asList();
  }

  /**
   * The definition of indicator version {@code ref}.
   *
   * @param ref the indicator version
   * @return its definition
   * @throws RegelverstossException {@code monitoring.indikator-unbekannt} if it was not given
   */
  public Indikator definition(IndikatorRef ref) {
    Indikator i = definitionen.get(requireNonNull(ref, "ref"));
    if (i == null) {
      throw new RegelverstossException(
          "monitoring.indikator-unbekannt",
          "Kommunaldaten " + kommune.id(),
          "indicator version "
              + ref
              + " is not among the given definitions "
              + indikatoren.keySet());
    }
    return i;
  }

  /**
   * {@return the level summed to the Kommune, or empty if the Sozialräume without parent are used}
   */
  public Optional<Sozialraumebene> hauptgliederung() {
    return Optional.ofNullable(hauptgliederung);
  }

  /** {@return the number of observations added} */
  public long anzahlMesswerte() {
    return anzahl;
  }

  /**
   * {@return the number of figures {@link #figuren} gives over every series and period: what a
   * release publishes of these data, the sums for parents and the Kommune included}
   */
  public long anzahlFiguren() {
    long n = 0;
    for (Reihendaten d : reihen.values()) {
      Periodenindex index = d.zellen;
      for (int i = 0; i < index.n; i++) {
        n += anzahlFiguren(fertig(index.zellen[i]));
      }
    }
    return n;
  }

  /** {@return every series with at least one observation, ordered} */
  public ImmutableSortedSet<Reihe> reihen() {
    return reihenfolge;
  }

  /**
   * The series of indicator {@code key} (all versions and breakdowns), ordered.
   *
   * @param key the indicator
   * @return its series (all versions and breakdowns) with observations, ordered; empty if none
   */
  public ImmutableList<Reihe> reihen(IndikatorKey key) {
    return reihenJeKey.get(requireNonNull(key, "key"));
  }

  /** {@return the keys of the indicators with observations, sorted} */
  public ImmutableSortedSet<IndikatorKey> indikatorKeys() {
    return ImmutableSortedSet.copyOf(reihenJeKey.keySet());
  }

  /**
   * The periods of {@code reihe} with at least one observation, sorted; empty if unknown.
   *
   * @param reihe the series
   * @return its periods with observations, sorted; empty if the series is unknown
   */
  public ImmutableSortedSet<Periode> perioden(Reihe reihe) {
    Reihendaten r = reihen.get(requireNonNull(reihe, "reihe"));
    return r == null ? ImmutableSortedSet.of() : r.perioden;
  }

  /**
   * The series of indicator {@code key} and breakdown {@code aufschluesselung} that holds period
   * {@code periode}: the highest version with observations for the period whose validity contains
   * it ({@link Indikator#gilt}), else the highest version with observations for it; empty if none
   * has any.
   *
   * @param key the indicator
   * @param periode the period
   * @param aufschluesselung the breakdown
   * @return the series, or empty if no version has observations for the period
   */
  public Optional<Reihe> reihe(
      IndikatorKey key, Periode periode, Aufschluesselung aufschluesselung) {
    requireNonNull(periode, "periode");
    ImmutableMap<Reihe, ImmutableMap<Periode, Reihe>> v = versionen;
    if (v == null) {
      v = versionen();
      versionen = v;
    }
    ImmutableMap<Periode, Reihe> m =
        v.get(schluessel(requireNonNull(key, "key"), aufschluesselung));
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(periode));
  }

  /**
   * The latest period with observations of {@code key} for {@code aufschluesselung}.
   *
   * @param key the indicator
   * @param aufschluesselung the breakdown
   * @return the latest period with observations of any version, or empty if there is none
   */
  public Optional<Periode> letztePeriode(IndikatorKey key, Aufschluesselung aufschluesselung) {
    Periode letzte = null;
    for (Reihe r : reihen(key)) {
      if (r.aufschluesselung().equals(aufschluesselung)) {
        Periode p = requireNonNull(reihen.get(r)).perioden.last();
        if (letzte == null || p.compareTo(letzte) > 0) {
          letzte = p;
        }
      }
    }
    return Optional.ofNullable(letzte);
  }

  /**
   * The reference day of {@code periode} for indicator version {@code ref}: its Stichtag in the
   * period, or else the period's first day.
   *
   * @param ref the indicator version
   * @param periode the period
   * @return the day whose boundaries and population the period's values belong to
   */
  public LocalDate stichtag(IndikatorRef ref, Periode periode) {
    return stichtag(definition(ref), periode);
  }

  private static LocalDate stichtag(Indikator indikator, Periode periode) {
    return indikator.stichtag(periode).orElseGet(periode::beginn);
  }

  /**
   * The Sozialraum version {@code ref}, or empty if the Kommune has none.
   *
   * @param ref the Sozialraum version
   * @return the Sozialraum version, or empty if the Kommune has none with this reference
   */
  public Optional<Sozialraum> sozialraum(SozialraumRef ref) {
    int i = positionVon(requireNonNull(ref, "ref"));
    return i < 0 ? Optional.empty() : Optional.of(raeume.get(i));
  }

  /**
   * The positions in these data ({@link Querschnitt#stelle}) of the Sozialraum versions valid on
   * {@code stichtag}, ascending: positions follow the order of the versions, so these are the valid
   * versions sorted by version.
   *
   * @param stichtag the day
   * @return the positions, a new array
   */
  public int[] gueltigeStellen(LocalDate stichtag) {
    requireNonNull(stichtag, "stichtag");
    Gliederung g = gliederungen.get(stichtag); // known for the reference day of every cell
    int[] stellen = new int[raeume.size()];
    int n = 0;
    for (int i = 0; i < stellen.length; i++) {
      if (g != null ? g.gueltig[i] : raeume.get(i).gueltigAm(stichtag)) {
        stellen[n++] = i;
      }
    }
    return Arrays.copyOf(stellen, n);
  }

  /**
   * {@return the Sozialraum version at position {@code stelle} of these data ({@link
   * Querschnitt#stelle})}
   *
   * @param stelle from 0 to the number of the Kommune's Sozialraum versions − 1
   * @throws IndexOutOfBoundsException if there is no such position
   */
  public Sozialraum sozialraumAn(int stelle) {
    return raeume.get(stelle);
  }

  /** The position of {@code ref} in {@link #raeume}, or −1 if the Kommune has no such version. */
  private int positionVon(SozialraumRef ref) {
    SozialraumId id = ref.id();
    if (!ags.equals(id.kommune().wert())) {
      return -1;
    }
    int[] jeStand = positionen.get(id.code());
    int stand = ref.gebietsstand();
    return jeStand == null || stand >= jeStand.length ? -1 : jeStand[stand];
  }

  /**
   * The Sozialraum versions summed to the Kommune on {@code stichtag}: those of the main level
   * valid on that day, sorted by reference.
   *
   * @param stichtag the reference day
   * @return the Sozialraum versions summed to the Kommune on that day; empty if none is valid
   * @throws RegelverstossException {@code monitoring.gliederung-mehrdeutig} (see the class comment)
   */
  public ImmutableList<Sozialraum> gliederung(LocalDate stichtag) {
    Gliederung g = gliederungIntern(stichtag);
    ImmutableList.Builder<Sozialraum> b = ImmutableList.builder();
    for (int i : g.oberste) {
      b.add(raeume.get(i));
    }
    return b.build();
  }

  private Gliederung gliederungIntern(LocalDate stichtag) {
    Gliederung g = gliederungen.get(requireNonNull(stichtag, "stichtag"));
    return g != null ? g : gliederungen.computeIfAbsent(stichtag, this::gliederungAm);
  }

  /**
   * The observation stored for {@code raum} in {@code reihe} and {@code periode}, or empty.
   *
   * @param reihe the series
   * @param periode the period
   * @param raum the Kommune or a Sozialraum version
   * @return the stored observation (as protected), or empty if there is none; never a sum
   */
  public Optional<Messwert> messwert(Reihe reihe, Periode periode, Raumbezug raum) {
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return Optional.empty();
    }
    if (raum instanceof SozialraumBezug s) {
      int i = positionVon(s.sozialraum());
      return i < 0 ? Optional.empty() : Optional.ofNullable(z.raum(i));
    }
    return raum.equals(kommuneBezug) ? Optional.ofNullable(z.kommune) : Optional.empty();
  }

  /**
   * The observations of every Sozialraum (of any level and version) stored for {@code reihe} and
   * {@code periode}, ordered by Sozialraum version; sums are not included.
   *
   * @param reihe the series
   * @param periode the period
   * @return the stored observations of the Sozialräume; empty if there are none
   */
  public ImmutableList<Messwert> sozialraumwerte(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    if (z == null || z.raeume == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Messwert> b = ImmutableList.builder();
    for (Messwert m : z.raeume) {
      if (m != null) {
        b.add(m);
      }
    }
    return b.build();
  }

  /**
   * Every figure of {@code reihe} and {@code periode} the Kommune can publish, one per area: for
   * each Sozialraum version with an observation or a sum, its value as {@link #sozialraumwert}
   * gives it (its own observation if it carries a numerator, else the sum over its children on the
   * reference day, else its own observation without numbers), ordered by version; then the
   * Kommune's value ({@link #kommunewert}). Empty if the series has no observation in the period.
   * This is what a publication protects: nothing else of the period can leave the core.
   *
   * @param reihe the series
   * @param periode the period
   * @return the figures, as protected
   */
  public ImmutableList<Messwert> figuren(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return ImmutableList.of();
    }
    // counted first (once per cell): the array is made at its size
    Messwert[] f = new Messwert[anzahlFiguren(z)];
    schreibeFiguren(z, f, 0);
    return ImmutableList.copyOf(f);
  }

  /**
   * Writes the figures {@link #figuren(Reihe, Periode)} gives into {@code ziel} from index {@code
   * ab} on, in the same order, without making a list: for a caller that collects the figures of
   * many series in one array. If they do not all fit between {@code ab} and the end of {@code
   * ziel}, nothing is written: the caller makes room for the number returned and calls again.
   *
   * @param reihe the series
   * @param periode the period
   * @param ziel the array to write the figures into
   * @param ab the index of the first figure in {@code ziel}, from 0 to its length
   * @return the number of figures of the series in the period (0 if it has no observation in the
   *     period); written only if at most {@code ziel.length - ab}
   * @throws IndexOutOfBoundsException if {@code ab} is negative or larger than {@code ziel.length}
   */
  public int figuren(Reihe reihe, Periode periode, @Nullable Messwert[] ziel, int ab) {
    Objects.checkIndex(ab, ziel.length + 1);
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return 0;
    }
    int n = anzahlFiguren(z);
    if (n <= ziel.length - ab) {
      schreibeFiguren(z, ziel, ab);
    }
    return n;
  }

  /** Writes the figures of cell {@code z} into {@code ziel} from {@code ab} on (they fit). */
  private void schreibeFiguren(Zelle z, @Nullable Messwert[] ziel, int ab) {
    // a sum is there only for a position without a value of its own (see #abgeleitet): the
    // figure is the sum if there is one, else the own observation
    Messwert[] eigene = z.raeume;
    Messwert[] summen = z.abgeleitet;
    int n = raeume.size();
    int k = ab;
    for (int i = 0; i < n; i++) {
      Messwert summe = summen == null ? null : summen[i];
      Messwert wert = summe != null ? summe : eigene == null ? null : eigene[i];
      if (wert != null) {
        ziel[k++] = wert;
      }
    }
    if (z.kommunewert != null) {
      ziel[k] = z.kommunewert;
    }
  }

  /**
   * The value of the whole Kommune for {@code reihe} and {@code periode}: its own observation or
   * the sum over the main level (see the class comment); empty if the series has no observation in
   * the period. A sum with a missing part is a {@link ObsStatus#M} observation.
   *
   * @param reihe the series
   * @param periode the period
   * @return the Kommune's value, as protected
   */
  public Optional<Messwert> kommunewert(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    return z == null ? Optional.empty() : Optional.ofNullable(z.kommunewert);
  }

  /**
   * The value of Sozialraum version {@code ref}: its own observation if it carries a numerator,
   * else the sum over its children valid on the reference day (recursively); a missing observation
   * if a part is missing; empty if there is nothing at all.
   *
   * @param reihe the series
   * @param periode the period
   * @param ref the Sozialraum version
   * @return its value, as protected
   */
  public Optional<Messwert> sozialraumwert(Reihe reihe, Periode periode, SozialraumRef ref) {
    requireNonNull(ref, "ref");
    Zelle z = zelle(reihe, periode);
    return z == null ? Optional.empty() : new Querschnitt(reihe, periode, z).sozialraumwert(ref);
  }

  /**
   * One series in one period, to read many Sozialräume's values cheaply; empty if the series has no
   * observation in the period.
   *
   * @param reihe the series
   * @param periode the period
   * @return the cross-section
   */
  public Optional<Querschnitt> querschnitt(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    return z == null ? Optional.empty() : Optional.of(new Querschnitt(reihe, periode, z));
  }

  /**
   * The observations of one series in one period, as {@link Kommunaldaten} answers for them: the
   * same values as {@link Kommunaldaten#sozialraumwert} and {@link Kommunaldaten#kommunewert},
   * without looking the series and period up again. Immutable and thread-safe.
   */
  public final class Querschnitt {
    private final Reihe reihe;
    private final Periode periode;
    private final Zelle zelle;

    private Querschnitt(Reihe reihe, Periode periode, Zelle zelle) {
      this.reihe = reihe;
      this.periode = periode;
      this.zelle = zelle;
    }

    /** {@return the series of this cross-section} */
    public Reihe reihe() {
      return reihe;
    }

    /** {@return the period of this cross-section} */
    public Periode periode() {
      return periode;
    }

    /** {@return the reference day of the period (see {@link Kommunaldaten#stichtag})} */
    public LocalDate stichtag() {
      return zelle.stichtag;
    }

    /**
     * {@return the definition of the series' indicator version, as {@link Kommunaldaten#definition}
     * gives it}
     */
    public Indikator definition() {
      return zelle.indikator;
    }

    /** {@return the Kommune's value (see {@link Kommunaldaten#kommunewert})} */
    public Optional<Messwert> kommunewert() {
      return Optional.ofNullable(zelle.kommunewert);
    }

    /**
     * The value of Sozialraum version {@code ref} (see {@link Kommunaldaten#sozialraumwert}).
     *
     * @param ref the Sozialraum version
     * @return its value (see {@link Kommunaldaten#sozialraumwert}), or empty if there is nothing at
     *     all
     */
    public Optional<Messwert> sozialraumwert(SozialraumRef ref) {
      return Optional.ofNullable(figur(positionVon(requireNonNull(ref, "ref"))));
    }

    /**
     * The position of Sozialraum version {@code ref} in these data, the same in every cross-section
     * of them: to read a Sozialraum in many cross-sections by {@link #figur(int)} and {@link
     * #wert(int)} without looking it up again.
     *
     * @param ref the Sozialraum version
     * @return its position, or −1 if the Kommune has no such version
     */
    public int stelle(SozialraumRef ref) {
      return positionVon(requireNonNull(ref, "ref"));
    }

    /**
     * The value of the Sozialraum version at position {@code stelle}, as {@link
     * #sozialraumwert(SozialraumRef)} gives it.
     *
     * @param stelle a position from {@link #stelle(SozialraumRef)}, or −1
     * @return its value, or {@code null} if there is nothing at all (always for −1)
     * @throws IndexOutOfBoundsException if {@code stelle} is no position of these data
     */
    public @Nullable Messwert figur(int stelle) {
      if (stelle < 0) {
        return null;
      }
      Objects.checkIndex(stelle, raeume.size());
      // a sum is there only for a position without a value of its own (see #abgeleitet)
      Messwert summe = zelle.abgeleitet(stelle);
      return summe != null ? summe : zelle.raum(stelle);
    }

    /**
     * The internal value of {@link #figur(int) figur(stelle)} by {@link Indikator#wert(Messwert)},
     * suppressed or not: for computations inside the core, never for output. Computed once per
     * figure and kept, however many readers ask.
     *
     * @param stelle a position from {@link #stelle(SozialraumRef)}, or −1
     * @return the value, or {@code null} if there is no figure or it has no numerator
     * @throws IndexOutOfBoundsException if {@code stelle} is no position of these data
     */
    public @Nullable BigDecimal wert(int stelle) {
      Messwert m = figur(stelle);
      return m == null ? null : zelle.wert(stelle, m, raeume.size());
    }

    /**
     * {@return the internal value of {@link #kommunewert()} by {@link Indikator#wert(Messwert)},
     * computed once as {@link #wert(int)} is; {@code null} if there is no Kommune value or it has
     * no numerator}
     */
    public @Nullable BigDecimal wertDerKommune() {
      Messwert m = zelle.kommunewert;
      int n = raeume.size();
      return m == null ? null : zelle.wert(n, m, n);
    }

    @Override
    public String toString() {
      return "Querschnitt " + kommune.id() + " " + reihe + " " + periode;
    }
  }

  /**
   * The internal value of {@code messwert} by {@link Indikator#wert(Messwert)}, suppressed or not:
   * for computations inside the core, never for output.
   *
   * @param messwert an observation of these data
   * @return its internal value, or empty if {@link Indikator#wert(Messwert)} gives none (e.g.
   *     without a numerator)
   * @throws de.kekiz.domain.RegelverstossException {@code monitoring.indikator-unbekannt} if its
   *     indicator version was not given
   */
  public Optional<BigDecimal> wert(Messwert messwert) {
    return definition(messwert.indikator()).wert(messwert);
  }

  /**
   * The published form of {@code messwert} (see {@link Kennzahl#von(Indikator, Messwert)}).
   *
   * @param messwert an observation of these data
   * @return its published form
   * @throws de.kekiz.domain.RegelverstossException {@code monitoring.indikator-unbekannt} if its
   *     indicator version was not given
   */
  public Kennzahl kennzahl(Messwert messwert) {
    return Kennzahl.von(definition(messwert.indikator()), messwert);
  }

  private @Nullable Zelle zelle(Reihe reihe, Periode periode) {
    requireNonNull(reihe, "reihe");
    requireNonNull(periode, "periode");
    Reihendaten r = reihen.get(reihe);
    Zelle z = r == null ? null : r.zellen.get(periode);
    return z == null ? null : fertig(z);
  }

  // ------------------------------------------------------------------ sums

  private @Nullable Messwert kommunewert(
      Indikator indikator, Reihe reihe, Periode periode, Zelle zelle, Gliederung g) {
    Messwert eigen = zelle.kommune;
    if (eigen != null && eigen.hatWert()) {
      return eigen;
    }
    if (g.oberste.length == 0) {
      return eigen;
    }
    Summe s = new Summe(indikator.hatNenner());
    boolean vollstaendig = true;
    Messwert[] summen = zelle.abgeleitet;
    for (int r : g.oberste) {
      // a parent's sum (see #abgeleitet) is the sum addiere would take over its children: exact
      // sums, and the status of a sum the most significant of its parts, whichever way grouped
      Messwert summe = summen == null ? null : summen[r];
      if (summe != null ? !summe.hatWert() : !addiere(s, zelle, g, r)) {
        vollstaendig = false;
        break;
      }
      if (summe != null) {
        s.add(summe);
      }
    }
    return s.messwert(reihe, kommuneBezug, periode, vollstaendig, eigen);
  }

  /**
   * The sums of the children of every position without a value of its own that has children on the
   * cell's day (a Stadtbezirk summed from its Stadtteile), or null if there is none.
   */
  private @Nullable Messwert @Nullable [] abgeleitet(
      Indikator indikator, Reihe reihe, Periode periode, Zelle zelle, Gliederung g) {
    Messwert[] ergebnis = null;
    for (int i = 0; i < g.kinder.length; i++) {
      int[] kinder = g.kinder[i];
      Messwert eigen = zelle.raum(i);
      if (kinder.length == 0 || (eigen != null && eigen.hatWert())) {
        continue;
      }
      Summe s = new Summe(indikator.hatNenner());
      boolean vollstaendig = true;
      for (int kind : kinder) {
        if (!addiere(s, zelle, g, kind)) {
          vollstaendig = false;
          break;
        }
      }
      if (ergebnis == null) {
        ergebnis = new Messwert[g.kinder.length];
      }
      ergebnis[i] =
          s.messwert(reihe, new SozialraumBezug(raeume.get(i).ref()), periode, vollstaendig, eigen);
    }
    return ergebnis;
  }

  /**
   * Protects every figure this Kommune can publish ({@link Geheimhaltung}): the observations of the
   * Sozialräume valid on each cell's day, the sums for parents and for the Kommune, all together,
   * so that a suppressed figure cannot be recovered from the totals. The statuses found replace
   * those of the figures held here; their numbers stay inside for computing. Observations of
   * boundary versions not valid on the cell's day are protected one by one.
   */
  private void schuetze(List<Zelle> zellen, Geheimhaltungsregeln regeln) {
    int platz = zellen.size() * (raeume.size() + 1);
    List<Messwert> liste = new ArrayList<>(platz);
    List<Ziel> ziele = new ArrayList<>(platz);
    List<Messwert> abseits = new ArrayList<>();
    List<Ziel> abseitsZiele = new ArrayList<>();
    {
      for (Zelle z : zellen) {
        Gliederung g = requireNonNull(z.gliederung);
        Messwert[] eigene = z.raeume;
        if (eigene != null) {
          for (int i = 0; i < eigene.length; i++) {
            Messwert m = eigene[i];
            if (m != null) {
              boolean gueltig = g.gueltig[i];
              (gueltig ? liste : abseits).add(m);
              (gueltig ? ziele : abseitsZiele).add(new Ziel(z, Ziel.RAUM, i));
            }
          }
        }
        Messwert[] summen = z.abgeleitet;
        if (summen != null) {
          for (int i = 0; i < summen.length; i++) {
            Messwert m = summen[i];
            if (m != null) {
              liste.add(m);
              ziele.add(new Ziel(z, Ziel.SUMME, i));
            }
          }
        }
        Messwert k = z.kommunewert;
        if (k != null) {
          liste.add(k);
          ziele.add(new Ziel(z, Ziel.KOMMUNE, -1));
        }
      }
    }
    List<Messwert> geschuetzt = Geheimhaltung.schuetze(liste, kommune, regeln);
    for (int k = 0; k < liste.size(); k++) {
      ziele.get(k).setze(liste.get(k), geschuetzt.get(k).confStatus());
    }
    for (int k = 0; k < abseits.size(); k++) {
      Messwert m = abseits.get(k);
      abseitsZiele
          .get(k)
          .setze(m, Geheimhaltung.schuetze(List.of(m), kommune, regeln).get(0).confStatus());
    }
  }

  /** Where a protected figure lives in a cell. */
  private static final class Ziel {
    static final int RAUM = 0;
    static final int SUMME = 1;
    static final int KOMMUNE = 2;
    final Zelle zelle;
    final int art;
    final int stelle;

    Ziel(Zelle zelle, int art, int stelle) {
      this.zelle = zelle;
      this.art = art;
      this.stelle = stelle;
    }

    /** Gives the figure held here the status {@code status}, keeping its numbers inside. */
    void setze(Messwert bisher, ConfStatus status) {
      if (status == bisher.confStatus()) {
        return;
      }
      Messwert neu = bisher.withConfStatus(status);
      switch (art) {
        case RAUM:
          requireNonNull(zelle.raeume)[stelle] = neu;
          break;
        case SUMME:
          requireNonNull(zelle.abgeleitet)[stelle] = neu;
          break;
        default:
          if (zelle.kommune == zelle.kommunewert) {
            zelle.kommune = neu;
          }
          zelle.kommunewert = neu;
      }
    }
  }

  /** Adds the value of position {@code i} (own or from its children); false if it has none. */
  private static boolean addiere(Summe s, Zelle zelle, Gliederung g, int i) {
    Messwert eigen = zelle.raum(i);
    if (eigen != null && eigen.hatWert()) {
      s.add(eigen);
      return true;
    }
    int[] kinder = g.kinder[i];
    if (kinder.length == 0) {
      return false;
    }
    for (int kind : kinder) {
      if (!addiere(s, zelle, g, kind)) {
        return false;
      }
    }
    return true;
  }

  private Gliederung gliederungAm(LocalDate stichtag) {
    int n = raeume.size();
    boolean[] gilt = new boolean[n];
    for (int i = 0; i < n; i++) {
      gilt[i] = raeume.get(i).gueltigAm(stichtag);
    }
    // for each valid position: the position its children are listed at (the valid version of
    // its Sozialraum, the last one if two were valid) and the position of its valid parent
    int[] stelle = new int[n];
    int[] eltern = new int[n];
    int[] anzahlKinder = new int[n];
    int[] oberste = new int[n];
    int m = 0;
    String familie = null;
    boolean mehrdeutig = false;
    for (int i = 0; i < n; i++) {
      if (!gilt[i]) {
        continue;
      }
      Sozialraum s = raeume.get(i);
      stelle[i] = gueltigeStelle(s.id(), gilt);
      SozialraumId id = s.uebergeordnet();
      int e = id == null ? -1 : gueltigeStelle(id, gilt);
      eltern[i] = e;
      if (e >= 0) {
        anzahlKinder[e]++;
      }
      if (hauptgliederung == null ? e < 0 : s.ebene() == hauptgliederung) {
        oberste[m++] = i;
        String f = familie(s.ebene());
        if (familie == null) {
          familie = f;
        } else if (!familie.equals(f)) {
          mehrdeutig = true;
        }
      }
    }
    int[] obersteGenau = Arrays.copyOf(oberste, m);
    if (mehrdeutig) {
      Set<Sozialraumebene> ebenen = new TreeSet<>();
      for (int i : obersteGenau) {
        ebenen.add(raeume.get(i).ebene());
      }
      throw new RegelverstossException(
          "monitoring.gliederung-mehrdeutig",
          "Kommune " + kommune.id(),
          "the Sozialräume without a parent valid on "
              + stichtag
              + " belong to parallel"
              + " partitions "
              + ebenen
              + ": name the level to sum to the Kommune"
              + " (hauptgliederung)");
    }
    int[][] kinderJeStelle = new int[n][];
    int[] gefuellt = new int[n];
    for (int i = 0; i < n; i++) {
      if (gilt[i] && eltern[i] >= 0) {
        int e = eltern[i];
        if (kinderJeStelle[e] == null) {
          kinderJeStelle[e] = new int[anzahlKinder[e]];
        }
        kinderJeStelle[e][gefuellt[e]++] = i;
      }
    }
    int[][] k = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] kinder = gilt[i] ? kinderJeStelle[stelle[i]] : null;
      k[i] = kinder == null ? KEINE : kinder;
    }
    return new Gliederung(obersteGenau, k, gilt);
  }

  private static final int[] KEINE = new int[0];

  /**
   * The position of the version of Sozialraum {@code id} valid on the day of {@code gilt} (the last
   * one if several are), or −1 if none is.
   */
  private int gueltigeStelle(SozialraumId id, boolean[] gilt) {
    if (!ags.equals(id.kommune().wert())) {
      return -1;
    }
    int[] jeStand = positionen.get(id.code());
    int gefunden = -1;
    if (jeStand != null) {
      for (int p : jeStand) {
        if (p >= 0 && gilt[p]) {
          gefunden = p;
        }
      }
    }
    return gefunden;
  }

  /**
   * The partition a level belongs to: the administrative hierarchy (Stadtbezirk, Stadtteil,
   * Quartier, statistical district) may mix levels at the top (some Stadtteile directly under the
   * Kommune, others in Stadtbezirke); school catchments and other areas are partitions of their own
   * that cover the Kommune again.
   */
  private static String familie(Sozialraumebene ebene) {
    switch (ebene) {
      case SCHULEINZUGSBEREICH:
        return "schule";
      case SONSTIGE:
        return "sonstige";
      default:
        return "verwaltung";
    }
  }

  /** Returns e.g. {@code Kommunaldaten 05315000 (12500 Messwerte, 50 Reihen)}. */
  @Override
  public String toString() {
    return "Kommunaldaten "
        + kommune.id()
        + " ("
        + anzahl
        + " Messwerte, "
        + reihen.size()
        + " Reihen)";
  }

  // ------------------------------------------------------------------ parts

  /** The periods and cells of one series. */
  private static final class Reihendaten {
    final ImmutableSortedSet<Periode> perioden;
    final Periodenindex zellen;

    Reihendaten(ImmutableSortedSet<Periode> perioden, Periodenindex zellen) {
      this.perioden = perioden;
      this.zellen = zellen;
    }

    Reihendaten(Periodenindex zellen) {
      this.zellen = zellen;
      ImmutableSortedSet.Builder<Periode> b = ImmutableSortedSet.naturalOrder();
      for (int i = 0; i < zellen.n; i++) {
        b.add(zellen.perioden[i]);
      }
      this.perioden = b.build();
    }
  }

  /**
   * The cells of one series by period, sorted by an int code of the period (all periods of a series
   * are of one kind, so year and number order them); binary search, no hashing of the period
   * record.
   */
  private static final class Periodenindex {
    int[] codes = new int[16];
    Periode[] perioden = new Periode[16];
    Zelle[] zellen = new Zelle[16];
    int n;
    long anzahl; // observations held

    private static int code(Periode p) {
      return p.jahr() * 16 + p.nummer();
    }

    @Nullable Zelle get(Periode p) {
      int i = stelle(p);
      return i >= 0 ? zellen[i] : null;
    }

    /** The index of the cell of {@code p}, or a negative number if there is none. */
    int stelle(Periode p) {
      int i = Arrays.binarySearch(codes, 0, n, code(p));
      return i >= 0 && perioden[i].art() == p.art() ? i : -1;
    }

    /** Whether {@code i} is the index of the cell of {@code p}. */
    boolean istStelle(int i, Periode p) {
      return i >= 0 && i < n && codes[i] == code(p) && perioden[i].art() == p.art();
    }

    /** A copy with its own arrays, holding the same cells. */
    Periodenindex kopie() {
      Periodenindex k = new Periodenindex();
      k.codes = codes.clone();
      k.perioden = perioden.clone();
      k.zellen = zellen.clone();
      k.n = n;
      k.anzahl = anzahl;
      return k;
    }

    /** Adds the cell of a period not held yet; returns its index. */
    int put(Periode p, Zelle z) {
      int c = code(p);
      int i = Arrays.binarySearch(codes, 0, n, c);
      if (i >= 0) {
        throw new IllegalArgumentException(
            "periods " + perioden[i] + " and " + p + " in one series");
      }
      int at = -i - 1;
      if (n == codes.length) {
        codes = Arrays.copyOf(codes, 2 * n);
        perioden = Arrays.copyOf(perioden, 2 * n);
        zellen = Arrays.copyOf(zellen, 2 * n);
      }
      System.arraycopy(codes, at, codes, at + 1, n - at);
      System.arraycopy(perioden, at, perioden, at + 1, n - at);
      System.arraycopy(zellen, at, zellen, at + 1, n - at);
      codes[at] = c;
      perioden[at] = p;
      zellen[at] = z;
      n++;
      return at;
    }
  }

  /** Marks a figure without a value among the values of a cell (compared by identity). */
  private static final BigDecimal OHNE_WERT = new BigDecimal("0");

  /** The observations of one series and period: the Kommune's own and one per Sozialraum. */
  private static final class Zelle {
    final Indikator indikator;
    final LocalDate stichtag;
    @Nullable Messwert kommune;
    @Nullable Messwert @Nullable [] raeume;
    @Nullable Messwert kommunewert;
    @Nullable Gliederung gliederung; // set when built: the Sozialräume valid on the stichtag
    @Nullable Gruppe gruppe; // set when built: the table the cell belongs to
    @Nullable Reihe reihe;
    @Nullable Periode periode;
    @Nullable Messwert @Nullable [] abgeleitet; // sums for positions without a value of their own
    int figuren = -1; // the number of figures (see #figuren), once counted; −1 before
    boolean offen; // a copy of an extract whose sums are still to be computed
    // the values of the figures by position, the Kommune's last, computed on first read
    @Nullable BigDecimal @Nullable [] werte;
    boolean @Nullable []
        ersetzt; // while an extract is made: the Kommune (0) and positions replaced

    /** A copy for an extract: the same observations, in arrays of its own; sums to be computed. */
    Zelle kopie() {
      Zelle k = new Zelle(indikator, stichtag);
      k.kommune = kommune;
      Messwert[] r = raeume;
      k.raeume = r == null ? null : r.clone();
      k.gliederung = gliederung;
      k.gruppe = gruppe; // complete: no protection, the sums are computed at once
      k.reihe = reihe;
      k.periode = periode;
      k.offen = true;
      return k;
    }

    Zelle(Indikator indikator, LocalDate stichtag) {
      this.indikator = indikator;
      this.stichtag = stichtag;
    }

    @Nullable Messwert raum(int i) {
      Messwert[] r = raeume;
      return r == null ? null : r[i];
    }

    @Nullable Messwert abgeleitet(int i) {
      Messwert[] a = abgeleitet;
      return a == null ? null : a[i];
    }

    /**
     * The internal value of figure {@code m}, held at {@code stelle} (the Kommune's at {@code
     * anzahl}, the number of positions): computed on first read and kept, so that each figure is
     * divided once. Readers racing on a new cell may both compute it, with the same result (the
     * value is immutable, its fields final).
     */
    @Nullable BigDecimal wert(int stelle, Messwert m, int anzahl) {
      BigDecimal[] w = werte;
      if (w == null) {
        w = new BigDecimal[anzahl + 1];
        werte = w;
      }
      BigDecimal x = w[stelle];
      if (x == null) {
        x = indikator.wertOhnePruefung(m);
        if (x == null) {
          x = OHNE_WERT;
        }
        w[stelle] = x;
      }
      return x == OHNE_WERT ? null : x;
    }
  }

  /**
   * The cells of one period, every indicator and breakdown: completed together on first use, with
   * one call of the protection (which builds a table per indicator version).
   */
  private static final class Gruppe {
    /** The group of every cell of data without protection: complete when built, sums included. */
    static final Gruppe FERTIG = new Gruppe();

    static {
      FERTIG.fertig = true;
    }

    final List<Zelle> zellen = new ArrayList<>();
    volatile boolean fertig;
  }

  /** The Sozialräume valid on one day: the main level and the children of each position. */
  private static final class Gliederung {
    final int[] oberste;
    final int[][] kinder;
    final boolean[] gueltig;

    Gliederung(int[] oberste, int[][] kinder, boolean[] gueltig) {
      this.oberste = oberste;
      this.kinder = kinder;
      this.gueltig = gueltig;
    }
  }

  /**
   * Sums numerators and denominators: in {@code long} while every part is a whole number that fits,
   * in {@code BigDecimal} from the first part that does not.
   */
  private static final class Summe {
    private final boolean mitNenner;
    private long zaehlerLong;
    private long nennerLong;
    private @Nullable BigDecimal zaehlerGross;
    private @Nullable BigDecimal nennerGross;
    private ObsStatus status = ObsStatus.A;

    Summe(boolean mitNenner) {
      this.mitNenner = mitNenner;
    }

    void add(Messwert m) {
      BigDecimal z = requireNonNull(m.zaehler());
      BigDecimal n = mitNenner ? requireNonNull(m.nenner()) : null;
      if (zaehlerGross == null) {
        long zl = ganz(z);
        long nl = n == null ? 0 : ganz(n);
        if (zl != KEIN_LONG && nl != KEIN_LONG) {
          long zs = zaehlerLong + zl;
          long ns = nennerLong + nl;
          // overflow iff both operands have a sign different from the result
          if (((zaehlerLong ^ zs) & (zl ^ zs)) >= 0 && ((nennerLong ^ ns) & (nl ^ ns)) >= 0) {
            zaehlerLong = zs;
            nennerLong = ns;
            status = Status.summe(status, m.obsStatus());
            return;
          }
        }
        zaehlerGross = BigDecimal.valueOf(zaehlerLong);
        nennerGross = BigDecimal.valueOf(nennerLong);
      }
      zaehlerGross = requireNonNull(zaehlerGross).add(z);
      if (n != null) {
        nennerGross = requireNonNull(nennerGross).add(n);
      }
      status = Status.summe(status, m.obsStatus());
    }

    private static final long KEIN_LONG = Long.MIN_VALUE;

    /**
     * The value as a long if it is a whole number that fits, else {@link #KEIN_LONG} (also for
     * {@code Long.MIN_VALUE} itself, which is then summed as a {@code BigDecimal}).
     */
    private static long ganz(BigDecimal x) {
      if (x.scale() != 0) {
        return KEIN_LONG;
      }
      try {
        return x.longValueExact(); // immediate for a compact whole number
      } catch (ArithmeticException e) {
        return KEIN_LONG;
      }
    }

    Messwert messwert(
        Reihe reihe,
        Raumbezug raum,
        Periode periode,
        boolean vollstaendig,
        @Nullable Messwert eigen) {
      ConfStatus conf = eigen == null ? ConfStatus.F : eigen.confStatus();
      if (!vollstaendig) {
        return new Messwert(
            reihe.indikator(),
            raum,
            periode,
            reihe.aufschluesselung(),
            null,
            null,
            ObsStatus.M,
            conf);
      }
      BigDecimal z = zaehlerGross != null ? zaehlerGross : BigDecimal.valueOf(zaehlerLong);
      BigDecimal n =
          !mitNenner ? null : nennerGross != null ? nennerGross : BigDecimal.valueOf(nennerLong);
      return new Messwert(
          reihe.indikator(), raum, periode, reihe.aufschluesselung(), z, n, status, conf);
    }
  }

  // ------------------------------------------------------------------ builder

  /**
   * Collects the observations of one Kommune. Not thread-safe; {@link #build()} once (after that it
   * throws {@link IllegalStateException}).
   */
  public static final class Builder {
    private final Kommune kommune;
    private final KommuneBezug kommuneBezug;
    private final Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    private final ImmutableList<Sozialraum> raeume;
    private final ImmutableMap<String, int[]> positionen;
    private @Nullable Sozialraumebene hauptgliederung;
    private @Nullable Geheimhaltungsregeln geheimhaltung = Geheimhaltungsregeln.standard();
    private boolean pruefen = true;
    private final Map<Reihe, Periodenindex> daten = new HashMap<>();
    private long anzahl;
    private boolean gebaut;

    // the last series, period and Sozialraum seen: sorted input skips most lookups
    private @Nullable IndikatorRef letzterRef;
    private @Nullable Aufschluesselung letzteAufschluesselung;
    private @Nullable Periodenindex letzteReihe;
    private @Nullable Indikator letzterIndikator;
    private @Nullable SozialraumRef letzterRaum;
    private int letztePosition = -1;
    private int anfang = -1; // the position the last lookup found
    private @Nullable Periode letztePeriode; // of letzteReihe
    private @Nullable Zelle letzteZelle;
    private int letzteStelle = -1; // of letzteZelle in letzteReihe

    private Builder(Kommune kommune, Collection<Indikator> indikatoren) {
      this.kommune = requireNonNull(kommune, "kommune");
      this.kommuneBezug = new KommuneBezug(kommune.id());
      for (Indikator i : requireNonNull(indikatoren, "indikatoren")) {
        Indikator frueher = this.indikatoren.put(i.ref(), i);
        if (frueher != null && !frueher.equals(i)) {
          throw new IllegalArgumentException(
              "two different definitions given for indicator version " + i.ref());
        }
      }
      List<Sozialraum> sortiert = new ArrayList<>(kommune.sozialraeume());
      sortiert.sort((a, b) -> a.ref().compareTo(b.ref()));
      this.raeume = ImmutableList.copyOf(sortiert);
      Map<String, int[]> p = new HashMap<>();
      for (int i = 0; i < raeume.size(); i++) {
        Sozialraum s = raeume.get(i);
        int[] jeStand = p.getOrDefault(s.id().code(), new int[0]);
        if (jeStand.length <= s.gebietsstand()) {
          int alt = jeStand.length;
          jeStand = Arrays.copyOf(jeStand, s.gebietsstand() + 1);
          Arrays.fill(jeStand, alt, jeStand.length, -1);
        }
        jeStand[s.gebietsstand()] = i;
        p.put(s.id().code(), jeStand);
      }
      this.positionen = ImmutableMap.copyOf(p);
    }

    /**
     * The position of {@code sr}, or −1. The figures of a series come in the order of the
     * Sozialräume (as {@link Kommunaldaten#figuren} gives them), those of each cell from the same
     * first one: the few positions after the last one (over areas without a figure) and the
     * position the last lookup found are tried before the lookup.
     */
    private int naechstePosition(SozialraumRef sr) {
      int bis = Math.min(letztePosition + 4, raeume.size());
      for (int i = letztePosition + 1; i < bis; i++) {
        if (ist(raeume.get(i), sr)) {
          return i;
        }
      }
      if (anfang >= 0 && ist(raeume.get(anfang), sr)) {
        return anfang;
      }
      int p = position(sr);
      anfang = p;
      return p;
    }

    private static boolean ist(Sozialraum s, SozialraumRef ref) {
      SozialraumId id = s.id();
      return s.gebietsstand() == ref.gebietsstand() && (id == ref.id() || id.equals(ref.id()));
    }

    private int position(SozialraumRef ref) {
      SozialraumId id = ref.id();
      if (!id.kommune().equals(kommune.id())) {
        return -1;
      }
      int[] jeStand = positionen.get(id.code());
      int stand = ref.gebietsstand();
      return jeStand == null || stand >= jeStand.length ? -1 : jeStand[stand];
    }

    /**
     * Sums the Kommune over the Sozialräume of level {@code ebene} instead of those without a
     * parent ({@code null}: those without a parent).
     *
     * @param ebene the level to sum over, or {@code null} for the Sozialräume without a parent
     * @return this builder
     */
    public Builder hauptgliederung(@Nullable Sozialraumebene ebene) {
      this.hauptgliederung = ebene;
      return this;
    }

    /**
     * Protects the figures by {@code regeln} instead of {@link Geheimhaltungsregeln#standard()}.
     *
     * @param regeln the rules of protection
     * @return this builder
     */
    public Builder geheimhaltung(Geheimhaltungsregeln regeln) {
      this.geheimhaltung = requireNonNull(regeln, "regeln");
      return this;
    }

    /**
     * Leaves the statuses as the observations bring them: for data already protected, or for
     * computations whose figures never leave the core (the sums of {@link Gebietsaggregation}).
     * Nothing computed from such data may go to a report unprotected.
     *
     * @return this builder
     */
    public Builder ohneGeheimhaltung() {
      this.geheimhaltung = null;
      return this;
    }

    /**
     * Takes the observations as checked already against their definitions: the rules of {@link
     * Indikator#pruefe} are not run again (the Kommune, indicator version, Sozialraum version and
     * key are still checked). For figures derived from data that a {@code Kommunaldaten} of the
     * same definitions checked, such as the published form of a release.
     *
     * @return this builder
     */
    public Builder geprueft() {
      this.pruefen = false;
      return this;
    }

    /**
     * Adds one observation.
     *
     * @param m the observation
     * @return this builder
     * @throws RegelverstossException if it breaks a rule of the class comment
     * @throws IllegalStateException after {@link #build()}
     */
    public Builder add(Messwert m) {
      requireNonNull(m, "messwert");
      if (gebaut) {
        throw new IllegalStateException("Kommunaldaten of " + kommune.id() + " are built already");
      }
      Raumbezug raum = m.raum();
      if (!raum.kommune().equals(kommune.id())) {
        throw new RegelverstossException(
            "monitoring.messwert-andere-kommune",
            "Messwert " + m.schluessel(),
            "it lies in Kommune " + raum.kommune() + ", the data are those of " + kommune.id());
      }
      IndikatorRef ref = m.indikator();
      Aufschluesselung aufschluesselung = m.aufschluesselung();
      Periodenindex reihe;
      Indikator indikator;
      if ((ref == letzterRef || ref.equals(letzterRef))
          && (aufschluesselung == letzteAufschluesselung
              || aufschluesselung.equals(letzteAufschluesselung))
          && letzteReihe != null
          && letzterIndikator != null) {
        reihe = letzteReihe;
        indikator = letzterIndikator;
      } else {
        Indikator i = indikatoren.get(ref);
        if (i == null) {
          throw new RegelverstossException(
              "monitoring.indikator-unbekannt",
              "Messwert " + m.schluessel(),
              "indicator version "
                  + ref
                  + " is not among the given definitions "
                  + new TreeSet<>(indikatoren.keySet()));
        }
        indikator = i;
        reihe = daten.computeIfAbsent(new Reihe(ref, aufschluesselung), r -> new Periodenindex());
        letzterRef = ref;
        letzteAufschluesselung = aufschluesselung;
        letzteReihe = reihe;
        letzterIndikator = indikator;
        letztePeriode = null;
        letzteZelle = null;
        letzteStelle = -1;
      }
      if (pruefen) {
        indikator.pruefe(m);
      }
      Periode periode = m.periode();
      Zelle zelle;
      if (letzteZelle != null && (periode == letztePeriode || periode.equals(letztePeriode))) {
        zelle = letzteZelle;
      } else {
        // input sorted by period within an area asks for the next cell
        int stelle =
            reihe.istStelle(letzteStelle + 1, periode) ? letzteStelle + 1 : reihe.stelle(periode);
        if (stelle >= 0) {
          zelle = reihe.zellen[stelle];
        } else {
          zelle = new Zelle(indikator, stichtag(indikator, periode));
          stelle = reihe.put(periode, zelle);
        }
        letztePeriode = periode;
        letzteZelle = zelle;
        letzteStelle = stelle;
      }
      Messwert frueher;
      if (raum instanceof SozialraumBezug s) {
        SozialraumRef sr = s.sozialraum();
        if (sr != letzterRaum && !sr.equals(letzterRaum)) {
          int p = naechstePosition(sr);
          if (p < 0) {
            throw new RegelverstossException(
                "monitoring.sozialraum-unbekannt",
                "Messwert " + m.schluessel(),
                "Kommune " + kommune.id() + " has no Sozialraum version " + sr);
          }
          letzterRaum = sr;
          letztePosition = p;
        }
        Messwert[] r = zelle.raeume;
        if (r == null) {
          r = new Messwert[raeume.size()];
          zelle.raeume = r;
        }
        frueher = r[letztePosition];
        r[letztePosition] = m;
      } else {
        frueher = zelle.kommune;
        zelle.kommune = m;
      }
      if (frueher != null) {
        throw new RegelverstossException(
            "monitoring.messwert-doppelt",
            "Messwert " + m.schluessel(),
            "the key occurs twice: " + frueher + " and " + m);
      }
      anzahl++;
      reihe.anzahl++;
      return this;
    }

    /**
     * Adds every observation of {@code messwerte}.
     *
     * @param messwerte the observations
     * @return this builder
     * @throws de.kekiz.domain.RegelverstossException if an observation breaks a rule of the class
     *     comment
     */
    public Builder addAll(Iterable<Messwert> messwerte) {
      return addAll(messwerte.iterator());
    }

    /**
     * Adds every observation {@code messwerte} yields, consuming it.
     *
     * @param messwerte the observations, consumed
     * @return this builder
     * @throws de.kekiz.domain.RegelverstossException if an observation breaks a rule of the class
     *     comment
     */
    public Builder addAll(Iterator<Messwert> messwerte) {
      while (messwerte.hasNext()) {
        add(messwerte.next());
      }
      return this;
    }

    /**
     * Builds the data and computes the Kommune's values.
     *
     * @return the data, with the figures protected unless {@link #ohneGeheimhaltung()} was called
     * @throws RegelverstossException {@code monitoring.gliederung-mehrdeutig} (see the class
     *     comment)
     * @throws IllegalStateException if called twice
     */
    public Kommunaldaten build() {
      if (gebaut) {
        throw new IllegalStateException("Kommunaldaten of " + kommune.id() + " are built already");
      }
      gebaut = true;
      return new Kommunaldaten(this);
    }
  }
}
