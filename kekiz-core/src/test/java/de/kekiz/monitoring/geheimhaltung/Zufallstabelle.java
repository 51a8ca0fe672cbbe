package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A generated table for the attack tests: a Kommune with a random Sozialraum hierarchy (depth 1 to
 * 3, varying width), one indicator (a rate or a count) for one year with no breakdown, a 1-D
 * breakdown (alter or geschlecht) or a 2-D breakdown (alter × geschlecht) with all margins, and
 * random counts, a random share of them small. The generator records the additive relations of its
 * own structure (independently of {@link MesswertTabelle}), which the attacker uses.
 *
 * @param kommune the Kommune with its Sozialräume
 * @param messwerte every cell as an observation (missing ones with OBS_STATUS M)
 * @param zellen every cell's key, the index of the attacker's arrays
 * @param zaehler the true numerator of each cell
 * @param nenner the true denominator of each cell (0 if the indicator has none)
 * @param fehlt which cells are missing from the data: single observations with OBS_STATUS M, and
 *     every cell of an empty leaf Sozialraum, which has no observation at all (half of them
 *     uninhabited, with all values 0)
 * @param beziehungen the relations as cell numbers (element 0 the total)
 * @param regeln the primary rules the table is protected with
 */
record Zufallstabelle(
    Kommune kommune,
    List<Messwert> messwerte,
    List<MesswertSchluessel> zellen,
    long[] zaehler,
    long[] nenner,
    boolean[] fehlt,
    List<int[]> beziehungen,
    Geheimhaltungsregeln regeln) {

  static final Gemeindeschluessel AGS = Gemeindeschluessel.parse("05315000");
  static final IndikatorRef QUOTE = IndikatorRef.of("test-quote", 1);
  static final Periode JAHR = Periode.jahr(2023);
  private static final String[] ALTER = {"0-2", "3-5", "6-9", "10-14"};
  private static final String[] GESCHLECHT = {"m", "w", "d"};
  private static final Sozialraumebene[] EBENEN = {
    Sozialraumebene.STADTBEZIRK, Sozialraumebene.STADTTEIL, Sozialraumebene.QUARTIER
  };

  /** One area of the generated hierarchy. */
  private static final class Raum {
    final Raumbezug bezug;
    final List<Raum> kinder = new ArrayList<>();

    Raum(Raumbezug bezug) {
      this.bezug = bezug;
    }
  }

  /**
   * A random table.
   *
   * @param rnd the seeded source of randomness
   * @param fehlendAnteil the share of cells left out of the data
   */
  static Zufallstabelle erzeuge(Random rnd, double fehlendAnteil) {
    int tiefe = 1 + rnd.nextInt(3);
    int grenze = 12 + rnd.nextInt(40);
    int art = rnd.nextInt(10) < 3 ? 0 : rnd.nextInt(10) < 6 ? 1 : 2;
    double kleinAnteil = 0.05 + 0.5 * rnd.nextDouble();
    return erzeuge(rnd, fehlendAnteil, tiefe, grenze, art, kleinAnteil);
  }

  /**
   * A random table of a given shape.
   *
   * @param tiefe the depth of the Sozialraum hierarchy, 1 to 3
   * @param grenze the most Sozialräume
   * @param art 0: no breakdown, 1: one dimension, 2: two dimensions
   * @param kleinAnteil the share of small numerators (0 to 4) among the finest cells
   */
  static Zufallstabelle erzeuge(
      Random rnd, double fehlendAnteil, int tiefe, int grenze, int art, double kleinAnteil) {
    // the hierarchy
    List<Sozialraum> sozialraeume = new ArrayList<>();
    Raum wurzel = new Raum(Raumbezug.of(AGS));
    int[] anzahl = {0};
    baue(rnd, wurzel, null, 1, tiefe, sozialraeume, anzahl, grenze);
    Kommune kommune =
        Kommune.builder(AGS, "Zufallstadt", Kommunenart.KREISFREIE_STADT)
            .kreisfrei(true)
            .kreis(null)
            .jugendamt(AGS)
            .sozialraeume(sozialraeume)
            .build();
    // the breakdowns
    String[] alter = java.util.Arrays.copyOf(ALTER, 2 + rnd.nextInt(3));
    String[] geschlecht = java.util.Arrays.copyOf(GESCHLECHT, 2 + rnd.nextInt(2));
    List<String> dimension1 = new ArrayList<>();
    List<String> dimension2 = new ArrayList<>();
    String name1 = rnd.nextBoolean() ? Aufschluesselung.ALTERSGRUPPE : Aufschluesselung.GESCHLECHT;
    if (art >= 1) {
      dimension1.addAll(List.of(name1.equals(Aufschluesselung.ALTERSGRUPPE) ? alter : geschlecht));
    }
    String name2 =
        name1.equals(Aufschluesselung.ALTERSGRUPPE)
            ? Aufschluesselung.GESCHLECHT
            : Aufschluesselung.ALTERSGRUPPE;
    if (art == 2) {
      dimension2.addAll(List.of(name2.equals(Aufschluesselung.ALTERSGRUPPE) ? alter : geschlecht));
    }
    // breakdown combos: null code = total over that dimension
    List<@Nullable String[]> kombis = new ArrayList<>();
    List<@Nullable String> codes1 = new ArrayList<>();
    codes1.add(null);
    codes1.addAll(dimension1);
    List<@Nullable String> codes2 = new ArrayList<>();
    codes2.add(null);
    codes2.addAll(dimension2);
    for (String c1 : codes1) {
      for (String c2 : codes2) {
        kombis.add(new String[] {c1, c2});
      }
    }
    boolean mitNenner = rnd.nextBoolean();
    // cells
    List<Raum> raeume = new ArrayList<>();
    sammle(wurzel, raeume);
    Map<MesswertSchluessel, Integer> index = new LinkedHashMap<>();
    List<MesswertSchluessel> zellen = new ArrayList<>();
    for (Raum r : raeume) {
      for (String[] k : kombis) {
        Aufschluesselung a = Aufschluesselung.INSGESAMT;
        if (k[0] != null) {
          a = a.mit(name1, k[0]);
        }
        if (k[1] != null) {
          a = a.mit(name2, k[1]);
        }
        MesswertSchluessel s = new MesswertSchluessel(QUOTE, r.bezug, JAHR, a);
        index.put(s, zellen.size());
        zellen.add(s);
      }
    }
    int n = zellen.size();
    long[] zaehler = new long[n];
    long[] nenner = new long[n];
    // empty leaf Sozialräume (no observation at all), at most one per parent; half of them are
    // uninhabited (all values 0)
    boolean[] leer = new boolean[raeume.size()];
    boolean[] unbewohnt = new boolean[raeume.size()];
    if (fehlendAnteil > 0) {
      for (Raum vater : raeume) {
        for (Raum kind : vater.kinder) {
          if (kind.kinder.isEmpty()
              && vater.kinder.size() > 1
              && rnd.nextDouble() < fehlendAnteil) {
            leer[raeume.indexOf(kind)] = true;
            unbewohnt[raeume.indexOf(kind)] = rnd.nextBoolean();
            break;
          }
        }
      }
    }
    // the finest cells of the leaves get random values; everything else is summed up
    int k = kombis.size();
    for (int ri = 0; ri < raeume.size(); ri++) {
      if (!raeume.get(ri).kinder.isEmpty()) {
        continue;
      }
      for (int ki = 0; ki < k; ki++) {
        String[] kombi = kombis.get(ki);
        boolean fein =
            (dimension1.isEmpty() || kombi[0] != null)
                && (dimension2.isEmpty() || kombi[1] != null);
        if (!fein) {
          continue;
        }
        int zelle = ri * k + ki;
        long z =
            rnd.nextDouble() < kleinAnteil
                ? rnd.nextInt(5)
                : 3 + rnd.nextInt(rnd.nextBoolean() ? 20 : 300);
        zaehler[zelle] = z;
        nenner[zelle] =
            mitNenner ? z + 1 + (rnd.nextInt(5) == 0 ? rnd.nextInt(60) : 20 + rnd.nextInt(500)) : 0;
        if (unbewohnt[ri]) {
          zaehler[zelle] = 0;
          nenner[zelle] = 0;
        }
      }
    }
    List<int[]> beziehungen = new ArrayList<>();
    // breakdown relations per area (leaf areas first get their margins)
    for (int ri = 0; ri < raeume.size(); ri++) {
      for (int ki = 0; ki < k; ki++) {
        String[] kombi = kombis.get(ki);
        // total over dimension 1 with dimension 2 fixed
        if (kombi[0] == null && !dimension1.isEmpty()) {
          List<Integer> teile = new ArrayList<>();
          for (int kj = 0; kj < k; kj++) {
            String[] t = kombis.get(kj);
            if (t[0] != null && java.util.Objects.equals(t[1], kombi[1])) {
              teile.add(ri * k + kj);
            }
          }
          beziehungen.add(beziehung(ri * k + ki, teile));
        }
        if (kombi[1] == null && !dimension2.isEmpty()) {
          List<Integer> teile = new ArrayList<>();
          for (int kj = 0; kj < k; kj++) {
            String[] t = kombis.get(kj);
            if (t[1] != null && java.util.Objects.equals(t[0], kombi[0])) {
              teile.add(ri * k + kj);
            }
          }
          beziehungen.add(beziehung(ri * k + ki, teile));
        }
      }
    }
    // hierarchy relations
    for (int ri = 0; ri < raeume.size(); ri++) {
      Raum r = raeume.get(ri);
      if (r.kinder.isEmpty()) {
        continue;
      }
      for (int ki = 0; ki < k; ki++) {
        List<Integer> teile = new ArrayList<>();
        for (Raum kind : r.kinder) {
          teile.add(raeume.indexOf(kind) * k + ki);
        }
        beziehungen.add(beziehung(ri * k + ki, teile));
      }
    }
    // fill in the sums: leaves' margins, then areas bottom-up (raeume is in pre-order)
    for (int ri = raeume.size() - 1; ri >= 0; ri--) {
      Raum r = raeume.get(ri);
      for (int ki = 0; ki < k; ki++) {
        String[] kombi = kombis.get(ki);
        boolean fein =
            (dimension1.isEmpty() || kombi[0] != null)
                && (dimension2.isEmpty() || kombi[1] != null);
        if (!r.kinder.isEmpty() && fein) {
          for (Raum kind : r.kinder) {
            int c = raeume.indexOf(kind) * k + ki;
            zaehler[ri * k + ki] += zaehler[c];
            nenner[ri * k + ki] += nenner[c];
          }
        }
      }
      // margins over the breakdown of this area: over dimension 2 first, then dimension 1
      for (int ki = 0; ki < k; ki++) {
        String[] kombi = kombis.get(ki);
        if (kombi[0] != null && kombi[1] == null && !dimension2.isEmpty()) {
          summiere(zaehler, nenner, ri, k, ki, kombis, kombi[0], true);
        }
      }
      for (int ki = 0; ki < k; ki++) {
        String[] kombi = kombis.get(ki);
        if (kombi[0] == null && !dimension1.isEmpty()) {
          summiere(zaehler, nenner, ri, k, ki, kombis, kombi[1], false);
        }
      }
    }
    boolean[] fehlt = new boolean[n];
    List<Messwert> messwerte = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      MesswertSchluessel s = zellen.get(i);
      fehlt[i] = rnd.nextDouble() < fehlendAnteil;
      if (leer[i / k]) {
        fehlt[i] = true;
        continue;
      }
      messwerte.add(
          fehlt[i]
              ? new Messwert(
                  s.indikator(),
                  s.raum(),
                  s.periode(),
                  s.aufschluesselung(),
                  null,
                  null,
                  ObsStatus.M,
                  ConfStatus.F)
              : new Messwert(
                  s.indikator(),
                  s.raum(),
                  s.periode(),
                  s.aufschluesselung(),
                  BigDecimal.valueOf(zaehler[i]),
                  mitNenner ? BigDecimal.valueOf(nenner[i]) : null,
                  ObsStatus.A,
                  ConfStatus.F));
    }
    java.util.Collections.shuffle(messwerte, rnd);
    int regelArt = rnd.nextInt(20);
    Geheimhaltungsregeln regeln =
        regelArt < 14
            ? Geheimhaltungsregeln.standard()
            : regelArt < 17
                ? Geheimhaltungsregeln.standard().withNullGeheim(false)
                : Geheimhaltungsregeln.standard().withMindestZaehler(5).withMindestNenner(50);
    return new Zufallstabelle(
        kommune, messwerte, zellen, zaehler, nenner, fehlt, beziehungen, regeln);
  }

  /**
   * Sums the cells of area {@code ri} into cell {@code ki}: over dimension 2 with dimension 1 at
   * {@code code} ({@code ueber2}), or over dimension 1 with dimension 2 at {@code code}.
   */
  private static void summiere(
      long[] zaehler,
      long[] nenner,
      int ri,
      int k,
      int ki,
      List<@Nullable String[]> kombis,
      @Nullable String code,
      boolean ueber2) {
    long z = 0;
    long n = 0;
    for (int kj = 0; kj < k; kj++) {
      String[] t = kombis.get(kj);
      boolean passt =
          ueber2
              ? t[1] != null && java.util.Objects.equals(t[0], code)
              : t[0] != null && java.util.Objects.equals(t[1], code);
      if (passt) {
        z += zaehler[ri * k + kj];
        n += nenner[ri * k + kj];
      }
    }
    zaehler[ri * k + ki] = z;
    nenner[ri * k + ki] = n;
  }

  private static int[] beziehung(int summe, List<Integer> teile) {
    int[] r = new int[teile.size() + 1];
    r[0] = summe;
    for (int i = 0; i < teile.size(); i++) {
      r[i + 1] = teile.get(i);
    }
    return r;
  }

  private static void baue(
      Random rnd,
      Raum vater,
      @Nullable SozialraumId vaterId,
      int ebene,
      int tiefe,
      List<Sozialraum> sozialraeume,
      int[] anzahl,
      int grenze) {
    int breite =
        ebene == 1
            ? 2 + rnd.nextInt(Math.max(7, grenze / 6))
            : rnd.nextInt(10) == 0 ? 1 : 2 + rnd.nextInt(4);
    for (int i = 0; i < breite && anzahl[0] < grenze; i++) {
      anzahl[0]++;
      String code = (vaterId == null ? "" : vaterId.code() + ".") + (i + 1);
      SozialraumId id = SozialraumId.of(AGS, code);
      Sozialraum s =
          Sozialraum.of(id, 1, "Raum " + code, EBENEN[ebene - 1], Zeitraum.parse("2000-01-01.."))
              .withUebergeordnet(vaterId);
      sozialraeume.add(s);
      Raum r = new Raum(Raumbezug.of(s.ref()));
      vater.kinder.add(r);
      if (ebene < tiefe) {
        baue(rnd, r, id, ebene + 1, tiefe, sozialraeume, anzahl, grenze);
      }
    }
  }

  private static void sammle(Raum r, List<Raum> raeume) {
    raeume.add(r);
    for (Raum kind : r.kinder) {
      sammle(kind, raeume);
    }
  }
}
