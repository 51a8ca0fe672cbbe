package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Aufschluesselung;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a classifying GENESIS variable into a breakdown dimension: each attribute becomes a code of
 * the dimension, the total ({@code Insgesamt}) becomes no entry.
 *
 * <p>An attribute code listed in {@code codes} becomes the code given there. Otherwise:
 *
 * <ul>
 *   <li>dimension {@value Aufschluesselung#GESCHLECHT}: {@code GESM} becomes {@code m}, {@code
 *       GESW} {@code w}, {@code GESD} {@code d}; another code is an error of its row;
 *   <li>dimension {@value Aufschluesselung#ALTERSGRUPPE}: the attribute's label gives the age
 *       group: {@code unter 15 Jahre} is {@code 0-14}, {@code 15 bis unter 20 Jahre} {@code 15-19},
 *       {@code 10 bis 19 Jahre} {@code 10-19}, {@code 75 Jahre und mehr} (or {@code und älter})
 *       {@code 75+}; English labels likewise ({@code under}, {@code to under}, {@code to}, {@code
 *       and over}); a label of another form is an error of its row;
 *   <li>any other dimension: the attribute code itself.
 * </ul>
 *
 * @param merkmal the GENESIS variable code, e.g. {@code GES} or {@code ALTGR2}
 * @param dimension the breakdown dimension, e.g. {@value Aufschluesselung#GESCHLECHT}
 * @param codes explicit codes by attribute code (may be empty)
 */
public record Dimensionszuordnung(
    String merkmal, String dimension, ImmutableMap<String, String> codes) {

  /**
   * Checks variable code, dimension and codes.
   *
   * @param merkmal the GENESIS variable code, e.g. {@code GES} or {@code ALTGR2}
   * @param dimension the breakdown dimension, e.g. {@value Aufschluesselung#GESCHLECHT}
   * @param codes explicit codes by attribute code (may be empty)
   * @throws IllegalArgumentException quoting a blank variable code, a malformed dimension or a
   *     malformed code
   */
  public Dimensionszuordnung {
    Importzuordnung.pruefeCode("merkmal", merkmal);
    requireNonNull(dimension, "dimension");
    codes = ImmutableMap.copyOf(codes);
    for (Map.Entry<String, String> e : codes.entrySet()) {
      Aufschluesselung.of(dimension, e.getValue());
    }
    Aufschluesselung.of(dimension, "x");
  }

  /**
   * The variable {@code merkmal} as dimension {@code dimension}, with the default codes.
   *
   * @param merkmal the GENESIS code of the classifying variable
   * @param dimension the kekiz dimension it becomes
   * @return the mapping
   */
  public static Dimensionszuordnung of(String merkmal, String dimension) {
    return new Dimensionszuordnung(merkmal, dimension, ImmutableMap.of());
  }

  /**
   * This mapping with attribute {@code auspraegung} coded as {@code code}.
   *
   * @param auspraegung the GENESIS code of the attribute
   * @param code the kekiz code it becomes
   * @return a mapping like this one with that code
   */
  public Dimensionszuordnung withCode(String auspraegung, String code) {
    Importzuordnung.pruefeCode("auspraegung", auspraegung);
    Map<String, String> neu = new LinkedHashMap<>(codes);
    neu.put(auspraegung, code);
    return new Dimensionszuordnung(merkmal, dimension, ImmutableMap.copyOf(neu));
  }
}
