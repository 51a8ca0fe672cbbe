package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.internal.Rangfolge;
import de.kekiz.monitoring.internal.Status;
import de.kekiz.monitoring.internal.Veroeffentlichung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link Sozialindex}: for each Sozialraum of one level a weighted mean of the
 * z-standardised values of the model's indicators, oriented to need.
 *
 * <p>Method, step by step:
 *
 * <ol>
 *   <li>The Sozialräume are the versions of the chosen {@link Sozialraumebene} valid on the first
 *       day of the period, without those below the model's minimum population ({@link
 *       Sozialindexmodell#bewertbar}). An indicator of another periodicity contributes its period
 *       that contains that day (a school-year indicator in an index for 2024: 2023/24). A
 *       Sozialraum's value is its own observation or the sum of its children ({@link
 *       Kommunaldaten#sozialraumwert}), computed by {@link Indikator#wert}; suppressed values are
 *       used, missing ones are not.
 *   <li>Each indicator is z-standardised across the Sozialräume that have a value: {@code z = (x −
 *       mean) / sd}, mean and population standard deviation (divisor n) unweighted over the
 *       Sozialräume, all in {@code BigDecimal} ({@code DECIMAL64}); if all values are equal, z is
 *       0.
 *   <li>z is oriented to need: negated for a {@link Polaritaet#HOEHER_IST_BESSER} indicator; kept
 *       for "higher is worse" and for neutral indicators (a neutral indicator enters the index as
 *       if higher meant more need).
 *   <li>The index is {@code Σ w·z / Σ w} over the indicators with a value, if their weights reach
 *       the model's {@code mindestanteil} of the total (the missing-value rule of {@link
 *       Sozialindexmodell}); otherwise there is no index. With complete values it orders exactly as
 *       the weighted sum {@code Σ w·z}.
 *   <li>Ranks: competition ranks by index, 1 for the most need; equal indices share the best rank.
 * </ol>
 *
 * <p>Published: each component's value as a {@link Kennzahl} (absent if suppressed), its z-value
 * and contribution only if its value may be published, the index only if every value used may be
 * published. Ranks and classes are always given. Immutable and thread-safe.
 */
public final class Sozialindexberechnung {

  /** The computation (it has no settings: the model carries them). */
  public Sozialindexberechnung() {}

  /**
   * The index of the Sozialräume of level {@code ebene} for {@code periode}.
   *
   * @param daten the Kommune's observations
   * @param modell the indicators and weights
   * @param periode the period of the values
   * @param ebene the level of the Sozialräume to index
   * @return the index, one value per Sozialraum version of the level valid in the period
   * @throws RegelverstossException {@code sozialindex.indikator-unbekannt} if an indicator of the
   *     model has no definition in {@code daten} valid for {@code periode} and no observations
   */
  public Sozialindex berechne(
      Kommunaldaten daten, Sozialindexmodell modell, Periode periode, Sozialraumebene ebene) {
    requireNonNull(daten, "daten");
    requireNonNull(modell, "modell");
    requireNonNull(periode, "periode");
    requireNonNull(ebene, "ebene");
    List<Sozialraum> raeume = raeume(daten, ebene, periode.beginn());
    raeume.removeIf(s -> !modell.bewertbar(s, periode.beginn()));
    int n = raeume.size();
    SozialraumRef[] refs = new SozialraumRef[n];
    for (int j = 0; j < n; j++) {
      refs[j] = raeume.get(j).ref();
    }
    int k = modell.gewichte().size();
    BigDecimal[] gewichte = new BigDecimal[k];
    int[] vorzeichen = new int[k];
    List<@Nullable BigDecimal[]> werte = new ArrayList<>(k);
    Kennzahl[][] kennzahlen = new Kennzahl[k][];
    for (int gi = 0; gi < k; gi++) {
      Gewicht g = modell.gewichte().get(gi);
      Periode eigene = periodeFuer(daten, g, periode);
      Optional<Reihe> reihe = daten.reihe(g.indikator(), eigene, g.aufschluesselung());
      Indikator indikator =
          reihe.isPresent()
              ? daten.definition(reihe.get().indikator())
              : gueltigeDefinition(daten, g, eigene);
      gewichte[gi] = g.gewicht();
      vorzeichen[gi] = indikator.polaritaet() == Polaritaet.HOEHER_IST_BESSER ? -1 : 1;
      @Nullable BigDecimal[] w = new BigDecimal[n];
      Kennzahl[] kz = new Kennzahl[n];
      Kommunaldaten.@Nullable Querschnitt q =
          reihe.isPresent() ? daten.querschnitt(reihe.get(), eigene).orElse(null) : null;
      for (int j = 0; j < n; j++) {
        SozialraumRef r = refs[j];
        // the figure and its value as the cross-section keeps them: divided once per figure
        int stelle = q == null ? -1 : q.stelle(r);
        Messwert m = q == null ? null : q.figur(stelle);
        if (q != null && m != null) {
          BigDecimal v = q.wert(stelle);
          Gebiet gebiet = Gebiet.sozialraum(r);
          if (v != null) {
            w[j] = v;
            kz[j] = Veroeffentlichung.kennzahl(gebiet, m, v);
          } else {
            kz[j] = Kennzahl.von(indikator, gebiet, m);
          }
        } else {
          kz[j] = fehlend(indikator.ref(), r, g, eigene);
        }
      }
      werte.add(w);
      kennzahlen[gi] = kz;
    }
    Indexrechnung.Ergebnis e =
        Indexrechnung.rechne(n, gewichte, vorzeichen, werte, modell.mindestanteil());

    // ranks over the computed indices
    int[] mitIndex = new int[n];
    BigDecimal[] indizes = new BigDecimal[n];
    int anzahl = 0;
    for (int j = 0; j < n; j++) {
      BigDecimal i = e.index[j];
      if (i != null) {
        mitIndex[anzahl] = j;
        indizes[anzahl++] = i;
      }
    }
    int[] raenge = Rangfolge.raenge(Arrays.copyOf(indizes, anzahl), true);
    @Nullable Integer[] rang = new Integer[n];
    for (int i = 0; i < anzahl; i++) {
      rang[mitIndex[i]] = raenge[i];
    }

    ImmutableList.Builder<Sozialindexwert> zeilen = ImmutableList.builderWithExpectedSize(n);
    Map<SozialraumRef, Sozialindex.Intern> intern = new HashMap<>();
    for (int j = 0; j < n; j++) {
      Sozialraum s = raeume.get(j);
      SozialraumRef r = refs[j];
      @Nullable BigDecimal[] z = e.z[j];
      @Nullable BigDecimal[] beitrag = e.beitrag[j];
      BigDecimal index = e.index[j];
      ConfStatus status = ConfStatus.F;
      List<Komponente> komponenten = new ArrayList<>(k);
      for (int i = 0; i < k; i++) {
        Kennzahl wert = kennzahlen[i][j];
        if (z[i] != null) {
          status = Status.strenger(status, wert.confStatus());
        }
        boolean zeigen = wert.hatWert();
        komponenten.add(
            new Komponente(
                modell.gewichte().get(i), wert, zeigen ? z[i] : null, zeigen ? beitrag[i] : null));
      }
      if (index != null) {
        intern.put(r, new Sozialindex.Intern(index, beitrag));
      }
      zeilen.add(
          new Sozialindexwert(
              r,
              s.name(),
              index != null,
              index != null && status == ConfStatus.F ? index : null,
              rang[j],
              anzahl,
              e.anteil[j],
              komponenten,
              status));
    }
    return new Sozialindex(daten.kommune().id(), modell, periode, ebene, zeilen.build(), intern);
  }

