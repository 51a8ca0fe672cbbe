package de.kekiz.examples.angriff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What all {@code bericht.json} files of a release say about areas and indicators, merged: the same
 * Kommune appears in its own folder and in its Kreis's folder. Differences between them are
 * collected as findings.
 */
final class Geografie {
  private final Map<String, Kommunegebiet> kommunen = new TreeMap<>();
  private final Map<String, Indikatorangaben> indikatoren = new TreeMap<>();
  private final List<Befund> widersprueche = new ArrayList<>();

  /** Adds what one file says; {@code ordner} names it in findings. */
  void fuegeHinzu(BerichtJsonLeser.Inhalt inhalt, String ordner) {
    for (Kommunegebiet k : inhalt.kommunen()) {
      Kommunegebiet vorher = kommunen.putIfAbsent(k.ags(), k);
      if (vorher != null
          && !Set.copyOf(vorher.sozialraeume()).equals(Set.copyOf(k.sozialraeume()))) {
        widersprueche.add(
            new Befund(
                Befund.Art.GEOGRAFIE_WIDERSPRUECHLICH,
                null,
                "Kommune "
                    + k.ags()
                    + " ("
                    + k.name()
                    + ") hat in "
                    + ordner
                    + "/bericht.json andere Sozialräume als in einem früher gelesenen Ordner",
                List.of(
                    "vorher: " + vorher.sozialraeume(), "in " + ordner + ": " + k.sozialraeume())));
      }
    }
    for (Indikatorangaben i : inhalt.indikatoren()) {
      Indikatorangaben vorher = indikatoren.putIfAbsent(i.key() + "@" + i.version(), i);
      if (vorher != null && !vorher.equals(i)) {
        widersprueche.add(
            new Befund(
                Befund.Art.GEOGRAFIE_WIDERSPRUECHLICH,
                null,
                "Indikator "
                    + i.key()
                    + " Version "
                    + i.version()
                    + " ist in "
                    + ordner
                    + "/bericht.json anders beschrieben als in einem früher gelesenen Ordner",
                List.of("vorher: " + vorher, "in " + ordner + ": " + i)));
      }
    }
  }

  /** The Kommune {@code ags}, if some file describes it. */
  Optional<Kommunegebiet> kommune(String ags) {
    return Optional.ofNullable(kommunen.get(ags));
  }

  /**
   * Whether {@code key} is a share in every version described (so its numerator never exceeds its
   * denominator).
   */
  boolean istAnteil(String key) {
    List<Indikatorangaben> alle =
        indikatoren.values().stream().filter(i -> i.key().equals(key)).toList();
    return !alle.isEmpty() && alle.stream().allMatch(Indikatorangaben::anteil);
  }

  /** The name of {@code raum} as the files give it, or empty. */
  String name(Raum raum) {
    Kommunegebiet k = kommunen.get(raum.ags());
    if (k == null) {
      return "";
    }
    if (raum.istKommune()) {
      return k.name();
    }
    return k.version(raum).map(Sozialraumversion::name).orElse("");
  }

  /** The contradictions found while merging. */
  List<Befund> widersprueche() {
    return List.copyOf(widersprueche);
  }
}
