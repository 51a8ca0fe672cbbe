package de.kekiz.monitoring.analyse;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Analyseumfang;
import de.kekiz.monitoring.sozialindex.Rasterschwellen;
import de.kekiz.monitoring.sozialindex.Sozialindexmodell;
import de.kekiz.monitoring.sozialindex.Stufung;
import de.kekiz.monitoring.vergleich.Toleranz;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Kommunalanalyse} computes and with which settings. Immutable and thread-safe.
 *
 * @param toleranz the band of "as expected" for comparisons and trends
 * @param trendperioden the trend window in periods, at least 2
 * @param sozialindex the Sozialindex model, or {@code null} for no index (then no Stufen, grid,
 *     Handlungsbedarf, allocation or need in the Lückenanalyse)
 * @param ebene the level of the Sozialräume for index, grid and Lückenanalyse
 * @param stufung how the index is cut into Stufen
 * @param dynamikperioden the span of the dynamics in periods, at least 1
 * @param schwellen the cut-offs of the Status × Dynamik grid
 * @param budget the budget to allocate by need across the Sozialräume, or {@code null} for none
 * @param mindestbetrag the least each Sozialraum gets of the budget
 * @param hoechstbetrag the most each Sozialraum gets, or {@code null} for no limit
 * @param zielgruppe the ages whose number weights the need in the allocation (need weight = Stufe ×
 *     children of these ages; a Sozialraum without population figures or without a Stufe gets its
 *     minimum)
 * @param umfang how much the analysis computes ({@link Analyseumfang#VOLLSTAENDIG}: everything)
 */
public record Analyseauftrag(
    Toleranz toleranz,
    int trendperioden,
    @Nullable Sozialindexmodell sozialindex,
    Sozialraumebene ebene,
    Stufung stufung,
    int dynamikperioden,
    Rasterschwellen schwellen,
    @Nullable Geldbetrag budget,
    Geldbetrag mindestbetrag,
    @Nullable Geldbetrag hoechstbetrag,
    Altersspanne zielgruppe,
    Analyseumfang umfang) {

  /**
   * Checks the order.
   *
   * @param toleranz the band of "as expected" for comparisons and trends
   * @param trendperioden the trend window in periods, at least 2
   * @param sozialindex the Sozialindex model, or {@code null} for no index (then no Stufen, grid,
   *     Handlungsbedarf, allocation or need in the Lückenanalyse)
   * @param ebene the level of the Sozialräume for index, grid and Lückenanalyse
   * @param stufung how the index is cut into Stufen
   * @param dynamikperioden the span of the dynamics in periods, at least 1
   * @param schwellen the cut-offs of the Status × Dynamik grid
   * @param budget the budget to allocate by need across the Sozialräume, or {@code null} for none
   * @param mindestbetrag the least each Sozialraum gets of the budget
   * @param hoechstbetrag the most each Sozialraum gets, or {@code null} for no limit
   * @param zielgruppe the ages whose number weights the need in the allocation (need weight = Stufe
   *     × children of these ages; a Sozialraum without population figures or without a Stufe gets
   *     its minimum)
   * @param umfang how much the analysis computes ({@link Analyseumfang#VOLLSTAENDIG}: everything)
   * @throws IllegalArgumentException if {@code trendperioden} is below 2 or {@code dynamikperioden}
   *     below 1
   */
  public Analyseauftrag {
    requireNonNull(toleranz, "toleranz");
    requireNonNull(ebene, "ebene");
    requireNonNull(stufung, "stufung");
    requireNonNull(schwellen, "schwellen");
    requireNonNull(mindestbetrag, "mindestbetrag");
    requireNonNull(zielgruppe, "zielgruppe");
    requireNonNull(umfang, "umfang");
    if (trendperioden < 2 || dynamikperioden < 1) {
      throw new IllegalArgumentException(
          "Analyseauftrag needs trendperioden ≥ 2 and dynamikperioden ≥ 1, got "
              + trendperioden
              + " and "
              + dynamikperioden);
    }
  }

  /**
   * The standard order: tolerance ±10 %, trends over 5 periods, no Sozialindex, Stadtteile, NRW
   * Stufen (9, top 5 %), dynamics over 3 periods, Hamburg cut-offs, no budget, children under 18,
   * every result computed.
   *
   * @return the standard order
   */
  public static Analyseauftrag standard() {
    return new Analyseauftrag(
        Toleranz.STANDARD,
        5,
        null,
        Sozialraumebene.STADTTEIL,
        Stufung.nrwSchulsozialindex(),
        3,
        Rasterschwellen.STANDARD,
        null,
        Geldbetrag.NULL,
        null,
        Altersspanne.unter(18),
        Analyseumfang.VOLLSTAENDIG);
  }

  /**
   * This order with the Sozialindex {@code modell} for the Sozialräume of {@code ebene}.
   *
   * @param modell the Sozialindex model
   * @param ebene the level of the Sozialräume for index, grid and Lückenanalyse
   * @return a new order, otherwise like this one
   */
  public Analyseauftrag withSozialindex(Sozialindexmodell modell, Sozialraumebene ebene) {
    return new Analyseauftrag(
        toleranz,
        trendperioden,
        modell,
        ebene,
        stufung,
        dynamikperioden,
        schwellen,
        budget,
        mindestbetrag,
        hoechstbetrag,
        zielgruppe,
        umfang);
  }

  /**
   * This order with a budget to allocate, each Sozialraum getting {@code minimum} to {@code
   * maximum}.
   *
   * @param budget the budget to allocate by need across the Sozialräume
   * @param minimum the least each Sozialraum gets
   * @param maximum the most each Sozialraum gets, or {@code null} for no limit
   * @return a new order, otherwise like this one
   */
  public Analyseauftrag withBudget(
      Geldbetrag budget, Geldbetrag minimum, @Nullable Geldbetrag maximum) {
    return new Analyseauftrag(
        toleranz,
        trendperioden,
        sozialindex,
        ebene,
        stufung,
        dynamikperioden,
        schwellen,
        requireNonNull(budget, "budget"),
        minimum,
        maximum,
        zielgruppe,
        umfang);
  }

  /**
   * This order with trends over {@code perioden} periods.
   *
   * @param perioden the trend window in periods, at least 2
   * @return a new order, otherwise like this one
   * @throws IllegalArgumentException if {@code perioden} is below 2
   */
  public Analyseauftrag withTrendperioden(int perioden) {
    return new Analyseauftrag(
        toleranz,
        perioden,
        sozialindex,
        ebene,
        stufung,
        dynamikperioden,
        schwellen,
        budget,
        mindestbetrag,
        hoechstbetrag,
        zielgruppe,
        umfang);
  }

  /**
   * This order computing as much as {@code umfang} says.
   *
   * @param umfang how much the analysis computes
   * @return a new order, otherwise like this one
   */
  public Analyseauftrag withUmfang(Analyseumfang umfang) {
    return new Analyseauftrag(
        toleranz,
        trendperioden,
        sozialindex,
        ebene,
        stufung,
        dynamikperioden,
        schwellen,
        budget,
        mindestbetrag,
        hoechstbetrag,
        zielgruppe,
        umfang);
  }

  /** {@return the Sozialindex model, or empty if the order asks for no index} */
  public Optional<Sozialindexmodell> sozialindexmodell() {
    return Optional.ofNullable(sozialindex);
  }
}
