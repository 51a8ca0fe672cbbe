package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one report of a release shows, as the core computed and protected it: the figures
 * (each observation, sum and pooled figure as published), the table per indicator with rank,
 * distance to the Kommune and trend, the Sozialindex with its Stufen, the ranking by need, the
 * status of every Zielwert, the gap analysis of the Präventionskette, the effect monitoring and the
 * chain's maturity score. A report adapter presents it and computes nothing.
 *
 * <p>Guarantee: no figure here carries a number that its release's protection did not publish. The
 * constructor checks the part that can be checked locally: no Messwert whose CONF_STATUS is not
 * {@code F} has a numerator or a denominator. Immutable and thread-safe.
 *
 * @param kommune the Kommune (or Kreis) the report is about
 * @param gemeinden for a Kreis, its Gemeinden in the release; empty otherwise
 * @param stichtag the reference date
 * @param verfahren how the release protects small numbers
 * @param leitbild the Leitbild in force on the reference date as published (baselines that no
 *     published figure shows are removed), or {@code null}
 * @param kette the Präventionskette, or {@code null}
 * @param indikatoren the indicator definitions the figures refer to, by key and version
 * @param messwerte every published figure of the Kommune (its observations and the sums for its
 *     parents and for itself), suppressed ones without numbers
 * @param mehrjahreswerte the pooled figures shown in place of suppressed single ones
 * @param sozialindexIndikatoren the indicators of the Sozialindex
 * @param trendperioden the trend window in periods
 * @param ebene the level of Sozialräume the tables show, or {@code null} if the Kommune has none
 * @param auswertungen one table per indicator key, by key
 * @param ziele the status of every Zielwert, in the Leitbild's order
 * @param sozialindex the Sozialindex, or {@code null} if none could be computed
 * @param handlungsbedarf the Sozialräume ranked by need, greatest first
 * @param luecken the gap analysis of the chain, or {@code null} without chain
 * @param wirkung the effect monitoring: comparisons for dated Angebote and measured Übergänge
 * @param reife the maturity score of the chain on the reference date and before it ({@link
 *     Reiferechnung}), from the published figures only
 */
