package de.kekiz.monitoring.veroeffentlichung;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One class of a map's colour scale with the range of the published values it holds, for the legend
 * ("Klasse 2: 18,4 bis 23,1").
 *
 * @param nummer the class, from 1 (lowest values) upwards
 * @param von the smallest published value in the class, or {@code null} if it holds none
 * @param bis the greatest published value in the class, or {@code null} if it holds none
 */
public record Wertklasse(int nummer, @Nullable BigDecimal von, @Nullable BigDecimal bis) {

  /**
   * Checks the number and the bounds.
   *
   * @param nummer the class, from 1 (lowest values) upwards
   * @param von the smallest published value in the class, or {@code null} if it holds none
   * @param bis the greatest published value in the class, or {@code null} if it holds none
   * @throws IllegalArgumentException if the number is below 1, one bound is missing or the bounds
   *     are reversed
   */
  public Wertklasse {
    if (nummer < 1) {
      throw new IllegalArgumentException("a class number starts at 1, got " + nummer);
    }
    if ((von == null) != (bis == null)) {
      throw new IllegalArgumentException(
          "a class needs both bounds or none, got " + von + " to " + bis);
    }
    if (von != null && bis != null && von.compareTo(bis) > 0) {
      throw new IllegalArgumentException("a class's bounds must ascend, got " + von + " to " + bis);
    }
  }

  /**
   * The number of the class of {@code klassen} whose range holds the value of {@code zelle}, or
   * empty if the cell has no published value or no class holds it.
   *
   * @param klassen the classes, from class 1
   * @param zelle the cell
   * @return the number of its class, from 1, or empty if the cell has no published value or no
   *     class holds it
   */
  public static OptionalInt nummer(List<Wertklasse> klassen, Zelle zelle) {
    if (!zelle.art().hatZahl() || zelle.wert() == null) {
      return OptionalInt.empty();
    }
    for (Wertklasse k : klassen) {
      if (k.enthaelt(zelle.wert())) {
        return OptionalInt.of(k.nummer());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether {@code wert} lies within the class's range.
   *
   * @param wert a value
   * @return whether it lies within {@code von} to {@code bis}, both included; false for a class
   *     without bounds
   */
  public boolean enthaelt(BigDecimal wert) {
    return von != null && bis != null && von.compareTo(wert) <= 0 && wert.compareTo(bis) <= 0;
  }
}
