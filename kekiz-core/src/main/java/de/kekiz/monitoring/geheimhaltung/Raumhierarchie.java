package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of a Kommune on one day, numbered: 0 is the Kommune, then its Sozialraum versions
 * valid that day, sorted by {@link de.kekiz.domain.kommune.SozialraumRef}; and for each area the
 * groups of its children, one group per {@link Sozialraumebene}. A Sozialraum whose parent is not
 * valid that day counts as a child of the Kommune. Built once per Kommune and day, shared by its
 * tables.
 */
final class Raumhierarchie {

  final LocalDate stichtag;
  final List<Raumbezug> raeume;
  final Map<Raumbezug, Integer> nummer;
  /** Per area, its groups of children (area numbers); empty for a leaf. */
  final int[][][] kindergruppen;

  private Raumhierarchie(
      LocalDate stichtag, List<Raumbezug> raeume, Map<Raumbezug, Integer> nummer, int[][][] k) {
    this.stichtag = stichtag;
    this.raeume = raeume;
    this.nummer = nummer;
    this.kindergruppen = k;
  }

  static Raumhierarchie von(Kommune kommune, LocalDate stichtag) {
    List<Sozialraum> gueltige = new ArrayList<>(kommune.sozialraeumeAm(stichtag));
    gueltige.sort((a, b) -> a.ref().compareTo(b.ref()));
    List<Raumbezug> raeume = new ArrayList<>(gueltige.size() + 1);
    Map<Raumbezug, Integer> nummer = new HashMap<>();
    Map<SozialraumId, Integer> nachId = new HashMap<>();
    KommuneBezug wurzel = Raumbezug.of(kommune.schluessel());
    raeume.add(wurzel);
    nummer.put(wurzel, 0);
    for (Sozialraum s : gueltige) {
      SozialraumBezug b = Raumbezug.of(s.ref());
      nummer.put(b, raeume.size());
      nachId.put(s.id(), raeume.size());
      raeume.add(b);
    }
    List<Map<Sozialraumebene, List<Integer>>> gruppen = new ArrayList<>(raeume.size());
    for (int i = 0; i < raeume.size(); i++) {
      gruppen.add(new EnumMap<>(Sozialraumebene.class));
    }
    for (Sozialraum s : gueltige) {
      SozialraumId vater = s.uebergeordnet();
      Integer v = vater == null ? null : nachId.get(vater);
      gruppen
          .get(v == null ? 0 : v)
          .computeIfAbsent(s.ebene(), e -> new ArrayList<>())
          .add(nachId.get(s.id()));
    }
    int[][][] k = new int[raeume.size()][][];
    for (int i = 0; i < raeume.size(); i++) {
      k[i] =
          gruppen.get(i).values().stream()
              .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
              .toArray(int[][]::new);
    }
    return new Raumhierarchie(stichtag, raeume, nummer, k);
  }
}
