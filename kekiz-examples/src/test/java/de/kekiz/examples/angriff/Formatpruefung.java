package de.kekiz.examples.angriff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every format against the SDMX-CSV: no number another file shows may be a figure of a cell
 * the SDMX-CSV marks as suppressed, or be computed from one (a deviation, rank, trend or baseline
 * from a suppressed value reveals it as well).
 */
final class Formatpruefung {
  private Formatpruefung() {}

  /** What a number shown is when it is a figure of its cell itself, not computed from it. */
  private static final Set<String> ZAHLEN_DER_ZELLE = Set.of("Zähler", "Nenner", "Wert", "Istwert");

  /**
   * The numbers in {@code gezeigt} that come from a cell suppressed in {@code sdmx}, one finding
   * each.
   */
  static List<Befund> pruefe(List<Angabe> sdmx, List<GezeigteZahl> gezeigt) {
    Map<Zelle, Angabe> gesperrt = new HashMap<>();
    for (Angabe a : sdmx) {
      if (a.gesperrt()) {
        gesperrt.putIfAbsent(a.zelle(), a);
      }
    }
    List<Befund> befunde = new ArrayList<>();
    for (GezeigteZahl g : gezeigt) {
      for (Zelle z : g.grundlage()) {
        Angabe sperre = gesperrt.get(z);
        if (sperre != null) {
          befunde.add(
              new Befund(
                  Befund.Art.FORMAT_ZEIGT_GESPERRTES,
                  z,
                  g.fundstelle()
                      + " zeigt "
                      + g.was()
                      + " "
                      + g.zahl()
                      + ", "
                      + (g.grundlage().size() == 1 && ZAHLEN_DER_ZELLE.contains(g.was())
                          ? "die Zahl der gesperrten Zelle "
                          : "berechnet aus der gesperrten Zelle ")
                      + z,
                  List.of(
                      "gesperrt (CONF_STATUS "
                          + sperre.confStatus()
                          + "): "
                          + sperre.fundstelle())));
          break;
        }
      }
    }
    return befunde;
  }
}
