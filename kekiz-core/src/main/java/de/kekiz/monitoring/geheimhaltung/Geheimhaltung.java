package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Regelverstoss;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Protection of small numbers: the domain service every figure passes before it leaves the core
 * for a report.
 *
 * <p>{@link #schuetze(List, Kommune, Geheimhaltungsregeln)} takes the observations of one Kommune
 * (any indicators and periods) and returns them protected, in the same order:
 *
 * <ol>
 *   <li>the observations are grouped into tables, one per indicator version and period ({@link
 *       MesswertTabelle}: every area of the Sozialraum hierarchy × every breakdown, with the
 *       additive relations between them);
 *   <li><b>primary suppression</b>: an observation that the {@link Geheimhaltungsregeln} find
 *       confidential (numerator below 3, denominator of a rate below 100, dominance) gets
 *       CONF_STATUS {@code A};
 *   <li><b>secondary suppression</b>: further observations get CONF_STATUS {@code D} until no
 *       suppressed observation can be computed from the published ones by linear reasoning over
 *       the totals, nor pinned down by non-negativity within a relation (see {@link
 *       Sekundaersperrung} for the heuristic);
 *   <li>a suppressed observation leaves without numerator and denominator: its value is absent,
 *       never 0. An observation that arrives with a CONF_STATUS other than {@code F} and a value
 *       keeps its status and loses its value;
 *   <li>if the rules ask for it, the numerators of the published observations are rounded.
 * </ol>
 *
 * <p>Observations without numerator (missing, or suppressed by the supplier) are passed through
 * unchanged. Tables do not interact: relations between indicators (one indicator being the sum of
 * others) or between periods (quarters adding up to a year) are not known to the protection.
 *
 * <pre>{@code
 * List<Messwert> geschuetzt = Geheimhaltung.schuetze(messwerte, koeln);
 * }</pre>
 *
 * <p>The work per table is close to linear in its number of cells; see {@link Bestimmtheit} for
 * the one step that is not linear in the worst case.
 */
public final class Geheimhaltung {

  private Geheimhaltung() {}

  /** {@link #schuetze(List, Kommune, Geheimhaltungsregeln)} with the standard rules. */
  public static ImmutableList<Messwert> schuetze(List<Messwert> messwerte, Kommune kommune) {
    return schuetze(messwerte, kommune, Geheimhaltungsregeln.standard(), Beitraege.keine());
  }

  /**
   * The observations of {@code kommune}, protected by {@code regeln}; same order and size as
   * {@code messwerte}.
   *
   * @throws de.kekiz.domain.Regelverstoss if an observation lies in another Kommune, refers to a
   *     Sozialraum version the Kommune does not have, or two observations share a key (see {@link
   *     MesswertTabelle})
   */
  public static ImmutableList<Messwert> schuetze(
      List<Messwert> messwerte, Kommune kommune, Geheimhaltungsregeln regeln) {
    return schuetze(messwerte, kommune, regeln, Beitraege.keine());
  }

  /**
   * The observations of {@code kommune}, protected by {@code regeln}, with the contributions
   * {@code beitraege} for the dominance rule; same order and size as {@code messwerte}.
   *
   * @throws de.kekiz.domain.Regelverstoss if an observation lies in another Kommune, refers to a
   *     Sozialraum version the Kommune does not have, or two observations share a key (see {@link
   *     MesswertTabelle})
   */
  public static ImmutableList<Messwert> schuetze(
      List<Messwert> messwerte, Kommune kommune, Geheimhaltungsregeln regeln, Beitraege beitraege) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(kommune, "kommune");
    requireNonNull(regeln, "regeln");
    requireNonNull(beitraege, "beitraege");
    Map<Gruppe, List<Messwert>> gruppen = new LinkedHashMap<>();
    for (Messwert m : messwerte) {
      requireNonNull(m, "messwert");
      gruppen.computeIfAbsent(new Gruppe(m.indikator(), m.periode()), g -> new ArrayList<>()).add(m);
    }
    Messwert[] ergebnis = new Messwert[messwerte.size()];
    Map<Messwert, Integer> stelle = new IdentityHashMap<>(2 * messwerte.size());
    for (int i = 0; i < messwerte.size(); i++) {
      if (stelle.putIfAbsent(messwerte.get(i), i) != null) {
        // the same object twice: it would share its key with itself
        throw new Regelverstoss(
            "geheimhaltung.messwert-doppelt",
            "Messwert " + messwerte.get(i).schluessel(),
            "two observations have the key " + messwerte.get(i).schluessel());
      }
    }
    Map<SozialraumRef, Sozialraum> versionen = MesswertTabelle.versionen(kommune);
    Map<LocalDate, Raumhierarchie> hierarchien = new HashMap<>();
    for (List<Messwert> gruppe : gruppen.values()) {
      LocalDate stichtag = MesswertTabelle.stichtag(gruppe, kommune, versionen);
      Raumhierarchie h = hierarchien.computeIfAbsent(stichtag, t -> Raumhierarchie.von(kommune, t));
      MesswertTabelle.Aufbau aufbau = MesswertTabelle.aufbau(gruppe, kommune, h, regeln, beitraege);
      GeschuetzteTabelle<MesswertSchluessel> geschuetzt = schuetze(aufbau.tabelle(), regeln);
      for (int i = 0; i < gruppe.size(); i++) {
        Messwert m = gruppe.get(i);
        Sperrung s = geschuetzt.sperrungAn(aufbau.zelleDerMesswerte()[i]);
        ergebnis[stelle.get(m)] = anwenden(m, s, regeln);
      }
    }
    return ImmutableList.copyOf(ergebnis);
  }

  /**
   * Secondary suppression on a table whose sensitive cells are marked: the result says for every
   * cell whether it is published, primary or secondary suppressed, or missing. {@code regeln} tell
   * what an observer learns from a secondary suppression ({@link
   * Geheimhaltungsregeln#untergrenzeSekundaer()}); the primary rules themselves were applied when
   * the table was built.
   */
  public static <K> GeschuetzteTabelle<K> schuetze(Tabelle<K> tabelle, Geheimhaltungsregeln regeln) {
    requireNonNull(tabelle, "tabelle");
    requireNonNull(regeln, "regeln");
    return Sekundaersperrung.berechne(tabelle, regeln.untergrenzeSekundaer());
  }

  private static Messwert anwenden(Messwert m, Sperrung s, Geheimhaltungsregeln regeln) {
    switch (s) {
      case FREI:
        Rundung r = regeln.rundung();
        BigDecimal z = m.zaehler();
        return r == null || z == null ? m : m.withWerten(r.runde(z, m.nenner()), m.nenner());
      case PRIMAER:
        return ohneWert(m, m.confStatus() == ConfStatus.F ? ConfStatus.A : m.confStatus());
      case SEKUNDAER:
        return ohneWert(m, ConfStatus.D);
      default:
        return m;
    }
  }

  private static Messwert ohneWert(Messwert m, ConfStatus status) {
    return new Messwert(
        m.indikator(),
        m.raum(),
        m.periode(),
        m.aufschluesselung(),
        null,
        null,
        m.obsStatus(),
        status);
  }

  private record Gruppe(IndikatorRef indikator, Periode periode) {}
}
