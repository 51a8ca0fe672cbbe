package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Kommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Protection of small numbers: the domain service every figure passes before it leaves the core for
 * a report.
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
 *       suppressed observation can be computed from the published ones by linear reasoning over the
 *       totals, nor pinned down by non-negativity (the heuristic is described in the package
 *       documentation);
 *   <li>a suppressed observation leaves without numerator and denominator: its value is absent,
 *       never 0. An observation that arrives with a CONF_STATUS other than {@code F} and a value
 *       keeps its status and loses its value, and is protected like a primary one;
 *   <li>if the rules ask for it, the numerators of the published observations are rounded.
 * </ol>
 *
 * <p>Observations without numerator (missing, or suppressed by the supplier) are passed through
 * unchanged; as they are published nowhere, they may hide others. A figure that is published
 * elsewhere belongs into {@code messwerte}, or the protection cannot take it into account.
 *
 * <pre>{@code
 * List<Messwert> geschuetzt = Geheimhaltung.schuetze(messwerte, koeln);
 * }</pre>
 *
 * <p>The work is close to linear in the number of observations: each table is built by position and
 * most steps are linear in its cells and relations; only the exact linear check runs an elimination
 * on the groups of hidden cells, whose size stays small in practice.
 */
public final class Geheimhaltung {

  private Geheimhaltung() {}

  /**
   * {@link #schuetze(List, Kommune, Geheimhaltungsregeln)} with the standard rules.
   *
   * @param messwerte the observations of the Kommune, of any indicators and periods
   * @param kommune the Kommune
   * @return the protected observations, in the order of {@code messwerte}
   * @throws de.kekiz.domain.RegelverstossException as {@link #schuetze(List, Kommune,
   *     Geheimhaltungsregeln)}
   */
  public static ImmutableList<Messwert> schuetze(List<Messwert> messwerte, Kommune kommune) {
    return schuetze(messwerte, kommune, Geheimhaltungsregeln.standard(), Beitraege.keine());
  }

  /**
   * The observations of {@code kommune}, protected by {@code regeln}; same order and size as {@code
   * messwerte}.
   *
   * @param messwerte the observations of the Kommune, of any indicators and periods
   * @param kommune the Kommune
   * @param regeln the rules of protection
   * @return the protected observations, in the order of {@code messwerte}
   * @throws de.kekiz.domain.RegelverstossException if an observation lies in another Kommune,
   *     refers to a Sozialraum version the Kommune does not have, or two observations share a key
   *     (see {@link MesswertTabelle})
   */
  public static ImmutableList<Messwert> schuetze(
      List<Messwert> messwerte, Kommune kommune, Geheimhaltungsregeln regeln) {
    return schuetze(messwerte, kommune, regeln, Beitraege.keine());
  }