  /**
   * The period of the indicator of {@code g} that stands for the model's {@code periode}: the
   * period itself if the indicator has its kind, else the indicator's period that contains the
   * model period's first day (a school-year indicator in a yearly index for 2024: 2023/24).
   *
   * @throws RegelverstossException {@code sozialindex.indikator-unbekannt} if the key has no
   *     definition
   */
  static Periode periodeFuer(Kommunaldaten daten, Gewicht g, Periode periode) {
    Indikator beliebige = null;
    for (Indikator i : daten.indikatoren()) {
      if (i.key().equals(g.indikator())) {
        beliebige = i;
      }
    }
    if (beliebige == null) {
      throw new RegelverstossException(
          "sozialindex.indikator-unbekannt",
          "Sozialindex " + daten.kommune().id() + " " + periode,
          "indicator " + g.indikator() + " has no definition among " + daten.indikatoren());
    }
    return beliebige.periodizitaet() == periode.art()
        ? periode
        : Periode.am(beliebige.periodizitaet(), periode.beginn());
  }

  /** The Sozialraum versions of {@code ebene} valid on {@code tag}, ordered by version. */
  static List<Sozialraum> raeume(Kommunaldaten daten, Sozialraumebene ebene, LocalDate tag) {
    List<Sozialraum> raeume = new ArrayList<>();
    for (Sozialraum s : daten.kommune().sozialraeume()) {
      if (s.ebene() == ebene && s.gueltigAm(tag)) {
        raeume.add(s);
      }
    }
    raeume.sort((a, b) -> a.ref().compareTo(b.ref()));
    return raeume;
  }

  static Indikator gueltigeDefinition(Kommunaldaten daten, Gewicht g, Periode periode) {
    Indikator gefunden = null;
    for (Indikator i : daten.indikatoren()) {
      if (i.key().equals(g.indikator()) && i.gilt(periode)) {
        gefunden = i;
      }
    }
    if (gefunden == null) {
      throw new RegelverstossException(
          "sozialindex.indikator-unbekannt",
          "Sozialindex " + daten.kommune().id() + " " + periode,
          "indicator "
              + g.indikator()
              + " has neither observations nor a definition valid for "
              + periode);
    }
    return gefunden;
  }

  static Kennzahl fehlend(IndikatorRef ref, SozialraumRef r, Gewicht g, Periode periode) {
    return Kennzahl.gesperrt(
        ref, Gebiet.sozialraum(r), periode, g.aufschluesselung(), ObsStatus.M, ConfStatus.F);
  }

  @Override
  public String toString() {
    return "Sozialindexberechnung";
  }
}
