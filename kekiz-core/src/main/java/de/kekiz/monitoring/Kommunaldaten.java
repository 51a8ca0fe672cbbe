package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Regelverstoss;
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
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The observations of one Kommune, checked against their indicator definitions and indexed for
 * analysis: the input of every monitoring service. One Kommune at a time, so a whole Land is
 * analysed Kommune by Kommune without ever being held in memory.
 *
 * <p><b>Checks</b> while adding a {@link Messwert} ({@link Regelverstoss} with the code given):
 * it lies in this Kommune ({@code monitoring.messwert-andere-kommune}); its indicator version is
 * among the given definitions ({@code monitoring.indikator-unbekannt}); it fits that definition
 * (the rules of {@link Indikator#pruefe(Messwert)}); its Sozialraum version is one of the
 * Kommune's ({@code monitoring.sozialraum-unbekannt}); its key occurs once ({@code
 * monitoring.messwert-doppelt}).
 *
 * <p><b>Kommune value</b> ({@link #kommunewert}): the Kommune's own observation if it carries a
 * numerator (an official figure wins over a sum); otherwise the sum of numerators and of
 * denominators over the Sozialräume of the main level valid on the period's reference day —
 * never an average of rates. The reference day is the indicator's {@link
 * Indikator#stichtag(Periode) Stichtag} in the period, or the period's last day if it has none;
 * only the Sozialraum versions (Gebietsstände) valid on that day count, so values of an old
 * boundary are never added to those of a new one. The main level is the level given to {@link
 * Builder#hauptgliederung}, or else the Sozialräume without a parent, which must then all be of
 * one {@link Sozialraumebene} ({@code monitoring.gliederung-mehrdeutig} otherwise: two parallel
 * partitions such as Stadtteile and Schuleinzugsbereiche would count every child twice).
 *
 * <p>A Sozialraum of the main level without a value of its own is replaced by the sum of its
 * children valid on that day, recursively ({@link #sozialraumwert}). If any part has no
 * numerator on every path, the sum is <em>missing</em> ({@link ObsStatus#M}), never a partial
 * sum. The observation status of a sum is the most significant of its parts (see {@link
 * Status#summe}); its CONF_STATUS is that of the Kommune's (or parent's) own observation when
 * there is one (a source that suppressed the Kommune's figure keeps it suppressed), else {@code
 * F}. Suppressed parts are summed with their internal numerators. Breakdowns are never mixed: a
 * sum is taken per {@link Reihe} (indicator version and breakdown).
 *
 * <p>Values and sums are {@link Messwert}s, which hold suppressed numerators internally; what
 * leaves the core for a report is a {@link Kennzahl} ({@link #kennzahl(Messwert)}), which does
 * not. Immutable and thread-safe once built.
 */
public final class Kommunaldaten {

  private final Kommune kommune;
  private final KommuneBezug kommuneBezug;
  private final ImmutableSortedMap<IndikatorRef, Indikator> indikatoren;
  private final ImmutableMap<SozialraumRef, Sozialraum> sozialraeume;
  private final @Nullable Sozialraumebene hauptgliederung;
  private final ImmutableSortedMap<Reihe, ImmutableSortedMap<Periode, Zelle>> reihen;
  private final ImmutableListMultimap<IndikatorKey, Reihe> reihenJeKey;
  private final ImmutableMap<LocalDate, Gliederung> gliederungen;
  private final long anzahl;

  private Kommunaldaten(Builder b) {
    this.kommune = b.kommune;
    this.kommuneBezug = b.kommuneBezug;
    this.indikatoren = ImmutableSortedMap.copyOf(b.indikatoren);
    this.sozialraeume = ImmutableMap.copyOf(b.sozialraeume);
    this.hauptgliederung = b.hauptgliederung;
    this.anzahl = b.anzahl;
    Map<LocalDate, Gliederung> gl = new HashMap<>();
    ImmutableSortedMap.Builder<Reihe, ImmutableSortedMap<Periode, Zelle>> rb =
        ImmutableSortedMap.naturalOrder();
    ImmutableListMultimap.Builder<IndikatorKey, Reihe> jeKey = ImmutableListMultimap.builder();
    for (Map.Entry<Reihe, Map<Periode, Zelle>> e : b.daten.entrySet()) {
      Reihe reihe = e.getKey();
      Indikator indikator = requireNonNull(indikatoren.get(reihe.indikator()));
      for (Map.Entry<Periode, Zelle> pz : e.getValue().entrySet()) {
        Zelle zelle = pz.getValue();
        Gliederung g = gl.computeIfAbsent(zelle.stichtag, this::gliederungAm);
        zelle.kommunewert = kommunewert(indikator, reihe, pz.getKey(), zelle, g);
      }
      rb.put(reihe, ImmutableSortedMap.copyOf(e.getValue()));
    }
    this.reihen = rb.buildOrThrow();
    for (Reihe r : reihen.keySet()) {
      jeKey.put(r.key(), r);
    }
    this.reihenJeKey = jeKey.build();
    this.gliederungen = ImmutableMap.copyOf(gl);
  }

  /** A builder for the data of {@code kommune}, whose observations use {@code indikatoren}. */
  public static Builder builder(Kommune kommune, Collection<Indikator> indikatoren) {
    return new Builder(kommune, indikatoren);
  }

  /**
   * The data of {@code kommune} with every observation of {@code messwerte}, summed over the
   * Sozialräume without a parent.
   *
   * @throws Regelverstoss if an observation breaks a rule of the class comment
   */
  public static Kommunaldaten of(
      Kommune kommune, Collection<Indikator> indikatoren, Iterable<Messwert> messwerte) {
    return builder(kommune, indikatoren).addAll(messwerte).build();
  }

  // ------------------------------------------------------------------ queries

  /** The Kommune. */
  public Kommune kommune() {
    return kommune;
  }

  /** The area of the whole Kommune. */
  public KommuneGebiet gebiet() {
    return new KommuneGebiet(kommune.id());
  }

  /** Every given indicator definition, ordered by key and version. */
  public ImmutableList<Indikator> indikatoren() {
    return indikatoren.values().asList();
  }

  /** The definition of indicator version {@code ref}, or empty if it was not given. */
  public Optional<Indikator> indikator(IndikatorRef ref) {
    return Optional.ofNullable(indikatoren.get(requireNonNull(ref, "ref")));
  }

  /**
   * The definition of indicator version {@code ref}.
   *
   * @throws Regelverstoss {@code monitoring.indikator-unbekannt} if it was not given
   */
  public Indikator definition(IndikatorRef ref) {
    Indikator i = indikatoren.get(requireNonNull(ref, "ref"));
    if (i == null) {
      throw new Regelverstoss(
          "monitoring.indikator-unbekannt",
          "Kommunaldaten " + kommune.id(),
          "indicator version " + ref + " is not among the given definitions "
              + indikatoren.keySet());
    }
    return i;
  }

  /** The level summed to the Kommune, or empty if the Sozialräume without parent are used. */
  public Optional<Sozialraumebene> hauptgliederung() {
    return Optional.ofNullable(hauptgliederung);
  }

  /** The number of observations added. */
  public long anzahlMesswerte() {
    return anzahl;
  }

  /** Every series with at least one observation, ordered. */
  public ImmutableSortedSet<Reihe> reihen() {
    return reihen.keySet();
  }

  /** The series of indicator {@code key} (all versions and breakdowns), ordered. */
  public ImmutableList<Reihe> reihen(IndikatorKey key) {
    return reihenJeKey.get(requireNonNull(key, "key"));
  }

  /** The keys of the indicators with observations, sorted. */
  public ImmutableSortedSet<IndikatorKey> indikatorKeys() {
    return ImmutableSortedSet.copyOf(reihenJeKey.keySet());
  }

  /** The periods of {@code reihe} with at least one observation, sorted; empty if unknown. */
  public ImmutableSortedSet<Periode> perioden(Reihe reihe) {
    ImmutableSortedMap<Periode, Zelle> p = reihen.get(requireNonNull(reihe, "reihe"));
    return p == null ? ImmutableSortedSet.of() : p.keySet();
  }

  /**
   * The series of indicator {@code key} and breakdown {@code aufschluesselung} that holds period
   * {@code periode}: the version whose validity contains the period ({@link Indikator#gilt}),
   * else the highest version with observations for it; empty if none has any.
   */
  public Optional<Reihe> reihe(IndikatorKey key, Periode periode, Aufschluesselung aufschluesselung) {
    requireNonNull(periode, "periode");
    requireNonNull(aufschluesselung, "aufschluesselung");
    Reihe gewaehlt = null;
    for (Reihe r : reihen(key)) {
      if (!r.aufschluesselung().equals(aufschluesselung)
          || !requireNonNull(reihen.get(r)).containsKey(periode)) {
        continue;
      }
      if (requireNonNull(indikatoren.get(r.indikator())).gilt(periode)) {
        return Optional.of(r);
      }
      gewaehlt = r; // versions come in ascending order: the last one is the highest
    }
    return Optional.ofNullable(gewaehlt);
  }

  /** The latest period with observations of {@code key} for {@code aufschluesselung}. */
  public Optional<Periode> letztePeriode(IndikatorKey key, Aufschluesselung aufschluesselung) {
    Periode letzte = null;
    for (Reihe r : reihen(key)) {
      if (r.aufschluesselung().equals(aufschluesselung)) {
        Periode p = requireNonNull(reihen.get(r)).lastKey();
        if (letzte == null || p.compareTo(letzte) > 0) {
          letzte = p;
        }
      }
    }
    return Optional.ofNullable(letzte);
  }

  /**
   * The reference day of {@code periode} for indicator version {@code ref}: its Stichtag in the
   * period, or the period's last day.
   */
  public LocalDate stichtag(IndikatorRef ref, Periode periode) {
    return stichtag(definition(ref), periode);
  }

  private static LocalDate stichtag(Indikator indikator, Periode periode) {
    return indikator.stichtag(periode).orElseGet(periode::ende);
  }

  /** The Sozialraum version {@code ref}, or empty if the Kommune has none. */
  public Optional<Sozialraum> sozialraum(SozialraumRef ref) {
    return Optional.ofNullable(sozialraeume.get(requireNonNull(ref, "ref")));
  }

  /**
   * The Sozialraum versions summed to the Kommune on {@code stichtag}: those of the main level
   * valid on that day, sorted by reference.
   *
   * @throws Regelverstoss {@code monitoring.gliederung-mehrdeutig} (see the class comment)
   */
  public ImmutableList<Sozialraum> gliederung(LocalDate stichtag) {
    Gliederung g = gliederungen.get(requireNonNull(stichtag, "stichtag"));
    if (g == null) {
      g = gliederungAm(stichtag);
    }
    ImmutableList.Builder<Sozialraum> b = ImmutableList.builder();
    for (SozialraumRef r : g.oberste) {
      b.add(requireNonNull(sozialraeume.get(r)));
    }
    return b.build();
  }

  /** The observation stored for {@code raum} in {@code reihe} and {@code periode}, or empty. */
  public Optional<Messwert> messwert(Reihe reihe, Periode periode, Raumbezug raum) {
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return Optional.empty();
    }
    if (raum instanceof SozialraumBezug s) {
      return Optional.ofNullable(z.raeume.get(s.sozialraum()));
    }
    return raum.equals(kommuneBezug) ? Optional.ofNullable(z.kommune) : Optional.empty();
  }

  /**
   * The observations of every Sozialraum (of any level and version) stored for {@code reihe} and
   * {@code periode}, ordered by Sozialraum version; sums are not included.
   */
  public ImmutableList<Messwert> sozialraumwerte(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return ImmutableList.of();
    }
    List<SozialraumRef> refs = new ArrayList<>(z.raeume.keySet());
    refs.sort(null);
    ImmutableList.Builder<Messwert> b = ImmutableList.builderWithExpectedSize(refs.size());
    for (SozialraumRef r : refs) {
      b.add(requireNonNull(z.raeume.get(r)));
    }
    return b.build();
  }

  /**
   * The value of the whole Kommune for {@code reihe} and {@code periode}: its own observation
   * or the sum over the main level (see the class comment); empty if the series has no
   * observation in the period. A sum with a missing part is a {@link ObsStatus#M} observation.
   */
  public Optional<Messwert> kommunewert(Reihe reihe, Periode periode) {
    Zelle z = zelle(reihe, periode);
    return z == null ? Optional.empty() : Optional.ofNullable(z.kommunewert);
  }

  /**
   * The value of Sozialraum version {@code ref}: its own observation if it carries a numerator,
   * else the sum over its children valid on the reference day (recursively); a missing
   * observation if a part is missing; empty if there is nothing at all.
   */
  public Optional<Messwert> sozialraumwert(Reihe reihe, Periode periode, SozialraumRef ref) {
    requireNonNull(ref, "ref");
    Zelle z = zelle(reihe, periode);
    if (z == null) {
      return Optional.empty();
    }
    Messwert eigen = z.raeume.get(ref);
    if (eigen != null && eigen.hatWert()) {
      return Optional.of(eigen);
    }
    Gliederung g = gliederungen.get(z.stichtag);
    if (g == null) {
      g = gliederungAm(z.stichtag);
    }
    List<SozialraumRef> kinder = g.kinder.get(ref.id());
    if (kinder.isEmpty()) {
      return Optional.ofNullable(eigen);
    }
    Indikator indikator = definition(reihe.indikator());
    Summe s = new Summe(indikator.hatNenner());
    boolean vollstaendig = true;
    for (SozialraumRef kind : kinder) {
      if (!addiere(s, z, g, kind)) {
        vollstaendig = false;
        break;
      }
    }
    return Optional.of(
        s.messwert(reihe, new SozialraumBezug(ref), periode, vollstaendig, eigen));
  }

  /**
   * The internal value of {@code messwert} by {@link Indikator#wert(Messwert)}, suppressed or not:
   * for computations inside the core, never for output.
   */
  public Optional<BigDecimal> wert(Messwert messwert) {
    return definition(messwert.indikator()).wert(messwert);
  }

  /** The published form of {@code messwert} (see {@link Kennzahl#von(Indikator, Messwert)}). */
  public Kennzahl kennzahl(Messwert messwert) {
    return Kennzahl.von(definition(messwert.indikator()), messwert);
  }

  private @Nullable Zelle zelle(Reihe reihe, Periode periode) {
    requireNonNull(reihe, "reihe");
    requireNonNull(periode, "periode");
    ImmutableSortedMap<Periode, Zelle> p = reihen.get(reihe);
    return p == null ? null : p.get(periode);
  }

  // ------------------------------------------------------------------ sums

  private @Nullable Messwert kommunewert(
      Indikator indikator, Reihe reihe, Periode periode, Zelle zelle, Gliederung g) {
    Messwert eigen = zelle.kommune;
    if (eigen != null && eigen.hatWert()) {
      return eigen;
    }
    if (g.oberste.isEmpty()) {
      return eigen;
    }
    Summe s = new Summe(indikator.hatNenner());
    boolean vollstaendig = true;
    for (SozialraumRef r : g.oberste) {
      if (!addiere(s, zelle, g, r)) {
        vollstaendig = false;
        break;
      }
    }
    return s.messwert(reihe, kommuneBezug, periode, vollstaendig, eigen);
  }

  /** Adds the value of {@code ref} (own or from its children); false if it has none. */
  private static boolean addiere(Summe s, Zelle zelle, Gliederung g, SozialraumRef ref) {
    Messwert eigen = zelle.raeume.get(ref);
    if (eigen != null && eigen.hatWert()) {
      s.add(eigen);
      return true;
    }
    List<SozialraumRef> kinder = g.kinder.get(ref.id());
    if (kinder.isEmpty()) {
      return false;
    }
    for (SozialraumRef kind : kinder) {
      if (!addiere(s, zelle, g, kind)) {
        return false;
      }
    }
    return true;
  }

  private Gliederung gliederungAm(LocalDate stichtag) {
    Set<SozialraumId> gueltig = new HashSet<>();
    List<Sozialraum> am = new ArrayList<>();
    for (Sozialraum s : sozialraeume.values()) {
      if (s.gueltigAm(stichtag)) {
        am.add(s);
        gueltig.add(s.id());
      }
    }
    am.sort((a, b) -> a.ref().compareTo(b.ref()));
    ImmutableListMultimap.Builder<SozialraumId, SozialraumRef> kinder =
        ImmutableListMultimap.builder();
    List<SozialraumRef> oberste = new ArrayList<>();
    Set<Sozialraumebene> ebenen = new TreeSet<>();
    for (Sozialraum s : am) {
      SozialraumId eltern = s.uebergeordnet();
      boolean hatEltern = eltern != null && gueltig.contains(eltern);
      if (hatEltern) {
        kinder.put(requireNonNull(eltern), s.ref());
      }
      if (hauptgliederung == null ? !hatEltern : s.ebene() == hauptgliederung) {
        oberste.add(s.ref());
        ebenen.add(s.ebene());
      }
    }
    Regelverstoss.pruefe(
        ebenen.size() <= 1,
        "monitoring.gliederung-mehrdeutig",
        "Kommune " + kommune.id(),
        "the Sozialräume without a parent valid on " + stichtag + " belong to several levels "
            + ebenen + ": name the level to sum to the Kommune (hauptgliederung)");
    return new Gliederung(ImmutableList.copyOf(oberste), kinder.build());
  }

  /** Returns e.g. {@code Kommunaldaten 05315000 (12500 Messwerte, 50 Reihen)}. */
  @Override
  public String toString() {
    return "Kommunaldaten " + kommune.id() + " (" + anzahl + " Messwerte, " + reihen.size()
        + " Reihen)";
  }

  // ------------------------------------------------------------------ parts

  /** The observations of one series and period. */
  private static final class Zelle {
    final LocalDate stichtag;
    @Nullable Messwert kommune;
    final HashMap<SozialraumRef, Messwert> raeume = new HashMap<>();
    @Nullable Messwert kommunewert;

    Zelle(LocalDate stichtag) {
      this.stichtag = stichtag;
    }
  }

  /** The Sozialräume valid on one day: the main level and the children of each. */
  private static final class Gliederung {
    final ImmutableList<SozialraumRef> oberste;
    final ImmutableListMultimap<SozialraumId, SozialraumRef> kinder;

    Gliederung(
        ImmutableList<SozialraumRef> oberste,
        ImmutableListMultimap<SozialraumId, SozialraumRef> kinder) {
      this.oberste = oberste;
      this.kinder = kinder;
    }
  }

  /** Sums numerators and denominators. */
  private static final class Summe {
    BigDecimal zaehler = BigDecimal.ZERO;
    @Nullable BigDecimal nenner;
    ObsStatus status = ObsStatus.A;

    Summe(boolean mitNenner) {
      this.nenner = mitNenner ? BigDecimal.ZERO : null;
    }

    void add(Messwert m) {
      zaehler = zaehler.add(requireNonNull(m.zaehler()));
      BigDecimal n = nenner;
      if (n != null) {
        nenner = n.add(requireNonNull(m.nenner()));
      }
      status = Status.summe(status, m.obsStatus());
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
      return new Messwert(
          reihe.indikator(),
          raum,
          periode,
          reihe.aufschluesselung(),
          zaehler,
          nenner,
          status,
          conf);
    }
  }

  // ------------------------------------------------------------------ builder

  /**
   * Collects the observations of one Kommune. Not thread-safe; {@link #build()} once (after that
   * it throws {@link IllegalStateException}).
   */
  public static final class Builder {
    private final Kommune kommune;
    private final KommuneBezug kommuneBezug;
    private final Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    private final Map<SozialraumRef, Sozialraum> sozialraeume = new HashMap<>();
    private @Nullable Sozialraumebene hauptgliederung;
    private final Map<Reihe, Map<Periode, Zelle>> daten = new HashMap<>();
    private long anzahl;
    private boolean gebaut;

    // the last series, period and Sozialraum seen: sorted input skips most lookups
    private @Nullable IndikatorRef letzterRef;
    private @Nullable Aufschluesselung letzteAufschluesselung;
    private @Nullable Map<Periode, Zelle> letzteReihe;
    private @Nullable Indikator letzterIndikator;
    private @Nullable SozialraumRef letzterRaum;

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
      for (Sozialraum s : kommune.sozialraeume()) {
        sozialraeume.put(s.ref(), s);
      }
    }

    /**
     * Sums the Kommune over the Sozialräume of level {@code ebene} instead of those without a
     * parent ({@code null}: those without a parent).
     */
    public Builder hauptgliederung(@Nullable Sozialraumebene ebene) {
      this.hauptgliederung = ebene;
      return this;
    }

    /**
     * Adds one observation.
     *
     * @throws Regelverstoss if it breaks a rule of the class comment
     */
    public Builder add(Messwert m) {
      requireNonNull(m, "messwert");
      if (gebaut) {
        throw new IllegalStateException("Kommunaldaten of " + kommune.id() + " are built already");
      }
      Raumbezug raum = m.raum();
      if (!raum.kommune().equals(kommune.id())) {
        throw new Regelverstoss(
            "monitoring.messwert-andere-kommune",
            "Messwert " + m.schluessel(),
            "it lies in Kommune " + raum.kommune() + ", the data are those of " + kommune.id());
      }
      IndikatorRef ref = m.indikator();
      Aufschluesselung aufschluesselung = m.aufschluesselung();
      Map<Periode, Zelle> reihe;
      Indikator indikator;
      if (ref.equals(letzterRef)
          && aufschluesselung.equals(letzteAufschluesselung)
          && letzteReihe != null
          && letzterIndikator != null) {
        reihe = letzteReihe;
        indikator = letzterIndikator;
      } else {
        Indikator i = indikatoren.get(ref);
        if (i == null) {
          throw new Regelverstoss(
              "monitoring.indikator-unbekannt",
              "Messwert " + m.schluessel(),
              "indicator version " + ref + " is not among the given definitions "
                  + new TreeSet<>(indikatoren.keySet()));
        }
        indikator = i;
        reihe = daten.computeIfAbsent(new Reihe(ref, aufschluesselung), r -> new HashMap<>());
        letzterRef = ref;
        letzteAufschluesselung = aufschluesselung;
        letzteReihe = reihe;
        letzterIndikator = indikator;
      }
      indikator.pruefe(m);
      Periode periode = m.periode();
      Zelle zelle = reihe.get(periode);
      if (zelle == null) {
        zelle = new Zelle(stichtag(indikator, periode));
        reihe.put(periode, zelle);
      }
      Messwert frueher;
      if (raum instanceof SozialraumBezug s) {
        SozialraumRef sr = s.sozialraum();
        if (!sr.equals(letzterRaum)) {
          if (!sozialraeume.containsKey(sr)) {
            throw new Regelverstoss(
                "monitoring.sozialraum-unbekannt",
                "Messwert " + m.schluessel(),
                "Kommune " + kommune.id() + " has no Sozialraum version " + sr);
          }
          letzterRaum = sr;
        }
        frueher = zelle.raeume.put(sr, m);
      } else {
        frueher = zelle.kommune;
        zelle.kommune = m;
      }
      if (frueher != null) {
        throw new Regelverstoss(
            "monitoring.messwert-doppelt",
            "Messwert " + m.schluessel(),
            "the key occurs twice: " + frueher + " and " + m);
      }
      anzahl++;
      return this;
    }

    /** Adds every observation of {@code messwerte}. */
    public Builder addAll(Iterable<Messwert> messwerte) {
      return addAll(messwerte.iterator());
    }

    /** Adds every observation {@code messwerte} yields, consuming it. */
    public Builder addAll(Iterator<Messwert> messwerte) {
      while (messwerte.hasNext()) {
        add(messwerte.next());
      }
      return this;
    }

    /**
     * Builds the data and computes the Kommune's values.
     *
     * @throws Regelverstoss {@code monitoring.gliederung-mehrdeutig} (see the class comment)
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