  /**
   * The observations of {@code kommune}, protected by {@code regeln}, with the contributions {@code
   * beitraege} for the dominance rule; same order and size as {@code messwerte}.
   *
   * @param messwerte the observations of the Kommune, of any indicators and periods
   * @param kommune the Kommune
   * @param regeln the rules of protection
   * @param beitraege the contributions per observation, for the dominance rule
   * @return the protected observations, in the order of {@code messwerte}
   * @throws de.kekiz.domain.RegelverstossException if an observation lies in another Kommune,
   *     refers to a Sozialraum version the Kommune does not have, or two observations share a key
   *     (see {@link MesswertTabelle})
   */
  public static ImmutableList<Messwert> schuetze(
      List<Messwert> messwerte, Kommune kommune, Geheimhaltungsregeln regeln, Beitraege beitraege) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(kommune, "kommune");
    requireNonNull(regeln, "regeln");
    requireNonNull(beitraege, "beitraege");
    int n = messwerte.size();
    Raumverzeichnis rv = Raumverzeichnis.von(kommune);
    int[] nummern = new int[n];
    int[] aufNummern = new int[n];
    Map<Aufschluesselung, Integer> aufMap = new HashMap<>();
    List<Aufschluesselung> aufListe = new ArrayList<>();
    Map<Gruppe, Stellen> gruppen = new LinkedHashMap<>();
    @Nullable Messwert vorige = null;
    @Nullable Stellen stellen = null;
    @Nullable Aufschluesselung vorigeAuf = null;
    int vorigeAufNummer = -1;
    for (int i = 0; i < n; i++) {
      Messwert m = requireNonNull(messwerte.get(i), "messwert");
      nummern[i] = rv.nummer(m);
      Aufschluesselung a = m.aufschluesselung();
      if (a != vorigeAuf) {
        vorigeAuf = a;
        vorigeAufNummer = MesswertTabelle.nummer(a, aufMap, aufListe);
      }
      aufNummern[i] = vorigeAufNummer;
      if (vorige == null
          || stellen == null
          || !vorige.indikator().equals(m.indikator())
          || !vorige.periode().equals(m.periode())) {
        stellen =
            gruppen.computeIfAbsent(new Gruppe(m.indikator(), m.periode()), g -> new Stellen());
      }
      stellen.add(i);
      vorige = m;
    }
    Messwert[] ergebnis = new Messwert[n];
    Map<LocalDate, Raumhierarchie> hierarchien = new HashMap<>();
    for (Stellen s : gruppen.values()) {
      List<Messwert> gruppe = new ArrayList<>(s.anzahl);
      int[] gNummern = new int[s.anzahl];
      int[] gAuf = new int[s.anzahl];
      for (int j = 0; j < s.anzahl; j++) {
        int i = s.stelle[j];
        gruppe.add(messwerte.get(i));
        gNummern[j] = nummern[i];
        gAuf[j] = aufNummern[i];
      }
      LocalDate stichtag = MesswertTabelle.stichtag(gruppe, gNummern, rv);
      Raumhierarchie h = hierarchien.computeIfAbsent(stichtag, t -> Raumhierarchie.von(rv, t));
      MesswertTabelle.Aufbau aufbau =
          MesswertTabelle.aufbau(gruppe, gNummern, gAuf, aufListe, h, rv, regeln, beitraege);
      GeschuetzteTabelle<MesswertSchluessel> geschuetzt = schuetze(aufbau.tabelle(), regeln);
      for (int j = 0; j < s.anzahl; j++) {
        Sperrung sp = geschuetzt.sperrungAn(aufbau.zelleDerMesswerte()[j]);
        ergebnis[s.stelle[j]] = anwenden(gruppe.get(j), sp, regeln);
      }
    }
    return ImmutableList.copyOf(ergebnis);
  }

  /** The positions of one group's observations in the input. */
  private static final class Stellen {
    int[] stelle = new int[16];
    int anzahl;

    void add(int i) {
      if (anzahl == stelle.length) {
        stelle = Arrays.copyOf(stelle, 2 * anzahl);
      }
      stelle[anzahl++] = i;
    }
  }

  /**
   * Secondary suppression on a table whose sensitive cells are marked: the result says for every
   * cell whether it is published, primary or secondary suppressed, or missing. {@code regeln} tell
   * what an observer learns from a secondary suppression ({@link
   * Geheimhaltungsregeln#untergrenzeSekundaer()}); the primary rules themselves were applied when
   * the table was built.
   *
   * @param <K> the type of the cell keys
   * @param tabelle the table with its sensitive cells marked
   * @param regeln the rules of protection
   * @return the decision for every cell
   */
  public static <K> GeschuetzteTabelle<K> schuetze(
      Tabelle<K> tabelle, Geheimhaltungsregeln regeln) {
    return schuetze(tabelle, regeln, new Arbeitsspeicher());
  }

  /**
   * {@link #schuetze(Tabelle, Geheimhaltungsregeln)} with the working arrays of {@code speicher},
   * kept from an earlier table of the same release.
   */
  static <K> GeschuetzteTabelle<K> schuetze(
      Tabelle<K> tabelle, Geheimhaltungsregeln regeln, Arbeitsspeicher speicher) {
    requireNonNull(tabelle, "tabelle");
    requireNonNull(regeln, "regeln");
    return Sekundaersperrung.berechne(
        tabelle, regeln.untergrenzeSekundaer(), regeln.schutzbreite(), speicher);
  }

  /**
   * Observation {@code m} as the protection decided {@code s}: published (its numerator rounded if
   * {@code regeln} ask for it), or without numerator and denominator with CONF_STATUS {@code A}
   * (primary; a status the source gave is kept) or {@code D} (secondary); a missing cell as it is.
   *
   * @param m the observation
   * @param s the decision for its cell
   * @param regeln the rules of protection, for the rounding
   * @return the observation as it may be published
   */
  public static Messwert anwenden(Messwert m, Sperrung s, Geheimhaltungsregeln regeln) {
    requireNonNull(m, "m");
    requireNonNull(s, "s");
    requireNonNull(regeln, "regeln");
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

  /**
   * Observation {@code m} without numerator and denominator, with CONF_STATUS {@code status}.
   *
   * @param m the observation
   * @param status the CONF_STATUS to give it
   * @return a copy of {@code m} without numbers
   */
  public static Messwert ohneWert(Messwert m, ConfStatus status) {
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
