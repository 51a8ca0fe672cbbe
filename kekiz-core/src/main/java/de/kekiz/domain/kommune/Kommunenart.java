package de.kekiz.domain.kommune;

/**
 * The kind of a Kommune in Nordrhein-Westfalen, which decides where it sits in the Kreis structure
 * and whether it is Träger of a Jugendamt.
 *
 * <p>Whether a Stadt is kreisfrei is a separate legal attribute of the {@link Kommune}: the Stadt
 * Aachen is a {@link #GROSSE_KREISANGEHOERIGE_STADT} that keeps the status of a kreisfreie Stadt
 * inside the {@link #STAEDTEREGION} Aachen.
 */
public enum Kommunenart {
  /** A kreisfreie Stadt (Köln, Gelsenkirchen): Träger of its own Jugendamt. */
  KREISFREIE_STADT("kreisfreie Stadt"),
  /** A Kreis (Kreis Unna): Träger of the Kreisjugendamt. */
  KREIS("Kreis"),
  /** The StädteRegion Aachen, a Gemeindeverband at the level of a Kreis. */
  STAEDTEREGION("StädteRegion"),
  /** A große kreisangehörige Stadt (more than 60,000 inhabitants, or 50,000 on request). */
  GROSSE_KREISANGEHOERIGE_STADT("große kreisangehörige Stadt"),
  /** A mittlere kreisangehörige Stadt (more than 25,000 inhabitants, or 20,000 on request). */
  MITTLERE_KREISANGEHOERIGE_STADT("mittlere kreisangehörige Stadt"),
  /** Any other kreisangehörige Stadt or Gemeinde: served by the Kreisjugendamt. */
  KREISANGEHOERIGE_GEMEINDE("kreisangehörige Gemeinde");

  private final String bezeichnung;

  Kommunenart(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the German name, with umlauts, e.g. {@code "große kreisangehörige Stadt"}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return whether this kind is a Kreis-level body ({@link #KREIS}, {@link #STAEDTEREGION})} */
  public boolean kreisebene() {
    return this == KREIS || this == STAEDTEREGION;
  }

  /**
   * {@return whether a Kommune of this kind belongs to a Kreis (große, mittlere, other Gemeinde)}
   */
  public boolean kreisangehoerig() {
    return this == GROSSE_KREISANGEHOERIGE_STADT
        || this == MITTLERE_KREISANGEHOERIGE_STADT
        || this == KREISANGEHOERIGE_GEMEINDE;
  }

  /**
   * Whether a Kommune of this kind is by law Träger of its own Jugendamt (kreisfreie Stadt, Kreis,
   * StädteRegion).
   *
   * @return whether it must have its own Jugendamt
   */
  public boolean mussEigenesJugendamtHaben() {
    return this == KREISFREIE_STADT || kreisebene();
  }

  /**
   * Whether a Kommune of this kind may be Träger of its own Jugendamt: those that must, plus the
   * große and mittlere kreisangehörige Städte.
   *
   * @return whether it may have its own Jugendamt
   */
  public boolean darfEigenesJugendamtHaben() {
    return this != KREISANGEHOERIGE_GEMEINDE;
  }
}
