package de.kekiz.domain.kette;

/** The kind of an actor in a Präventionskette, with its German name. */
public enum Akteursart {
  /** Kindertageseinrichtung. */
  KITA("Kita"),
  /** Familienzentrum. */
  FAMILIENZENTRUM("Familienzentrum"),
  /** Schule. */
  SCHULE("Schule"),
  /** Sportverein. */
  SPORTVEREIN("Sportverein"),
  /** Jugendamt. */
  JUGENDAMT("Jugendamt"),
  /** Allgemeiner Sozialer Dienst. */
  ASD("Allgemeiner Sozialer Dienst (ASD)"),
  /** Ärztin or Arzt, e.g. a paediatric practice. */
  ARZT("Ärztin/Arzt"),
  /** Hebamme. */
  HEBAMME("Hebamme"),
  /** Geburtsklinik. */
  GEBURTSKLINIK("Geburtsklinik"),
  /** Gesundheitsamt. */
  GESUNDHEITSAMT("Gesundheitsamt"),
  /** Polizei. */
  POLIZEI("Polizei"),
  /** Jobcenter. */
  JOBCENTER("Jobcenter"),
  /** Freier Träger der Jugendhilfe or Wohlfahrtspflege. */
  FREIER_TRAEGER("Freier Träger"),
  /** Kinderschutzbund. */
  KINDERSCHUTZBUND("Kinderschutzbund"),
  /** Schuldnerberatung. */
  SCHULDNERBERATUNG("Schuldnerberatung"),
  /** Beratungsstelle (Erziehungs-, Familien-, Schwangerschaftsberatung). */
  BERATUNGSSTELLE("Beratungsstelle"),
  /** A department of the municipal administration. */
  VERWALTUNG("Kommunalverwaltung"),
  /** Any other kind. */
  SONSTIGE("Sonstige");

  private final String bezeichnung;

  Akteursart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }
}
