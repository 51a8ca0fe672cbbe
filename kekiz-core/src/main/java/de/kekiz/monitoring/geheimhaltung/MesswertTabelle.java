package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link Tabelle} of one indicator version and one period of one Kommune from its
 * observations, with every additive relation an observer can know.
 *
 * <p><b>Cells.</b> One cell per area and breakdown: the areas are the Kommune itself and its
 * Sozialraum versions valid on the reference day ({@link #stichtag(Collection, Kommune)}), the
 * breakdowns are all {@link Aufschluesselung}en that occur among the observations. A cell without
 * observation, or whose observation has no numerator (missing, or suppressed by the supplier), is a
 * missing cell: nothing is published for it, so an observer does not know it. A figure that is
 * published elsewhere (the Kommune's total in the official statistics, say) belongs into the
 * observations, so that the protection can take it into account. An observation with a numerator is
 * sensitive if the {@link Geheimhaltungsregeln} say so or if it arrives with a CONF_STATUS other
 * than {@code F}.
 *
 * <p><b>Empty areas.</b> An area without any observation has missing cells only; an observer does
 * not know them, unless the published values show them (its parent minus its other children), which
 * the protection finds as well. An area that an observer knows to be empty from elsewhere (an
 * uninhabited Gewerbegebiet) is not recognised as such: "structural zeros" are not modelled, so
 * such an area should not be a Sozialraum of the Kommune on the reference day.
 *
 * <p><b>Relations.</b> Along the hierarchy: the Kommune is the sum of its top-level Sozialräume,
 * each Sozialraum the sum of its sub-Sozialräume (its "unterraeume" on the reference day), for
 * every breakdown; children of different {@link Sozialraumebene}n form separate relations, so a
 * Kommune divided both into Stadtteile and into Schuleinzugsbereiche gets one relation for each.
 * Across breakdowns: for each breakdown {@code a} and dimension {@code d} it does not use, {@code
 * a} is the sum of the breakdowns {@code a} plus {@code d=code} that occur (so {@code insgesamt = m
 * + w + d} and, in a 2-D table, {@code alter=0-2 = alter=0-2,geschlecht=m + …}). A relation whose
 * cells all have values but whose numerators and denominators both fail to add up (say, codes that
 * overlap or miss a category) is left out: it does not hold, so nobody can use it. A relation with
 * a missing cell is kept: the safe assumption is that it holds (even one of missing cells only,
 * which may link other relations).
 *
 * <p><b>Numbers.</b> Numerators and denominators become {@code long}s; if some have decimals, all
 * numerators (or all denominators) of the table are multiplied by the same power of ten, which
 * keeps sums exact. The primary rules are applied to the original values.
 */
public final class MesswertTabelle {

  private MesswertTabelle() {}

  /**
   * The day whose Sozialraum hierarchy the table of {@code messwerte} uses: the period's last day,
   * moved into the days on which every Sozialraum version the observations refer to is valid (if
   * the period ends after a version ends, the version's last day; if before it starts, its first
   * day).
   *
   * @param messwerte the observations of one indicator and period
   * @param kommune the Kommune
   * @return the day
   * @throws RegelverstossException {@code geheimhaltung.sozialraum-unbekannt} if an observation
   *     refers to a Sozialraum version the Kommune does not have; {@code
   *     geheimhaltung.gebietsstaende-unvereinbar} if the versions referred to are never valid on
   *     the same day
   * @throws IllegalArgumentException if there are no observations or they are not of one indicator
   *     and period
   */
  public static LocalDate stichtag(Collection<Messwert> messwerte, Kommune kommune) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(kommune, "kommune");
    List<Messwert> l = List.copyOf(messwerte);
    if (l.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one observation, got none");
    }
    pruefeGruppe(l);
    Raumverzeichnis rv = Raumverzeichnis.von(kommune);
    int[] nummern = new int[l.size()];
    for (int i = 0; i < nummern.length; i++) {
      nummern[i] = rv.nummer(l.get(i));
    }
    return stichtag(l, nummern, rv);
  }

  /** {@link #stichtag(Collection, Kommune)} on a non-empty group with its area numbers. */
  static LocalDate stichtag(List<Messwert> gruppe, int[] nummern, Raumverzeichnis rv) {
    LocalDate von = LocalDate.MIN;
    LocalDate bis = LocalDate.MAX;
    int letzte = -1;
    for (int nr : nummern) {
      if (nr == letzte) {
        continue;
      }
      letzte = nr;
      Zeitraum g = rv.gueltigkeit(nr);
      if (g != null) {
        von = g.von().isAfter(von) ? g.von() : von;
        LocalDate gBis = g.bis();
        if (gBis != null && gBis.isBefore(bis)) {
          bis = gBis;
        }
      }
    }
    Messwert erster = gruppe.get(0);
    if (von.isAfter(bis)) {
      throw new RegelverstossException(
          "geheimhaltung.gebietsstaende-unvereinbar",
          "Tabelle "
              + erster.indikator()
              + " "
              + erster.periode()
              + " of Kommune "
              + rv.kommune.schluessel(),
          "the Sozialraum versions the observations refer to are never valid on the same day"
              + " (latest start "
              + von
              + ", earliest end "
              + bis
              + ")");
    }
    LocalDate tag = erster.periode().ende();
    if (tag.isBefore(von)) {
      return von;
    }
    return tag.isAfter(bis) ? bis : tag;
  }

  /**
   * The table of {@code messwerte}, all of one indicator version and one period of {@code kommune},
   * with the hierarchy valid on {@code stichtag}.
   *
   * @param messwerte the observations of one indicator version and period
   * @param kommune the Kommune
   * @param stichtag the day whose Sozialraum hierarchy gives the relations (see {@link #stichtag})
   * @param regeln the rules that mark the sensitive cells
   * @param beitraege the contributions per observation, for the dominance rule
   * @return the table, keyed by observation key, with its sum relations
   * @throws IllegalArgumentException if the observations are not of one indicator and period
   * @throws RegelverstossException {@code geheimhaltung.fremde-kommune} if an observation lies in
   *     another Kommune; {@code geheimhaltung.sozialraum-unbekannt} if it refers to a Sozialraum
   *     version the Kommune does not have; {@code geheimhaltung.sozialraum-nicht-gueltig} if it
   *     refers to one that is not valid on {@code stichtag}; {@code geheimhaltung.messwert-doppelt}
   *     if two observations have the same key
   */
  public static Tabelle<MesswertSchluessel> baue(
      Collection<Messwert> messwerte,
      Kommune kommune,
      LocalDate stichtag,
      Geheimhaltungsregeln regeln,
      Beitraege beitraege) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(kommune, "kommune");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(regeln, "regeln");
    requireNonNull(beitraege, "beitraege");
    List<Messwert> l = List.copyOf(messwerte);
    if (l.isEmpty()) {
      return Tabelle.<MesswertSchluessel>builder().build();
    }
    pruefeGruppe(l);
    Raumverzeichnis rv = Raumverzeichnis.von(kommune);
    int[] nummern = new int[l.size()];
    int[] aufNummern = new int[l.size()];
    Map<Aufschluesselung, Integer> aufMap = new HashMap<>();
    List<Aufschluesselung> aufListe = new ArrayList<>();
    for (int i = 0; i < nummern.length; i++) {
      nummern[i] = rv.nummer(l.get(i));
      aufNummern[i] = nummer(l.get(i).aufschluesselung(), aufMap, aufListe);
    }
    Raumhierarchie h = Raumhierarchie.von(rv, stichtag);
    return aufbau(l, nummern, aufNummern, aufListe, h, rv, regeln, beitraege).tabelle();
  }

  /** The number of {@code a} in {@code liste}, adding it if new. */
  static int nummer(
      Aufschluesselung a, Map<Aufschluesselung, Integer> map, List<Aufschluesselung> liste) {
    Integer i = map.get(a);
    if (i == null) {
      i = liste.size();
      map.put(a, i);
      liste.add(a);
    }
    return i;
  }

  /** A table and, for each observation in the order given, the position of its cell. */
  record Aufbau(Tabelle<MesswertSchluessel> tabelle, int[] zelleDerMesswerte) {}

  /**
   * {@link #baue} on a non-empty group of one indicator and period, with the area number ({@link
   * Raumverzeichnis}) and breakdown number (in {@code aufListe}) of each observation.
   */
  static Aufbau aufbau(
      List<Messwert> gruppe,
      int[] nummern,
      int[] aufNummern,
      List<Aufschluesselung> aufListe,
      Raumhierarchie h,
      Raumverzeichnis rv,
      Geheimhaltungsregeln regeln,
      Beitraege beitraege) {
    Messwert erster = gruppe.get(0);
    IndikatorRef indikator = erster.indikator();
    Periode periode = erster.periode();
    // the breakdowns of this group, numbered in their natural order
    int[] lokal = new int[aufListe.size()];
    Arrays.fill(lokal, -1);
    List<Integer> vorhanden = new ArrayList<>();
    for (int nr : aufNummern) {
      if (lokal[nr] < 0) {
        lokal[nr] = 0;
        vorhanden.add(nr);
      }
    }
    vorhanden.sort((x, y) -> aufListe.get(x).compareTo(aufListe.get(y)));
    List<Aufschluesselung> auf = new ArrayList<>(vorhanden.size());
    Map<Aufschluesselung, Integer> aufNummer = new HashMap<>();
    for (int i = 0; i < vorhanden.size(); i++) {
      lokal[vorhanden.get(i)] = i;
      auf.add(aufListe.get(vorhanden.get(i)));
      aufNummer.put(auf.get(i), i);
    }
    int a = auf.size();
    int n = h.raeume.size() * a;
    // the observations, checked and placed
    @Nullable Messwert[] platz = new Messwert[n];
    int[] zelleDerMesswerte = new int[gruppe.size()];
    int zSkala = 0;
    int nSkala = 0;
    for (int k = 0; k < gruppe.size(); k++) {
      Messwert m = gruppe.get(k);
      int raum = h.bereich[nummern[k]];
      if (raum < 0) {
        throw new RegelverstossException(
            "geheimhaltung.sozialraum-nicht-gueltig",
            "Messwert " + m.schluessel(),
            "Sozialraum version "
                + m.raum()
                + " is not valid in Kommune "
                + rv.kommune.schluessel()
                + " on "
                + h.stichtag);
      }
      int zelle = raum * a + lokal[aufNummern[k]];
      if (platz[zelle] != null) {
        throw new RegelverstossException(
            "geheimhaltung.messwert-doppelt",
            "Messwert " + m.schluessel(),
            "two observations have the key " + m.schluessel());
      }
      platz[zelle] = m;
      zelleDerMesswerte[k] = zelle;
      BigDecimal z = m.zaehler();
      BigDecimal nn = m.nenner();
      if (z != null) {
        zSkala = Math.max(zSkala, z.scale());
        if (nn != null) {
          nSkala = Math.max(nSkala, nn.scale());
        }
      }
    }
    // the cells
    boolean ganz = zSkala == 0 && nSkala == 0;
    long[] zaehler = new long[n];
    long[] nenner = new long[n];
    boolean[] sensibel = new boolean[n];
    boolean[] fehlt = new boolean[n];
    for (int raum = 0; raum < h.raeume.size(); raum++) {
      for (int i = 0; i < a; i++) {
        int zelle = raum * a + i;
        Messwert m = platz[zelle];
        BigDecimal z = m == null ? null : m.zaehler();
        if (m == null || z == null) {
          fehlt[zelle] = true;
          nenner[zelle] = Tabelle.KEIN_NENNER;
          continue;
        }
        BigDecimal nn = m.nenner();
        zaehler[zelle] = alsLong(z, zSkala, m);
        nenner[zelle] = nn == null ? Tabelle.KEIN_NENNER : alsLong(nn, nSkala, m);
        if (m.confStatus() != ConfStatus.F) {
          sensibel[zelle] = true;
        } else if (ganz && regeln.dominanz() == null) {
          sensibel[zelle] =
              nn == null
                  ? regeln.primaer(zaehler[zelle])
                  : regeln.primaer(zaehler[zelle], nenner[zelle]);
        } else {
          sensibel[zelle] =
              regeln.primaer(
                  z, nn, regeln.dominanz() == null ? List.of() : beitraege.von(m.schluessel()));
        }
      }
    }
    // relations along the hierarchy, for every breakdown
    List<int[]> beziehungen = new ArrayList<>();
    for (int raum = 0; raum < h.raeume.size(); raum++) {
      for (int[] kinder : h.kindergruppen[raum]) {
        for (int i = 0; i < a; i++) {
          nimm(zeile(raum, kinder, a, i), zaehler, nenner, fehlt, beziehungen);
        }
      }
    }
    // relations across breakdowns: b = sum over the codes of dimension d of b + {d=code}
    Map<Integer, Map<String, List<Integer>>> zerlegungen = new TreeMap<>();
    for (int i = 0; i < a; i++) {
      Aufschluesselung b = auf.get(i);
      for (String d : b.dimensionen()) {
        Integer ohne = aufNummer.get(b.ohne(d));
        if (ohne != null) {
          zerlegungen
              .computeIfAbsent(ohne, x -> new TreeMap<>())
              .computeIfAbsent(d, x -> new ArrayList<>())
              .add(i);
        }
      }
    }
    List<int[]> muster = new ArrayList<>();
    for (Map.Entry<Integer, Map<String, List<Integer>>> e : zerlegungen.entrySet()) {
      for (List<Integer> codes : e.getValue().values()) {
        int[] m = new int[codes.size() + 1];
        m[0] = e.getKey();
        for (int j = 0; j < codes.size(); j++) {
          m[j + 1] = codes.get(j);
        }
        muster.add(m);
      }
    }
    for (int raum = 0; raum < h.raeume.size(); raum++) {
      for (int[] m : muster) {
        int[] zeile = new int[m.length];
        for (int j = 0; j < m.length; j++) {
          zeile[j] = raum * a + m[j];
        }
        nimm(zeile, zaehler, nenner, fehlt, beziehungen);
      }
    }
    Tabelle<MesswertSchluessel> tabelle =
        new Tabelle<>(
            n,
            i -> new MesswertSchluessel(indikator, h.raeume.get(i / a), periode, auf.get(i % a)),
            zaehler,
            nenner,
            sensibel,
            fehlt,
            beziehungen.toArray(new int[0][]));
    return new Aufbau(tabelle, zelleDerMesswerte);
  }

  /** The relation of area {@code raum} to its children {@code kinder} in breakdown {@code i}. */
  private static int[] zeile(int raum, int[] kinder, int a, int i) {
    int[] zeile = new int[kinder.length + 1];
    zeile[0] = raum * a + i;
    for (int j = 0; j < kinder.length; j++) {
      zeile[j + 1] = kinder[j] * a + i;
    }
    return zeile;
  }

  /** Keeps relation {@code zeile} unless its values refute it. */
  private static void nimm(
      int[] zeile, long[] zaehler, long[] nenner, boolean[] fehlt, List<int[]> beziehungen) {
    if (Tabelle.additivOderUnbekannt(zeile, zaehler, nenner, fehlt)) {
      beziehungen.add(zeile);
    }
  }

  private static long alsLong(BigDecimal x, int skala, Messwert m) {
    try {
      return (skala == 0 ? x : x.movePointRight(skala)).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Messwert "
              + m.schluessel()
              + " has a value too large to count exactly, got "
              + x.toPlainString(),
          e);
    }
  }

  private static void pruefeGruppe(List<Messwert> l) {
    Messwert erster = requireNonNull(l.get(0), "messwert");
    for (Messwert m : l) {
      requireNonNull(m, "messwert");
      if (!erster.indikator().equals(m.indikator()) || !erster.periode().equals(m.periode())) {
        throw new IllegalArgumentException(
            "a table needs observations of one indicator and one period, got "
                + erster.indikator()
                + " "
                + erster.periode()
                + " and "
                + m.indikator()
                + " "
                + m.periode());
      }
    }
  }
}
