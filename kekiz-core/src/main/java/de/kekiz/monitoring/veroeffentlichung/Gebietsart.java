package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Sozialraumebene;

/**
 * The kind of the areas of a table, for headings: {@code Stadtteil} / {@code Stadtteile}, or {@code
 * Gemeinde} / {@code Gemeinden} in a Kreis report.
 *
 * @param einzahl the singular, e.g. {@code Stadtteil}
 * @param mehrzahl the plural, e.g. {@code Stadtteile}
 */
public record Gebietsart(String einzahl, String mehrzahl) {

  /** The Gemeinden of a Kreis. */
  public static final Gebietsart GEMEINDE = new Gebietsart("Gemeinde", "Gemeinden");

  /** Sozialräume of mixed or unknown kind. */
  public static final Gebietsart SOZIALRAUM = new Gebietsart("Sozialraum", "Sozialräume");

  /**
   * Checks both forms.
   *
   * @param einzahl the singular, e.g. {@code Stadtteil}
   * @param mehrzahl the plural, e.g. {@code Stadtteile}
   * @throws IllegalArgumentException if a form is blank
   */
  public Gebietsart {
    requireNonNull(einzahl, "einzahl");
    requireNonNull(mehrzahl, "mehrzahl");
    if (einzahl.isBlank() || mehrzahl.isBlank()) {
      throw new IllegalArgumentException(
          "a Gebietsart needs both forms, got '" + einzahl + "', '" + mehrzahl + "'");
    }
  }

  /**
   * The kind of Sozialräume of level {@code ebene}.
   *
   * @param ebene the level of the Sozialräume
   * @return its singular and plural, e.g. Stadtteil and Stadtteile
   */
  public static Gebietsart von(Sozialraumebene ebene) {
    return switch (ebene) {
      case STADTBEZIRK -> new Gebietsart("Stadtbezirk", "Stadtbezirke");
      case STADTTEIL -> new Gebietsart("Stadtteil", "Stadtteile");
      case QUARTIER -> new Gebietsart("Quartier", "Quartiere");
      case STATISTISCHER_BEZIRK -> new Gebietsart("statistischer Bezirk", "statistische Bezirke");
      case SCHULEINZUGSBEREICH -> new Gebietsart("Schuleinzugsbereich", "Schuleinzugsbereiche");
      case SONSTIGE -> SOZIALRAUM;
    };
  }
}
