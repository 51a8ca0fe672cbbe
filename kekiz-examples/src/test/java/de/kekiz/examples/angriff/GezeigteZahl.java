package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A number some file shows, with the cells it is (or is computed from): a value, numerator or
 * denominator of a cell, or a figure derived from cells (deviation, rank, trend, baseline).
 *
 * @param fundstelle where it is shown
 * @param was what it is, e.g. {@code Zähler}, {@code Abweichung zur Kommune}
 * @param zahl the number as shown
 * @param grundlage the cells whose figures it shows or is computed from
 */
record GezeigteZahl(Fundstelle fundstelle, String was, String zahl, List<Zelle> grundlage) {
  GezeigteZahl {
    requireNonNull(fundstelle, "fundstelle");
    requireNonNull(was, "was");
    requireNonNull(zahl, "zahl");
    grundlage = List.copyOf(grundlage);
  }
}
