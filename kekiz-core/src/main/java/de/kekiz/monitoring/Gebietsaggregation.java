package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sums the values of Gemeinden to their Kreis and their Land, one Kommune at a time: feed it the
 * {@link Kommunaldaten} of each Kommune in turn ({@link #add}) and drop them; it keeps only one
 * running sum per Kreis or Land, series and period, so a whole Land is aggregated in little memory.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The value of a Gemeinde is its {@link Kommunaldaten#kommunewert Kommune value} (own figure
 *       or sum of its Sozialräume); numerators and denominators are summed, rates are never
 *       averaged.
 *   <li>Every Kommune that is not itself a Kreis or StädteRegion ({@link
 *       de.kekiz.domain.kommune.Kommunenart#kreisebene()}) counts as a Gemeinde of the Kreis its
 *       key names ({@link Gemeindeschluessel#kreis()}: a kreisfreie Stadt is its own Kreis, Aachen
 *       counts to the StädteRegion) and of its Land. Figures a Kreis holds for itself
 *       (Kreisjugendamt data) are not added, so nothing is counted twice.
 *   <li>A Kreis or Land sum is complete only if every Gemeinde expected there contributed a value
 *       for that series and period; otherwise it is missing ({@link ObsStatus#M}), never a partial
 *       sum. Expected are the Gemeinden given to {@link #erwarte} and, in any case, every Gemeinde
 *       added.
 *   <li>The observation status of a sum is the most significant of its parts; its confidentiality
 *       status is {@code F}. Kreis and Land sums are large, but they are not protected together
 *       with the Gemeinden: if a Gemeinde's own total is suppressed, its Kreis minus the other
 *       Gemeinden would give it away. The protection of small numbers works one Kommune at a time
 *       ({@code de.kekiz.monitoring.geheimhaltung}); a Kreis table across Gemeinden is not built
 *       yet.
 * </ul>
 *
 * <p>Not thread-safe: add from one thread, then read.
 */
public final class Gebietsaggregation implements Referenzwerte {

  private final Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
  private final Set<Gemeindeschluessel> gemeinden = new HashSet<>();
  private final Set<Gemeindeschluessel> hinzugefuegt = new HashSet<>();
  private final Map<Gebiet, Integer> erwartet = new HashMap<>();
  private final Map<Gebiet, Map<Reihe, Map<Periode, Summe>>> summen = new HashMap<>();

  /**
   * An empty aggregation for observations of the given indicator versions.
   *
   * @param indikatoren the indicator versions the added observations use
   */
  public Gebietsaggregation(Collection<Indikator> indikatoren) {
    for (Indikator i : requireNonNull(indikatoren, "indikatoren")) {
      this.indikatoren.put(i.ref(), i);
    }
  }

  /**
   * Declares that every Gemeinde of {@code gemeinden} belongs to the Land's full set: a Kreis or
   * Land sum lacking one of them is missing, even if that Gemeinde is never added.
   *
   * @param gemeinden the keys of the Gemeinden expected
   * @return this aggregation
   */
  public Gebietsaggregation erwarte(Collection<Gemeindeschluessel> gemeinden) {
    for (Gemeindeschluessel g : requireNonNull(gemeinden, "gemeinden")) {
      zaehle(g);
    }
    return this;
  }

  private void zaehle(Gemeindeschluessel g) {
    if (gemeinden.add(g)) {
      erwartet.merge(new KreisGebiet(g.kreis()), 1, Integer::sum);
      erwartet.merge(new LandGebiet(g.land()), 1, Integer::sum);
    }
  }

  /**
   * Adds the Kommune values of {@code daten} to its Kreis and Land; a Kreis or StädteRegion is
   * skipped (see the class comment).
   *
   * @param daten the data of one Kommune
   * @return this aggregation
   * @throws RegelverstossException {@code monitoring.kommune-doppelt} if the Kommune was added
   *     before
   */
  public Gebietsaggregation add(Kommunaldaten daten) {
    requireNonNull(daten, "daten");
    Kommune kommune = daten.kommune();
    if (kommune.art().kreisebene()) {
      return this;
    }
    Gemeindeschluessel ags = kommune.id();
    if (!hinzugefuegt.add(ags)) {
      throw new RegelverstossException(
          "monitoring.kommune-doppelt",
          "Gebietsaggregation",
          "Kommune " + ags + " was added before; each Gemeinde counts once");
    }
    zaehle(ags);
    Map<Reihe, Map<Periode, Summe>> kreis =
        summen.computeIfAbsent(new KreisGebiet(ags.kreis()), k -> new HashMap<>());
    Map<Reihe, Map<Periode, Summe>> land =
        summen.computeIfAbsent(new LandGebiet(ags.land()), k -> new HashMap<>());
    for (Reihe reihe : daten.reihen()) {
      indikatoren.putIfAbsent(reihe.indikator(), daten.definition(reihe.indikator()));
      Map<Periode, Summe> imKreis = kreis.computeIfAbsent(reihe, k -> new HashMap<>());
      Map<Periode, Summe> imLand = land.computeIfAbsent(reihe, k -> new HashMap<>());
      for (Periode periode : daten.perioden(reihe)) {
        Optional<Messwert> wert = daten.kommunewert(reihe, periode);
        if (wert.isEmpty()) {
          continue;
        }
        Messwert m = wert.get();
        imKreis.computeIfAbsent(periode, k -> new Summe()).add(m);
        imLand.computeIfAbsent(periode, k -> new Summe()).add(m);
      }
    }
    return this;
  }

  /** {@return the number of Gemeinden added so far (Kreise and StädteRegionen not counted)} */
  public int anzahlGemeinden() {
    return hinzugefuegt.size();
  }

  /**
   * The sum over the Gemeinden of Kreis {@code kreis}, or empty if none of them has a value for the
   * series and period; missing ({@code M}) if one expected Gemeinde has none.
   */
  @Override
  public Optional<Kennzahl> kreis(Kreisschluessel kreis, Reihe reihe, Periode periode) {
    return kennzahl(new KreisGebiet(requireNonNull(kreis, "kreis")), reihe, periode);
  }

  /**
   * The sum over the Gemeinden of Land {@code land}, or empty if none has a value; missing ({@code
   * M}) if one expected Gemeinde has none.
   */
  @Override
  public Optional<Kennzahl> land(String land, Reihe reihe, Periode periode) {
    return kennzahl(new LandGebiet(requireNonNull(land, "land")), reihe, periode);
  }

  /**
   * {@return every Kreis and Land sum, ordered by area, series and period; empty before the first
   * Gemeinde with a value}
   */
  public ImmutableList<Kennzahl> kennzahlen() {
    List<Schluessel> keys = new ArrayList<>();
    for (Map.Entry<Gebiet, Map<Reihe, Map<Periode, Summe>>> g : summen.entrySet()) {
      for (Map.Entry<Reihe, Map<Periode, Summe>> r : g.getValue().entrySet()) {
        for (Periode p : r.getValue().keySet()) {
          keys.add(new Schluessel(g.getKey(), r.getKey(), p));
        }
      }
    }
    keys.sort(null);
    ImmutableList.Builder<Kennzahl> b = ImmutableList.builderWithExpectedSize(keys.size());
    for (Schluessel k : keys) {
      b.add(kennzahl(k, requireNonNull(summe(k))));
    }
    return b.build();
  }

  /** {@return the Kreise with at least one sum, sorted} */
  public ImmutableSortedSet<Kreisschluessel> kreise() {
    ImmutableSortedSet.Builder<Kreisschluessel> b = ImmutableSortedSet.naturalOrder();
    for (Gebiet g : summen.keySet()) {
      if (g instanceof KreisGebiet kg) {
        b.add(kg.kreis());
      }
    }
    return b.build();
  }

  private Optional<Kennzahl> kennzahl(Gebiet gebiet, Reihe reihe, Periode periode) {
    Schluessel k = new Schluessel(gebiet, requireNonNull(reihe, "reihe"), periode);
    Summe s = summe(k);
    return s == null ? Optional.empty() : Optional.of(kennzahl(k, s));
  }

  private @Nullable Summe summe(Schluessel k) {
    Map<Reihe, Map<Periode, Summe>> g = summen.get(k.gebiet);
    Map<Periode, Summe> r = g == null ? null : g.get(k.reihe);
    return r == null ? null : r.get(k.periode);
  }

  private Kennzahl kennzahl(Schluessel k, Summe s) {
    Indikator indikator = requireNonNull(indikatoren.get(k.reihe.indikator()));
    int soll = erwartet.getOrDefault(k.gebiet, 0);
    boolean vollstaendig = !s.fehlend && s.teile >= soll;
    return Kennzahl.aus(
        indikator,
        k.gebiet,
        k.periode,
        k.reihe.aufschluesselung(),
        vollstaendig ? s.zaehler : null,
        vollstaendig && indikator.hatNenner() ? s.nenner : null,
        vollstaendig ? s.status : ObsStatus.M,
        ConfStatus.F);
  }

  @Override
  public String toString() {
    return "Gebietsaggregation ("
        + hinzugefuegt.size()
        + " Gemeinden, "
        + summen.size()
        + " Gebiete)";
  }

  /** Area, series and period of one running sum. */
  private record Schluessel(Gebiet gebiet, Reihe reihe, Periode periode)
      implements Comparable<Schluessel> {
    @Override
    public int compareTo(Schluessel o) {
      int c = gebiet.compareTo(o.gebiet);
      if (c == 0) {
        c = reihe.compareTo(o.reihe);
      }
      return c != 0 ? c : periode.compareTo(o.periode);
    }
  }

  /** A running sum of numerators and denominators. */
  private static final class Summe {
    BigDecimal zaehler = BigDecimal.ZERO;
    BigDecimal nenner = BigDecimal.ZERO;
    ObsStatus status = ObsStatus.A;
    int teile;
    boolean fehlend;

    void add(Messwert m) {
      teile++;
      BigDecimal z = m.zaehler();
      if (z == null) {
        fehlend = true;
        return;
      }
      zaehler = zaehler.add(z);
      @Nullable BigDecimal n = m.nenner();
      if (n != null) {
        nenner = nenner.add(n);
      }
      status = Status.summe(status, m.obsStatus());
    }
  }
}
