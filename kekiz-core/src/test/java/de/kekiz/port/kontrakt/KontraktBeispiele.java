package de.kekiz.port.kontrakt;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Zeitplan;
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
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sample aggregates and observations the contract kit stores: real NRW keys, umlauts (Köln,
 * Fröndenberg/Ruhr, "Übergang"), optional parts present in some samples and absent in others,
 * Sozialräume in several boundary versions, and numbers that are hard to store exactly.
 *
 * <p>Every method returns unsaved objects (revision 0) built afresh; the same call gives equal
 * results every time. Adapter tests may use them for their own checks too.
 */
public final class KontraktBeispiele {

  private KontraktBeispiele() {}

  // ------------------------------------------------------------------ keys

  /** Köln, a kreisfreie Stadt. */
  public static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");

  /** The Kreis Unna (conventional 8-digit key). */
  public static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");

  /** Fröndenberg/Ruhr, served by the Kreisjugendamt of the Kreis Unna. */
  public static final Gemeindeschluessel FROENDENBERG = Gemeindeschluessel.parse("05978012");

  /** Unna, a große kreisangehörige Stadt with its own Jugendamt. */
  public static final Gemeindeschluessel UNNA = Gemeindeschluessel.parse("05978036");

  /** Aachen: kreisfrei by law inside the StädteRegion Aachen. */
  public static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");

  /** The StädteRegion Aachen. */
  public static final Gemeindeschluessel STAEDTEREGION_AACHEN =
      Gemeindeschluessel.parse("05334000");

  /** Ahlen (Kreis Warendorf). */
  public static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  /** Brühl (Rhein-Erft-Kreis). */
  public static final Gemeindeschluessel BRUEHL = Gemeindeschluessel.parse("05362012");

  /** Dinslaken (Kreis Wesel). */
  public static final Gemeindeschluessel DINSLAKEN = Gemeindeschluessel.parse("05170008");

  /** The Kreis Unna's Kreisschlüssel. */
  public static final Kreisschluessel KREIS_05978 = Kreisschluessel.parse("05978");

  /** The StädteRegion Aachen's Kreisschlüssel. */
  public static final Kreisschluessel KREIS_05334 = Kreisschluessel.parse("05334");

  /** Köln's own Kreis-level key. */
  public static final Kreisschluessel KREIS_05315 = Kreisschluessel.parse("05315");

  /** Köln's Stadtbezirk 1 Innenstadt. */
  public static final SozialraumId INNENSTADT = SozialraumId.of(KOELN, "1");

  /** Köln's Stadtbezirk 9 Mülheim. */
  public static final SozialraumId MUELHEIM = SozialraumId.of(KOELN, "9");

  /** Köln's Stadtteil 905 Mülheim, in three boundary versions. */
  public static final SozialraumId MUELHEIM_STADTTEIL = SozialraumId.of(KOELN, "905");

  /** A Quartier in Köln-Mülheim (illustrative). */
  public static final SozialraumId KEUPSTRASSE = SozialraumId.of(KOELN, "905-01");

  private static final LocalDate SEIT_2000 = LocalDate.of(2000, 1, 1);
  private static final LocalDate STICHTAG_2022 = LocalDate.of(2022, 12, 31);

  // ------------------------------------------------------------------ Kommunen