public record Berichtsteil(
    Kommune kommune,
    List<Kommune> gemeinden,
    LocalDate stichtag,
    Schutzverfahren verfahren,
    @Nullable Leitbild leitbild,
    @Nullable Praeventionskette kette,
    List<Indikator> indikatoren,
    List<Messwert> messwerte,
    List<Mehrjahreswert> mehrjahreswerte,
    List<IndikatorKey> sozialindexIndikatoren,
    int trendperioden,
    @Nullable Sozialraumebene ebene,
    List<Indikatorauswertung> auswertungen,
    List<Zielstatus> ziele,
    @Nullable Sozialindex sozialindex,
    List<Handlungsbedarf> handlungsbedarf,
    @Nullable Lueckenanalyse luecken,
    Wirkungsmonitoring wirkung,
    Kettenreife reife) {

  /**
   * Checks the figures and copies the lists.
   *
   * @param kommune the Kommune (or Kreis) the report is about
   * @param gemeinden for a Kreis, its Gemeinden in the release; empty otherwise
   * @param stichtag the reference date
   * @param verfahren how the release protects small numbers
   * @param leitbild the Leitbild in force on the reference date as published (baselines that no
   *     published figure shows are removed), or {@code null}
   * @param kette the Präventionskette, or {@code null}
   * @param indikatoren the indicator definitions the figures refer to, by key and version
   * @param messwerte every published figure of the Kommune (its observations and the sums for its
   *     parents and for itself), suppressed ones without numbers
   * @param mehrjahreswerte the pooled figures shown in place of suppressed single ones
   * @param sozialindexIndikatoren the indicators of the Sozialindex
   * @param trendperioden the trend window in periods
   * @param ebene the level of Sozialräume the tables show, or {@code null} if the Kommune has none
   * @param auswertungen one table per indicator key, by key
   * @param ziele the status of every Zielwert, in the Leitbild's order
   * @param sozialindex the Sozialindex, or {@code null} if none could be computed
   * @param handlungsbedarf the Sozialräume ranked by need, greatest first
   * @param luecken the gap analysis of the chain, or {@code null} without chain
   * @param wirkung the effect monitoring: comparisons for dated Angebote and measured Übergänge
   * @param reife the maturity score of the chain on the reference date and before it ({@link
   *     Reiferechnung}), from the published figures only
   * @throws IllegalArgumentException if a suppressed figure carries a number
   */
  public Berichtsteil {
    requireNonNull(kommune, "kommune");
    gemeinden = ImmutableList.copyOf(requireNonNull(gemeinden, "gemeinden"));
    requireNonNull(stichtag, "stichtag");
    requireNonNull(verfahren, "verfahren");
    indikatoren = ImmutableList.copyOf(requireNonNull(indikatoren, "indikatoren"));
    messwerte = ImmutableList.copyOf(requireNonNull(messwerte, "messwerte"));
    mehrjahreswerte = ImmutableList.copyOf(requireNonNull(mehrjahreswerte, "mehrjahreswerte"));
    sozialindexIndikatoren =
        ImmutableList.copyOf(requireNonNull(sozialindexIndikatoren, "sozialindexIndikatoren"));
    auswertungen = ImmutableList.copyOf(requireNonNull(auswertungen, "auswertungen"));
    ziele = ImmutableList.copyOf(requireNonNull(ziele, "ziele"));
    handlungsbedarf = ImmutableList.copyOf(requireNonNull(handlungsbedarf, "handlungsbedarf"));
    requireNonNull(wirkung, "wirkung");
    requireNonNull(reife, "reife");
    for (Messwert m : messwerte) {
      pruefeGeschuetzt(m);
    }
    for (Mehrjahreswert m : mehrjahreswerte) {
      pruefeGeschuetzt(m.summe());
    }
  }

  private static void pruefeGeschuetzt(Messwert m) {
    if (!m.confStatus().veroeffentlichbar() && (m.zaehler() != null || m.nenner() != null)) {
      throw new IllegalArgumentException(
          "a suppressed figure leaves the core without numbers, got " + m);
    }
  }

  /** The marking every presentation of a report of {@link #beispieldaten()} shows. */
  public static final String BEISPIELDATEN = "Beispieldaten – Werte synthetisch";

  /**
   * Whether the report shows synthetic example data: whether any of its {@link #indikatoren()} is
   * {@link Indikator#synthetisch()}. Then every presentation of it shows {@link #BEISPIELDATEN}.
   *
   * @return whether the report shows synthetic example data
   */
  public boolean beispieldaten() {
    return indikatoren.stream().anyMatch(Indikator::synthetisch);
  }

  /**
   * {@return the Leitbild in force on the reference date as published, or empty if there is none}
   */
  public Optional<Leitbild> leitbildWert() {
    return Optional.ofNullable(leitbild);
  }

  /** {@return the Präventionskette, or empty if the Kommune has none} */
  public Optional<Praeventionskette> ketteWert() {
    return Optional.ofNullable(kette);
  }

  /** {@return the Sozialindex, or empty if none could be computed} */
  public Optional<Sozialindex> sozialindexWert() {
    return Optional.ofNullable(sozialindex);
  }

  /** {@return the gap analysis of the chain, or empty without chain} */
  public Optional<Lueckenanalyse> lueckenWert() {
    return Optional.ofNullable(luecken);
  }

  /**
   * "Who does what where, and since when": the contributions to the Handlungsziele of the chain as
   * it was on the reference date, in the Leitbild's order of its Handlungsziele (contributions to a
   * Handlungsziel the Leitbild does not name come last, under its key), each goal's contributions
   * in the chain's order. Empty without chain or contributions.
   *
   * @return the contributions, grouped by Handlungsziel as described
   */
  public List<Zielarbeit> zielarbeit() {
    if (kette == null || kette.zielbeitraege().isEmpty()) {
      return List.of();
    }
    Praeventionskette k = kette;
    List<Zielarbeit> zeilen = new ArrayList<>();
    Set<String> genannt = new HashSet<>();
    if (leitbild != null) {
      for (Leitziel lz : leitbild.leitziele()) {
        for (Handlungsziel hz : lz.handlungsziele()) {
          genannt.add(hz.key());
          for (Zielbeitrag z : k.zielbeitraege(hz.key())) {
            zeilen.add(zielarbeit(k, z, lz.titel(), hz.titel()));
          }
        }
      }
    }
    for (Zielbeitrag z : k.zielbeitraege()) {
      if (!genannt.contains(z.handlungsziel())) {
        zeilen.add(zielarbeit(k, z, "", z.handlungsziel()));
      }
    }
    return ImmutableList.copyOf(zeilen);
  }

  private static Zielarbeit zielarbeit(
      Praeventionskette k, Zielbeitrag z, String leitziel, String handlungsziel) {
    String name = z.beitragender();
    List<SozialraumId> orte = List.of();
    switch (z.art()) {
      case ANGEBOT -> {
        Optional<Angebot> a = k.angebot(AngebotId.of(z.beitragender()));
        if (a.isPresent()) {
          name = a.get().name();
          orte = List.copyOf(a.get().sozialraeume());
        }
      }
      case ARBEITSGEMEINSCHAFT -> {
        Optional<Arbeitsgemeinschaft> ag = k.steuerung().ag(z.beitragender());
        if (ag.isPresent()) {
          name = ag.get().name();
        }
      }
      case AKTEUR -> {
        Optional<Akteur> a = k.akteur(AkteurId.of(z.beitragender()));
        if (a.isPresent()) {
          name = a.get().name();
        }
      }
    }
    return new Zielarbeit(
        leitziel,
        z.handlungsziel(),
        handlungsziel,
        z.art(),
        name,
        z.aufgabe(),
        orte,
        k.seit(z).orElse(null));
  }

  /**
   * How many cells of the Sozialraum rows of every table show which kind of figure in the table's
   * latest period: the measure of how much of a small-area monitoring a release keeps visible.
   *
   * @return the number of cells per kind of figure, every kind present (0 if no cell shows it)
   */
  public Map<Wertart, Integer> abdeckung() {
    Map<Wertart, Integer> anzahl = new EnumMap<>(Wertart.class);
    for (Wertart w : Wertart.values()) {
      anzahl.put(w, 0);
    }
    for (Indikatorauswertung a : auswertungen) {
      for (Zeitreihe z : a.gebiete()) {
        anzahl.merge(z.letzte().art(), 1, Integer::sum);
      }
    }
    return anzahl;
  }
}
