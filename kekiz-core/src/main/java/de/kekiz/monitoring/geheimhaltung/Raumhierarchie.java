package de.kekiz.monitoring.geheimhaltung;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The areas of a Kommune on one day, numbered: 0 is the Kommune, then its Sozialraum versions valid
 * that day, sorted by {@link de.kekiz.domain.kommune.SozialraumRef}; and for each area the groups
 * of its children, one group per {@link Sozialraumebene}. A Sozialraum whose parent is not valid
 * that day counts as a child of the Kommune. Built once per Kommune and day, shared by its tables.
 */
final class Raumhierarchie {

  final LocalDate stichtag;
  final List<Raumbezug> raeume;

  /** Per number of the {@link Raumverzeichnis}, the area here, or -1 if not valid that day. */
  final int[] bereich;

  /** Per area, its groups of children (area numbers); empty for a leaf. */
  final int[][][] kindergruppen;

  /** The number of each area in {@link #raeume}, shared by the parts of every table of the day. */
  final Map<Raumbezug, Integer> nummern;

  /** The number of groups of children over all areas: the relations per breakdown. */
  final int relationen;

  /** Per area, its groups of children as areas (immutable, made once). */
  final List<List<List<Raumbezug>>> kinderraeume;

  private Raumhierarchie(
      LocalDate stichtag, List<Raumbezug> raeume, int[] bereich, int[][][] kindergruppen) {
    this.stichtag = stichtag;
    this.raeume = raeume;
    this.bereich = bereich;
    this.kindergruppen = kindergruppen;
    Map<Raumbezug, Integer> n = new HashMap<>();
    for (int i = 0; i < raeume.size(); i++) {
      n.put(raeume.get(i), i);
    }
    this.nummern = n;
    int r = 0;
    for (int[][] gruppen : kindergruppen) {
      r += gruppen.length;
    }
    this.relationen = r;
    List<List<List<Raumbezug>>> kr = new ArrayList<>(raeume.size());
    for (int[][] gruppen : kindergruppen) {
      if (gruppen.length == 0) {
        kr.add(List.of());
        continue;
      }
      ImmutableList.Builder<List<Raumbezug>> g =
          ImmutableList.builderWithExpectedSize(gruppen.length);
      for (int[] kinder : gruppen) {
        ImmutableList.Builder<Raumbezug> k = ImmutableList.builderWithExpectedSize(kinder.length);
        for (int c : kinder) {
          k.add(raeume.get(c));
        }
        g.add(k.build());
      }
      kr.add(g.build());
    }
    this.kinderraeume = kr;
  }

  /** This hierarchy on another day with the same Sozialraum versions valid. */
  Raumhierarchie amTag(LocalDate tag) {
    return new Raumhierarchie(tag, this);
  }

  private Raumhierarchie(LocalDate stichtag, Raumhierarchie wie) {
    this.stichtag = stichtag;
    this.raeume = wie.raeume;
    this.bereich = wie.bereich;
    this.kindergruppen = wie.kindergruppen;
    this.nummern = wie.nummern;
    this.relationen = wie.relationen;
    this.kinderraeume = wie.kinderraeume;
  }

  /**
   * The numbers of the Sozialraum versions of {@code verzeichnis} valid on {@code stichtag}: what
   * the hierarchy of that day depends on.
   */
  static BitSet gueltige(Raumverzeichnis verzeichnis, LocalDate stichtag) {
    BitSet b = new BitSet(verzeichnis.groesse());
    for (int i = 1; i < verzeichnis.groesse(); i++) {
      Sozialraum s = verzeichnis.version[i];
      if (s != null && s.gueltigAm(stichtag)) {
        b.set(i);
      }
    }
    return b;
  }

  static Raumhierarchie von(Raumverzeichnis verzeichnis, LocalDate stichtag) {
    List<Integer> gueltige = new ArrayList<>();
    for (int i = 1; i < verzeichnis.groesse(); i++) {
      Sozialraum s = verzeichnis.version[i];
      if (s != null && s.gueltigAm(stichtag)) {
        gueltige.add(i);
      }
    }
    gueltige.sort((a, b) -> verzeichnis.version[a].ref().compareTo(verzeichnis.version[b].ref()));
    int[] bereich = new int[verzeichnis.groesse()];
    Arrays.fill(bereich, -1);
    bereich[0] = 0;
    List<Raumbezug> raeume = new ArrayList<>(gueltige.size() + 1);
    raeume.add(Raumbezug.of(verzeichnis.kommune.schluessel()));
    Map<SozialraumId, Integer> nachId = new HashMap<>();
    for (int i : gueltige) {
      Sozialraum s = verzeichnis.version[i];
      bereich[i] = raeume.size();
      nachId.put(s.id(), raeume.size());
      raeume.add(Raumbezug.of(s.ref()));
    }
    List<Map<Sozialraumebene, List<Integer>>> gruppen = new ArrayList<>(raeume.size());
    for (int i = 0; i < raeume.size(); i++) {
      gruppen.add(new EnumMap<>(Sozialraumebene.class));
    }
    for (int i : gueltige) {
      Sozialraum s = verzeichnis.version[i];
      SozialraumId vater = s.uebergeordnet();
      Integer v = vater == null ? null : nachId.get(vater);
      gruppen
          .get(v == null ? 0 : v)
          .computeIfAbsent(s.ebene(), e -> new ArrayList<>())
          .add(bereich[i]);
    }
    int[][][] k = new int[raeume.size()][][];
    for (int i = 0; i < raeume.size(); i++) {
      k[i] =
          gruppen.get(i).values().stream()
              .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
              .toArray(int[][]::new);
    }
    return new Raumhierarchie(stichtag, raeume, bereich, k);
  }
}
