package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.internal.Statistik;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Status × Dynamik grid, modelled on Hamburg's Sozialmonitoring: each Sozialraum gets a status
 * class (4 classes) from its Sozialindex and a dynamics class (3 classes) from the change of its
 * values over the last {@code perioden} periods (3 years by default), and the two are crossed.
 *
 * <p>Method:
 *
 * <ol>
 *   <li>Status index: the {@link Sozialindex} of the period ({@link Sozialindexberechnung}).
 *   <li>Dynamics index: for each indicator of the model, the change {@code value(t) − value(t −
 *       perioden)} (in the indicator's own periods, see {@link Sozialindexberechnung}) of each
 *       Sozialraum version — both values of the same indicator version, so a boundary or definition
 *       change leaves no dynamics — z-standardised across the Sozialräume, oriented to need and
 *       averaged with the model's weights and missing-value rule, exactly as the status index.
 *       Positive means need grew more than in the average Sozialraum.
 *   <li>Both indices are standardised again across the Sozialräume that have one (the mean of
 *       z-values is not itself unit-scaled) and classed by {@link Rasterschwellen}.
 * </ol>
 *
 * <p>Like Hamburg's, the dynamics are relative: "stabil" means developing like the Kommune's
 * average Sozialraum, not unchanged. Deterministic; equal values always get the same class.
 * Immutable and thread-safe.
 */
public final class StatusDynamikRaster {

  private final int perioden;
  private final Rasterschwellen schwellen;
  private final Sozialindexberechnung berechnung = new Sozialindexberechnung();

  /** The grid with dynamics over 3 periods and {@link Rasterschwellen#STANDARD}. */
  public StatusDynamikRaster() {
    this(3, Rasterschwellen.STANDARD);
  }

  /**
   * The grid with dynamics over {@code perioden} periods (at least 1) and cut-offs {@code
   * schwellen}.
   *
   * @param perioden the span of the dynamics in periods, at least 1
   * @param schwellen the cut-offs of the classes
   * @throws IllegalArgumentException if {@code perioden} is below 1
   */
  public StatusDynamikRaster(int perioden, Rasterschwellen schwellen) {
    if (perioden < 1) {
      throw new IllegalArgumentException(
          "the dynamics need a span of at least 1 period, got " + perioden);
    }
    this.perioden = perioden;
    this.schwellen = requireNonNull(schwellen, "schwellen");
  }

  /**
   * Places the Sozialräume of level {@code ebene} in the grid for {@code periode}.
   *
   * @param daten the Kommune's observations
   * @param modell the Sozialindex model the status and dynamics are computed by
   * @param periode the period of the status
   * @param ebene the level of the Sozialräume
   * @return one cell per Sozialraum version of the level
   * @throws de.kekiz.domain.RegelverstossException as {@link Sozialindexberechnung#berechne} does
   */
  public StatusDynamik einteilen(
      Kommunaldaten daten, Sozialindexmodell modell, Periode periode, Sozialraumebene ebene) {
    Sozialindex status = berechnung.berechne(daten, modell, periode, ebene);
    return einteilen(daten, status);
  }

  /**
   * Places the Sozialräume of {@code status} in the grid, computing their dynamics.
   *
   * @param daten the Kommune's observations, for the earlier index the dynamics compare with
   * @param status the status index
   * @return one cell per Sozialraum of {@code status}
   */
  public StatusDynamik einteilen(Kommunaldaten daten, Sozialindex status) {
    requireNonNull(daten, "daten");
    requireNonNull(status, "status");
    Sozialindexmodell modell = status.modell();
    Periode periode = status.periode();
    List<Sozialraum> raeume = Sozialindexberechnung.raeume(daten, status.ebene(), periode.beginn());
    int n = raeume.size();
    SozialraumRef[] refs = new SozialraumRef[n];
    for (int j = 0; j < n; j++) {
      refs[j] = raeume.get(j).ref();
    }

    // dynamics index
    int k = modell.gewichte().size();
    BigDecimal[] gewichte = new BigDecimal[k];
    int[] vorzeichen = new int[k];
    List<@Nullable BigDecimal[]> veraenderungen = new ArrayList<>(k);
    for (int gi = 0; gi < k; gi++) {
      Gewicht g = modell.gewichte().get(gi);
      gewichte[gi] = g.gewicht();
      Periode eigene = Sozialindexberechnung.periodeFuer(daten, g, periode);
      Periode eigenerAnfang = eigene;
      for (int i = 0; i < perioden; i++) {
        eigenerAnfang = eigenerAnfang.vorige();
      }
      Optional<Reihe> jetzt = daten.reihe(g.indikator(), eigene, g.aufschluesselung());
      Optional<Reihe> damals = daten.reihe(g.indikator(), eigenerAnfang, g.aufschluesselung());
      @Nullable BigDecimal[] v = new BigDecimal[n];
      int vz = 1;
      if (jetzt.isPresent() && damals.isPresent() && jetzt.get().equals(damals.get())) {
        Reihe r = jetzt.get();
        Indikator indikator = daten.definition(r.indikator());
        vz = indikator.polaritaet() == Polaritaet.HOEHER_IST_BESSER ? -1 : 1;
        Kommunaldaten.Querschnitt qa = daten.querschnitt(r, eigenerAnfang).orElse(null);
        Kommunaldaten.Querschnitt qb = daten.querschnitt(r, eigene).orElse(null);
        if (qa != null && qb != null) {
          // each value as its cross-section keeps it (divided once per figure), read by the
          // Sozialraum's position, the same in both
          for (int j = 0; j < n; j++) {
            int stelle = qb.stelle(refs[j]);
            BigDecimal a = qa.wert(stelle);
            BigDecimal b = a == null ? null : qb.wert(stelle);
            if (b != null) {
              v[j] = b.subtract(a);
            }
          }
        }
      } else if (jetzt.isPresent()) {
        vz =
            daten.definition(jetzt.get().indikator()).polaritaet() == Polaritaet.HOEHER_IST_BESSER
                ? -1
                : 1;
      }
      vorzeichen[gi] = vz;
      veraenderungen.add(v);
    }
    Indexrechnung.Ergebnis dynamik =
        Indexrechnung.rechne(n, gewichte, vorzeichen, veraenderungen, modell.mindestanteil());

    @Nullable BigDecimal[] statusZ = restandardisiert(statusIndex(status, refs));
    @Nullable BigDecimal[] dynamikZ = restandardisiert(dynamik.index);
    ImmutableList.Builder<Rasterzelle> zellen = ImmutableList.builderWithExpectedSize(n);
    for (int j = 0; j < n; j++) {
      Sozialraum s = raeume.get(j);
      BigDecimal sz = statusZ[j];
      BigDecimal dz = dynamikZ[j];
      zellen.add(
          new Rasterzelle(
              s.ref(),
              s.name(),
              sz == null ? null : schwellen.status(sz),
              dz == null ? null : schwellen.dynamik(dz)));
    }
    return new StatusDynamik(status, zellen.build());
  }

  /** The status index of each Sozialraum of {@code refs}, by position (null: none). */
  private static @Nullable BigDecimal[] statusIndex(Sozialindex status, SozialraumRef[] refs) {
    @Nullable BigDecimal[] m = new BigDecimal[refs.length];
    for (int j = 0; j < refs.length; j++) {
      Sozialindex.Intern i = status.intern(refs[j]);
      if (i != null) {
        m[j] = i.index;
      }
    }
    return m;
  }

  /** The z-values of the indices present, by position (null where there is no index). */
  private static @Nullable BigDecimal[] restandardisiert(@Nullable BigDecimal[] index) {
    int n = index.length;
    int[] mit = new int[n];
    BigDecimal[] werte = new BigDecimal[n];
    int anzahl = 0;
    for (int j = 0; j < n; j++) {
      BigDecimal v = index[j];
      if (v != null) {
        mit[anzahl] = j;
        werte[anzahl++] = v;
      }
    }
    @Nullable BigDecimal[] z = new BigDecimal[n];
    if (anzahl == 0) {
      return z;
    }
    BigDecimal[] zw = Statistik.zWerte(werte, anzahl);
    for (int i = 0; i < anzahl; i++) {
      z[mit[i]] = zw[i];
    }
    return z;
  }

  @Override
  public String toString() {
    return "StatusDynamikRaster (Dynamik über " + perioden + " Perioden, " + schwellen + ")";
  }
}
