package de.kekiz.monitoring.analyse;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.luecken.Lueckenanalyse;
import de.kekiz.monitoring.luecken.Lueckenbericht;
import de.kekiz.monitoring.sozialindex.Bedarfsrang;
import de.kekiz.monitoring.sozialindex.Handlungsbedarf;
import de.kekiz.monitoring.sozialindex.Sozialindex;
import de.kekiz.monitoring.sozialindex.Sozialindexberechnung;
import de.kekiz.monitoring.sozialindex.Sozialindexmodell;
import de.kekiz.monitoring.sozialindex.Sozialindexwert;
import de.kekiz.monitoring.sozialindex.StatusDynamik;
import de.kekiz.monitoring.sozialindex.StatusDynamikRaster;
import de.kekiz.monitoring.sozialindex.Stufeneinteilung;
import de.kekiz.monitoring.vergleich.Sozialraumvergleich;
import de.kekiz.monitoring.vergleich.Trend;
import de.kekiz.monitoring.vergleich.Trendanalyse;
import de.kekiz.monitoring.vergleich.Vergleich;
import de.kekiz.monitoring.verteilung.Geldanspruch;
import de.kekiz.monitoring.verteilung.Geldzuteilung;
import de.kekiz.monitoring.verteilung.Verteilung;
import de.kekiz.monitoring.ziele.Zielbewertung;
import de.kekiz.monitoring.ziele.Zielerreichung;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs every analysis on the data of one Kommune: its values, the comparison of its Sozialräume,
 * the trends, the Sozialindex with Stufen and Status × Dynamik grid, the ranking by Handlungsbedarf
 * with the need-proportional allocation of a budget, the Zielerreichung of its Leitbild and the
 * Lückenanalyse of its Präventionskette — each as the {@link Analyseauftrag} asks.
 *
 * <p>Periods: comparisons and trends use each indicator's latest period; the Sozialindex (and all
 * built on it) uses the latest period of the model's first indicator. The Lückenanalyse uses today
 * (from the {@link Clock}). The allocation weights each Sozialraum's need by its Stufe times its
 * children of the {@link Analyseauftrag#zielgruppe()} at the latest population figure on or before
 * today; a Sozialraum without Stufe or figures gets its minimum. A budget the limits cannot hold
 * (no Sozialraum with need, minimums above the budget) is not allocated: the report says why
 * ({@link Kommunalbericht#budgetProblem()}) and the other analyses stand. With the scope {@link
 * Analyseumfang#BERICHTSZAHLEN} ({@link Analyseauftrag#umfang()}) the parts no publication shows
 * are not computed (see there). Immutable and thread-safe.
 */
public final class Kommunalanalyse {

  private final Clock clock;
  private final Analyseauftrag auftrag;
  private final Sozialraumvergleich vergleich;
  private final Trendanalyse trendanalyse;
  private final Sozialindexberechnung sozialindex = new Sozialindexberechnung();
  private final StatusDynamikRaster raster;
  private final Handlungsbedarf handlungsbedarf = new Handlungsbedarf();
  private final Zielerreichung zielerreichung;
  private final Lueckenanalyse lueckenanalyse;

  /**
   * An analysis as {@code auftrag} asks, with today from {@code clock}.
   *
   * @param clock the clock that says what day today is (for the Zielerreichung and the Leitbild's
   *     goals)
   * @param auftrag what to analyse and with which settings
   */
  public Kommunalanalyse(Clock clock, Analyseauftrag auftrag) {
    this.clock = requireNonNull(clock, "clock");
    this.auftrag = requireNonNull(auftrag, "auftrag");
    this.vergleich = new Sozialraumvergleich(auftrag.toleranz(), auftrag.umfang());
    this.trendanalyse =
        new Trendanalyse(auftrag.trendperioden(), auftrag.toleranz(), auftrag.umfang());
    this.raster = new StatusDynamikRaster(auftrag.dynamikperioden(), auftrag.schwellen());
    this.zielerreichung = new Zielerreichung(clock, auftrag.trendperioden());
    this.lueckenanalyse =
        new Lueckenanalyse(Lueckenanalyse.HOHER_BEDARF_STANDARD, auftrag.umfang());
  }

  /** {@return the order this analysis follows} */
  public Analyseauftrag auftrag() {
    return auftrag;
  }

  /**
   * Analyses {@code daten}, comparing with the Kreis and Land values {@code referenzwerte} knows;
   * {@code leitbild} and {@code kette} may be {@code null}.
   *
   * @param daten the Kommune's observations
   * @param referenzwerte the Kreis and Land values to compare with
   * @param leitbild the Leitbild whose Zielwerte are judged, or {@code null} for no Zielerreichung
   * @param kette the Präventionskette for the Lückenanalyse, or {@code null} for none
   * @return the Kommune's report: values, comparisons, trends, need (as {@link #analysiereBedarf})
   *     and goals
   */
  public Kommunalbericht analysiere(
      Kommunaldaten daten,
      Referenzwerte referenzwerte,
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette) {
    requireNonNull(daten, "daten");
    requireNonNull(referenzwerte, "referenzwerte");
    // per indicator: its total in its latest period
    ImmutableList<Vergleich> vergleiche = vergleich.vergleicheAlle(daten, referenzwerte);
    ImmutableList.Builder<Kennzahl> kommunewerte = ImmutableList.builder();
    for (Vergleich v : vergleiche) {
      if (daten.kommunewert(v.reihe(), v.periode()).isPresent()) {
        kommunewerte.add(v.kommune()); // the Kommune's value as published, computed once
      }
    }
    ImmutableList<Trend> trends = trendanalyse.trendsAlle(daten, Aufschluesselung.INSGESAMT);
    List<Zielbewertung> ziele =
        leitbild == null ? List.of() : zielerreichung.bewerte(leitbild, daten);
    Kommunalbericht bedarf = analysiereBedarf(daten, kette);
    return new Kommunalbericht(
        daten.kommune().id(),
        kommunewerte.build(),
        vergleiche,
        trends,
        bedarf.sozialindex(),
        bedarf.stufen(),
        bedarf.raster(),
        bedarf.handlungsbedarf(),
        bedarf.budget(),
        bedarf.budgetHinweis(),
        ziele,
        bedarf.luecken());
  }

  /**
   * Only the part of {@link #analysiere} about need: the Sozialindex with Stufen and Status ×
   * Dynamik grid, the ranking by Handlungsbedarf with the allocation of the budget, and the
   * Lückenanalyse of {@code kette} ({@code null}: none); the result has no values, comparisons,
   * trends or goals.
   *
   * @param daten the Kommune's observations
   * @param kette the Präventionskette for the Lückenanalyse, or {@code null} for none
   * @return a report with only the need part filled in; without a Sozialindex in the order, or
   *     without a value of its first indicator, it has no index, Stufen, grid, ranking or
   *     allocation
   */
  public Kommunalbericht analysiereBedarf(Kommunaldaten daten, @Nullable Praeventionskette kette) {
    requireNonNull(daten, "daten");
    LocalDate heute = LocalDate.now(clock);
    Sozialindex index = null;
    Stufeneinteilung stufen = null;
    StatusDynamik statusDynamik = null;
    List<Bedarfsrang> bedarf = List.of();
    List<Geldzuteilung<SozialraumRef>> budget = List.of();
    String budgetHinweis = null;
    Sozialindexmodell modell = auftrag.sozialindex();
    if (modell != null) {
      Optional<Periode> periode =
          daten.letztePeriode(
              modell.gewichte().get(0).indikator(), modell.gewichte().get(0).aufschluesselung());
      if (periode.isPresent()) {
        index = sozialindex.berechne(daten, modell, periode.get(), auftrag.ebene());
        stufen = auftrag.stufung().einteilen(index);
        if (auftrag.umfang() == Analyseumfang.VOLLSTAENDIG) {
          statusDynamik = raster.einteilen(daten, index);
        }
        bedarf = handlungsbedarf.rangfolge(index);
        if (auftrag.budget() != null) {
          try {
            budget = verteile(daten, index, stufen, heute);
          } catch (RegelverstossException e) {
            budgetHinweis = e.getMessage();
          }
        }
      }
    }
    Lueckenbericht luecken =
        kette == null
            ? null
            : lueckenanalyse.analysiere(daten.kommune(), kette, heute, auftrag.ebene(), index);
    return new Kommunalbericht(
        daten.kommune().id(),
        List.of(),
        List.of(),
        List.of(),
        index,
        stufen,
        statusDynamik,
        bedarf,
        budget,
        budgetHinweis,
        List.of(),
        luecken);
  }

  private List<Geldzuteilung<SozialraumRef>> verteile(
      Kommunaldaten daten, Sozialindex index, Stufeneinteilung stufen, LocalDate heute) {
    List<Geldanspruch<SozialraumRef>> ansprueche = new ArrayList<>();
    for (Sozialindexwert w : index.werte()) {
      SozialraumRef ref = w.sozialraum();
      long kinder = 0;
      OptionalInt stufe = stufen.stufe(ref);
      Optional<Sozialraum> s = daten.sozialraum(ref);
      if (s.isPresent() && stufe.isPresent()) {
        LocalDate stand = null;
        for (LocalDate d : s.get().stichtage()) {
          if (!d.isAfter(heute)) {
            stand = d;
          }
        }
        if (stand != null) {
          OptionalLong e = s.get().einwohner(stand, auftrag.zielgruppe());
          kinder = e.orElse(0);
        }
      }
      BigDecimal bedarf = BigDecimal.valueOf((long) stufe.orElse(0) * kinder);
      ansprueche.add(
          Geldanspruch.of(ref, bedarf)
              .withGrenzen(auftrag.mindestbetrag(), auftrag.hoechstbetrag()));
    }
    return Verteilung.verteile(requireNonNull(auftrag.budget()), ansprueche);
  }

  @Override
  public String toString() {
    return "Kommunalanalyse " + auftrag;
  }
}
