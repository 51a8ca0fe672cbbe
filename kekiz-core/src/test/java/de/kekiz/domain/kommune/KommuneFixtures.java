package de.kekiz.domain.kommune;

import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;

/** Real Kommunen of NRW (keys from the federal list) as builders with every field set. */
final class KommuneFixtures {
  private KommuneFixtures() {}

  static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");
  static final Gemeindeschluessel BOENEN = Gemeindeschluessel.parse("05978008");
  static final Gemeindeschluessel FROENDENBERG = Gemeindeschluessel.parse("05978012");
  static final Gemeindeschluessel HOLZWICKEDE = Gemeindeschluessel.parse("05978016");
  static final Gemeindeschluessel UNNA = Gemeindeschluessel.parse("05978036");
  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");
  static final Gemeindeschluessel STAEDTEREGION_AACHEN = Gemeindeschluessel.parse("05334000");
  static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  static final Kreisschluessel KREIS_05978 = Kreisschluessel.parse("05978");
  static final Kreisschluessel KREIS_05334 = Kreisschluessel.parse("05334");
  static final Kreisschluessel KREIS_05570 = Kreisschluessel.parse("05570");

  /** Köln's Stadtbezirk 1 Innenstadt and two of its Stadtteile. */
  static final SozialraumId INNENSTADT = SozialraumId.of(KOELN, "1");

  static final SozialraumId ALTSTADT_SUED = SozialraumId.of(KOELN, "101");
  static final SozialraumId NEUSTADT_SUED = SozialraumId.of(KOELN, "102");

  static final LocalDate TAG_2015 = LocalDate.of(2015, 6, 30);
  static final LocalDate TAG_2023 = LocalDate.of(2023, 6, 30);

  static Kommune.Builder kreisUnna() {
    return Kommune.builder(KREIS_UNNA, "Kreis Unna", Kommunenart.KREIS)
        .kreisfrei(false)
        .kreis(null)
        .jugendamt(KREIS_UNNA);
  }

  static Kommune.Builder boenen() {
    return Kommune.builder(BOENEN, "Bönen", Kommunenart.KREISANGEHOERIGE_GEMEINDE)
        .kreisfrei(false)
        .kreis(KREIS_05978)
        .jugendamt(KREIS_UNNA);
  }

  static Kommune.Builder unna() {
    return Kommune.builder(UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(false)
        .kreis(KREIS_05978)
        .jugendamt(UNNA);
  }

  static Kommune.Builder koeln() {
    return Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
        .kreisfrei(true)
        .kreis(null)
        .jugendamt(KOELN);
  }

  static Kommune.Builder aachen() {
    return Kommune.builder(AACHEN, "Aachen", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(true)
        .kreis(KREIS_05334)
        .jugendamt(AACHEN);
  }

  static Kommune.Builder staedteregionAachen() {
    return Kommune.builder(STAEDTEREGION_AACHEN, "StädteRegion Aachen", Kommunenart.STAEDTEREGION)
        .kreisfrei(false)
        .kreis(null)
        .jugendamt(STAEDTEREGION_AACHEN);
  }

  static Kommune.Builder ahlen() {
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .kreisfrei(false)
        .kreis(KREIS_05570)
        .jugendamt(AHLEN);
  }

  /** Version {@code stand} of a Köln Sozialraum valid during {@code gueltigkeit}. */
  static Sozialraum sozialraum(
      SozialraumId id, int stand, String name, Sozialraumebene ebene, String gueltigkeit) {
    return Sozialraum.of(id, stand, name, ebene, Zeitraum.parse(gueltigkeit));
  }

  static Sozialraum innenstadt() {
    return sozialraum(INNENSTADT, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, "2000-01-01..");
  }

  static Sozialraum altstadtSued() {
    return sozialraum(ALTSTADT_SUED, 1, "Altstadt/Süd", Sozialraumebene.STADTTEIL, "2000-01-01..")
        .withUebergeordnet(INNENSTADT);
  }

  static Sozialraum neustadtSued() {
    return sozialraum(NEUSTADT_SUED, 1, "Neustadt/Süd", Sozialraumebene.STADTTEIL, "2000-01-01..")
        .withUebergeordnet(INNENSTADT);
  }
}