  /**
   * Köln with nine Sozialraum versions in unsorted order (three versions of Mülheim given as 3, 1,
   * 2), geometry on some, population figures, a closed and an open programme participation,
   * Förderungen in cents and figures of the whole Stadt.
   */
  public static Kommune koeln() {
    String geometrieInnenstadt =
        "{\"type\":\"Polygon\",\"coordinates\":[[[6.9466,50.9271],[6.9853,50.9271],"
            + "[6.9853,50.9512],[6.9466,50.9271]]],\"name\":\"Innenstadt (Köln)\"}";
    String geometrieMuelheim2 =
        "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[7.0011,50.9601],[7.0299,50.9601],"
            + "[7.0299,50.9788],[7.0011,50.9601]]]]}";
    Sozialraum innenstadt =
        sozialraum(INNENSTADT, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, "2000-01-01..")
            .withGeometrie(geometrieInnenstadt)
            .withBevoelkerung(
                List.of(
                    Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.of(0, 2), 3012),
                    Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.of(3, 5), 2890),
                    Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.ab(80), 7412)));
    Sozialraum neustadtSued =
        sozialraum(
                SozialraumId.of(KOELN, "102"),
                1,
                "Neustadt/Süd",
                Sozialraumebene.STADTTEIL,
                "2000-01-01..")
            .withUebergeordnet(INNENSTADT);
    Sozialraum altstadtSued =
        sozialraum(
                SozialraumId.of(KOELN, "101"),
                1,
                "Altstadt/Süd",
                Sozialraumebene.STADTTEIL,
                "2000-01-01..")
            .withUebergeordnet(INNENSTADT)
            .withBevoelkerungsstand(
                Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.unter(15), 3417));
    Sozialraum muelheim =
        sozialraum(MUELHEIM, 1, "Mülheim", Sozialraumebene.STADTBEZIRK, "2000-01-01..");
    Sozialraum muelheim3 =
        sozialraum(
                MUELHEIM_STADTTEIL,
                3,
                "Mülheim (Zuschnitt 2020)",
                Sozialraumebene.STADTTEIL,
                "2020-01-01..")
            .withUebergeordnet(MUELHEIM)
            .withBevoelkerung(
                List.of(
                    Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.of(0, 2), 1408),
                    Bevoelkerungsstand.of(
                        LocalDate.of(2021, 12, 31), Altersspanne.of(0, 2), 1399)));
    Sozialraum muelheim1 =
        sozialraum(
                MUELHEIM_STADTTEIL,
                1,
                "Mülheim",
                Sozialraumebene.STADTTEIL,
                "2000-01-01..2009-12-31")
            .withUebergeordnet(MUELHEIM);
    Sozialraum muelheim2 =
        sozialraum(
                MUELHEIM_STADTTEIL,
                2,
                "Mülheim",
                Sozialraumebene.STADTTEIL,
                "2010-01-01..2019-12-31")
            .withUebergeordnet(MUELHEIM)
            .withGeometrie(geometrieMuelheim2)
            .withBevoelkerungsstand(
                Bevoelkerungsstand.of(LocalDate.of(2015, 12, 31), Altersspanne.ab(0), 41_298));
    Sozialraum keupstrasse =
        sozialraum(
                KEUPSTRASSE,
                1,
                "Übergang Keupstraße",
                Sozialraumebene.QUARTIER,
                "2020-01-01..2024-12-31")
            .withUebergeordnet(MUELHEIM_STADTTEIL);
    Sozialraum schulbezirk =
        sozialraum(
            SozialraumId.of(KOELN, "gs_berliner_str.2"),
            1,
            "Schuleinzugsbereich GGS Berliner Straße",
            Sozialraumebene.SCHULEINZUGSBEREICH,
            "2019-08-01..");
    Programmteilnahme ausbau =
        Programmteilnahme.of(
                Programm.KEKIZ,
                Programmteilnahme.PHASE_AUSBAU_2017,
                Zeitraum.parse("2017-01-01..2019-12-31"))
            .withFoerderung(Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")))
            .withFoerderung(Foerderung.of(2017, Finanzierungsquelle.LAND, Geldbetrag.of("41.61")))
            .withFoerderung(Foerderung.of(2018, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")))
            .withFoerderung(
                Foerderung.of(2018, Finanzierungsquelle.EIGENMITTEL, Geldbetrag.of("125000")))
            .withKoordination(Stellenanteil.of("1.5"));
    Programmteilnahme kinderstark =
        Programmteilnahme.of(
            Programm.KINDERSTARK,
            Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
            Zeitraum.parse("2020-01-01.."));
    return Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
        .sozialraeume(
            List.of(
                innenstadt,
                neustadtSued,
                altstadtSued,
                muelheim,
                muelheim3,
                muelheim1,
                muelheim2,
                keupstrasse,
                schulbezirk))
        .teilnahme(kinderstark)
        .teilnahme(ausbau)
        .bevoelkerungsstand(Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.ab(0), 1_084_831))
        .bevoelkerungsstand(Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.unter(15), 149_672))
        .bevoelkerungsstand(
            Bevoelkerungsstand.of(LocalDate.of(2012, 12, 31), Altersspanne.unter(15), 142_003))
        .build();
  }

  /** Fröndenberg/Ruhr: a kreisangehörige Gemeinde with nothing optional. */
  public static Kommune froendenberg() {
    return Kommune.builder(FROENDENBERG, "Fröndenberg/Ruhr", Kommunenart.KREISANGEHOERIGE_GEMEINDE)
        .build();
  }

  /** The Kreis Unna: a Modellkommune of 2012 and a kinderstark Kommune. */
  public static Kommune kreisUnna() {
    return Kommune.builder(KREIS_UNNA, "Kreis Unna", Kommunenart.KREIS)
        .teilnahme(
            Programmteilnahme.of(
                    Programm.KEKIZ,
                    Programmteilnahme.PHASE_MODELLKOMMUNE_2012,
                    Zeitraum.parse("2012-01-01..2016-12-31"))
                .withFoerderung(
                    Foerderung.of(2012, Finanzierungsquelle.STIFTUNG, Geldbetrag.of("0.01"))))
        .teilnahme(
            Programmteilnahme.of(
                Programm.KINDERSTARK,
                Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
                Zeitraum.parse("2020-01-01..")))
        .build();
  }

  /** Aachen: kreisfrei by law although it belongs to the StädteRegion (both flags set). */
  public static Kommune aachen() {
    return Kommune.builder(AACHEN, "Aachen", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(true)
        .kreis(KREIS_05334)
        .jugendamt(AACHEN)
        .bevoelkerungsstand(Bevoelkerungsstand.of(STICHTAG_2022, Altersspanne.of(0, 2), 0))
        .build();
  }

  /** The StädteRegion Aachen. */
  public static Kommune staedteregionAachen() {
    return Kommune.builder(STAEDTEREGION_AACHEN, "StädteRegion Aachen", Kommunenart.STAEDTEREGION)
        .build();
  }

  /** Ahlen with half a coordinator post funded from 2017. */
  public static Kommune ahlen() {
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .teilnahme(
            new Programmteilnahme(
                Programm.KEKIZ,
                Programmteilnahme.PHASE_AUSBAU_2017,
                Zeitraum.parse("2017-01-01..2018-12-31"),
                List.of(
                    Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")),
                    Foerderung.of(2018, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39"))),
                Stellenanteil.of("0.5")))
        .build();
  }

  /**
   * The Kreis Unna and its ten Gemeinden, in an order that is not the key order (Unna, Bönen, the
   * Kreis, …).
   */
  public static List<Kommune> kreisUnnaMitGemeinden() {
    return List.of(
        Kommune.builder(UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT).build(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978008"),
                "Bönen",
                Kommunenart.KREISANGEHOERIGE_GEMEINDE)
            .build(),
        kreisUnna(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978040"),
                "Werne",
                Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .build(),
        froendenberg(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978004"),
                "Bergkamen",
                Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .build(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978024"),
                "Lünen",
                Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
            .build(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978016"),
                "Holzwickede",
                Kommunenart.KREISANGEHOERIGE_GEMEINDE)
            .build(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978032"),
                "Selm",
                Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .build(),
        Kommune.builder(
                Gemeindeschluessel.parse("05978020"),
                "Kamen",
                Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .build());
  }

  /**
   * Every sample Kommune: Köln, Ahlen, Brühl, Dinslaken, Gelsenkirchen, the StädteRegion Aachen
   * with Aachen, and the Kreis Unna with its Gemeinden; pairwise different keys, not in key order.
   */
  public static List<Kommune> alleKommunen() {
    List<Kommune> alle = new ArrayList<>();
    alle.add(koeln());
    alle.add(aachen());
    alle.addAll(kreisUnnaMitGemeinden());
    alle.add(ahlen());
    alle.add(Kommune.builder(BRUEHL, "Brühl", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT).build());
    alle.add(staedteregionAachen());
    alle.add(
        Kommune.builder(DINSLAKEN, "Dinslaken", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT).build());
    alle.add(
        Kommune.builder(
                Gemeindeschluessel.parse("05513000"), "Gelsenkirchen", Kommunenart.KREISFREIE_STADT)
            .build());
    return alle;
  }

  private static Sozialraum sozialraum(
      SozialraumId id, int stand, String name, Sozialraumebene ebene, String gueltigkeit) {
    return Sozialraum.of(id, stand, name, ebene, Zeitraum.parse(gueltigkeit));
  }

  // ------------------------------------------------------------------ Leitbilder

  /** Ahlen's Leitbild, Fassung 1, adopted by the Rat on 26 May 2016 (from the unit fixtures). */
  public static Leitbild ahlenFassung1() {
    return LeitbildFixtures.ahlen();
  }

  /**
   * Ahlen's Leitbild, Fassung 2, adopted on 18 March 2021: all seven Präventionsleitlinien, a
   * Leitziel with a description and Zielwerte with and without baseline and Sozialraum.
   */
  public static Leitbild ahlenFassung2() {
    return Leitbild.builder(AHLEN, 2, "Leitbild Präventionskette Ahlen 2021: Übergänge gestalten")
        .beschlossen(LocalDate.of(2021, 3, 18), "Rat der Stadt Ahlen")
        .leitlinien(List.of(Praeventionsleitlinie.values()))
        .leitziel(
            new Leitziel(
                "A",
                "Jedes Kind gelingt der Übergang von der Kita in die Grundschule",
                "Fließende Übergänge – gemeinsam mit Eltern, Kitas und Grundschulen",
                List.of(
                    new Handlungsziel(
                        "A.1",
                        "Sprachförderung vor der Einschulung stärken",
                        List.of(LeitbildFixtures.SEU_SPRACHE, LeitbildFixtures.U9),
                        List.of(
                            Zielwert.of(
                                    LeitbildFixtures.SEU_SPRACHE,
                                    "22.5",
                                    Zielrichtung.HOECHSTENS,
                                    LocalDate.of(2025, 7, 31))
                                .imSozialraum(LeitbildFixtures.AHLEN_SUED_OST)
                                .withAusgangswert("31.4"),
                            Zielwert.of(
                                LeitbildFixtures.U9,
                                "95",
                                Zielrichtung.MINDESTENS,
                                LocalDate.of(2025, 7, 31)))))))
        .leitziel(LeitbildFixtures.teilhabe())
        .build();
  }

  /** Ahlen's Leitbild, Fassung 3: a draft without decision, body, Leitlinien or Leitziele. */
  public static Leitbild ahlenFassung3Entwurf() {
    return Leitbild.builder(AHLEN, 3, "Entwurf: Leitbild Ahlen 2026").build();
  }

  /** Brühl's Leitbild, Fassung 1, with a Zielwert for the Sozialraum Nord. */
  public static Leitbild bruehlFassung1() {
    return Leitbild.builder(BRUEHL, 1, "Brühler Leitbild „Kein Kind zurücklassen!“")
        .beschlossen(LocalDate.of(2018, 9, 24), "Rat der Stadt Brühl")
        .leitlinien(Praeventionsleitlinie.SOZIALE_INKLUSION)
        .leitziel(
            Leitziel.of(
                "1",
                "Kinderarmut und ihre Folgen in Brühl-Nord verringern",
                new Handlungsziel(
                    "1.1",
                    "Weniger Kinder unter 15 Jahren leben von Leistungen nach dem SGB II",
                    List.of(LeitbildFixtures.SGB2_U15),
                    List.of(
                        new Zielwert(
                            LeitbildFixtures.SGB2_U15,
                            new BigDecimal("18.75"),
                            Zielrichtung.HOECHSTENS,
                            LocalDate.of(2024, 12, 31),
                            LeitbildFixtures.BRUEHL_NORD,
                            new BigDecimal("23.0001"))))))
        .build();
  }

  /**
   * Köln's Leitbild, Fassung 1: a decision date but no body named, a huge target value and a target
   * without baseline.
   */
  public static Leitbild koelnFassung1() {
    return Leitbild.builder(KOELN, 1, "Leitbild „Kinderstark in Köln“ – Übergang Kita–Grundschule")
        .beschlossenAm(LocalDate.of(2020, 11, 5))
        .leitlinien(
            Praeventionsleitlinie.AUFSUCHENDER_ANSATZ,
            Praeventionsleitlinie.ELTERN_STAERKEN_KINDER_STAERKEN)
        .leitziel(
            new Leitziel(
                "K-1",
                "Familien in Mülheim früh erreichen",
                null,
                List.of(
                    new Handlungsziel(
                        "K-1.1",
                        "Hilfen zur Erziehung werden früher und seltener gebraucht",
                        List.of(Indikatoren.HZE_ECKWERT),
                        List.of(
                            new Zielwert(
                                Indikatoren.HZE_ECKWERT,
                                new BigDecimal("123456789012.3456"),
                                Zielrichtung.HOECHSTENS,
                                LocalDate.of(2030, 12, 31),
                                MUELHEIM,
                                null))))))
        .build();
  }

  /** A Leitbild Fassung of {@code kommune} adopted on {@code beschlossenAm} (null: a draft). */
  public static Leitbild leitbild(
      Gemeindeschluessel kommune, int fassung, @Nullable LocalDate beschlossenAm) {
    return Leitbild.builder(kommune, fassung, "Leitbild " + kommune + " – Fassung " + fassung)
        .beschlossenAm(beschlossenAm)
        .gremium(beschlossenAm == null ? null : "Rat")
        .build();
  }

  // ------------------------------------------------------------------ Präventionsketten

  /** Ahlen's chain with Steuerung, Netzwerk and three Angebote (from the unit fixtures). */
  public static Praeventionskette ketteAhlen() {
    return KetteFixtures.ahlen();
  }

  /** Brühl's chain as the builder starts it: standard phases and fields, nothing else. */
  public static Praeventionskette ketteBruehl() {
    return Praeventionskette.builder(BRUEHL).build();
  }

  /**
   * Köln's chain with its own three Lebensphasen (0 to 10 years), four Handlungsfelder, an AG
   * without Steuerungsgruppe or Koordination, and two Angebote given in reverse id order.
   */
  public static Praeventionskette ketteKoeln() {
    AkteurId jugendamt = AkteurId.of("koeln-jugendamt");
    AkteurId sportverein = AkteurId.of("sv-muelheim-1905");
    AkteurId kinderschutzbund = AkteurId.of("kinderschutzbund-koeln");
    Lebensphase geburt =
        Lebensphase.of("rund-um-geburt", "Rund um die Geburt", Altersspanne.of(0, 0));
    Lebensphase kita = Lebensphase.of("fruehe-kindheit", "Frühe Kindheit", Altersspanne.of(1, 5));
    Lebensphase grundschule =
        Lebensphase.of("grundschulalter", "Grundschulalter", Altersspanne.of(6, 10));
    Angebot bewegung =
        Angebot.builder(
                AngebotId.of("bewegte-kita-muelheim"), "Bewegte Kita in Mülheim", sportverein)
            .beschreibung("Sport- und Bewegungsangebote für Kita-Kinder, fußläufig erreichbar.")
            .standorte(
                Standort.physisch(
                        "turnhalle",
                        "Turnhalle Mülheimer Freiheit",
                        Adresse.of("Mülheimer Freiheit 1", "51063", "Köln"))
                    .withKoordinate(Koordinate.parse("50.9634,6.9920"))
                    .imSozialraum(MUELHEIM_STADTTEIL))
            .zeitplaene(
                Zeitplan.of("FREQ=WEEKLY;BYDAY=TU,FR", LocalTime.of(15, 30), LocalTime.of(16, 45)))
            .alter(Altersspanne.of(3, 6))
            .ebenen(Praeventionsebene.UNIVERSELL)
            .lebensphasen("fruehe-kindheit")
            .handlungsfelder("sport", "gesundheit")
            .sozialraeume(MUELHEIM_STADTTEIL, KEUPSTRASSE)
            .kapazitaet(Kapazitaet.of(20, "Kinder"))
            .kosten(new Kostenoption(Geldbetrag.of("2.50"), "pro Termin", null))
            .finanzierung("Stadt Köln", "Stiftung „Übergang“")
            .status(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN)
            .build();
    Angebot lotsen =
        Angebot.builder(
                AngebotId.of("babylotsen-koeln"), "Babylotsen an der Geburtsklinik", jugendamt)
            .beschreibung(
                "Lotsinnen begleiten Familien von der Geburt in die Frühen Hilfen: Übergang"
                    + " gestalten.")
            .ebenen(Praeventionsebene.SELEKTIV, Praeventionsebene.INDIZIERT)
            .lebensphasen("rund-um-geburt")
            .handlungsfelder("gesundheit", "jugendhilfe")
            .uebergaenge("rund-um-geburt-fruehe-kindheit")
            .sozialraeume(INNENSTADT, MUELHEIM)
            .zuletztGeprueft(LocalDate.of(2024, 2, 29))
            .email("fruehehilfen@stadt-koeln.de")
            .build();
    return Praeventionskette.builder(KOELN)
        .lebensphasen(geburt, kita, grundschule)
        .handlungsfelder(
            Handlungsfeld.GESUNDHEIT,
            Handlungsfeld.BILDUNG,
            Handlungsfeld.JUGENDHILFE,
            Handlungsfeld.SPORT)
        .akteure(
            Akteur.of(
                jugendamt,
                "Stadt Köln – Amt für Kinder, Jugend und Familie",
                Akteursart.JUGENDAMT,
                "jugendhilfe"),
            Akteur.of(
                sportverein,
                "SV Mülheim 1905 e. V.",
                Akteursart.SPORTVEREIN,
                "sport",
                "gesundheit"),
            new Akteur(
                kinderschutzbund,
                "Kinderschutzbund Köln",
                Akteursart.KINDERSCHUTZBUND,
                Set.of("jugendhilfe"),
                "https://www.kinderschutzbund-koeln.de/",
                null))
        .steuerung(
            new Steuerung(
                null,
                List.of(
                    new Arbeitsgemeinschaft(
                        "ag-fruehe-hilfen",
                        "AG Frühe Hilfen Mülheim",
                        Set.of("rund-um-geburt", "fruehe-kindheit"),
                        List.of(
                            Mitglied.fuer("Koordination", "Jugendhilfe", jugendamt),
                            Mitglied.of("Kinderärztin", "Gesundheit")))),
                List.of()))
        .angebote(bewegung, lotsen)
        .build();
  }

  // ------------------------------------------------------------------ Indikatoren

  /** An indicator of our own with three versions and a gap in 2020 (version 1: 2012–2014). */
  public static final IndikatorKey FRUEHE_HILFEN = IndikatorKey.of("fruehe-hilfen-kontakte");

  /**
   * Version {@code version} (1, 2 or 3) of an absolute indicator without denominator: 2012–2014,
   * 2015–2019, from 2021 (nothing is valid in 2020).
   */
  public static Indikator frueheHilfen(int version) {
    Indikator.Builder b =
        Indikator.builder(FRUEHE_HILFEN, version)
            .name("Erstkontakte der Frühen Hilfen („Übergang“ Geburt–Familie)")
            .zaehlerDefinition("Familien mit Erstkontakt zu den Frühen Hilfen im Quartal")
            .einheit("Familien")
            .polaritaet(Polaritaet.NEUTRAL)
            .quelle("Jugendamt, Fachverfahren Frühe Hilfen")
            .ebene(RaeumlicheEbene.SOZIALRAUM)
            .periodizitaet(Periodizitaet.QUARTALSWEISE);
    switch (version) {
      case 1:
        return b.gueltigkeit(Zeitraum.parse("2012-01-01..2014-12-31")).build();
      case 2:
        return b.gueltigkeit(Zeitraum.parse("2015-01-01..2019-12-31"))
            .dimension(Aufschluesselung.ALTERSGRUPPE)
            .aenderungshinweis("Ab 2015 nach Alter des Kindes aufgeschlüsselt")
            .build();
      case 3:
        return b.gueltigkeit(Zeitraum.parse("2021-01-01.."))
            .dimensionen(Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT)
            .aenderungshinweis("Neues Fachverfahren ab 2021; 2020 wurde nicht erhoben")
            .build();
      default:
        throw new IllegalArgumentException("fruehe-hilfen has versions 1 to 3, got " + version);
    }
  }

  /** An indicator of our own with many versions, one per calendar year. */
  public static final IndikatorKey ZEITREIHE = IndikatorKey.of("kontrakt-zeitreihe");

  /**
   * Version {@code version} (from 1) of {@link #ZEITREIHE}, valid during the calendar year {@code
   * 2000 + version}: a yearly share in % with a change note from version 2 on, declaring 0, 1 or 2
   * decimal places (version modulo 3) and synthetic values in every even version, so that a round
   * trip keeps both.
   */
  public static Indikator zeitreihe(int version) {
    return Indikator.builder(ZEITREIHE, version)
        .gueltigkeit(Zeitraum.jahr(2000 + version))
        .name("Zeitreihe Nr. " + version)
        .zaehlerDefinition("Kinder mit Befund")
        .nennerDefinition("Untersuchte Kinder")
        .faktor(100)
        .einheit("%")
        .anteil(true)
        .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
        .quelle("Gesundheitsamt")
        .ebene(RaeumlicheEbene.KREIS)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .aenderungshinweis(version == 1 ? null : "Jährlich neu definiert (Version " + version + ")")
        .nachkommastellen(version % 3)
        .synthetisch(version % 2 == 0)
        .build();
  }

  /** A rate per 10,000 with a reference day (the HzE-Eckwert of the standard catalogue). */
  public static Indikator hzeEckwert() {
    return Indikatoren.hzeEckwert();
  }

  /**
   * Sample definitions in an order that is neither key nor version order: both versions of the
   * SGB-II-Quote, the Betreuungsquote U3 (reference day 1 March), the HzE-Eckwert (factor 10,000),
   * SEU Sprache (school years) and the three versions of {@link #FRUEHE_HILFEN} (absolute, no
   * denominator).
   */
  public static List<Indikator> indikatoren() {
    return List.of(
        Indikatoren.sgb2QuoteU15Version2(),
        frueheHilfen(3),
        Indikatoren.betreuungsquoteU3(),
        Indikatoren.sgb2QuoteU15Version1(),
        frueheHilfen(1),
        hzeEckwert(),
        Indikatoren.seuSprache(),
        frueheHilfen(2));
  }

  // ------------------------------------------------------------------ Messwerte

  /** The indicator version most Messwert samples refer to. */
  public static final IndikatorRef SGB2_V2 = Indikatoren.sgb2QuoteU15Version2().ref();

  /** The first version of the SGB-II-Quote. */
  public static final IndikatorRef SGB2_V1 = Indikatoren.sgb2QuoteU15Version1().ref();

  /** A numerator that needs 12 digits before and 4 after the decimal point. */
  public static final BigDecimal GROSS = new BigDecimal("123456789012.3456");

  /** A numerator of one ten-thousandth. */
  public static final BigDecimal KLEIN = new BigDecimal("0.0001");

  /**
   * Messwerte that are hard to store: huge and tiny numbers, a suppressed value without numerator
   * (CONF_STATUS A) that keeps its denominator, a missing value, every OBS_STATUS and CONF_STATUS,
   * every kind of period, both kinds of area, several boundary versions of one Sozialraum, and
   * breakdowns with one and two dimensions, umlauts and spaces. All in Köln, pairwise different
   * keys, not in key order. The first three are, in this order: the huge value ({@link #GROSS}),
   * the tiny one ({@link #KLEIN}) and the suppressed one without numerator.
   */
  public static List<Messwert> besondereMesswerte() {
    Raumbezug koeln = Raumbezug.of(KOELN);
    Raumbezug muelheim1 = Raumbezug.of(SozialraumRef.of(MUELHEIM_STADTTEIL, 1));
    Raumbezug muelheim2 = Raumbezug.of(SozialraumRef.of(MUELHEIM_STADTTEIL, 2));
    Raumbezug muelheim3 = Raumbezug.of(SozialraumRef.of(MUELHEIM_STADTTEIL, 3));
    Raumbezug keupstrasse = Raumbezug.of(SozialraumRef.of(KEUPSTRASSE, 1));
    IndikatorRef fruehe = frueheHilfen(3).ref();
    IndikatorRef seu = Indikatoren.seuSprache().ref();
    IndikatorRef hze = hzeEckwert().ref();
    return List.of(
        messwert(
            SGB2_V2,
            muelheim3,
            Periode.jahr(2023),
            Aufschluesselung.INSGESAMT,
            GROSS,
            new BigDecimal("987654321098.7654"),
            ObsStatus.A,
            ConfStatus.F),
        messwert(
            SGB2_V2,
            keupstrasse,
            Periode.jahr(2023),
            Aufschluesselung.INSGESAMT,
            KLEIN,
            new BigDecimal("0.0003"),
            ObsStatus.E,
            ConfStatus.F),
        messwert(
            SGB2_V2,
            keupstrasse,
            Periode.jahr(2022),
            Aufschluesselung.INSGESAMT,
            null,
            new BigDecimal("47"),
            ObsStatus.A,
            ConfStatus.A),
        messwert(
            SGB2_V2,
            koeln,
            Periode.jahr(2023),
            Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w")
                .mit(Aufschluesselung.ALTERSGRUPPE, "0-2"),
            new BigDecimal("29958.39"),
            new BigDecimal("31000"),
            ObsStatus.P,
            ConfStatus.F),
        messwert(
            SGB2_V2,
            koeln,
            Periode.jahr(2023),
            Aufschluesselung.of("herkunft", "Türkei / Übergang"),
            new BigDecimal("1000000"),
            new BigDecimal("1084831"),
            ObsStatus.B,
            ConfStatus.N),
        Messwert.fehlend(SGB2_V2, koeln, Periode.jahr(2024)),
        messwert(
            SGB2_V1,
            muelheim2,
            Periode.jahr(2015),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("2345"),
            new BigDecimal("6789"),
            ObsStatus.A,
            ConfStatus.C),
        messwert(
            SGB2_V1,
            muelheim1,
            Periode.jahr(2009),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("2101"),
            new BigDecimal("6500"),
            ObsStatus.F,
            ConfStatus.D),
        messwert(
            SGB2_V1,
            muelheim2,
            Periode.jahr(2012),
            Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "80+"),
            null,
            null,
            ObsStatus.A,
            ConfStatus.S),
        messwert(
            seu,
            muelheim3,
            Periode.schuljahr(2023),
            Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "d"),
            new BigDecimal("3"),
            new BigDecimal("7"),
            ObsStatus.A,
            ConfStatus.A),
        messwert(
            fruehe,
            keupstrasse,
            Periode.quartal(2023, 2),
            Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-0")
                .mit(Aufschluesselung.GESCHLECHT, "m"),
            new BigDecimal("17"),
            null,
            ObsStatus.A,
            ConfStatus.F),
        messwert(
            fruehe,
            koeln,
            Periode.monat(2023, 11),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("412"),
            null,
            ObsStatus.A,
            ConfStatus.F),
        messwert(
            fruehe,
            koeln,
            Periode.halbjahr(2023, 1),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("2305"),
            null,
            ObsStatus.A,
            ConfStatus.F),
        messwert(
            hze,
            koeln,
            Periode.jahr(2022),
            Aufschluesselung.of(Indikatoren.HILFEART, "p34"),
            new BigDecimal("1234"),
            new BigDecimal("212345"),
            ObsStatus.A,
            ConfStatus.F));
  }

  /** A Messwert with every part given. */
  public static Messwert messwert(
      IndikatorRef indikator,
      Raumbezug raum,
      Periode periode,
      Aufschluesselung aufschluesselung,
      @Nullable BigDecimal zaehler,
      @Nullable BigDecimal nenner,
      ObsStatus obsStatus,
      ConfStatus confStatus) {
    return new Messwert(
        indikator, raum, periode, aufschluesselung, zaehler, nenner, obsStatus, confStatus);
  }

  private static final List<Aufschluesselung> AUFSCHLUESSELUNGEN =
      List.of(
          Aufschluesselung.INSGESAMT,
          Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2"),
          Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "3-5"),
          Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w"),
          Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "m"));

  /**
   * {@code anzahl} Messwerte of {@code kommune} with pairwise different keys, not in key order:
   * both versions of the SGB-II-Quote, the Kommune and ten Sozialräume (some in two boundary
   * versions), years from 2005 on, five breakdowns. Numerator {@code i mod 97 + offset},
   * denominator {@code 1000 + i}, so two calls with different {@code offset} give the same keys
   * with other values.
   *
   * @throws IllegalArgumentException if {@code anzahl} exceeds 1,680
   */
  public static List<Messwert> viele(Gemeindeschluessel kommune, int anzahl, long offset) {
    List<Raumbezug> raeume = new ArrayList<>();
    raeume.add(Raumbezug.of(kommune));
    for (int s = 1; s <= 10; s++) {
      SozialraumId id = SozialraumId.of(kommune, "sr" + s);
      raeume.add(Raumbezug.of(SozialraumRef.of(id, 1)));
      if (s % 3 == 0) {
        raeume.add(Raumbezug.of(SozialraumRef.of(id, 2)));
      }
    }
    List<IndikatorRef> refs = List.of(SGB2_V1, SGB2_V2);
    int max = refs.size() * raeume.size() * 12 * AUFSCHLUESSELUNGEN.size();
    if (anzahl > max) {
      throw new IllegalArgumentException("viele() gives at most " + max + ", got " + anzahl);
    }
    List<Messwert> ergebnis = new ArrayList<>(anzahl);
    int i = 0;
    outer:
    for (IndikatorRef ref : refs) {
      for (Raumbezug raum : raeume) {
        for (int jahr = 2005; jahr < 2005 + 12; jahr++) {
          for (Aufschluesselung a : AUFSCHLUESSELUNGEN) {
            if (i == anzahl) {
              break outer;
            }
            ergebnis.add(
                messwert(
                    ref,
                    raum,
                    Periode.jahr(jahr),
                    a,
                    BigDecimal.valueOf(i % 97 + offset),
                    BigDecimal.valueOf(1000L + i),
                    ObsStatus.A,
                    ConfStatus.F));
            i++;
          }
        }
      }
    }
    return ImmutableList.copyOf(ergebnis);
  }

  /** {@code liste} shuffled by a generator seeded with {@code seed}. */
  public static <T> List<T> gemischt(List<T> liste, long seed) {
    List<T> kopie = new ArrayList<>(liste);
    Collections.shuffle(kopie, new Random(seed));
    return kopie;
  }
}
