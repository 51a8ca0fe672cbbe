package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The attacker: from the published facts and the relations a reader knows, derives for every
 * suppressed numerator and denominator the least and greatest value it can have, exactly, and
 * reports what is recovered or narrowed down too far.
 *
 * <p>The unknowns are the numerators and denominators not published as exact numbers: suppressed
 * cells, missing and perturbed ones, and single years a pooled row covers without a row of their
 * own. The constraints: every {@link Beziehung} for numerators and for denominators (published
 * numbers moved to the right-hand side), every unknown ≥ 0, and numerator ≤ denominator for shares.
 * Cells linked by relations through unknowns form a component; each component is one {@link
 * ExaktesLp}, which gives the exact minimum and maximum of each unknown of a suppressed cell and
 * the relations its proof uses.
 *
 * <p>Where every published figure of an indicator is a whole number, numerators and denominators
 * are counts, so the bounds are rounded inwards to whole numbers: the value lies in {@code [⌈min⌉,
 * ⌊max⌋]}. Findings (see {@link Befund.Art}):
 *
 * <ul>
 *   <li>a suppressed numerator or denominator whose bounds meet: {@link
 *       Befund.Art#ZAEHLER_FESTGELEGT}, {@link Befund.Art#NENNER_FESTGELEGT};
 *   <li>a primary-suppressed numerator ({@code A}) confined to an interval of width below {@value
 *       #REGELBREITE}: {@link Befund.Art#ZAEHLER_ENGER_ALS_REGEL};
 *   <li>a single year without a row whose numerator or denominator is fixed: {@link
 *       Befund.Art#EINZELJAHR_FESTGELEGT};
 *   <li>published figures that break a relation ({@link Befund.Art#BEZIEHUNG_VERLETZT}), or a
 *       component without any solution ({@link Befund.Art#UNLOESBAR}).
 * </ul>
 *
 * Every verdict rests on exact arithmetic: a value reported as fixed is proven to be the only one
 * the published figures allow (the relations named are the proof). The converse is weaker: the
 * bounds are those of the linear relaxation rounded inwards, and an integer program could narrow
 * some further, so the attacker may miss a leak that needs integrality beyond rounding.
 */
final class Angreifer {

  /** The width below which a primary-suppressed numerator's interval is a finding. */
  static final int REGELBREITE = 2;

  /**
   * What an attack did.
   *
   * @param befunde the findings
   * @param komponenten the number of linear programs solved (components with a suppressed cell)
   * @param unbekannte the number of unknowns in them
   * @param fragen the number of minima and maxima asked for
   */
  record Ergebnis(List<Befund> befunde, int komponenten, int unbekannte, int fragen) {
    Ergebnis {
      befunde = List.copyOf(befunde);
    }
  }

  private final Zellbestand bestand;
  private final List<Beziehung> beziehungen;
  private final Geografie geografie;

  // cells by index: every cell listed or named by a relation
  private final List<Zelle> zellen = new ArrayList<>();
  private final Map<Zelle, Integer> index = new HashMap<>();
  private final List<@Nullable Bruch> zaehler = new ArrayList<>(); // null: unknown
  private final List<@Nullable Bruch> nenner = new ArrayList<>();
  private final Map<String, Boolean> ganzzahlig = new HashMap<>();

  private Angreifer(Zellbestand bestand, List<Beziehung> beziehungen, Geografie geografie) {
    this.bestand = requireNonNull(bestand, "bestand");
    this.beziehungen = List.copyOf(beziehungen);
    this.geografie = requireNonNull(geografie, "geografie");
  }

  /**
   * Attacks every component that holds a suppressed cell.
   *
   * @param bestand the published facts
   * @param beziehungen the relations between them
   * @param geografie names of areas and which indicators are shares
   */
  static Ergebnis greifeAn(Zellbestand bestand, List<Beziehung> beziehungen, Geografie geografie) {
    return new Angreifer(bestand, beziehungen, geografie).greifeAn();
  }

  private Ergebnis greifeAn() {
    for (Zellbestand.Zellwert w : bestand.zellen()) {
      zelle(w.zelle());
      ganz(w.zelle().indikator(), w.zaehler());
      ganz(w.zelle().indikator(), w.nenner());
    }
    List<int[]> terme = new ArrayList<>();
    for (Beziehung b : beziehungen) {
      terme.add(b.terme().keySet().stream().mapToInt(this::zelle).toArray());
    }
    List<Befund> befunde = new ArrayList<>();
    int[] wurzel = new int[zellen.size()];
    for (int i = 0; i < wurzel.length; i++) {
      wurzel[i] = i;
    }
    for (int r = 0; r < beziehungen.size(); r++) {
      pruefeBekannte(beziehungen.get(r), befunde);
      int erste = -1;
      for (int c : terme.get(r)) {
        if (unbekannt(c)) {
          if (erste < 0) {
            erste = c;
          } else {
            vereinige(wurzel, erste, c);
          }
        }
      }
    }
    Map<Integer, List<Integer>> komponenten = new TreeMap<>();
    for (int c = 0; c < zellen.size(); c++) {
      if (unbekannt(c)) {
        komponenten.computeIfAbsent(finde(wurzel, c), k -> new ArrayList<>()).add(c);
      }
    }
    Map<Integer, List<Integer>> beziehungenJeKomponente = new HashMap<>();
    for (int r = 0; r < beziehungen.size(); r++) {
      for (int c : terme.get(r)) {
        if (unbekannt(c)) {
          beziehungenJeKomponente.computeIfAbsent(finde(wurzel, c), k -> new ArrayList<>()).add(r);
          break;
        }
      }
    }
    int geloest = 0;
    int unbekannte = 0;
    int fragen = 0;
    for (Map.Entry<Integer, List<Integer>> k : komponenten.entrySet()) {
      if (k.getValue().stream().noneMatch(this::ziel)) {
        continue;
      }
      Komponente komponente =
          new Komponente(
              k.getValue(), beziehungenJeKomponente.getOrDefault(k.getKey(), List.of()), terme);
      geloest++;
      unbekannte += komponente.lp.variablen();
      fragen += komponente.greifeAn(befunde);
    }
    return new Ergebnis(befunde, geloest, unbekannte, fragen);
  }

  // ------------------------------------------------------------------ cells

  private int zelle(Zelle z) {
    Integer i = index.get(z);
    if (i != null) {
      return i;
    }
    int neu = zellen.size();
    index.put(z, neu);
    zellen.add(z);
    Optional<Zellbestand.Zellwert> w = bestand.zelle(z);
    zaehler.add(w.map(Zellbestand.Zellwert::zaehler).orElse(null));
    nenner.add(w.map(Zellbestand.Zellwert::nenner).orElse(null));
    return neu;
  }

  private void ganz(String indikator, @Nullable Bruch zahl) {
    if (zahl != null) {
      ganzzahlig.merge(indikator, zahl.istGanz(), Boolean::logicalAnd);
    }
  }

  private boolean unbekannt(int c) {
    return zaehler.get(c) == null || nenner.get(c) == null;
  }

  /** Whether the attacker must bound cell {@code c}: suppressed, or a single year without row. */
  private boolean ziel(int c) {
    return bestand.zelle(zellen.get(c)).map(Zellbestand.Zellwert::gesperrt).orElse(true);
  }

  private static int finde(int[] wurzel, int c) {
    while (wurzel[c] != c) {
      wurzel[c] = wurzel[wurzel[c]];
      c = wurzel[c];
    }
    return c;
  }

  private static void vereinige(int[] wurzel, int a, int b) {
    int ra = finde(wurzel, a);
    int rb = finde(wurzel, b);
    if (ra != rb) {
      wurzel[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private void pruefeBekannte(Beziehung b, List<Befund> befunde) {
    for (boolean istZaehler : new boolean[] {true, false}) {
      Bruch summe = Bruch.NULL;
      boolean alle = true;
      for (Map.Entry<Zelle, Integer> t : b.terme().entrySet()) {
        Bruch wert = (istZaehler ? zaehler : nenner).get(requireNonNull(index.get(t.getKey())));
        if (wert == null) {
          alle = false;
          break;
        }
        summe = summe.plus(wert.mal(Bruch.of(t.getValue())));
      }
      if (alle && !summe.istNull()) {
        befunde.add(
            new Befund(
                Befund.Art.BEZIEHUNG_VERLETZT,
                null,
                (istZaehler ? "Zähler" : "Nenner")
                    + " veröffentlicht, aber "
                    + b.beschreibung()
                    + " gilt nicht (Rest "
                    + summe
                    + ")",
                b.terme().keySet().stream()
                    .map(
                        z ->
                            z
                                + ": "
                                + (istZaehler ? zaehler : nenner).get(requireNonNull(index.get(z))))
                    .toList()));
      }
    }
  }

  // ------------------------------------------------------------------ one component

  /** The linear program of one component. */
  private final class Komponente {
    private final List<Integer> zellenDerKomponente;
    private final Map<Integer, Integer> varZaehler = new HashMap<>();
    private final Map<Integer, Integer> varNenner = new HashMap<>();
    private final ExaktesLp<String> lp;

    Komponente(
        List<Integer> zellenDerKomponente,
        List<Integer> beziehungenDerKomponente,
        List<int[]> terme) {
      this.zellenDerKomponente = zellenDerKomponente;
      int n = 0;
      for (int c : zellenDerKomponente) {
        if (zaehler.get(c) == null) {
          varZaehler.put(c, n++);
        }
        if (nenner.get(c) == null) {
          varNenner.put(c, n++);
        }
      }
      lp = new ExaktesLp<>(n);
      for (int r : beziehungenDerKomponente) {
        Beziehung b = beziehungen.get(r);
        gleichung(b, terme.get(r), zaehler, varZaehler, "Zähler: ");
        gleichung(b, terme.get(r), nenner, varNenner, "Nenner: ");
      }
      for (int c : zellenDerKomponente) {
        if (!geografie.istAnteil(zellen.get(c).indikator())) {
          continue;
        }
        String etikett = "Zähler ≤ Nenner: " + zellen.get(c);
        Integer z = varZaehler.get(c);
        Integer m = varNenner.get(c);
        if (z != null && m != null) {
          lp.bedingung(
              Map.of(z, Bruch.EINS, m, Bruch.EINS.negiert()),
              ExaktesLp.Vergleich.HOECHSTENS,
              Bruch.NULL,
              etikett);
        } else if (z != null) {
          lp.bedingung(
              Map.of(z, Bruch.EINS),
              ExaktesLp.Vergleich.HOECHSTENS,
              requireNonNull(nenner.get(c)),
              etikett);
        } else if (m != null) {
          lp.bedingung(
              Map.of(m, Bruch.EINS),
              ExaktesLp.Vergleich.MINDESTENS,
              requireNonNull(zaehler.get(c)),
              etikett);
        }
      }
    }

    private void gleichung(
        Beziehung b,
        int[] cs,
        List<@Nullable Bruch> werte,
        Map<Integer, Integer> variablen,
        String was) {
      Map<Integer, Bruch> links = new HashMap<>();
      Bruch rechts = Bruch.NULL;
      int k = 0;
      for (int koeffizient : b.terme().values()) {
        int c = cs[k++];
        Integer v = variablen.get(c);
        if (v != null) {
          links.merge(v, Bruch.of(koeffizient), Bruch::plus);
        } else {
          rechts = rechts.minus(Bruch.of(koeffizient).mal(requireNonNull(werte.get(c))));
        }
      }
      if (!links.isEmpty()) {
        lp.bedingung(links, ExaktesLp.Vergleich.GLEICH, rechts, was + b.beschreibung());
      }
    }

    /** Adds the findings of this component; returns the number of questions asked. */
    int greifeAn(List<Befund> befunde) {
      if (!lp.zulaessig()) {
        befunde.add(
            new Befund(
                Befund.Art.UNLOESBAR,
                zellen.get(zellenDerKomponente.get(0)),
                "die Beziehungen von "
                    + zellenDerKomponente.size()
                    + " Zellen um "
                    + zellen.get(zellenDerKomponente.get(0))
                    + " haben keine Lösung",
                new ArrayList<>(new TreeSet<>(lp.widerspruch()))));
        return 1;
      }
      int fragen = 0;
      for (int c : zellenDerKomponente) {
        if (!ziel(c)) {
          continue;
        }
        Integer z = varZaehler.get(c);
        if (z != null) {
          fragen += 2;
          bewerte(c, z, true, befunde);
        }
        Integer m = varNenner.get(c);
        if (m != null) {
          fragen += 2;
          bewerte(c, m, false, befunde);
        }
      }
      return fragen;
    }

    private void bewerte(int c, int variable, boolean istZaehler, List<Befund> befunde) {
      ExaktesLp.Optimum<String> min = lp.minimum(variable);
      ExaktesLp.Optimum<String> max = lp.maximum(variable);
      Bruch unten = min.wert().orElseThrow(); // x ≥ 0 bounds every minimum
      Zelle zelle = zellen.get(c);
      boolean ganz = ganzzahlig.getOrDefault(zelle.indikator(), true);
      Optional<Zellbestand.Zellwert> wert = bestand.zelle(zelle);
      Befund.@Nullable Art art = null;
      Befund.Schranken schranken =
          new Befund.Schranken(
              ganz ? Bruch.of(unten.aufgerundet()) : unten,
              max.wert().map(o -> ganz ? Bruch.of(o.abgerundet()) : o).orElse(null));
      if (schranken.oben() != null) {
        boolean fest = schranken.festgelegt();
        Bruch breite = schranken.oben().minus(schranken.unten());
        if (fest) {
          art =
              wert.isEmpty()
                  ? Befund.Art.EINZELJAHR_FESTGELEGT
                  : istZaehler ? Befund.Art.ZAEHLER_FESTGELEGT : Befund.Art.NENNER_FESTGELEGT;
        } else if (istZaehler
            && wert.map(Zellbestand.Zellwert::primaer).orElse(false)
            && breite.compareTo(Bruch.of(REGELBREITE)) < 0) {
          art = Befund.Art.ZAEHLER_ENGER_ALS_REGEL;
        }
      }
      if (art == null) {
        return;
      }
      Set<String> benutzt = new TreeSet<>(min.benutzt());
      benutzt.addAll(max.benutzt());
      List<String> belege = new ArrayList<>();
      benutzt.forEach(b -> belege.add("benutzt: " + b));
      befunde.add(
          new Befund(
              art,
              zelle,
              schranken,
              beschreibung(zelle, wert, istZaehler, unten, max, ganz),
              belege));
    }
  }

  private String beschreibung(
      Zelle zelle,
      Optional<Zellbestand.Zellwert> wert,
      boolean istZaehler,
      Bruch unten,
      ExaktesLp.Optimum<String> max,
      boolean ganz) {
    String name = geografie.name(zelle.raum());
    StringBuilder s =
        new StringBuilder()
            .append(zelle.indikator())
            .append(' ')
            .append(zelle.zeitraum().deutsch())
            .append(" (")
            .append(zelle.zeitraum())
            .append("), ")
            .append(zelle.raum())
            .append(name.isEmpty() ? "" : " " + name)
            .append(", ")
            .append(zelle.aufschluesselungText())
            .append(", ")
            .append(
                wert.map(
                        w ->
                            "CONF_STATUS "
                                + String.join("/", w.confStatus())
                                + ", in "
                                + w.ordner())
                    .orElse("ohne eigene Zeile"))
            .append(": ")
            .append(istZaehler ? "Zähler" : "Nenner")
            .append(" ∈ [")
            .append(unten)
            .append("; ")
            .append(max.wert().map(Bruch::toString).orElse("∞"))
            .append(']');
    if (ganz && max.wert().isPresent()) {
      BigInteger lo = unten.aufgerundet();
      BigInteger hi = max.wert().get().abgerundet();
      s.append(lo.equals(hi) ? ", also genau " + lo : ", ganzzahlig " + lo + " bis " + hi);
    }
    return s.toString();
  }
}
