package de.kekiz.reporting;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Example data for the reporting tests: Kommunen with Sozialräume (Ahlen with the Sozialraum codes
 * of {@link AngebotFixtures}, Köln, Aachen, Bönen), indicators of every periodicity and
 * observations of every kind (shares, absolute and negative values, breakdowns, suppressed,
 * missing). Keys are real; names of Sozialräume and all numbers are illustrative.
 */
public final class BeispielDaten {
  private BeispielDaten() {}

  public static final Gemeindeschluessel AHLEN = AngebotFixtures.AHLEN;
  public static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  public static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");
  public static final Gemeindeschluessel BOENEN = Gemeindeschluessel.parse("05978008");

  public static final SozialraumRef INNENSTADT = SozialraumRef.of(AngebotFixtures.INNENSTADT, 1);
  public static final SozialraumRef SUED_OST = SozialraumRef.of(AngebotFixtures.SUED_OST, 1);
  public static final SozialraumRef NORD_ALT = SozialraumRef.of(AngebotFixtures.NORD, 1);
  public static final SozialraumRef NORD = SozialraumRef.of(AngebotFixtures.NORD, 2);
  public static final SozialraumRef VORHELM = SozialraumRef.of(AngebotFixtures.VORHELM, 1);

  /** A suppressed numerator that appears nowhere else in the data. */
  public static final BigDecimal GEHEIMER_ZAEHLER = new BigDecimal("7");

  /** A suppressed denominator that appears nowhere else in the data. */
  public static final BigDecimal GEHEIMER_NENNER = new BigDecimal("4093");

  /** Net migration of under-18-year-olds per quarter: absolute, may be negative. */
  public static final IndikatorKey WANDERUNGSSALDO = IndikatorKey.of("wanderungssaldo-u18");

  /** Counselling sessions of the Familienbüro per month: absolute. */
  public static final IndikatorKey BERATUNGEN = IndikatorKey.of("beratungen-familienbuero");

  /** Occupancy of U3 places per half-year: a share. */
  public static final IndikatorKey BELEGUNG = IndikatorKey.of("belegung-u3-plaetze");

