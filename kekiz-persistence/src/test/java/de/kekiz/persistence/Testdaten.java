package de.kekiz.persistence;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.SozialraumBezug;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** Deterministic test data for the adapter's own tests: real keys, umlauts, edge values. */
final class Testdaten {

  static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");
  static final Gemeindeschluessel BOENEN = Gemeindeschluessel.parse("05978008");
  static final Gemeindeschluessel UNNA = Gemeindeschluessel.parse("05978036");
  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");

  static final SozialraumId AHLEN_INNENSTADT = SozialraumId.of(AHLEN, "innenstadt");
  static final SozialraumId AHLEN_SUED_OST = SozialraumId.of(AHLEN, "sued-ost");
  static final SozialraumId KOELN_ALTSTADT_SUED = SozialraumId.of(KOELN, "101");

  private Testdaten() {}

  /**
   * Ahlen with two versions of a Sozialraum, a hierarchy, geometry, umlauts, population, funding.
   */
  static Kommune ahlen() {
    Sozialraum innenstadt1 =
        new Sozialraum(
            AHLEN_INNENSTADT,
            1,
            "Innenstadt (alter Zuschnitt)",
            Sozialraumebene.STADTTEIL,
            null,
            Zeitraum.of(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)),
            "{\"type\":\"Point\",\"coordinates\":[7.8912345678901,51.7634]}",
            List.of(
                Bevoelkerungsstand.of(LocalDate.of(2015, 12, 31), Altersspanne.of(0, 2), 512),
                Bevoelkerungsstand.of(LocalDate.of(2015, 12, 31), Altersspanne.ab(80), 0)));
    Sozialraum innenstadt2 =
        Sozialraum.of(
                AHLEN_INNENSTADT,
                2,
                "Innenstadt",
                Sozialraumebene.STADTTEIL,
                Zeitraum.ab(LocalDate.of(2020, 1, 1)))
            .withGeometrie(
                "{\"type\":\"Polygon\",\"coordinates\":[[[7.89,51.76],[7.9,51.77],[7.89,51.76]]]}");
    Sozialraum suedOst =
        Sozialraum.of(
                AHLEN_SUED_OST,
                1,
                "Süd/Ost – Überm Bahnhof „Zeche Westfalen“ ß",
                Sozialraumebene.QUARTIER,
                Zeitraum.ab(LocalDate.of(2012, 1, 1)))
            .withUebergeordnet(AHLEN_INNENSTADT)
            .withBevoelkerung(
                List.of(
                    Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), 318),
                    Bevoelkerungsstand.of(
                        LocalDate.of(2023, 12, 31), Altersspanne.of(3, 5), 9_000_000_000L)));
    Programmteilnahme ausbau =
        new Programmteilnahme(
            Programm.KEKIZ,
            Programmteilnahme.PHASE_AUSBAU_2017,
            Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)),
            List.of(
                Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")),
                Foerderung.of(2017, Finanzierungsquelle.LAND, Geldbetrag.of("41.61")),
                Foerderung.of(2018, Finanzierungsquelle.ESF, Geldbetrag.of("30000"))),
            Stellenanteil.of("0.5"));
    Programmteilnahme kinderstark =
        Programmteilnahme.of(
            Programm.KINDERSTARK,
            Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
            Zeitraum.ab(LocalDate.of(2020, 1, 1)));
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .sozialraum(innenstadt1)
        .sozialraum(innenstadt2)
        .sozialraum(suedOst)
        .teilnahme(ausbau)
        .teilnahme(kinderstark)
        .bevoelkerungsstand(
            Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.unter(3), 1_402))
        .bevoelkerungsstand(
            Bevoelkerungsstand.of(LocalDate.of(2023, 12, 31), Altersspanne.ab(3), 51_000))
        .build();
  }

  static Kommune kreisUnna() {
    return Kommune.builder(KREIS_UNNA, "Kreis Unna", Kommunenart.KREIS).build();
  }

  static Kommune boenen() {
    return Kommune.builder(BOENEN, "Bönen", Kommunenart.KREISANGEHOERIGE_GEMEINDE).build();
  }

  static Kommune unna() {
    return Kommune.builder(UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT).build();
  }

  static Kommune koeln() {
    return Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
        .sozialraum(
            Sozialraum.of(
                KOELN_ALTSTADT_SUED,
                1,
                "Altstadt-Süd",
                Sozialraumebene.STADTTEIL,
                Zeitraum.ab(LocalDate.of(1975, 1, 1))))
        .build();
  }

  /** Aachen: kreisfrei by law inside the StädteRegion Aachen. */
  static Kommune aachen() {
    return Kommune.builder(AACHEN, "Aachen", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(true)
        .build();
  }

  static List<Kommune> kommunen() {
    return List.of(ahlen(), kreisUnna(), boenen(), unna(), koeln(), aachen());
  }

  // ---------------------------------------------------------------- Präventionskette

  /**
   * Ahlen's chain (core fixture) with {@code anzahl} Angebote, each as rich as the
   * Kooperationskalender.
   */
  static de.kekiz.domain.kette.Praeventionskette ketteMitAngeboten(int anzahl) {
    de.kekiz.domain.angebot.Angebot vorlage =
        de.kekiz.domain.angebot.AngebotFixtures.kooperationskalender();
    List<de.kekiz.domain.angebot.Angebot> angebote = new ArrayList<>();
    for (int i = 0; i < anzahl; i++) {
      angebote.add(
          de.kekiz.domain.angebot.Angebot.builder(
                  de.kekiz.domain.angebot.AngebotId.of("angebot-" + i),
                  vorlage.name() + " Nr. " + i,
                  vorlage.traeger())
              .beschreibung(vorlage.beschreibung())
              .standorte(vorlage.standorte())
              .zeitplaene(vorlage.zeitplaene().toArray(new de.kekiz.domain.angebot.Zeitplan[0]))
              .alter(vorlage.alter().orElse(null))
              .zugang(vorlage.zugang().orElse(null))
              .ebenen(vorlage.ebenen().toArray(new de.kekiz.domain.angebot.Praeventionsebene[0]))
              .lebensphasen(vorlage.lebensphasen().toArray(new String[0]))
              .handlungsfelder(vorlage.handlungsfelder().toArray(new String[0]))
              .uebergaenge(vorlage.uebergaenge().toArray(new String[0]))
              .sozialraeume(vorlage.sozialraeume())
              .finanzierung(vorlage.finanzierung().toArray(new String[0]))
              .zuletztGeprueft(vorlage.zuletztGeprueft().orElse(null))
              .url(vorlage.url().orElse(null))
              .email(vorlage.email().orElse(null))
              .build());
    }
    return de.kekiz.domain.kette.KetteFixtures.ahlenOhneAngeboteBuilder()
        .angebote(angebote)
        .build();
  }

  // ---------------------------------------------------------------- Messwerte

  static final IndikatorRef SGB2 = Indikatoren.sgb2QuoteU15Version2().ref();
  static final IndikatorRef BETREUUNG = Indikatoren.betreuungsquoteU3().ref();

  /** Messwerte with every kind of value: absent, tiny, huge, with breakdowns and status flags. */
  static List<Messwert> besondereMesswerte() {
    SozialraumBezug suedOst = new SozialraumBezug(SozialraumRef.of(AHLEN_SUED_OST, 1));
    KommuneBezug ahlen = new KommuneBezug(AHLEN);
    List<Messwert> m = new ArrayList<>();
    m.add(Messwert.of(SGB2, ahlen, Periode.jahr(2023), 1234, 5678));
    m.add(Messwert.of(SGB2, suedOst, Periode.jahr(2023), 300, 1000));
    m.add(
        new Messwert(
            SGB2,
            suedOst,
            Periode.jahr(2022),
            Aufschluesselung.of("geschlecht", "w"),
            new BigDecimal("0.000000000000000000000000000001"),
            new BigDecimal("123456789012345678901234567890.123456789"),
            ObsStatus.E,
            ConfStatus.F));
    m.add(
        new Messwert(
            SGB2,
            suedOst,
            Periode.jahr(2022),
            Aufschluesselung.of("geschlecht", "m").mit("staatsangehoerigkeit", "türkisch\tß\\x"),
            new BigDecimal("5E+40"),
            null,
            ObsStatus.P,
            ConfStatus.F));
    m.add(Messwert.fehlend(SGB2, ahlen, Periode.jahr(2021)));
    m.add(
        new Messwert(
            BETREUUNG,
            ahlen,
            Periode.schuljahr(2023),
            Aufschluesselung.INSGESAMT,
            null,
            new BigDecimal("1402"),
            ObsStatus.A,
            ConfStatus.A));
    m.add(
        new Messwert(
            BETREUUNG,
            ahlen,
            Periode.quartal(2023, 1),
            Aufschluesselung.INSGESAMT,
            new BigDecimal("2"),
            new BigDecimal("3"),
            ObsStatus.A,
            ConfStatus.C));
    m.add(Messwert.of(BETREUUNG, ahlen, Periode.jahr(2023), 600, 1402));
    m.add(Messwert.of(BETREUUNG, ahlen, Periode.monat(2023, 1), 601, 1402));
    m.add(Messwert.of(BETREUUNG, ahlen, Periode.halbjahr(2023, 1), 602, 1402));
    return m;
  }

  /**
   * {@code anzahl} distinct, valid Messwerte of {@code kommunen} (round robin), generated on demand
   * with a seeded random, so even millions need no memory.
   */
  static Iterator<Messwert> viele(long anzahl, long seed, Gemeindeschluessel... kommunen) {
    return new Iterator<>() {
      private final SplittableRandom zufall = new SplittableRandom(seed);
      private long n;

      @Override
      public boolean hasNext() {
        return n < anzahl;
      }

      @Override
      public Messwert next() {
        if (n >= anzahl) {
          throw new NoSuchElementException();
        }
        long i = n++;
        Gemeindeschluessel k = kommunen[(int) (i % kommunen.length)];
        long j = i / kommunen.length;
        int raum = (int) (j % 200);
        long rest = j / 200;
        int jahr = 2000 + (int) (rest % 25);
        long gruppe = rest / 25;
        SozialraumBezug bezug =
            new SozialraumBezug(SozialraumRef.of(SozialraumId.of(k, "sr" + raum), 1));
        long nenner = 100 + zufall.nextInt(10_000);
        return new Messwert(
            SGB2,
            bezug,
            Periode.jahr(jahr),
            gruppe == 0 ? Aufschluesselung.INSGESAMT : Aufschluesselung.of("gruppe", "g" + gruppe),
            BigDecimal.valueOf(zufall.nextInt((int) nenner)),
            BigDecimal.valueOf(nenner),
            ObsStatus.A,
            ConfStatus.F);
      }
    };
  }
}
