package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisbeispiel;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.geheimhaltung.GeschuetzteTabelle;
import de.kekiz.monitoring.geheimhaltung.Quotenueberlagerung;
import de.kekiz.monitoring.geheimhaltung.Tabelle;
import de.kekiz.monitoring.reichweite.Programmreichweite;
import de.kekiz.monitoring.reichweite.Reichweite;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Computes the programme report ({@link Programmveroeffentlichung}) on the publication path: reach,
 * funding, chain maturity across the participating Kommunen, the Lernnetzwerk's meetings and its
 * catalogue of shared practice.
 *
 * <p><b>Reach.</b> Per phase, {@link Programmreichweite#berechneFuerPhase} over the Gemeinden of
 * the area given (a joint participant counts once; a Kreis reaches its Verbund and the Gemeinden
 * its Kreisjugendamt serves), on the population date: the latest date on or before the reference
 * date on which a Gemeinde of the area records its population. The whole population is counted on
 * that date, and the child population ({@link #KINDER}) where every Gemeinde records one; otherwise
 * the child reach is left out and the Gemeinden without a figure are counted.
 *
 * <p><b>Protection.</b> The population counts are counts of persons and go through the release's
 * {@link Schutzverfahren}: with {@link Schutzverfahren#SPERRUNG} each reach is a table {@code
 * gesamt = erreicht + nicht erreicht} whose cells are suppressed by the release's {@link
 * Geheimhaltungsregeln} (primary) and by {@link Geheimhaltung#schuetze} (secondary, so that no
 * suppressed count can be recovered by subtraction), and the share is published only where its
 * numerator and denominator are and the denominator passes the rule for rates; with {@link
 * Schutzverfahren#CELL_KEY} numerator and denominator are perturbed as the cells they are (the same
 * population gets the same noise in every phase); {@link Schutzverfahren#INTERN} shows them exact.
 * Counts of Kommunen, meetings and points, and money, are not personal data and are shown exact.
 * The maturity comes from the Kommunen's own release ({@link Berichtsteil#reife()}), which reads
 * their published figures only.
 *
 * <p>Immutable and thread-safe.
 */
public final class Programmrechnung {

  /** The child population counted: under 18. */
  public static final Altersspanne KINDER = Altersspanne.unter(18);

  private static final Altersspanne ALLE = Altersspanne.ab(0);

  private final Veroeffentlichungsauftrag auftrag;

  /**
   * A computation as {@code auftrag} asks.
   *
   * @param auftrag the order: reference date and protection of the release
   */
  public Programmrechnung(Veroeffentlichungsauftrag auftrag) {
    this.auftrag = requireNonNull(auftrag, "auftrag");
  }

  /**
   * The programme report of {@code programm}.
   *
   * @param programm the programme
   * @param lernnetzwerk its Lernnetzwerk, or {@code null} if none is stored
   * @param gebiet the Kommunen of the area the reach is counted in (Kreise included, for the
   *     Kreisjugendamt rule), each with its population figures
   * @param kommunen the release of the Kommunen whose model is stored, computed with the same
   *     order: their maturity and Präventionskette are taken from it
   * @return the programme's release, every figure protected as the order asks
   * @throws IllegalArgumentException if the release was computed for another reference date or
   *     protection
   */
  public Programmveroeffentlichung berechne(
      Foerderprogramm programm,
      @Nullable Lernnetzwerk lernnetzwerk,
      Collection<Kommune> gebiet,
      Veroeffentlichung kommunen) {
    requireNonNull(programm, "programm");
    requireNonNull(gebiet, "gebiet");
    requireNonNull(kommunen, "kommunen");
    if (!kommunen.auftrag().equals(auftrag)) {
      throw new IllegalArgumentException(
          "the release of the Kommunen must have the programme report's order "
              + auftrag
              + ", got "
              + kommunen.auftrag());
    }
    Map<Gemeindeschluessel, String> namen = new HashMap<>();
    for (Kommune k : gebiet) {
      namen.put(k.schluessel(), k.name());
    }
    for (Berichtsteil t : kommunen.teile()) {
      namen.put(t.kommune().schluessel(), t.kommune().name());
    }
    for (Programmphase p : programm.phasen()) {
      for (Phasenteilnehmer t : p.teilnehmer()) {
        namen.putIfAbsent(t.kommune(), t.name());
      }
    }
    List<Lernnetzwerktreffen> treffen = lernnetzwerk == null ? List.of() : lernnetzwerk.treffen();
    List<Praxiseintrag> praxis = new ArrayList<>();
    if (lernnetzwerk != null) {
      for (Praxisbeispiel b : lernnetzwerk.praxiskatalog()) {
        praxis.add(
            new Praxiseintrag(
                b,
                namen.getOrDefault(b.kommune(), b.kommune().toString()),
                modellbezug(b, kommunen)));
      }
    }
    Map<Gemeindeschluessel, String> genannt = new HashMap<>();
    for (Gemeindeschluessel k : genannteKommunen(programm, treffen)) {
      String n = namen.get(k);
      if (n != null) {
        genannt.put(k, n);
      }
    }
    List<Haushaltsjahr> jahre = new ArrayList<>();
    Set<Finanzierungsquelle> alleQuellen = EnumSet.noneOf(Finanzierungsquelle.class);
    Geldbetrag gesamt = Geldbetrag.NULL;
    for (int jahr : programm.haushaltsjahre()) {
      List<Haushaltsansatz> ansaetze = new ArrayList<>();
      Set<Finanzierungsquelle> quellen = EnumSet.noneOf(Finanzierungsquelle.class);
      for (Haushaltsansatz a : programm.haushalt()) {
        if (a.jahr() == jahr) {
          ansaetze.add(a);
          quellen.addAll(a.quellen());
        }
      }
      alleQuellen.addAll(quellen);
      List<Quellenbetrag> betraege = new ArrayList<>();
      for (Finanzierungsquelle q : quellen) {
        betraege.add(new Quellenbetrag(q, programm.haushalt(jahr, q).orElse(null)));
      }
      Geldbetrag summe = programm.haushalt(jahr);
      gesamt = gesamt.plus(summe);
      jahre.add(new Haushaltsjahr(jahr, ansaetze, summe, betraege));
    }
    List<Quellenbetrag> summeJeQuelle = new ArrayList<>();
    for (Finanzierungsquelle q : alleQuellen) {
      summeJeQuelle.add(new Quellenbetrag(q, programm.haushalt(q).orElse(null)));
    }
    return new Programmveroeffentlichung(
        auftrag,
        programm,
        reichweiten(programm, gebiet),
        jahre,
        summeJeQuelle,
        gesamt,
        reife(programm, kommunen, namen),
        lernnetzwerk != null,
        treffen,
        praxis,
        genannt);
  }

  private static Set<Gemeindeschluessel> genannteKommunen(
      Foerderprogramm programm, List<Lernnetzwerktreffen> treffen) {
    Set<Gemeindeschluessel> s = new TreeSet<>();
    for (Programmphase p : programm.phasen()) {
      s.addAll(p.kommunen());
    }
    for (Lernnetzwerktreffen t : treffen) {
      s.addAll(t.teilnehmer());
      Gemeindeschluessel g = t.gastgeber();
      if (g != null) {
        s.add(g);
      }
      t.beitraege().forEach(b -> s.add(b.kommune()));
    }
    return s;
  }

  private static Praxiseintrag.Modellbezug modellbezug(Praxisbeispiel b, Veroeffentlichung v) {
    Optional<Praeventionskette> kette = v.teil(b.kommune()).map(Berichtsteil::kette);
    if (kette.isEmpty()) {
      return Praxiseintrag.Modellbezug.KEIN_MODELL;
    }
    return b.beitrag().bezug().findetSichIn(kette.get())
        ? Praxiseintrag.Modellbezug.IM_MODELL
        : Praxiseintrag.Modellbezug.NICHT_IM_MODELL;
  }

  // ---------------------------------------------------------------- reach

  private List<Phasenreichweite> reichweiten(Foerderprogramm programm, Collection<Kommune> gebiet) {
    List<Kommune> gemeinden = gebiet.stream().filter(k -> !k.art().kreisebene()).toList();
    Optional<LocalDate> datum = bevoelkerungsstichtag(gemeinden);
    List<Programmphase> phasen = programm.phasen();
    List<Reichweitenwert> einwohner = new ArrayList<>();
    List<Reichweitenwert> kinder = new ArrayList<>();
    List<Integer> erreicht = new ArrayList<>();
    int ohneKinderzahl = gemeinden.size();
    if (datum.isPresent()) {
      LocalDate tag = datum.get();
      Map<Gemeindeschluessel, Long> alle = Programmreichweite.bevoelkerung(gemeinden, tag, ALLE);
      List<Reichweite> r = new ArrayList<>();
      for (Programmphase phase : phasen) {
        r.add(
            Programmreichweite.berechneFuerPhase(
                gebiet,
                programm.programm(),
                phase,
                tag,
                alle,
                "Einwohner insgesamt am " + deutsch(tag)));
      }
      r.forEach(x -> erreicht.add(x.erreicht().size()));
      einwohner.addAll(schuetze(programm, phasen, ALLE, r));
      Map<Gemeindeschluessel, Long> kinderzahl =
          Programmreichweite.bevoelkerung(gemeinden, tag, KINDER);
      ohneKinderzahl = gemeinden.size() - kinderzahl.size();
      if (ohneKinderzahl == 0 && !gemeinden.isEmpty()) {
        List<Reichweite> rk = new ArrayList<>();
        for (Programmphase phase : phasen) {
          rk.add(
              Programmreichweite.berechneFuerPhase(
                  gebiet,
                  programm.programm(),
                  phase,
                  tag,
                  kinderzahl,
                  "Kinder und Jugendliche unter 18 Jahren am " + deutsch(tag)));
        }
        kinder.addAll(schuetze(programm, phasen, KINDER, rk));
      }
    }
    ImmutableList.Builder<Phasenreichweite> b = ImmutableList.builder();
    for (int i = 0; i < phasen.size(); i++) {
      Programmphase phase = phasen.get(i);
      b.add(
          new Phasenreichweite(
              phase,
              phase.teilnehmerzahl(),
              phase.kommunen().size(),
              erreicht.isEmpty() ? 0 : erreicht.get(i),
              einwohner.isEmpty() ? null : einwohner.get(i),
              kinder.isEmpty() ? null : kinder.get(i),
              ohneKinderzahl));
    }
    return b.build();
  }

  /** The latest date on or before the reference date with a Gemeinde's whole-population figure. */
  private Optional<LocalDate> bevoelkerungsstichtag(List<Kommune> gemeinden) {
    TreeSet<LocalDate> tage = new TreeSet<>();
    for (Kommune k : gemeinden) {
      for (LocalDate t : k.stichtage()) {
        if (!t.isAfter(auftrag.stichtag()) && k.einwohner(t, ALLE).isPresent()) {
          tage.add(t);
        }
      }
    }
    return tage.isEmpty() ? Optional.empty() : Optional.of(tage.last());
  }

  private static String deutsch(LocalDate d) {
    return String.format(
        Locale.ROOT, "%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /**
   * The reaches {@code r} of every phase in one population, protected together: they share the
   * population of the area ({@code gesamt}), so a count suppressed in one phase must not be
   * recoverable from another phase's published figures.
   */
  private List<Reichweitenwert> schuetze(
      Foerderprogramm programm,
      List<Programmphase> phasen,
      Altersspanne alter,
      List<Reichweite> r) {
    List<Reichweitenwert> ergebnis = new ArrayList<>();
    switch (auftrag.verfahren()) {
      case INTERN -> {
        for (Reichweite x : r) {
          ergebnis.add(
              new Reichweitenwert(
                  x.bezugsgroesse(),
                  anzahl(x.nenner()),
                  anteil(x.zaehler(), x.nenner()),
                  x.ohneZahl().size()));
        }
      }
      case CELL_KEY -> {
        CellKeyVerfahren ck = requireNonNull(auftrag.cellKey(), "cellKey");
        for (int i = 0; i < r.size(); i++) {
          Reichweite x = r.get(i);
          String population =
              "programmreichweite|" + programm.programm().key() + "|" + alter + "|" + x.stichtag();
          Quotenueberlagerung q =
              ck.ueberlagereQuote(
                  population + "|" + phasen.get(i).key() + "|erreicht",
                  x.zaehler(),
                  population + "|gesamt",
                  x.nenner());
          Zelle a = anteil(q.ueberlagerterZaehler(), q.ueberlagerterNenner());
          ergebnis.add(
              new Reichweitenwert(
                  x.bezugsgroesse(),
                  anzahl(q.ueberlagerterNenner()).alsUeberlagert(),
                  a.hatWert() ? a.alsUeberlagert() : a,
                  x.ohneZahl().size()));
        }
      }
      case SPERRUNG -> {
        Geheimhaltungsregeln regeln = auftrag.regeln();
        Tabelle.Builder<String> t = Tabelle.builder();
        long gesamt = r.isEmpty() ? 0 : r.get(0).nenner();
        t.zelle("gesamt", gesamt, regeln.primaer(gesamt));
        for (int i = 0; i < r.size(); i++) {
          Reichweite x = r.get(i);
          if (x.nenner() != gesamt) {
            throw new IllegalStateException(
                "the phases' reaches count different populations: "
                    + gesamt
                    + " and "
                    + x.nenner());
          }
          long rest = gesamt - x.zaehler();
          t.zelle("erreicht|" + i, x.zaehler(), regeln.primaer(x.zaehler()));
          t.zelle("rest|" + i, rest, regeln.primaer(rest));
          t.beziehung("gesamt", List.of("erreicht|" + i, "rest|" + i));
        }
        GeschuetzteTabelle<String> g = Geheimhaltung.schuetze(t.build(), regeln);
        Zelle summe = g.veroeffentlicht("gesamt") ? anzahl(gesamt) : gesperrt(g, "gesamt");
        for (int i = 0; i < r.size(); i++) {
          Reichweite x = r.get(i);
          Zelle a;
          if (!g.veroeffentlicht("erreicht|" + i)) {
            a = gesperrt(g, "erreicht|" + i);
          } else if (!g.veroeffentlicht("gesamt") || regeln.primaer(x.zaehler(), gesamt)) {
            a = Zelle.gesperrt(ObsStatus.A, ConfStatus.A);
          } else {
            a = anteil(x.zaehler(), gesamt);
          }
          ergebnis.add(new Reichweitenwert(x.bezugsgroesse(), summe, a, x.ohneZahl().size()));
        }
      }
    }
    return ergebnis;
  }

  private static Zelle gesperrt(GeschuetzteTabelle<String> g, String zelle) {
    return Zelle.gesperrt(ObsStatus.A, g.sperrung(zelle).confStatus().orElse(ConfStatus.A));
  }

  private static Zelle anzahl(long n) {
    return Zelle.exakt(BigDecimal.valueOf(n));
  }

  /**
   * The share {@code zaehler × 100 / nenner} in percent ({@code DECIMAL64}), as {@link Reichweite}.
   */
  private static Zelle anteil(long zaehler, long nenner) {
    if (nenner == 0) {
      return Zelle.fehlend();
    }
    BigDecimal prozent =
        BigDecimal.valueOf(zaehler)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(nenner), MathContext.DECIMAL64);
    return new Zelle(
        prozent,
        BigDecimal.valueOf(zaehler),
        BigDecimal.valueOf(nenner),
        ObsStatus.A,
        ConfStatus.F);
  }

  // ---------------------------------------------------------------- maturity

  /**
   * The phase whose Kommunen the maturity counts on {@code stichtag}: the one that began last on or
   * before it (the last of the programme's order on a tie).
   *
   * @param programm the programme
   * @param stichtag the reference date
   * @return the phase, or empty if none had begun on the reference date
   */
  public static Optional<Programmphase> aktuellePhase(
      Foerderprogramm programm, LocalDate stichtag) {
    Programmphase aktuell = null;
    for (Programmphase p : programm.phasen()) {
      if (!p.beginn().isAfter(stichtag)
          && (aktuell == null || !p.beginn().isBefore(aktuell.beginn()))) {
        aktuell = p;
      }
    }
    return Optional.ofNullable(aktuell);
  }

  private Reifeverteilung reife(
      Foerderprogramm programm, Veroeffentlichung v, Map<Gemeindeschluessel, String> namen) {
    Programmphase aktuell = aktuellePhase(programm, auftrag.stichtag()).orElse(null);
    int stufen = Reifestufe.values().length + 1;
    int[] nachStufe = new int[stufen];
    int[] nachPunkten =
        new int[Reifekriterium.values().length * Kriteriumsergebnis.PUNKTE_JE_KRITERIUM + 1];
    List<Kommunenreife> liste = new ArrayList<>();
    int ohne = 0;
    if (aktuell != null) {
      for (Gemeindeschluessel k : aktuell.kommunen()) {
        Reifegrad r = v.teil(k).flatMap(t -> t.reife().aktuell()).orElse(null);
        String teilnehmer = aktuell.teilnehmer(k).map(Phasenteilnehmer::name).orElseThrow();
        liste.add(new Kommunenreife(k, namen.getOrDefault(k, k.toString()), teilnehmer, r));
        if (r == null) {
          ohne++;
        } else {
          nachStufe[r.erreichteStufe().map(Reifestufe::nummer).orElse(0)]++;
          nachPunkten[r.punkte()]++;
        }
      }
    }
    return new Reifeverteilung(
        auftrag.stichtag(),
        aktuell == null ? null : aktuell.key(),
        liste,
        Arrays.stream(nachStufe).boxed().toList(),
        Arrays.stream(nachPunkten).boxed().toList(),
        ohne);
  }

  @Override
  public String toString() {
    return "Programmrechnung[" + auftrag.stichtag() + ", " + auftrag.verfahren() + "]";
  }
}