  /** Ahlen (05570004) with four Sozialräume, one in two boundary versions, and participations. */
  public static Kommune ahlen() {
    LocalDate ab2010 = LocalDate.of(2010, 1, 1);
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .sozialraum(
            Sozialraum.of(
                    AngebotFixtures.INNENSTADT,
                    1,
                    "Innenstadt",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.ab(ab2010))
                .withGeometrie(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[7.88,51.76],[7.90,51.76],"
                        + "[7.90,51.77],[7.88,51.76]]]}"))
        .sozialraum(
            Sozialraum.of(
                    AngebotFixtures.SUED_OST,
                    1,
                    "Süd/Ost",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.ab(ab2010))
                .withBevoelkerungsstand(
                    Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), 412))
                .withBevoelkerungsstand(
                    Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.of(3, 5), 437)))
        .sozialraum(
            Sozialraum.of(
                AngebotFixtures.NORD,
                1,
                "Nord",
                Sozialraumebene.STADTTEIL,
                Zeitraum.of(ab2010, LocalDate.of(2019, 12, 31))))
        .sozialraum(
            Sozialraum.of(
                AngebotFixtures.NORD,
                2,
                "Nord (mit Neubaugebiet Äußere Wüste)",
                Sozialraumebene.STADTTEIL,
                Zeitraum.ab(LocalDate.of(2020, 1, 1))))
        .sozialraum(
            Sozialraum.of(
                AngebotFixtures.VORHELM,
                1,
                "Vorhelm",
                Sozialraumebene.STADTTEIL,
                Zeitraum.ab(ab2010)))
        .teilnahme(
            Programmteilnahme.of(
                    Programm.KEKIZ,
                    Programmteilnahme.PHASE_AUSBAU_2017,
                    Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)))
                .withFoerderung(
                    Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")))
                .withFoerderung(
                    Foerderung.of(2017, Finanzierungsquelle.LAND, Geldbetrag.of("41.61")))
                .withKoordination(Stellenanteil.of("0.5")))
        .teilnahme(
            Programmteilnahme.of(
                Programm.KINDERSTARK,
                Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
                Zeitraum.ab(LocalDate.of(2020, 1, 1))))
        .bevoelkerungsstand(
            Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.ab(0), 52_503))
        .revision(3)
        .build();
  }

  /** Köln: a Stadtbezirk with two Stadtteile (the real numbers 1 and 101, 102). */
  public static Kommune koeln() {
    SozialraumId innenstadt = SozialraumId.of(KOELN, "1");
    Zeitraum immer = Zeitraum.ab(LocalDate.of(1975, 1, 1));
    return Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
        .sozialraum(Sozialraum.of(innenstadt, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, immer))
        .sozialraum(
            Sozialraum.of(
                    SozialraumId.of(KOELN, "101"),
                    1,
                    "Altstadt/Süd",
                    Sozialraumebene.STADTTEIL,
                    immer)
                .withUebergeordnet(innenstadt))
        .sozialraum(
            Sozialraum.of(
                    SozialraumId.of(KOELN, "102"),
                    1,
                    "Neustadt/Süd",
                    Sozialraumebene.STADTTEIL,
                    immer)
                .withUebergeordnet(innenstadt))
        .teilnahme(
            Programmteilnahme.of(
                Programm.KEKIZ,
                Programmteilnahme.PHASE_AUSBAU_2017,
                Zeitraum.ab(LocalDate.of(2017, 1, 1))))
        .build();
  }

  /** Aachen: kreisfrei by law inside the StädteRegion Aachen. */
  public static Kommune aachen() {
    return Kommune.builder(AACHEN, "Aachen", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(true)
        .build();
  }

  /** Bönen: served by the Kreisjugendamt of the Kreis Unna; no optional parts at all. */
  public static Kommune boenen() {
    return Kommune.builder(BOENEN, "Bönen", Kommunenart.KREISANGEHOERIGE_GEMEINDE).build();
  }

  public static List<Kommune> kommunen() {
    return List.of(ahlen(), koeln(), aachen(), boenen());
  }

  /** Net migration of under-18-year-olds per quarter (absolute, may be negative). */
  public static Indikator wanderungssaldo() {
    return Indikator.builder(WANDERUNGSSALDO, 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2015, 1, 1)))
        .name("Wanderungssaldo der unter 18-Jährigen")
        .zaehlerDefinition("Zuzüge minus Fortzüge von Personen unter 18 Jahren")
        .einheit("Personen")
        .polaritaet(Polaritaet.NEUTRAL)
        .quelle("Melderegister der Stadt")
        .ebene(RaeumlicheEbene.SOZIALRAUM)
        .periodizitaet(Periodizitaet.QUARTALSWEISE)
        .dimension("staatsangehoerigkeit")
        .build();
  }

  /** Counselling sessions of the Familienbüro per month (absolute). */
  public static Indikator beratungen() {
    return Indikator.builder(BERATUNGEN, 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2015, 1, 1)))
        .name("Beratungen im Familienbüro")
        .zaehlerDefinition("Beratungsgespräche im Familienbüro")
        .einheit("Beratungen")
        .polaritaet(Polaritaet.NEUTRAL)
        .quelle("Familienbüro der Stadt")
        .ebene(RaeumlicheEbene.GEMEINDE)
        .periodizitaet(Periodizitaet.MONATLICH)
        .build();
  }

  /** Occupancy of U3 places per half-year (a share, factor 100). */
  public static Indikator belegung() {
    return Indikator.builder(BELEGUNG, 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2015, 1, 1)))
        .name("Belegung der U3-Plätze")
        .zaehlerDefinition("Belegte Plätze für Kinder unter 3 Jahren")
        .nennerDefinition("Verfügbare Plätze für Kinder unter 3 Jahren")
        .faktor(100)
        .einheit("%")
        .anteil(true)
        .polaritaet(Polaritaet.HOEHER_IST_BESSER)
        .quelle("Jugendamt, Kita-Platzvergabe")
        .ebene(RaeumlicheEbene.JUGENDAMT)
        .periodizitaet(Periodizitaet.HALBJAEHRLICH)
        .build();
  }

  /** The standard catalogue plus the three indicators above. */
  public static List<Indikator> indikatoren() {
    return ImmutableList.<Indikator>builder()
        .addAll(Indikatoren.standard())
        .add(wanderungssaldo(), beratungen(), belegung())
        .build();
  }

  private static final IndikatorRef SGB2 = Indikatoren.sgb2QuoteU15Version2().ref();
  private static final IndikatorRef HZE = Indikatoren.hzeEckwert().ref();
  private static final IndikatorRef UEBERGANG = Indikatoren.uebergangsquoteGymnasium().ref();
  private static final IndikatorRef SEU = Indikatoren.seuSprache().ref();
  private static final IndikatorRef BETREUUNG = Indikatoren.betreuungsquoteU3().ref();

  private static Messwert messwert(
      IndikatorRef ref,
      Raumbezug raum,
      Periode periode,
      Aufschluesselung a,
      String zaehler,
      String nenner,
      ObsStatus obs,
      ConfStatus conf) {
    return new Messwert(
        ref,
        raum,
        periode,
        a,
        zaehler.isEmpty() ? null : new BigDecimal(zaehler),
        nenner.isEmpty() ? null : new BigDecimal(nenner),
        obs,
        conf);
  }

  /**
   * Observations for Ahlen that fit their indicators: every periodicity, breakdowns, absolute and
   * negative values, estimated and provisional values, a missing value, and two suppressed ones
   * holding {@link #GEHEIMER_ZAEHLER} / {@link #GEHEIMER_NENNER} internally (primary suppression A
   * in Innenstadt, secondary suppression D in Vorhelm).
   */
  public static List<Messwert> messwerte() {
    Raumbezug ahlen = Raumbezug.of(AHLEN);
    Raumbezug suedOst = Raumbezug.of(SUED_OST);
    Raumbezug innenstadt = Raumbezug.of(INNENSTADT);
    Raumbezug vorhelm = Raumbezug.of(VORHELM);
    Raumbezug nord = Raumbezug.of(NORD);
    Aufschluesselung alle = Aufschluesselung.INSGESAMT;
    Periode j2023 = Periode.jahr(2023);
    return List.of(
        Messwert.of(SGB2, ahlen, j2023, 1532, 8120),
        messwert(
            SGB2,
            ahlen,
            j2023,
            Aufschluesselung.of("geschlecht", "w"),
            "741",
            "3977",
            ObsStatus.A,
            ConfStatus.F),
        messwert(
            SGB2, ahlen, Periode.jahr(2022), alle, "1498.5", "8034", ObsStatus.E, ConfStatus.F),
        Messwert.of(SGB2, suedOst, j2023, 612, 1873),
        messwert(
            SGB2,
            innenstadt,
            j2023,
            alle,
            GEHEIMER_ZAEHLER.toPlainString(),
            GEHEIMER_NENNER.toPlainString(),
            ObsStatus.A,
            ConfStatus.A),
        messwert(SGB2, vorhelm, j2023, alle, "23", "1111", ObsStatus.A, ConfStatus.D),
        Messwert.fehlend(SGB2, nord, j2023),
        messwert(
            BETREUUNG,
            ahlen,
            j2023,
            Aufschluesselung.of("alter", "0-2"),
            "612",
            "1602",
            ObsStatus.P,
            ConfStatus.F),
        Messwert.of(HZE, ahlen, j2023, 412, 12845),
        Messwert.of(UEBERGANG, ahlen, Periode.schuljahr(2023), 171, 497),
        messwert(
            SEU,
            suedOst,
            Periode.schuljahr(2022),
            Aufschluesselung.of("geschlecht", "m"),
            "17",
            "60",
            ObsStatus.B,
            ConfStatus.F),
        messwert(
            WANDERUNGSSALDO_REF,
            suedOst,
            Periode.quartal(2023, 1),
            Aufschluesselung.of("staatsangehoerigkeit", "ausländisch"),
            "-12",
            "",
            ObsStatus.A,
            ConfStatus.F),
        Messwert.absolut(WANDERUNGSSALDO_REF, ahlen, Periode.quartal(2023, 2), 35),
        Messwert.absolut(BERATUNGEN_REF, ahlen, Periode.monat(2023, 3), 128),
        Messwert.of(BELEGUNG_REF, ahlen, Periode.halbjahr(2023, 1), 230, 245));
  }

  public static final IndikatorRef WANDERUNGSSALDO_REF = IndikatorRef.of(WANDERUNGSSALDO, 1);
  public static final IndikatorRef BERATUNGEN_REF = IndikatorRef.of(BERATUNGEN, 1);
  public static final IndikatorRef BELEGUNG_REF = IndikatorRef.of(BELEGUNG, 1);
}
