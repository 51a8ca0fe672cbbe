package de.kekiz.monitoring.veroeffentlichung;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kette.KetteFixtures;
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
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Object mother for the figures of a report: a small one of Ahlen (four Sozialräume, five
 * indicators over ten periods, the Leitbild and the Präventionskette of the core fixtures) with two
 * suppressed values whose numbers are chosen so that no other figure of the report looks like them.
 *
 * <p>The suppressed values: SGB-II-Quote 2021 in Vorhelm, 7777 of 8111 (95,88 %), marked A
 * (primary); Betreuungsquote U3 2021 in Nord, 6666 of 9999 (66,67 %), marked D (secondary). The
 * Messwerte keep their numbers, as a careless source would deliver them: the release must drop
 * them. Every other value is a whole percentage between 10 and 45.
 */
public final class Berichtsdaten {

  public static final Gemeindeschluessel AHLEN = KetteFixtures.AHLEN;
  public static final SozialraumId INNENSTADT = SozialraumId.of(AHLEN, "innenstadt");
  public static final SozialraumId SUED_OST = SozialraumId.of(AHLEN, "sued-ost");
  public static final SozialraumId NORD = SozialraumId.of(AHLEN, "nord");
  public static final SozialraumId VORHELM = SozialraumId.of(AHLEN, "vorhelm");
  public static final LocalDate STICHTAG = LocalDate.of(2022, 6, 30);
  public static final LocalDate ERSTELLT = LocalDate.of(2022, 9, 1);

  /**
   * The strings a document must never contain: the suppressed numbers as German text (the point
   * spellings {@code 95.9} and {@code 66.7} are left out, as SVG coordinates may take them).
   */
  public static final List<String> GESPERRTE_ZAHLEN =
      List.of(
          "7777", "7.777", "8111", "8.111", "95,9", "95,88", "6666", "6.666", "9999", "9.999",
          "66,7", "66,67");

  private Berichtsdaten() {}

