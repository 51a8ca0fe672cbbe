package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The composite Sozialindex of the report: one value and class per area, computed from the latest
 * publishable values of several indicators.
 *
 * @param methode how the index was computed, in German, for the report's reader
 * @param indikatoren the indicators that went into the index
 * @param klassen the names of the classes, from class 1 (lowest need) upwards
 * @param werte one value per area, in the Kommune's order
 */
public record Sozialindex(
    String methode,
    List<IndikatorKey> indikatoren,
    List<String> klassen,
    List<Sozialindexwert> werte) {

  /**
   * Checks the classes and copies the lists.
   *
   * @param methode how the index was computed, in German, for the report's reader
   * @param indikatoren the indicators that went into the index
   * @param klassen the names of the classes, from class 1 (lowest need) upwards
   * @param werte one value per area, in the Kommune's order
   * @throws IllegalArgumentException if there is no class or a value's class is unknown
   */
  public Sozialindex {
    requireNonNull(methode, "methode");
    indikatoren = ImmutableList.copyOf(requireNonNull(indikatoren, "indikatoren"));
    klassen = ImmutableList.copyOf(requireNonNull(klassen, "klassen"));
    werte = ImmutableList.copyOf(requireNonNull(werte, "werte"));
    if (klassen.isEmpty()) {
      throw new IllegalArgumentException("a Sozialindex needs at least one class");
    }
    for (Sozialindexwert w : werte) {
      if (w.klasse() != null && w.klasse() > klassen.size()) {
        throw new IllegalArgumentException(
            "class "
                + w.klasse()
                + " of "
                + w.gebiet().name()
                + " is not among the "
                + klassen.size()
                + " classes");
      }
    }
  }

  /**
   * One range per class (Stufe), from class 1: the smallest and greatest published index value of
   * its areas, or no bounds if none of them has a published index.
   *
   * @return one range per class, from class 1
   */
  public List<Wertklasse> spannen() {
    List<Wertklasse> spannen = new ArrayList<>();
    for (int k = 1; k <= klassen.size(); k++) {
      BigDecimal von = null;
      BigDecimal bis = null;
      for (Sozialindexwert w : werte) {
        if (w.klasse() != null && w.klasse() == k && w.index() != null) {
          von = von == null || w.index().compareTo(von) < 0 ? w.index() : von;
          bis = bis == null || w.index().compareTo(bis) > 0 ? w.index() : bis;
        }
      }
      spannen.add(new Wertklasse(k, von, bis));
    }
    return ImmutableList.copyOf(spannen);
  }

  /**
   * The name of class {@code klasse} (from 1).
   *
   * @param klasse the class, from 1
   * @return its name
   * @throws IndexOutOfBoundsException if there is no such class
   */
  public String klassenname(int klasse) {
    return klassen.get(klasse - 1);
  }
}
