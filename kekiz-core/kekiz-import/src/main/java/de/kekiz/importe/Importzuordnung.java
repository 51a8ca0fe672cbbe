package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Says which values of a GENESIS table to import and what they become: the caller's explicit
 * choice, nothing is guessed from labels of the value variable.
 *
 * <p>A value is taken if all of this holds (otherwise it is skipped and counted, see {@link
 * Ueberspringgrund}):
 *
 * <ol>
 *   <li>its value variable ({@code value_variable_code}, or the code before {@code __} in a column
 *       of the older wide format) is {@link #wertmerkmal()};
 *   <li>its regional code is selected by the {@link Gebietsauswahl} of the {@link Importoptionen}.
 *       The regional variable is {@link #raummerkmal()} if given, else the first variable of the
 *       row that is one of {@link #REGIONALMERKMALE} or starts with {@code GEO} (the Zensus tables'
 *       {@code GEOGM4}, {@code GEOBL1} …);
 *   <li>every other classifying variable has the attribute {@link #auswahl()} names for it, or is
 *       one of the {@link #dimensionen()} (any attribute; it becomes a breakdown code), or else is
 *       at its total: an empty attribute code, the code {@code INSGESAMT}, or the label {@code
 *       Insgesamt} / {@code Total}.
 * </ol>
 *
 * <p>If {@link #einheit()} is given, a taken value with another unit is an error of its row. A
 * population target needs the unit {@code Anzahl} (or {@code Personen}) and whole numbers: a table
 * in thousands ({@code 1000}) is not a count of persons.
 *
 * <p>Examples: the population of a Kommune by sex from table 12411-01-01-4 is {@code
 * Importzuordnung.bevoelkerung("BEVSTD").withDimension("GES", Aufschluesselung.GESCHLECHT)}; the
 * number of Gemeinden per Kreis from 11111-02-01-4 is {@code Importzuordnung.indikator("GEM001",
 * IndikatorRef.of("zahl-der-gemeinden", 1), Periodizitaet.JAEHRLICH)}. Immutable and thread-safe.
 *
 * @param wertmerkmal the GENESIS value variable code, e.g. {@code BEVSTD} or {@code PRS018}
 * @param ziel what the values become
 * @param auswahl the attribute code to take, by variable code; {@code ""} or {@code insgesamt}
 *     selects the total
 * @param dimensionen variables that become breakdown dimensions (for a population target only
 *     {@value Aufschluesselung#ALTERSGRUPPE} and {@value Aufschluesselung#GESCHLECHT})
 * @param raummerkmal the regional variable code, or {@code null} to find it as described
 * @param einheit the unit every taken value must have ({@code value_unit}, or the part after the
 *     last {@code __} of a wide column with spaces for underscores: {@code Tsd._EUR} is {@code Tsd.
 *     EUR}), or {@code null} to accept any
 */
public record Importzuordnung(
    String wertmerkmal,
    Importziel ziel,
    ImmutableMap<String, String> auswahl,
    ImmutableList<Dimensionszuordnung> dimensionen,
    @Nullable String raummerkmal,
    @Nullable String einheit) {

  /**
   * The regional variables of GENESIS tables recognised without {@link #raummerkmal()} (besides
   * every code starting with {@code GEO}): Germany, Länder, Regierungsbezirke, Kreise and
   * Gemeinden, as found in the Destatis, Regionaldatenbank and Zensus exports. {@code HERKLD} (Land
   * of origin) is deliberately not one. Name any other with {@link #withRaummerkmal}.
   */
  public static final ImmutableSet<String> REGIONALMERKMALE =
      ImmutableSet.of("DINSG", "DLAND", "DLANDU", "REGBEZ", "KREISE", "GEMEIN");

  /** The units a population figure may have. */
  static final ImmutableSet<String> PERSONENEINHEITEN =
      ImmutableSet.of("anzahl", "personen", "number", "persons");

  /**
   * Checks codes and that no variable is used twice.
   *
   * @param wertmerkmal the GENESIS value variable code, e.g. {@code BEVSTD} or {@code PRS018}
   * @param ziel what the values become
   * @param auswahl the attribute code to take, by variable code; {@code ""} or {@code insgesamt}
   *     selects the total
   * @param dimensionen variables that become breakdown dimensions (for a population target only
   *     {@value Aufschluesselung#ALTERSGRUPPE} and {@value Aufschluesselung#GESCHLECHT})
   * @param raummerkmal the regional variable code, or {@code null} to find it as described
   * @param einheit the unit every taken value must have ({@code value_unit}, or the part after the
   *     last {@code __} of a wide column with spaces for underscores: {@code Tsd._EUR} is {@code
   *     Tsd. EUR}), or {@code null} to accept any
   * @throws IllegalArgumentException quoting a blank code, a variable both selected and a
   *     dimension, a dimension used twice, or a population dimension other than age and sex
   */
  public Importzuordnung {
    pruefeCode("wertmerkmal", wertmerkmal);
    requireNonNull(ziel, "ziel");
    auswahl = ImmutableMap.copyOf(auswahl);
    dimensionen = ImmutableList.copyOf(dimensionen);
    for (Map.Entry<String, String> e : auswahl.entrySet()) {
      pruefeCode("merkmal", e.getKey());
      if (e.getValue().indexOf(';') >= 0 || !e.getValue().equals(e.getValue().strip())) {
        throw new IllegalArgumentException(
            "der Ausprägungscode des Merkmals "
                + e.getKey()
                + " darf kein ';' und keine Leerzeichen"
                + " am Rand enthalten, nicht '"
                + e.getValue()
                + "'");
      }
    }
    Set<String> merkmale = new HashSet<>(auswahl.keySet());
    Set<String> dims = new HashSet<>();
    for (Dimensionszuordnung d : dimensionen) {
      if (!merkmale.add(d.merkmal())) {
        throw new IllegalArgumentException(
            "das Merkmal "
                + d.merkmal()
                + " ist zweimal verwendet (schon ausgewählt oder einer"
                + " Dimension zugeordnet)");
      }
      if (!dims.add(d.dimension())) {
        throw new IllegalArgumentException(
            "die Dimension '" + d.dimension() + "' ist zwei Merkmalen zugeordnet");
      }
      if (ziel instanceof Importziel.Bevoelkerung
          && !d.dimension().equals(Aufschluesselung.ALTERSGRUPPE)
          && !d.dimension().equals(Aufschluesselung.GESCHLECHT)) {
        throw new IllegalArgumentException(
            "Bevölkerungszahlen haben nur die Dimensionen '"
                + Aufschluesselung.ALTERSGRUPPE
                + "' und '"
                + Aufschluesselung.GESCHLECHT
                + "', nicht '"
                + d.dimension()
                + "' für das Merkmal "
                + d.merkmal());
      }
    }
    if (raummerkmal != null) {
      pruefeCode("raummerkmal", raummerkmal);
      if (merkmale.contains(raummerkmal)) {
        throw new IllegalArgumentException(
            "das regionale Merkmal "
                + raummerkmal
                + " kann nicht zugleich ausgewählt oder eine Dimension sein");
      }
    }
    if (einheit != null && (einheit.isBlank() || einheit.indexOf(';') >= 0)) {
      throw new IllegalArgumentException(
          "die Einheit braucht einen Text wie 'Anzahl' ohne ';', nicht '" + einheit + "'");
    }
  }

  /**
   * Population figures from value variable {@code wertmerkmal} (e.g. {@code BEVSTD}).
   *
   * @param wertmerkmal the code of the value variable
   * @return the mapping
   */
  public static Importzuordnung bevoelkerung(String wertmerkmal) {
    return new Importzuordnung(
        wertmerkmal,
        new Importziel.Bevoelkerung(),
        ImmutableMap.of(),
        ImmutableList.of(),
        null,
        null);
  }

  /**
   * Observations of the absolute indicator {@code indikator} with periods of kind {@code
   * periodizitaet} from value variable {@code wertmerkmal}.
   *
   * @param wertmerkmal the code of the value variable
   * @param indikator the absolute indicator the values are observations of
   * @param periodizitaet the kind of period of the observations
   * @return the mapping
   */
  public static Importzuordnung indikator(
      String wertmerkmal, IndikatorRef indikator, Periodizitaet periodizitaet) {
    return new Importzuordnung(
        wertmerkmal,
        new Importziel.Indikator(indikator, periodizitaet),
        ImmutableMap.of(),
        ImmutableList.of(),
        null,
        null);
  }

  /**
   * This mapping taking only attribute {@code auspraegung} of variable {@code merkmal}.
   *
   * @param merkmal the code of the classifying variable
   * @param auspraegung the code of the attribute taken
   * @return a mapping like this one with that selection
   */
  public Importzuordnung withAuswahl(String merkmal, String auspraegung) {
    Map<String, String> neu = new LinkedHashMap<>(auswahl);
    neu.put(merkmal, requireNonNull(auspraegung, "auspraegung"));
    return new Importzuordnung(
        wertmerkmal, ziel, ImmutableMap.copyOf(neu), dimensionen, raummerkmal, einheit);
  }

  /**
   * This mapping with variable {@code merkmal} as breakdown dimension {@code dimension}.
   *
   * @param merkmal the code of the classifying variable
   * @param dimension the kekiz dimension it becomes
   * @return a mapping like this one with that dimension
   */
  public Importzuordnung withDimension(String merkmal, String dimension) {
    return withDimension(Dimensionszuordnung.of(merkmal, dimension));
  }

  /**
   * This mapping with one more dimension.
   *
   * @param dimension the variable and how its attributes are coded
   * @return a mapping like this one with that dimension
   */
  public Importzuordnung withDimension(Dimensionszuordnung dimension) {
    List<Dimensionszuordnung> neu = new ArrayList<>(dimensionen);
    neu.add(requireNonNull(dimension, "dimension"));
    return new Importzuordnung(
        wertmerkmal, ziel, auswahl, ImmutableList.copyOf(neu), raummerkmal, einheit);
  }

  /**
   * This mapping reading the area from variable {@code raummerkmal}.
   *
   * @param raummerkmal the code of the regional variable
   * @return a mapping like this one with that variable
   */
  public Importzuordnung withRaummerkmal(String raummerkmal) {
    return new Importzuordnung(wertmerkmal, ziel, auswahl, dimensionen, raummerkmal, einheit);
  }

  /**
   * This mapping requiring the unit {@code einheit}.
   *
   * @param einheit the unit every value must have
   * @return a mapping like this one with that unit
   */
  public Importzuordnung withEinheit(String einheit) {
    return new Importzuordnung(wertmerkmal, ziel, auswahl, dimensionen, raummerkmal, einheit);
  }

  /**
   * Whether {@code code} is a regional variable when no {@link #raummerkmal()} is given: one of
   * {@link #REGIONALMERKMALE} or a code starting with {@code GEO}.
   *
   * @param code the code of a variable
   * @return whether it names the area
   */
  public static boolean istRegionalmerkmal(String code) {
    return REGIONALMERKMALE.contains(code) || code.startsWith("GEO");
  }

  /** Whether an {@link #auswahl()} value asks for the total. */
  static boolean meintInsgesamt(String auspraegung) {
    return auspraegung.isEmpty() || auspraegung.toLowerCase(Locale.ROOT).equals("insgesamt");
  }

  static void pruefeCode(String was, String code) {
    requireNonNull(code, was);
    if (code.isBlank() || code.indexOf(';') >= 0 || !code.equals(code.strip())) {
      throw new IllegalArgumentException(
          was
              + " braucht einen GENESIS-Code ohne ';' und ohne Leerzeichen am Rand, nicht '"
              + code
              + "'");
    }
  }

  /** E.g. {@code BEVSTD → Bevölkerungsstand, Dimensionen GES→geschlecht}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(wertmerkmal).append(" → ").append(ziel);
    if (!auswahl.isEmpty()) {
      b.append(", Auswahl ").append(auswahl);
    }
    if (!dimensionen.isEmpty()) {
      b.append(", Dimensionen");
      for (Dimensionszuordnung d : dimensionen) {
        b.append(' ').append(d.merkmal()).append('→').append(d.dimension());
      }
    }
    if (raummerkmal != null) {
      b.append(", Raummerkmal ").append(raummerkmal);
    }
    if (einheit != null) {
      b.append(", Einheit ").append(einheit);
    }
    return b.toString();
  }
}