  /** Ahlen with four Sozialräume, each with a small square as GeoJSON polygon. */
  public static Kommune ahlenKommune(String suedOstName) {
    Kommune.Builder b =
        Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .teilnahme(
                Programmteilnahme.of(
                        Programm.KEKIZ,
                        Programmteilnahme.PHASE_AUSBAU_2017,
                        Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)))
                    .withFoerderung(
                        Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")))
                    .withFoerderung(
                        Foerderung.of(2018, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39")))
                    .withKoordination(Stellenanteil.of("0.5")));
    String[][] raeume = {
      {"innenstadt", "Innenstadt"},
      {"sued-ost", suedOstName},
      {"nord", "Nord"},
      {"vorhelm", "Vorhelm"}
    };
    for (int i = 0; i < raeume.length; i++) {
      double lon = 7.86 + (i % 2) * 0.04;
      double lat = 51.74 + (i / 2) * 0.03;
      b.sozialraum(
          Sozialraum.of(
                  SozialraumId.of(AHLEN, raeume[i][0]),
                  1,
                  raeume[i][1],
                  Sozialraumebene.STADTTEIL,
                  Zeitraum.ab(LocalDate.of(2010, 1, 1)))
              .withGeometrie(quadrat(lon, lat, 0.04, 0.03)));
    }
    return b.build();
  }

  private static String quadrat(double lon, double lat, double b, double h) {
    String[] x = {k(lon), k(lon + b)};
    String[] y = {k(lat), k(lat + h)};
    return "{\"type\":\"Polygon\",\"coordinates\":[[["
        + x[0]
        + ","
        + y[0]
        + "],["
        + x[1]
        + ","
        + y[0]
        + "],["
        + x[1]
        + ","
        + y[1]
        + "],["
        + x[0]
        + ","
        + y[1]
        + "],["
        + x[0]
        + ","
        + y[0]
        + "]]]}";
  }

  /** A coordinate with three decimals (no binary rounding noise such as 7.8999999999999995). */
  private static String k(double grad) {
    return String.format(java.util.Locale.ROOT, "%.3f", grad);
  }

  /** The Leitbild: a goal for the Kommune and one for Süd/Ost, both on indicators with data. */
  public static Leitbild ahlenLeitbild(String titel) {
    Zielwert u3 =
        Zielwert.of(
                Indikatoren.BETREUUNGSQUOTE_U3,
                "40",
                Zielrichtung.MINDESTENS,
                LocalDate.of(2022, 3, 1))
            .withAusgangswert("30");
    Zielwert armut =
        Zielwert.of(
                Indikatoren.SGB2_QUOTE_U15,
                "20",
                Zielrichtung.HOECHSTENS,
                LocalDate.of(2022, 12, 31))
            .imSozialraum(SUED_OST);
    Zielwert vorhelm =
        Zielwert.of(
                Indikatoren.SGB2_QUOTE_U15,
                "20",
                Zielrichtung.HOECHSTENS,
                LocalDate.of(2022, 12, 31))
            .imSozialraum(VORHELM);
    return Leitbild.builder(AHLEN, 1, titel)
        .beschlossen(LocalDate.of(2016, 5, 26), "Rat der Stadt Ahlen")
        .leitlinien(
            Praeventionsleitlinie.UNGLEICHES_UNGLEICH_BEHANDELN,
            Praeventionsleitlinie.UEBERGAENGE_FLIESSEND_GESTALTEN)
        .leitziel(
            Leitziel.of(
                "1",
                "Alle Kinder wachsen gut auf",
                new Handlungsziel(
                    "1.1",
                    "Mehr Kinder unter drei Jahren in Betreuung",
                    List.of(Indikatoren.BETREUUNGSQUOTE_U3),
                    List.of(u3))))
        .leitziel(
            Leitziel.of(
                "2",
                "Teilhabe trotz Armut",
                new Handlungsziel(
                    "2.1",
                    "Kinderarmut in Süd/Ost und Vorhelm senken",
                    List.of(Indikatoren.SGB2_QUOTE_U15),
                    List.of(armut, vorhelm))))
        .build();
  }

  /** The indicator definitions of the small report. */
  public static List<Indikator> indikatoren() {
    return List.of(
        Indikatoren.sgb2QuoteU15Version1(),
        Indikatoren.sgb2QuoteU15Version2(),
        Indikatoren.betreuungsquoteU3(),
        Indikatoren.seuSprache(),
        Indikatoren.hzeEckwert());
  }

  /**
   * The Messwerte: 2012 to 2021 (school years 2012/13 to 2021/22) for the Kommune and each
   * Sozialraum; whole percentages; the two suppressed values described in the class comment, with
   * {@code confStatus} for the SGB-II one (A, or F to publish it for a control test).
   */
  public static List<Messwert> messwerte(ConfStatus sgb2Vorhelm, ConfStatus u3Nord) {
    List<Messwert> m = new ArrayList<>();
    List<SozialraumId> raeume = List.of(INNENSTADT, SUED_OST, NORD, VORHELM);
    for (int jahr = 2012; jahr <= 2021; jahr++) {
      int j = jahr - 2012;
      Indikator sgb2 =
          jahr <= 2015 ? Indikatoren.sgb2QuoteU15Version1() : Indikatoren.sgb2QuoteU15Version2();
      long kz = 0;
      long kn = 0;
      for (int r = 0; r < raeume.size(); r++) {
        long nenner = 1000;
        long zaehler = 10L * (14 + 5 * r + (j % 3)); // 14..30 %
        Messwert w =
            Messwert.of(
                sgb2.ref(),
                Raumbezug.of(SozialraumRef.of(raeume.get(r), 1)),
                Periode.jahr(jahr),
                zaehler,
                nenner);
        if (jahr == 2021 && raeume.get(r).equals(VORHELM)) {
          w =
              w.withWerten(BigDecimal.valueOf(7777), BigDecimal.valueOf(8111))
                  .withConfStatus(sgb2Vorhelm);
        }
        m.add(w);
        kz += zaehler;
        kn += nenner;
      }
      m.add(Messwert.of(sgb2.ref(), Raumbezug.of(AHLEN), Periode.jahr(jahr), kz, kn));

      Indikator u3 = Indikatoren.betreuungsquoteU3();
      for (int r = 0; r < raeume.size(); r++) {
        long zaehler = 200L + 10 * r + 10 * j; // 20..41 % of 1000
        Messwert w =
            Messwert.of(
                u3.ref(),
                Raumbezug.of(SozialraumRef.of(raeume.get(r), 1)),
                Periode.jahr(jahr),
                zaehler,
                1000);
        if (jahr == 2021 && raeume.get(r).equals(NORD)) {
          w =
              w.withWerten(BigDecimal.valueOf(6666), BigDecimal.valueOf(9999))
                  .withConfStatus(u3Nord);
        }
        m.add(w);
      }
      m.add(Messwert.of(u3.ref(), Raumbezug.of(AHLEN), Periode.jahr(jahr), 250L + 10 * j, 1000));

      Indikator seu = Indikatoren.seuSprache();
      for (int r = 0; r < raeume.size(); r++) {
        Messwert w =
            Messwert.of(
                seu.ref(),
                Raumbezug.of(SozialraumRef.of(raeume.get(r), 1)),
                Periode.schuljahr(jahr),
                20L + 3 * r + (j % 4),
                100);
        if (jahr == 2020) {
          w = w.withObsStatus(ObsStatus.P);
        }
        m.add(w);
      }
      m.add(Messwert.of(seu.ref(), Raumbezug.of(AHLEN), Periode.schuljahr(jahr), 100L + j, 400));

      Indikator hze = Indikatoren.hzeEckwert();
      m.add(Messwert.of(hze.ref(), Raumbezug.of(AHLEN), Periode.jahr(jahr), 300L + 2 * j, 10000));
    }
    return m;
  }

  /** The part of a one-Kommune release of {@code kommune} with the order {@code auftrag}. */
  public static Berichtsteil teil(
      Kommune kommune,
      Leitbild leitbild,
      de.kekiz.domain.kette.Praeventionskette kette,
      List<Indikator> indikatoren,
      List<Messwert> messwerte,
      Veroeffentlichungsauftrag auftrag) {
    return new Veroeffentlichungsrechnung(auftrag)
        .berechne(
            List.of(
                new Veroeffentlichungsrechnung.Eingabe(kommune, messwerte, leitbild, kette, true)),
            indikatoren)
        .teile()
        .get(0);
  }

  /** The part of a one-Kommune release of fixture {@code b} at {@code stichtag}, default order. */
  public static Berichtsteil teil(de.kekiz.fixtures.Beispielkommune b, LocalDate stichtag) {
    return teil(
        b.kommune(),
        b.leitbild(),
        b.kette(),
        b.indikatoren(),
        b.messwerte(),
        Veroeffentlichungsauftrag.am(stichtag));
  }

  /** The small Ahlen release: both values suppressed as described in the class comment. */
  public static Berichtsteil ahlen(Veroeffentlichungsauftrag auftrag) {
    return ahlen("Süd/Ost", "Leitbild Präventionskette Ahlen", ConfStatus.A, ConfStatus.D, auftrag);
  }

  /** The small Ahlen release with the names and statuses given. */
  public static Berichtsteil ahlen(
      String suedOst,
      String leitbildTitel,
      ConfStatus sgb2Vorhelm,
      ConfStatus u3Nord,
      Veroeffentlichungsauftrag auftrag) {
    return teil(
        ahlenKommune(suedOst),
        ahlenLeitbild(leitbildTitel),
        KetteFixtures.ahlen(),
        indikatoren(),
        messwerte(sgb2Vorhelm, u3Nord),
        auftrag);
  }

  /** A Sozialraum name that breaks unescaped HTML. */
  public static final String BOESER_NAME = "Süd <script>alert(\"x\")</script> & Ost";

  /** The default order of the small report: reference date {@link #STICHTAG}. */
  public static Veroeffentlichungsauftrag auftrag() {
    return Veroeffentlichungsauftrag.am(STICHTAG);
  }
}
