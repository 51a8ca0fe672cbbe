package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.geheimhaltung.Quotenueberlagerung;
import de.kekiz.monitoring.geheimhaltung.Sperrung;
import de.kekiz.monitoring.geheimhaltung.Verbundtabelle;
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes a release ({@link Veroeffentlichung}): every figure kekiz publishes, for every report of
 * the release, in one analysis and under one protection. This is the one path from observations to
 * anything a report shows.
 *
 * <p><b>Steps.</b>
 *
 * <ol>
 *   <li>Each Kommune's observations are checked and indexed ({@link Kommunaldaten}); the sums for
 *       parents and for the Kommune are taken.
 *   <li>Every figure that can be published (observation, sum, Kommune value; and, with pooling, the
 *       sum over the latest periods) is protected together with every figure of the release it is
 *       linked to, by the release's {@link Schutzverfahren}: with {@link Schutzverfahren#SPERRUNG}
 *       one {@link Verbundtabelle} per indicator version and period (or pooling window) holds the
 *       figures of all Kommunen of the release with the relations a reader knows — the Sozialraum
 *       hierarchy of each Kommune on the period's reference day, every other boundary version that
 *       has figures in the period (its areas again sum to the Kommune), the breakdowns, a Kreis's
 *       Sozialraum that is one of its Gemeinden and that Gemeinde's total (they count the same), a
 *       Kreis as the sum of its Gemeinden, and a pooled figure as the sum of its periods. A period
 *       without any sensitive figure publishes every figure with a value as it is, and its table is
 *       only built if a pooled table needs its cells ({@link Verbundtabelle#brauchtSchutz}); the
 *       pooled table takes the cells of the periods' own tables over.
 *   <li>The analysis (comparison and ranks, trends, Sozialindex, ranking by need, Zielerreichung,
 *       gap analysis) runs on the published figures only, so that every derived figure is computed
 *       from publishable values: a suppressed figure is absent from the analysis as it is from the
 *       report.
 *   <li>The report's sections are built from the analysis ({@link Berichtsprojektion}).
 * </ol>
 *
 * <p><b>Which Kommunen belong together.</b> A release should hold every Kommune whose figures are
 * linked: a Kreis and all its Gemeinden. {@link Eingabe#mitBericht()} says whose report is made;
 * the others only take part in the protection. Figures that the release cannot see (a Gemeinde
 * published in another release) cannot be taken into account.
 *
 * <p>Immutable and thread-safe.
 */
public final class Veroeffentlichungsrechnung {

  /**
   * The data of one Kommune of the release.
   *
   * @param kommune the Kommune
   * @param messwerte its observations (any order)
   * @param leitbild its Leitbild in force on the reference date, or {@code null}
   * @param kette its Präventionskette, or {@code null}
   * @param mitBericht whether the release makes its report, or it only takes part in the protection
   *     (a Gemeinde linked to a Kreis whose report is made)
   */
  public record Eingabe(
      Kommune kommune,
      List<Messwert> messwerte,
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette,
      boolean mitBericht) {
    /**
     * Checks the input and copies the observations.
     *
     * @param kommune the Kommune
     * @param messwerte its observations (any order)
     * @param leitbild its Leitbild in force on the reference date, or {@code null}
     * @param kette its Präventionskette, or {@code null}
     * @param mitBericht whether the release makes its report, or it only takes part in the
     *     protection (a Gemeinde linked to a Kreis whose report is made)
     * @throws RegelverstossException {@code veroeffentlichung.leitbild-andere-kommune} or {@code
     *     veroeffentlichung.kette-andere-kommune} if the Leitbild or the chain is another Kommune's
     */
    public Eingabe {
      requireNonNull(kommune, "kommune");
      messwerte = ImmutableList.copyOf(requireNonNull(messwerte, "messwerte"));
      String gegenstand = "Veröffentlichung " + kommune.schluessel();
      RegelverstossException.pruefe(
          leitbild == null || leitbild.kommune().equals(kommune.schluessel()),
          "veroeffentlichung.leitbild-andere-kommune",
          gegenstand,
          "the Leitbild must be one of Kommune "
              + kommune.schluessel()
              + ", got one of "
              + (leitbild == null ? null : leitbild.kommune()));
      RegelverstossException.pruefe(
          kette == null || kette.kommune().equals(kommune.schluessel()),
          "veroeffentlichung.kette-andere-kommune",
          gegenstand,
          "the Präventionskette must be one of Kommune "
              + kommune.schluessel()
              + ", got one of "
              + (kette == null ? null : kette.kommune()));
    }
  }

  private final Veroeffentlichungsauftrag auftrag;

  /**
   * A computation as {@code auftrag} asks.
   *
   * @param auftrag what to compute and how to protect it
   */
  public Veroeffentlichungsrechnung(Veroeffentlichungsauftrag auftrag) {
    this.auftrag = requireNonNull(auftrag, "auftrag");
  }

  /**
   * The release of {@code eingaben}, whose observations refer to {@code indikatoren}.
   *
   * @param eingaben the Kommunen with their observations, Leitbild and chain
   * @param indikatoren the definitions of every indicator version the observations use
   * @return the release, one part per input that asks for a report, in the order of {@code
   *     eingaben}
   * @throws de.kekiz.domain.RegelverstossException if an observation breaks a rule of {@link
   *     Kommunaldaten}
   * @throws IllegalArgumentException if two inputs are of the same Kommune
   */
  public Veroeffentlichung berechne(List<Eingabe> eingaben, Collection<Indikator> indikatoren) {
    requireNonNull(eingaben, "eingaben");
    requireNonNull(indikatoren, "indikatoren");
    List<Glied> glieder = new ArrayList<>(eingaben.size());
    Map<Gemeindeschluessel, Glied> nachAgs = new HashMap<>();
    for (Eingabe e : eingaben) {
      Kommunaldaten roh =
          Kommunaldaten.builder(e.kommune(), indikatoren)
              .ohneGeheimhaltung()
              .addAll(e.messwerte())
              .build();
      Glied g = new Glied(e, roh, glieder.size());
      if (nachAgs.put(e.kommune().schluessel(), g) != null) {
        throw new IllegalArgumentException(
            "a release holds each Kommune once, got " + e.kommune().schluessel() + " twice");
      }
      glieder.add(g);
    }
    verknuepfe(glieder);
    Verbundtabelle.Gliederungen gliederungen = new Verbundtabelle.Gliederungen();
    TreeMap<IndikatorRef, TreeSet<Periode>> perioden = new TreeMap<>();
    for (Glied g : glieder) {
      for (Reihe r : g.roh.reihen()) {
        perioden.computeIfAbsent(r.indikator(), x -> new TreeSet<>()).addAll(g.roh.perioden(r));
      }
    }
    Sammlung sammlung = new Sammlung();
    for (Map.Entry<IndikatorRef, TreeSet<Periode>> e : perioden.entrySet()) {
      List<Periode> fenster = fenster(e.getValue());
      // the tables of the window's periods, kept for the pooled table
      List<Periodenbau> imFenster = new ArrayList<>(fenster.size());
      for (Periode p : e.getValue()) {
        Periodenbau bau = schuetze(glieder, e.getKey(), p, gliederungen, sammlung);
        if (bau != null && fenster.contains(p)) {
          imFenster.add(bau);
        }
      }
      if (!fenster.isEmpty()) {
        poole(glieder, e.getKey(), imFenster, gliederungen);
      }
    }
    Berichtsprojektion projektion = new Berichtsprojektion(auftrag, indikatoren);
    ImmutableList.Builder<Berichtsteil> teile = ImmutableList.builder();
    for (Glied g : glieder) {
      if (g.eingabe.mitBericht()) {
        teile.add(
            projektion.teil(
                g.eingabe,
                g.gemeinden(),
                g.veroeffentlicht(),
                g.veroeffentlichteDaten(),
                g.gepoolt));
      }
    }
    return new Veroeffentlichung(auftrag, teile.build());
  }

  /** The latest {@code poolperioden} periods if pooling applies to them, else none. */
  private List<Periode> fenster(TreeSet<Periode> perioden) {
    int k = auftrag.poolperioden();
    if (k < 2 || auftrag.verfahren() != Schutzverfahren.SPERRUNG || perioden.size() < k) {
      return List.of();
    }
    List<Periode> f = new ArrayList<>(perioden.descendingSet()).subList(0, k);
    List<Periode> aufsteigend = new ArrayList<>(f);
    java.util.Collections.reverse(aufsteigend);
    for (int i = 1; i < aufsteigend.size(); i++) {
      if (!aufsteigend.get(i - 1).naechste().equals(aufsteigend.get(i))) {
        return List.of(); // a gap: the window would not be consecutive periods
      }
    }
    return aufsteigend;
  }

  /**
   * Links each Gemeinde to its Kreis in the release, and the Kreis's Sozialraum standing for it.
   */
  private static void verknuepfe(List<Glied> glieder) {
    for (Glied kreis : glieder) {
      Kommune k = kreis.eingabe.kommune();
      if (!k.art().kreisebene()) {
        continue;
      }
      for (Glied g : glieder) {
        Kommune gemeinde = g.eingabe.kommune();
        if (g != kreis
            && !gemeinde.art().kreisebene()
            && gemeinde.schluessel().kreis().equals(k.schluessel().kreis())) {
          g.kreis = kreis;
          kreis.gemeinden.add(g);
        }
      }
    }
  }

  /**
   * Protects every figure of indicator version {@code ref} in period {@code p} across the release,
   * and records what is published; returns the period's table ({@code null} unless protected by
   * {@link Schutzverfahren#SPERRUNG}).
   */
  private @Nullable Periodenbau schuetze(
      List<Glied> glieder,
      IndikatorRef ref,
      Periode p,
      Verbundtabelle.Gliederungen gliederungen,
      Sammlung sammlung) {
    boolean intern = auftrag.verfahren() == Schutzverfahren.INTERN;
    CellKeyVerfahren cellKey = auftrag.cellKey();
    if (intern || cellKey != null) {
      // figure by figure, without a table: unprotected (but what a source withheld stays
      // withheld), or perturbed by the Cell-Key-Verfahren
      for (Glied g : glieder) {
        for (Reihe r : g.reihen(ref)) {
          Indikator i = g.roh.definition(ref);
          int n = sammlung.figuren(g, r, p, 0);
          for (int k = 0; k < n; k++) {
            Messwert m = requireNonNull(sammlung.messwerte[k]);
            g.veroeffentliche(
                r,
                p,
                intern
                    ? (m.veroeffentlichbar() ? m : Geheimhaltung.ohneWert(m, m.confStatus()))
                    : ueberlagert(requireNonNull(cellKey), i, g, m));
          }
        }
      }
      return null;
    }
    Periodenbau bau = sammle(glieder, ref, p, sammlung);
    Messwert[] messwerte = bau.messwerte;
    Messwert[] veroeffentlicht = bau.veroeffentlicht;
    if (!Verbundtabelle.brauchtSchutz(
        auftrag.regeln(), Arrays.asList(messwerte).subList(0, bau.anzahl))) {
      // nothing sensitive: the protection publishes every figure with a value, without a table
      // (without rounding, every figure as it is: what has no value stays missing)
      boolean ohneRundung = auftrag.regeln().rundung() == null;
      for (Glied g : glieder) {
        for (int i = bau.von[g.nummer]; i < bau.bis[g.nummer]; i++) {
          Messwert roh = messwerte[i];
          Messwert m =
              ohneRundung
                  ? roh
                  : Geheimhaltung.anwenden(
                      roh, roh.hatWert() ? Sperrung.FREI : Sperrung.FEHLT, auftrag.regeln());
          veroeffentlicht[i] = m;
          g.veroeffentliche(bau.reihen[i], p, m);
        }
      }
      return bau;
    }
    Verbundtabelle.Builder tabelle = Verbundtabelle.builder(auftrag.regeln(), gliederungen);
    for (Glied g : glieder) {
      platziere(tabelle, g, ref, bau);
    }
    bau.platziert = true;
    verknuepfeKreise(tabelle, glieder, ref, List.of(bau));
    Verbundtabelle.Ergebnis ergebnis = tabelle.schuetze();
    Verbundtabelle.@Nullable Zelle[] zellen = requireNonNull(bau.zellen);
    for (Glied g : glieder) {
      for (int i = bau.von[g.nummer]; i < bau.bis[g.nummer]; i++) {
        Messwert m =
            Geheimhaltung.anwenden(
                messwerte[i], ergebnis.sperrung(requireNonNull(zellen[i])), auftrag.regeln());
        veroeffentlicht[i] = m;
        g.veroeffentliche(bau.reihen[i], p, m);
      }
    }
    return bau;
  }

  /**
   * Figure {@code m} perturbed by the Cell-Key-Verfahren. The cell key comes from what the figure
   * counts, not from where it is shown: the numerator from the indicator and its numerator's
   * definition, the denominator from its definition alone (several indicators share one, such as
   * the children examined at school entry, and must share its noise), each with period, area and
   * breakdown; a Kreis's Sozialraum that stands for one of its Gemeinden counts as that Gemeinde.
   * So the same count gets the same noise in every table and every release with the same secret.
   * Shares keep the perturbed numerator at most the perturbed denominator. A figure the method
   * cannot perturb (a count that is not a whole number, a negative one) and a rate whose perturbed
   * denominator is 0 are suppressed (CONF_STATUS {@code A}); what a source withheld stays withheld.
   */
  private static Messwert ueberlagert(CellKeyVerfahren ck, Indikator i, Glied g, Messwert m) {
    if (!m.veroeffentlichbar()) {
      return m.hatWert() ? Geheimhaltung.ohneWert(m, m.confStatus()) : m;
    }
    Long z = ganz(m.zaehler());
    BigDecimal nn = m.nenner();
    Long n = nn == null ? null : ganz(nn);
    if (z == null || (nn != null && n == null)) {
      return Geheimhaltung.ohneWert(m, ConfStatus.A);
    }
    String zelle = "|" + m.periode() + "|" + kanonisch(g, m.raum()) + "|" + m.aufschluesselung();
    String zaehlerId = "Z|" + i.key() + "|" + i.zaehlerDefinition() + zelle;
    if (n == null) {
      return m.withWerten(BigDecimal.valueOf(ck.ueberlagere(zaehlerId, z)), null);
    }
    String nennerId = "N|" + i.nennerDefinition().orElse(i.key().toString()) + zelle;
    long z2;
    long n2;
    if (i.anteil() && z <= n) {
      Quotenueberlagerung q = ck.ueberlagereQuote(zaehlerId, z, nennerId, n);
      z2 = q.ueberlagerterZaehler();
      n2 = q.ueberlagerterNenner();
    } else {
      z2 = ck.ueberlagere(zaehlerId, z);
      n2 = ck.ueberlagere(nennerId, n);
    }
    if (n2 == 0) {
      return Geheimhaltung.ohneWert(m, ConfStatus.A);
    }
    return m.withWerten(BigDecimal.valueOf(z2), BigDecimal.valueOf(n2));
  }

  /** {@code x} as a non-negative long if it is a whole number, else {@code null}. */
  private static @Nullable Long ganz(@Nullable BigDecimal x) {
    if (x == null || x.signum() < 0) {
      return null;
    }
    try {
      return x.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * The area a figure counts, independent of the report it is shown in: the AGS for a Kommune and
   * for a Kreis's Sozialraum whose code is the AGS of one of its Gemeinden; else the Sozialraum
   * version.
   */
  private static String kanonisch(Glied g, Raumbezug raum) {
    if (raum instanceof SozialraumBezug s && g.eingabe.kommune().art().kreisebene()) {
      String code = s.sozialraum().id().code();
      if (code.matches("[0-9]{8}")
          && Gemeindeschluessel.parse(code)
              .kreis()
              .equals(g.eingabe.kommune().schluessel().kreis())) {
        return code;
      }
    }
    return raum instanceof SozialraumBezug ? raum.toString() : raum.kommune().wert();
  }

  /**
   * Adds figures pooled over the window of periods {@code fenster} where the latest period's own
   * figure is suppressed: one table holds the figures of every period of the window, each as its
   * own period's protection decided (published ones fixed, suppressed ones to stay undetermined),
   * and the pooled figures with the relation "pooled = sum of its periods", so that a pooled figure
   * is published only if it reveals no suppressed single one, neither alone nor against the
   * published ones. Single figures keep the decision of their own period. The single periods' parts
   * are taken over from their own tables: the same cells with the same figures, in the order
   * Kommune by Kommune, period by period.
   */
  private void poole(
      List<Glied> glieder,
      IndikatorRef ref,
      List<Periodenbau> fenster,
      Verbundtabelle.Gliederungen gliederungen) {
    if (!mitGesperrtem(fenster.get(fenster.size() - 1))) {
      return; // no pooled figure is asked for: nothing to protect
    }
    Verbundtabelle.Builder tabelle = Verbundtabelle.builder(auftrag.regeln(), gliederungen);
    for (Glied g : glieder) {
      List<Reihe> reihen = g.reihen(ref);
      for (Periodenbau bau : fenster) {
        if (!bau.platziert) {
          // its period needed no table: its figures are placed here the first time
          platziere(tabelle, g, ref, bau);
        } else {
          List<Verbundtabelle.Teil> teile = bau.teile[g.nummer];
          if (teile == null) {
            continue;
          }
          for (Verbundtabelle.Teil t : teile) {
            tabelle.teil(t);
          }
          gleicheNeben(tabelle, reihen, bau, g);
        }
        Verbundtabelle.@Nullable Zelle[] zellen = bau.zellen;
        for (int i = bau.von[g.nummer]; i < bau.bis[g.nummer]; i++) {
          Messwert entschieden = requireNonNull(bau.veroeffentlicht[i]);
          if (entschieden.hatWert() && entschieden.veroeffentlichbar()) {
            tabelle.fest(requireNonNull(requireNonNull(zellen)[i]));
          } else if (!entschieden.veroeffentlichbar()) {
            tabelle.sensibel(requireNonNull(requireNonNull(zellen)[i]));
          }
        }
      }
    }
    verknuepfeKreise(tabelle, glieder, ref, fenster);
    List<Pool> pools = pools(tabelle, glieder, fenster);
    if (pools.isEmpty()) {
      return;
    }
    Verbundtabelle.Ergebnis ergebnis = tabelle.schuetze();
    Periode erste = fenster.get(0).periode;
    for (Pool pool : pools) {
      Messwert m =
          Geheimhaltung.anwenden(pool.summe, ergebnis.sperrung(pool.zelle), auftrag.regeln());
      if (m.hatWert() && m.veroeffentlichbar()) {
        pool.glied.gepoolt.add(new Mehrjahreswert(m, erste, fenster.size()));
      }
    }
  }

  /**
   * Whether a figure of {@code bau} with a value was suppressed: only for such a figure of the
   * window's last period is a pooled figure asked for ({@link #pools}).
   */
  private static boolean mitGesperrtem(Periodenbau bau) {
    for (int i = 0; i < bau.anzahl; i++) {
      Messwert m = bau.veroeffentlicht[i];
      if (m != null && !m.hatWert() && bau.messwerte[i].hatWert()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Collects every figure of indicator version {@code ref} in period {@code p}, Kommune by Kommune,
   * not yet placed in a table: written into {@code sammlung}, whose arrays the table then keeps.
   */
  private static Periodenbau sammle(
      List<Glied> glieder, IndikatorRef ref, Periode p, Sammlung sammlung) {
    int[] von = new int[glieder.size()];
    int[] bis = new int[glieder.size()];
    int k = 0;
    for (Glied g : glieder) {
      von[g.nummer] = k;
      for (Reihe r : g.reihen(ref)) {
        k += sammlung.figuren(g, r, p, k);
      }
      bis[g.nummer] = k;
    }
    Periodenbau bau = new Periodenbau(p, sammlung.messwerte, sammlung.reihen, k, von, bis);
    sammlung.uebergeben(k);
    return bau;
  }

  /**
   * Puts Glied {@code g}'s figures of {@code bau} into {@code tabelle}: a part on the period's
   * reference day and a part per other boundary version with figures, its Kommune cell linked to
   * the main one.
   */
  private static void platziere(
      Verbundtabelle.Builder tabelle, Glied g, IndikatorRef ref, Periodenbau bau) {
    int von = bau.von[g.nummer];
    int bis = bau.bis[g.nummer];
    if (von == bis) {
      return;
    }
    Periode p = bau.periode;
    LocalDate tag = g.roh.stichtag(ref, p);
    Verbundtabelle.Teil teil = tabelle.teil(g.eingabe.kommune(), tag);
    List<Verbundtabelle.Teil> teile = new ArrayList<>(1);
    teile.add(teil);
    TreeMap<LocalDate, Verbundtabelle.Teil> neben = null;
    Verbundtabelle.@Nullable Zelle[] zellen = bau.zellen;
    Verbundtabelle.@Nullable Teil[] teilDerFigur = bau.teilDerFigur;
    if (zellen == null || teilDerFigur == null) {
      zellen = new Verbundtabelle.Zelle[bau.anzahl];
      teilDerFigur = new Verbundtabelle.Teil[bau.anzahl];
      bau.zellen = zellen;
      bau.teilDerFigur = teilDerFigur;
    }
    for (int i = von; i < bis; i++) {
      Messwert m = bau.messwerte[i];
      // most figures belong to the areas valid on the period's reference day
      Verbundtabelle.Zelle z = teil.figurFallsGueltig(m);
      Verbundtabelle.Teil t = teil;
      if (z == null) {
        if (neben == null) {
          neben = new TreeMap<>();
        }
        LocalDate d = tagVon(g, m, p);
        t = neben.get(d);
        if (t == null) {
          t = tabelle.teil(g.eingabe.kommune(), d);
          neben.put(d, t);
          teile.add(t);
        }
        z = t.figur(m);
      }
      teilDerFigur[i] = t;
      zellen[i] = z;
    }
    bau.haupt[g.nummer] = teil;
    bau.teile[g.nummer] = teile;
    if (neben != null) {
      bau.neben[g.nummer] = new ArrayList<>(neben.values());
    }
    gleicheNeben(tabelle, g.reihen(ref), bau, g);
  }

  /**
   * Links the Kommune cells of Glied {@code g}'s parts of other boundary versions in {@code bau} to
   * those of its main part: each boundary version sums to the same Kommune.
   */
  private static void gleicheNeben(
      Verbundtabelle.Builder tabelle, List<Reihe> reihen, Periodenbau bau, Glied g) {
    List<Verbundtabelle.Teil> neben = bau.neben[g.nummer];
    if (neben == null) {
      return;
    }
    Verbundtabelle.Teil teil = requireNonNull(bau.haupt[g.nummer]);
    for (Verbundtabelle.Teil n : neben) {
      for (Reihe r : reihen) {
        tabelle.gleich(
            teil.kommunezelle(r.aufschluesselung()), n.kommunezelle(r.aufschluesselung()));
      }
    }
  }

  /**
   * The day whose hierarchy figure {@code m} of a Sozialraum version not valid on the period's
   * reference day belongs to: the period's last day moved into the version's validity.
   */
  private static LocalDate tagVon(Glied g, Messwert m, Periode p) {
    SozialraumBezug s = (SozialraumBezug) m.raum();
    Zeitraum z = g.roh.sozialraum(s.sozialraum()).orElseThrow().gueltigkeit();
    LocalDate d = p.ende();
    if (d.isBefore(z.von())) {
      return z.von();
    }
    LocalDate bis = z.bis();
    return bis != null && d.isAfter(bis) ? bis : d;
  }

  /**
   * Adds the relations across Kommunen: a Kreis's Sozialraum that is one of its Gemeinden counts
   * the same as that Gemeinde's total; a Kreis without such Sozialräume is the sum of its
   * Gemeinden.
   */
  private static void verknuepfeKreise(
      Verbundtabelle.Builder tabelle,
      List<Glied> glieder,
      IndikatorRef ref,
      List<Periodenbau> perioden) {
    for (Glied kreis : glieder) {
      if (kreis.gemeinden.isEmpty()) {
        continue;
      }
      for (Periodenbau bau : perioden) {
        Verbundtabelle.Teil kt = bau.haupt[kreis.nummer];
        if (kt == null) {
          continue;
        }
        List<Glied> ohneRaum = new ArrayList<>();
        for (Glied g : kreis.gemeinden) {
          Verbundtabelle.Teil gt = bau.haupt[g.nummer];
          if (gt == null) {
            ohneRaum.add(g);
            continue;
          }
          Raumbezug raum = kreisraum(kreis, g, kt.stichtag());
          if (raum == null || !kt.hat(raum)) {
            ohneRaum.add(g);
            continue;
          }
          for (Reihe r : g.reihen(ref)) {
            tabelle.gleich(
                kt.zelle(raum, r.aufschluesselung()), gt.kommunezelle(r.aufschluesselung()));
          }
        }
        if (ohneRaum.size() == kreis.gemeinden.size()) {
          // no Sozialraum of the Kreis stands for a Gemeinde: the Kreis is their sum
          for (Reihe r : kreis.reihen(ref)) {
            List<Verbundtabelle.Zelle> teile = new ArrayList<>();
            for (Glied g : kreis.gemeinden) {
              Verbundtabelle.Teil gt = bau.haupt[g.nummer];
              if (gt == null) {
                teile = null;
                break;
              }
              teile.add(gt.kommunezelle(r.aufschluesselung()));
            }
            if (teile != null) {
              tabelle.summe(kt.kommunezelle(r.aufschluesselung()), teile);
            }
          }
        }
      }
    }
  }

  /**
   * The Sozialraum of Kreis {@code kreis} valid on {@code tag} whose code is the AGS of Gemeinde
   * {@code g}: it stands for the whole Gemeinde. {@code null} if there is none.
   */
  private static @Nullable Raumbezug kreisraum(Glied kreis, Glied g, LocalDate tag) {
    String ags = g.eingabe.kommune().schluessel().wert();
    for (Sozialraum s : kreis.eingabe.kommune().sozialraeume()) {
      if (s.id().code().equals(ags) && s.gueltigAm(tag)) {
        return Raumbezug.of(s.ref());
      }
    }
    return null;
  }

  /**
   * The pooled figures of a window. Every area with a figure carrying a numerator in every period
   * gets a pooled cell, linked to the single periods' cells and, along the hierarchy of the
   * window's last period, to the pooled cells of its children (so that the protection sees every
   * combination of pooled and single figures an observer can form). Only where the area's figure of
   * the last period is not published is the pooled cell a candidate for publication ({@link Pool}s
   * returned); where every single figure is published, it is known and fixed; otherwise it is an
   * unknown cell that nothing publishes.
   */
  private static List<Pool> pools(
      Verbundtabelle.Builder tabelle, List<Glied> glieder, List<Periodenbau> fenster) {
    List<Pool> pools = new ArrayList<>();
    Periodenbau[] baue = fenster.toArray(new Periodenbau[0]);
    for (Glied glied : glieder) {
      if (gleichAufgebaut(glied, baue)) {
        // the i-th figures of the periods belong together: each series is a run of positions
        Periodenbau erste = baue[0];
        int von = erste.von[glied.nummer];
        int bis = erste.bis[glied.nummer];
        int i = von;
        while (i < bis) {
          Reihe reihe = erste.reihen[i];
          int j = i + 1;
          while (j < bis && erste.reihen[j] == reihe) {
            j++;
          }
          int[][] stellen = new int[j - i][];
          Raumbezug[] raeume = new Raumbezug[j - i];
          for (int a = 0; a < stellen.length; a++) {
            int[] jePeriode = new int[baue.length];
            for (int k = 0; k < baue.length; k++) {
              jePeriode[k] = baue[k].von[glied.nummer] + (i - von) + a;
            }
            stellen[a] = jePeriode;
            raeume[a] = erste.messwerte[i + a].raum();
          }
          poolReihe(tabelle, glied, baue, reihe, raeume, stellen, pools);
          i = j;
        }
      } else {
        for (Map.Entry<Reihe, Map<Raumbezug, int[]>> r : nachRaum(glied, baue).entrySet()) {
          Map<Raumbezug, int[]> jeRaum = r.getValue();
          Raumbezug[] raeume = new Raumbezug[jeRaum.size()];
          int[][] stellen = new int[jeRaum.size()][];
          int a = 0;
          for (Map.Entry<Raumbezug, int[]> e : jeRaum.entrySet()) {
            raeume[a] = e.getKey();
            stellen[a++] = e.getValue();
          }
          poolReihe(tabelle, glied, baue, r.getKey(), raeume, stellen, pools);
        }
      }
    }
    return pools;
  }

  /**
   * The pooled cells of series {@code reihe} of Glied {@code glied} ({@link #pools}): area {@code
   * raeume[a]} has its figure of period {@code k} at position {@code stellen[a][k]} of {@code
   * baue[k]} ({@code -1}: none). Adds the pooled figures asked for to {@code pools}.
   */
  private static void poolReihe(
      Verbundtabelle.Builder tabelle,
      Glied glied,
      Periodenbau[] baue,
      Reihe reihe,
      Raumbezug[] raeume,
      int[][] stellen,
      List<Pool> pools) {
    int letzte = baue.length - 1;
    Periode letztePeriode = baue[letzte].periode;
    Map<Raumbezug, Verbundtabelle.Zelle> gepoolt = new HashMap<>();
    Verbundtabelle.Teil teil = null;
    for (int a = 0; a < raeume.length; a++) {
      int[] einzeln = stellen[a];
      Messwert summe = summe(reihe, raeume[a], letztePeriode, baue, einzeln);
      if (summe == null) {
        continue;
      }
      boolean alleVeroeffentlicht = true;
      for (int k = 0; k < baue.length; k++) {
        Messwert m = baue[k].veroeffentlicht[einzeln[k]];
        alleVeroeffentlicht &= m != null && m.hatWert() && m.veroeffentlichbar();
      }
      Messwert zuletzt = baue[letzte].veroeffentlicht[einzeln[letzte]];
      boolean gewuenscht = zuletzt != null && !zuletzt.hatWert();
      Verbundtabelle.Zelle z =
          gewuenscht || alleVeroeffentlicht
              ? tabelle.zusatz(summe)
              : tabelle.zusatz(
                  new Messwert(
                      summe.indikator(),
                      summe.raum(),
                      summe.periode(),
                      summe.aufschluesselung(),
                      null,
                      null,
                      ObsStatus.M,
                      ConfStatus.F));
      if (alleVeroeffentlicht) {
        tabelle.fest(z);
      }
      Verbundtabelle.Zelle[] teile = new Verbundtabelle.Zelle[baue.length];
      for (int k = 0; k < baue.length; k++) {
        teile[k] = requireNonNull(requireNonNull(baue[k].zellen)[einzeln[k]]);
      }
      tabelle.summe(z, Arrays.asList(teile));
      gepoolt.put(raeume[a], z);
      if (raeume[a] instanceof KommuneBezug) {
        teil = requireNonNull(baue[letzte].teilDerFigur)[einzeln[letzte]];
      }
      if (gewuenscht) {
        pools.add(new Pool(glied, summe, z));
      }
    }
    if (teil == null) {
      return;
    }
    // pooled parent = sum of pooled children, along the hierarchy of the last period
    for (Map.Entry<Raumbezug, Verbundtabelle.Zelle> e : gepoolt.entrySet()) {
      // by index: most areas are leaves, and an iterator over their empty list is an object each
      List<List<Raumbezug>> gruppen = teil.kindergruppen(e.getKey());
      for (int g = 0; g < gruppen.size(); g++) {
        List<Raumbezug> kinder = gruppen.get(g);
        Verbundtabelle.Zelle[] teile = new Verbundtabelle.Zelle[kinder.size()];
        for (int k = 0; k < teile.length; k++) {
          Verbundtabelle.Zelle kz = gepoolt.get(kinder.get(k));
          if (kz == null) {
            teile = null;
            break;
          }
          teile[k] = kz;
        }
        if (teile != null) {
          tabelle.summe(e.getValue(), Arrays.asList(teile));
        }
      }
    }
  }

  /**
   * Glied {@code glied}'s figures of {@code fenster} by series (in the order they first come) and
   * area (likewise), each with its position in every period ({@code -1}: none).
   */
  private static Map<Reihe, Map<Raumbezug, int[]>> nachRaum(Glied glied, Periodenbau[] fenster) {
    Map<Reihe, Map<Raumbezug, int[]>> nach = new LinkedHashMap<>();
    Reihe letzteReihe = null;
    Map<Raumbezug, int[]> jeRaum = null;
    for (int k = 0; k < fenster.length; k++) {
      Periodenbau bau = fenster[k];
      for (int i = bau.von[glied.nummer]; i < bau.bis[glied.nummer]; i++) {
        Reihe reihe = bau.reihen[i];
        // the figures come by period and series: look the series' map up when it changes
        if (jeRaum == null || reihe != letzteReihe) {
          jeRaum = nach.computeIfAbsent(reihe, x -> new LinkedHashMap<>());
          letzteReihe = reihe;
        }
        int[] jePeriode =
            jeRaum.computeIfAbsent(
                bau.messwerte[i].raum(),
                x -> {
                  int[] neu = new int[fenster.length];
                  Arrays.fill(neu, -1);
                  return neu;
                });
        jePeriode[k] = i;
      }
    }
    return nach;
  }

  /**
   * Whether Glied {@code glied} has in every period of {@code fenster} the figures of the first,
   * series by series and area by area in the same order (the common case): then the {@code i}-th
   * figures of the periods belong together.
   */
  private static boolean gleichAufgebaut(Glied glied, Periodenbau[] fenster) {
    Periodenbau erste = fenster[0];
    int von = erste.von[glied.nummer];
    int anzahl = erste.bis[glied.nummer] - von;
    for (int k = 1; k < fenster.length; k++) {
      Periodenbau bau = fenster[k];
      int vonK = bau.von[glied.nummer];
      if (bau.bis[glied.nummer] - vonK != anzahl) {
        return false;
      }
      for (int i = 0; i < anzahl; i++) {
        if (!erste.reihen[von + i].equals(bau.reihen[vonK + i])
            || !erste.messwerte[von + i].raum().equals(bau.messwerte[vonK + i].raum())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The sum of the figures of every period (that of period {@code k} at position {@code stellen[k]}
   * of {@code baue[k]}), or {@code null} if one is absent or has no numerator.
   */
  private static @Nullable Messwert summe(
      Reihe reihe, Raumbezug raum, Periode letzte, Periodenbau[] baue, int[] stellen) {
    // whole numbers (the common case) are added as longs while they fit: the same sums, of scale
    // 0 like the BigDecimal sums of whole numbers; from the first other number on as BigDecimal
    long zLang = 0;
    long nLang = 0;
    BigDecimal z = null;
    BigDecimal n = null;
    boolean mitNenner = true;
    ObsStatus obs = ObsStatus.A;
    ConfStatus conf = ConfStatus.F;
    for (int k = 0; k < baue.length; k++) {
      if (stellen[k] < 0) {
        return null;
      }
      Messwert m = baue[k].messwerte[stellen[k]];
      if (!m.hatWert()) {
        return null;
      }
      BigDecimal mz = requireNonNull(m.zaehler());
      BigDecimal nn = m.nenner();
      boolean ganz = false;
      if (z == null && mz.scale() == 0 && (nn == null || nn.scale() == 0)) {
        try {
          long zNeu = Math.addExact(zLang, mz.longValueExact());
          long nNeu = nn == null ? nLang : Math.addExact(nLang, nn.longValueExact());
          zLang = zNeu;
          nLang = nNeu;
          ganz = true;
        } catch (ArithmeticException e) {
          // too large for a long: added as BigDecimal below
        }
      }
      if (!ganz) {
        if (z == null || n == null) {
          z = BigDecimal.valueOf(zLang);
          n = BigDecimal.valueOf(nLang);
        }
        z = z.add(mz);
        if (nn != null) {
          n = n.add(nn);
        }
      }
      if (nn == null) {
        mitNenner = false;
      }
      obs = Status.summe(obs, m.obsStatus());
      conf = Status.strenger(conf, m.confStatus());
    }
    if (z == null || n == null) {
      z = BigDecimal.valueOf(zLang);
      n = BigDecimal.valueOf(nLang);
    }
    return new Messwert(
        reihe.indikator(),
        raum,
        letzte,
        reihe.aufschluesselung(),
        z,
        mitNenner ? n : null,
        obs,
        conf);
  }

  /** One Kommune of the release with its raw data and what it publishes. */
  private static final class Glied {
    final Eingabe eingabe;
    final Kommunaldaten roh;
    final List<Glied> gemeinden = new ArrayList<>();
    @Nullable Glied kreis;
    // every figure as published, in the order decided, and in the structure of the raw data
    private final ImmutableList.Builder<Messwert> reihenfolge;
    private final Kommunaldaten.Ersetzung ersetzung;
    final List<Mehrjahreswert> gepoolt = new ArrayList<>();
    private final Map<IndikatorRef, List<Reihe>> reihen = new HashMap<>();
    private @Nullable IndikatorRef letzterRef;
    private List<Reihe> letzteReihen = List.of();
    // the position in the release
    final int nummer;

    Glied(Eingabe eingabe, Kommunaldaten roh, int nummer) {
      this.eingabe = eingabe;
      this.roh = roh;
      this.nummer = nummer;
      // every raw figure is published in some form, and the sums the Kommune has no own figure for
      // (at its size: the list is taken as it is, without a copy)
      this.reihenfolge =
          ImmutableList.builderWithExpectedSize(Math.toIntExact(roh.anzahlFiguren()));
      // published forms of figures the raw data checked
      this.ersetzung = roh.ersetzung().geprueft();
      for (Reihe r : roh.reihen()) {
        reihen.computeIfAbsent(r.indikator(), x -> new ArrayList<>()).add(r);
      }
    }

    /** The series of indicator version {@code ref} (the last one asked for is kept at hand). */
    List<Reihe> reihen(IndikatorRef ref) {
      if (ref != letzterRef) {
        letzteReihen = reihen.getOrDefault(ref, List.of());
        letzterRef = ref;
      }
      return letzteReihen;
    }

    /** Records a raw figure of {@code r} and {@code p} as published in the form {@code m}. */
    void veroeffentliche(Reihe r, Periode p, Messwert m) {
      reihenfolge.add(m);
      ersetzung.ersetze(r, p, m);
    }

    /** The data of the figures as published: every figure recorded in place of the raw one. */
    Kommunaldaten veroeffentlichteDaten() {
      return ersetzung.build();
    }

    /** Every figure as published, in the order decided. */
    ImmutableList<Messwert> veroeffentlicht() {
      return reihenfolge.build();
    }

    List<Kommune> gemeinden() {
      List<Kommune> l = new ArrayList<>();
      for (Glied g : gemeinden) {
        l.add(g.eingabe.kommune());
      }
      return l;
    }
  }

  /**
   * The table of one indicator version and period: its figures Kommune by Kommune (those of Glied
   * {@code i} from {@code von[i]} to {@code bis[i]}), each with its series and, once decided, its
   * publication; once placed in a table, each figure's part and cell; and per Glied its parts.
   */
  private static final class Periodenbau {
    final Periode periode;
    // the figures and their series: the first anzahl of each array (the arrays they were collected
    // in, taken over without a copy)
    final int anzahl;
    final Messwert[] messwerte;
    final Reihe[] reihen;
    final @Nullable Messwert[] veroeffentlicht;
    // the part and cell of each figure once placed in a table (null until then)
    Verbundtabelle.@Nullable Teil @Nullable [] teilDerFigur;
    Verbundtabelle.@Nullable Zelle @Nullable [] zellen;
    // whether the figures are placed in the period's own table (else the period needed none)
    boolean platziert;
    final int[] von;
    final int[] bis;
    // per Glied: the part on the period's reference day, every part in the order made (that one
    // first), and the parts of other boundary versions by day; null if it has no figure
    final Verbundtabelle.@Nullable Teil[] haupt;
    final @Nullable List<Verbundtabelle.Teil>[] teile;
    final @Nullable List<Verbundtabelle.Teil>[] neben;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays cannot be made otherwise
    Periodenbau(
        Periode periode, Messwert[] messwerte, Reihe[] reihen, int anzahl, int[] von, int[] bis) {
      int glieder = von.length;
      this.periode = periode;
      this.anzahl = anzahl;
      this.messwerte = messwerte;
      this.reihen = reihen;
      this.veroeffentlicht = new Messwert[anzahl];
      this.von = von;
      this.bis = bis;
      this.haupt = new Verbundtabelle.Teil[glieder];
      this.teile = new List[glieder];
      this.neben = new List[glieder];
    }
  }

  /**
   * Room to collect the figures of one indicator version and period in, Kommune by Kommune and
   * series by series, each figure with its series: for a period's table, whose arrays the table
   * then keeps ({@link #uebergeben}), and for the figures of one series at a time, reused.
   */
  private static final class Sammlung {
    @Nullable Messwert[] messwerte = new Messwert[256];
    @Nullable Reihe[] reihen = new Reihe[256];

    /**
     * Writes the figures of series {@code r} of Glied {@code g} in period {@code p} from index
     * {@code ab} on, making room first if they do not fit; returns their number.
     */
    int figuren(Glied g, Reihe r, Periode p, int ab) {
      int n = g.roh.figuren(r, p, messwerte, ab);
      if (n > messwerte.length - ab) {
        int laenge = Math.max(2 * messwerte.length, ab + n);
        messwerte = Arrays.copyOf(messwerte, laenge);
        reihen = Arrays.copyOf(reihen, laenge);
        g.roh.figuren(r, p, messwerte, ab);
      }
      Arrays.fill(reihen, ab, ab + n, r);
      return n;
    }

    /**
     * Starts new arrays once a period's table has taken these over, with room for a little more
     * than the {@code anzahl} figures it had: the next period of an indicator has about as many.
     */
    void uebergeben(int anzahl) {
      int laenge = anzahl + anzahl / 8 + 16;
      messwerte = new Messwert[laenge];
      reihen = new Reihe[laenge];
    }
  }

  /** A pooled figure in the table of its window. */
  private record Pool(Glied glied, Messwert summe, Verbundtabelle.Zelle zelle) {}

  @Override
  public String toString() {
    return "Veroeffentlichungsrechnung " + auftrag;
  }
}
