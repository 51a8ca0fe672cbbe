package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A Kommune as {@code bericht.json} describes it: key, name, Kreis and its Sozialraum versions.
 *
 * @param ags the eight-digit key
 * @param name the name
 * @param sozialraeume every version of every Sozialraum
 */
record Kommunegebiet(String ags, String name, ImmutableList<Sozialraumversion> sozialraeume) {

  Kommunegebiet {
    requireNonNull(ags, "ags");
    requireNonNull(name, "name");
    requireNonNull(sozialraeume, "sozialraeume");
  }

  /** The version {@code raum}, if this Kommune has it. */
  Optional<Sozialraumversion> version(Raum raum) {
    return sozialraeume.stream().filter(s -> s.raum().equals(raum)).findFirst();
  }

  /** The version of Sozialraum {@code code} valid on {@code tag}. */
  Optional<Sozialraumversion> versionAm(String code, LocalDate tag) {
    return sozialraeume.stream().filter(s -> s.code().equals(code) && s.giltAm(tag)).findFirst();
  }

  /**
   * The days on which the set of valid Sozialraum versions may change: every first day of a version
   * and every day after the last day of one. Between two of them the Sozialräume do not change, so
   * these days show every Gebietsstand the Kommune ever had.
   */
  List<LocalDate> wechseltage() {
    TreeSet<LocalDate> tage = new TreeSet<>();
    for (Sozialraumversion s : sozialraeume) {
      tage.add(s.von());
      if (s.bis() != null) {
        tage.add(s.bis().plusDays(1));
      }
    }
    return List.copyOf(tage);
  }

  /**
   * The versions valid on {@code tag} without a parent, the Kommune's top level that day, one list
   * per kind of partition: administrative levels (Stadtbezirk, Stadtteil, Quartier, statistical
   * district, which may sit side by side), school catchments, other areas. Each kind covers the
   * Kommune on its own; summed together they would count it twice.
   */
  Collection<List<Sozialraumversion>> obersteAm(LocalDate tag) {
    return nachGliederung(s -> s.uebergeordnet() == null && s.giltAm(tag));
  }

  /**
   * The versions valid on {@code tag} whose parent is the Sozialraum {@code code}, one list per
   * kind of partition (see {@link #obersteAm}).
   */
  Collection<List<Sozialraumversion>> kinderAm(String code, LocalDate tag) {
    return nachGliederung(s -> code.equals(s.uebergeordnet()) && s.giltAm(tag));
  }

  private Collection<List<Sozialraumversion>> nachGliederung(Predicate<Sozialraumversion> welche) {
    Map<String, List<Sozialraumversion>> jeArt = new TreeMap<>();
    for (Sozialraumversion s : sozialraeume) {
      if (welche.test(s)) {
        String art =
            s.ebene().equals("SCHULEINZUGSBEREICH") || s.ebene().equals("SONSTIGE")
                ? s.ebene()
                : "VERWALTUNG";
        jeArt.computeIfAbsent(art, a -> new ArrayList<>()).add(s);
      }
    }
    return jeArt.values();
  }
}
