package de.kekiz.examples.angriff;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds every linear relation a reader of a release can know from the geography and the cells
 * listed, per indicator, period and breakdown (see {@link Beziehung.Art}):
 *
 * <ul>
 *   <li>{@link Beziehung.Art#KOMMUNE}: for every Gebietsstand of a Kommune (the top-level
 *       Sozialraum versions valid on one day), the Kommune's total is their sum, if every one of
 *       them has a row for the period. Every day on which the versions change is tried; between two
 *       such days nothing changes, so this covers the reference day of any period and every
 *       boundary ever valid. Old and new boundaries both listed for one period give two relations,
 *       so differencing them is covered.
 *   <li>{@link Beziehung.Art#HIERARCHIE}: likewise a Sozialraum version is the sum of its children
 *       valid on one day.
 *   <li>Both sum per kind of partition ({@link Kommunegebiet#obersteAm}): school catchments and
 *       other areas may cover a Kommune once more next to its administrative Sozialräume.
 *   <li>{@link Beziehung.Art#GEMEINDE_IM_KREIS}: a Sozialraum whose code is the key of another
 *       Kommune of the same Kreis (the Kreis's Sozialraum {@code 05978000:05978008@1} stands for
 *       the Gemeinde {@code 05978008}) equals that Kommune's total.
 *   <li>{@link Beziehung.Art#KREIS}: where a Kreis's top level on one day consists of such
 *       Gemeinden only, its total is the sum of their totals.
 *   <li>{@link Beziehung.Art#AUFSCHLUESSELUNG}: a cell is the sum over the codes of a dimension it
 *       is not broken down by, if a row exists for every code of that dimension seen anywhere in
 *       the release for the indicator.
 *   <li>{@link Beziehung.Art#POOLING}: a row of several years is the sum of its single years (those
 *       without a row enter as unknown cells), if no single year has another indicator version.
 * </ul>
 *
 * Relations with the same cells and coefficients are kept once.
 */
final class Beziehungen {
  private Beziehungen() {}

  /** The group of cells that relations between areas connect. */
  private record Gruppe(
      String indikator, Zeitraum zeitraum, ImmutableSortedMap<String, String> aufschluesselung) {}

  /**
   * Every relation between the cells of {@code bestand} a reader can know from {@code geografie}.
   */
  static List<Beziehung> bilde(Zellbestand bestand, Geografie geografie) {
    Map<Map<Zelle, Integer>, Beziehung> beziehungen = new LinkedHashMap<>();
    Map<Gruppe, Map<Raum, Zellbestand.Zellwert>> gruppen =
        new TreeMap<>(
            Comparator.comparing(Gruppe::indikator)
                .thenComparing(Gruppe::zeitraum)
                .thenComparing(g -> g.aufschluesselung().toString()));
    for (Zellbestand.Zellwert w : bestand.zellen()) {
      Zelle z = w.zelle();
      gruppen
          .computeIfAbsent(
              new Gruppe(z.indikator(), z.zeitraum(), z.aufschluesselung()), g -> new HashMap<>())
          .put(z.raum(), w);
    }
    for (Map.Entry<Gruppe, Map<Raum, Zellbestand.Zellwert>> e : gruppen.entrySet()) {
      raeumlich(e.getKey(), e.getValue(), geografie, beziehungen);
    }
    aufschluesselung(bestand, beziehungen);
    pooling(bestand, beziehungen);
    return List.copyOf(beziehungen.values());
  }

  private static void neu(Map<Map<Zelle, Integer>, Beziehung> beziehungen, Beziehung b) {
    beziehungen.putIfAbsent(b.terme(), b);
  }

  // ------------------------------------------------------------------ areas

  private static void raeumlich(
      Gruppe g,
      Map<Raum, Zellbestand.Zellwert> zellen,
      Geografie geografie,
      Map<Map<Zelle, Integer>, Beziehung> beziehungen) {
    String kontext =
        " [" + g.indikator() + " " + g.zeitraum().deutsch() + " " + aufschluesselung(g) + "]";
    Set<String> kommunen =
        zellen.keySet().stream().map(Raum::ags).collect(Collectors.toCollection(TreeSet::new));
    for (String ags : kommunen) {
      Optional<Kommunegebiet> gebiet = geografie.kommune(ags);
      if (gebiet.isEmpty()) {
        continue;
      }
      Kommunegebiet k = gebiet.get();
      Zelle gesamt =
          new Zelle(g.indikator(), Raum.kommune(ags), g.zeitraum(), g.aufschluesselung());
      for (LocalDate tag : k.wechseltage()) {
        for (List<Sozialraumversion> oberste : k.obersteAm(tag)) {
          if (zellen.containsKey(gesamt.raum()) && alleDa(oberste, zellen)) {
            String was = ags + " (" + k.name() + ") = Σ " + oberste.size();
            neu(
                beziehungen,
                Beziehung.summe(
                    Beziehung.Art.KOMMUNE,
                    was + " oberste Sozialräume am " + tag + kontext,
                    gesamt,
                    zellen(gesamt, oberste)));
          }
          kreis(k, gesamt, oberste, zellen, tag + kontext, beziehungen);
        }
        for (Sozialraumversion eltern : k.sozialraeume()) {
          if (!eltern.giltAm(tag) || !zellen.containsKey(eltern.raum())) {
            continue;
          }
          for (List<Sozialraumversion> kinder : k.kinderAm(eltern.code(), tag)) {
            if (alleDa(kinder, zellen)) {
              String was = eltern.raum() + " (" + eltern.name() + ") = Σ " + kinder.size();
              neu(
                  beziehungen,
                  Beziehung.summe(
                      Beziehung.Art.HIERARCHIE,
                      was + " untergeordnete Sozialräume am " + tag + kontext,
                      gesamt.mitRaum(eltern.raum()),
                      zellen(gesamt, kinder)));
            }
          }
        }
      }
      for (Sozialraumversion s : k.sozialraeume()) {
        Raum gemeinde = gemeindeIm(k, s);
        if (gemeinde != null && zellen.containsKey(gemeinde) && zellen.containsKey(s.raum())) {
          neu(
              beziehungen,
              Beziehung.summe(
                  Beziehung.Art.GEMEINDE_IM_KREIS,
                  s.raum() + " (" + s.name() + ") = Gemeinde " + gemeinde + " insgesamt" + kontext,
                  gesamt.mitRaum(s.raum()),
                  List.of(gesamt.mitRaum(gemeinde))));
        }
      }
    }
  }

  /** The Kreis's total is the sum of its Gemeinden's, if {@code oberste} are Gemeinden only. */
  private static void kreis(
      Kommunegebiet k,
      Zelle gesamt,
      List<Sozialraumversion> oberste,
      Map<Raum, Zellbestand.Zellwert> zellen,
      String amTag,
      Map<Map<Zelle, Integer>, Beziehung> beziehungen) {
    List<Raum> gemeinden = new ArrayList<>();
    for (Sozialraumversion s : oberste) {
      Raum gemeinde = gemeindeIm(k, s);
      if (gemeinde != null && zellen.containsKey(gemeinde)) {
        gemeinden.add(gemeinde);
      }
    }
    if (!oberste.isEmpty()
        && gemeinden.size() == oberste.size()
        && zellen.containsKey(gesamt.raum())) {
      neu(
          beziehungen,
          Beziehung.summe(
              Beziehung.Art.KREIS,
              k.ags()
                  + " ("
                  + k.name()
                  + ") = Σ "
                  + gemeinden.size()
                  + " Gemeinden insgesamt am "
                  + amTag,
              gesamt,
              gemeinden.stream().map(gesamt::mitRaum).toList()));
    }
  }

  private static List<Zelle> zellen(Zelle gesamt, List<Sozialraumversion> raeume) {
    return raeume.stream().map(s -> gesamt.mitRaum(s.raum())).toList();
  }

  /** The Kommune a Sozialraum of {@code kreis} stands for: its code is a key of the same Kreis. */
  private static @Nullable Raum gemeindeIm(Kommunegebiet kreis, Sozialraumversion s) {
    String code = s.code();
    boolean gemeinde =
        Raum.istSchluessel(code)
            && !code.equals(kreis.ags())
            && code.substring(0, 5).equals(kreis.ags().substring(0, 5));
    return gemeinde ? Raum.kommune(code) : null;
  }

  private static boolean alleDa(List<Sozialraumversion> raeume, Map<Raum, ?> zellen) {
    return !raeume.isEmpty() && raeume.stream().allMatch(s -> zellen.containsKey(s.raum()));
  }

  private static String aufschluesselung(Gruppe g) {
    return new Zelle(g.indikator(), Raum.kommune("00000000"), g.zeitraum(), g.aufschluesselung())
        .aufschluesselungText();
  }

  // ------------------------------------------------------------------ breakdowns

  private static void aufschluesselung(
      Zellbestand bestand, Map<Map<Zelle, Integer>, Beziehung> beziehungen) {
    Map<String, Map<String, SortedSet<String>>> codes = new TreeMap<>(); // indicator → dim → codes
    Set<Zelle> alle = new HashSet<>();
    for (Zellbestand.Zellwert w : bestand.zellen()) {
      Zelle z = w.zelle();
      alle.add(z);
      z.aufschluesselung()
          .forEach(
              (d, c) ->
                  codes
                      .computeIfAbsent(z.indikator(), i -> new TreeMap<>())
                      .computeIfAbsent(d, x -> new TreeSet<>())
                      .add(c));
    }
    if (codes.isEmpty()) {
      return;
    }
    for (Zelle z : new TreeSet<>(alle)) {
      for (Map.Entry<String, SortedSet<String>> d :
          codes.getOrDefault(z.indikator(), Map.of()).entrySet()) {
        if (z.aufschluesselung().containsKey(d.getKey())) {
          continue;
        }
        List<Zelle> teile = d.getValue().stream().map(c -> z.mit(d.getKey(), c)).toList();
        if (alle.containsAll(teile)) {
          neu(
              beziehungen,
              Beziehung.summe(
                  Beziehung.Art.AUFSCHLUESSELUNG,
                  z + " = Σ " + d.getKey() + " " + d.getValue(),
                  z,
                  teile));
        }
      }
    }
  }

  // ------------------------------------------------------------------ pooled rows

  private static void pooling(
      Zellbestand bestand, Map<Map<Zelle, Integer>, Beziehung> beziehungen) {
    for (Zellbestand.Zellwert w : bestand.zellen()) {
      Zelle z = w.zelle();
      if (!z.zeitraum().istGepoolt()) {
        continue;
      }
      List<Zelle> jahre = z.zeitraum().einzeljahre().stream().map(z::mitZeitraum).toList();
      boolean versionPasst =
          jahre.stream()
              .map(bestand::zelle)
              .flatMap(Optional::stream)
              .allMatch(j -> j.version() == 0 || w.version() == 0 || j.version() == w.version());
      if (versionPasst) {
        neu(
            beziehungen,
            Beziehung.summe(
                Beziehung.Art.POOLING,
                z
                    + " = Σ "
                    + jahre.size()
                    + " Einzeljahre "
                    + jahre.stream()
                        .map(j -> j.zeitraum().deutsch())
                        .collect(Collectors.joining(", ")),
                z,
                jahre));
      }
    }
  }
}
