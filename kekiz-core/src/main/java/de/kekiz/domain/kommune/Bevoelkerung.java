package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Rules and sums over the population figures of a Kommune or a Sozialraum. */
final class Bevoelkerung {
  private Bevoelkerung() {}

  /** Marks "open end reached" for an age range without upper bound. */
  private static final int OFFENES_ENDE = Integer.MAX_VALUE;

  /** Throws if two figures share reference date and age group. */
  static void pruefeEindeutig(List<Bevoelkerungsstand> liste, String regel, String gegenstand) {
    Set<Bevoelkerungsstand> gesehen = new HashSet<>();
    for (Bevoelkerungsstand b : liste) {
      Bevoelkerungsstand schluessel = new Bevoelkerungsstand(b.stichtag(), b.altersgruppe(), 0);
      RegelverstossException.pruefe(
          gesehen.add(schluessel),
          regel,
          gegenstand,
          "more than one population figure for age group "
              + b.altersgruppe()
              + " on "
              + b.stichtag());
    }
  }

  /** The reference dates, sorted. */
  static ImmutableSortedSet<LocalDate> stichtage(List<Bevoelkerungsstand> liste) {
    return liste.stream()
        .map(Bevoelkerungsstand::stichtag)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * The number of inhabitants of {@code spanne} on {@code stichtag}: the sum over recorded age
   * groups that lie inside {@code spanne} and together cover each of its ages exactly once. Among
   * several such sets the one with the fewest groups wins (so a group recorded for {@code spanne}
   * itself is taken as it is), ties going to the set whose groups come first in {@link
   * Altersspanne} order. Empty when no such set exists.
   */
  static OptionalLong einwohner(
      List<Bevoelkerungsstand> liste, LocalDate stichtag, Altersspanne spanne) {
    List<Bevoelkerungsstand> teile = new ArrayList<>();
    for (Bevoelkerungsstand b : liste) {
      if (b.stichtag().equals(stichtag) && spanne.umfasst(b.altersgruppe())) {
        teile.add(b);
      }
    }
    teile.sort(Comparator.comparing(Bevoelkerungsstand::altersgruppe));
    Integer bis = spanne.bis();
    int ziel = bis == null ? OFFENES_ENDE : bis + 1;
    // Breadth-first search over "the next age still to cover": the first time the goal is
    // reached, it is reached with the fewest groups.
    Map<Integer, Long> erreicht = new HashMap<>();
    ArrayDeque<Integer> offen = new ArrayDeque<>();
    erreicht.put(spanne.von(), 0L);
    offen.add(spanne.von());
    while (!offen.isEmpty()) {
      int ab = offen.removeFirst();
      long summe = requireNonNull(erreicht.get(ab)); // put before it was queued
      for (Bevoelkerungsstand teil : teile) {
        Altersspanne gruppe = teil.altersgruppe();
        if (gruppe.von() != ab) {
          continue;
        }
        Integer gruppeBis = gruppe.bis();
        int naechstes = gruppeBis == null ? OFFENES_ENDE : gruppeBis + 1;
        long neu = Math.addExact(summe, teil.anzahl());
        if (naechstes == ziel) {
          return OptionalLong.of(neu);
        }
        if (!erreicht.containsKey(naechstes)) {
          erreicht.put(naechstes, neu);
          offen.add(naechstes);
        }
      }
    }
    return OptionalLong.empty();
  }
}
