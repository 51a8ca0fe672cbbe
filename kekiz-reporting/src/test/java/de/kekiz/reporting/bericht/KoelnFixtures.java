package de.kekiz.reporting.bericht;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Object mother for a Köln-sized report, built on {@link KekizFixtures#koeln()} (the real 86
 * Stadtteile under 9 Stadtbezirke with population and OSM geometry, the synthetic Leitbild,
 * Präventionskette and the standard indicators 2015 to 2024) and widened with
 * <strong>synthetic</strong> numbered indicators ({@code kennzahl-01}, …) for the Stadtteile from a
 * fixed seed, up to the number of indicators asked for.
 *
 * <p>Small numbers: the Messwerte are protected by {@link Geheimhaltung} with the standard rules
 * (primary suppression A, secondary suppression D), as a report's input should be.
 */
public final class KoelnFixtures {

  /** The reference date of the report. */
  public static final LocalDate STICHTAG = LocalDate.of(2025, 6, 30);

  private static final LocalDate BEVOELKERUNG = LocalDate.of(2012, 12, 31);
  private static final int LETZTES_JAHR = 2024;
  private static final Map<String, Monitoringbericht> CACHE = new HashMap<>();

  private KoelnFixtures() {}

  /** The benchmark report: 86 Stadtteile, 50 indicators, 10 years (2015 to 2024). */
  public static synchronized Monitoringbericht koeln() {
    return koeln(50, 10);
  }

  /** A report of Köln with {@code indikatoren} indicators over the last {@code jahre} years. */
  public static synchronized Monitoringbericht koeln(int indikatoren, int jahre) {
    return CACHE.computeIfAbsent(
        indikatoren + "/" + jahre,
        k ->
            Monitoringbericht.builder(koelnTeil(indikatoren, jahre))
                .titel("Sozialräumliches Monitoring Köln 2025")
                .erstelltAm(LocalDate.of(2025, 9, 1))
                .datenschutzhinweis(
                    Monitoringbericht.datenschutzhinweis(Geheimhaltungsregeln.standard()))
                .build());
  }

  /** The release part of the report, computed anew (to measure the computation). */
  public static Berichtsteil koelnTeil(int indikatoren, int jahre) {
    return koelnTeil(indikatoren, jahre, Veroeffentlichungsauftrag.am(STICHTAG));
  }

  /** The release part of the report with the order {@code auftrag}. */
  public static Berichtsteil koelnTeil(
      int indikatoren, int jahre, Veroeffentlichungsauftrag auftrag) {
    Beispielkommune basis = KekizFixtures.koeln();
    int erstesJahr = LETZTES_JAHR - jahre + 1;
    Set<IndikatorKey> keys = new LinkedHashSet<>();
    List<Indikator> defs = new ArrayList<>();
    for (Indikator i : basis.indikatoren()) {
      if (keys.contains(i.key()) || keys.size() < indikatoren) {
        keys.add(i.key());
        defs.add(i);
      }
    }
    List<Messwert> messwerte = new ArrayList<>();
    for (Messwert m : basis.messwerte()) {
      if (keys.contains(m.indikator().key())
          && m.periode().beginn().getYear() >= erstesJahr
          && !m.periode().beginn().isAfter(LocalDate.of(LETZTES_JAHR, 12, 31))) {
        messwerte.add(m);
      }
    }
    List<Indikator> synthetisch = synthetischeIndikatoren(indikatoren - keys.size());
    defs.addAll(synthetisch);
    messwerte.addAll(synthetischeMesswerte(basis.kommune(), synthetisch, erstesJahr));
    return Berichtsdaten.teil(
        basis.kommune(), basis.leitbild(), basis.kette(), defs, messwerte, auftrag);
  }

  /** {@code anzahl} synthetic yearly shares of children under 15, numbered from 1. */
  static List<Indikator> synthetischeIndikatoren(int anzahl) {
    Polaritaet[] pol = {
      Polaritaet.HOEHER_IST_SCHLECHTER, Polaritaet.HOEHER_IST_BESSER, Polaritaet.NEUTRAL
    };
    List<Indikator> ergebnis = new ArrayList<>();
    for (int n = 1; n <= anzahl; n++) {
      ergebnis.add(
          Indikator.builder(IndikatorKey.of(String.format(Locale.ROOT, "kennzahl-%02d", n)), 1)
              .gueltigkeit(Zeitraum.ab(LocalDate.of(2000, 1, 1)))
              .name("Kennzahl " + n + " (synthetisch)")
              .zaehlerDefinition("Kinder unter 15 Jahren mit Merkmal " + n)
              .nennerDefinition("Kinder unter 15 Jahren")
              .faktor(100)
              .einheit("%")
              .anteil(true)
              .polaritaet(pol[n % 3])
              .quelle("synthetisch (kekiz-Testdaten, Seed " + n + ")")
              .ebene(RaeumlicheEbene.SOZIALRAUM)
              .periodizitaet(Periodizitaet.JAEHRLICH)
              .build());
    }
    return ergebnis;
  }

  private static List<Messwert> synthetischeMesswerte(
      Kommune koeln, List<Indikator> defs, int erstesJahr) {
    Random zufall = new Random(20250630L);
    List<Sozialraum> teile =
        koeln.sozialraeume().stream().filter(s -> s.ebene() == Sozialraumebene.STADTTEIL).toList();
    double[] lage = new double[teile.size()];
    for (int s = 0; s < teile.size(); s++) {
      lage[s] = StrictMath.exp(0.45 * zufall.nextGaussian());
    }
    List<Messwert> m = new ArrayList<>();
    for (Indikator def : defs) {
      double basis = 0.002 + 0.3 * zufall.nextDouble();
      double richtung = def.polaritaet() == Polaritaet.HOEHER_IST_BESSER ? -1 : 1;
      double drift = 0.02 * zufall.nextGaussian();
      for (int jahr = erstesJahr; jahr <= LETZTES_JAHR; jahr++) {
        int j = jahr - erstesJahr;
        Periode p = Periode.jahr(jahr);
        long kz = 0;
        long kn = 0;
        for (int s = 0; s < teile.size(); s++) {
          Sozialraum t = teile.get(s);
          long kinder = t.einwohner(BEVOELKERUNG, Altersspanne.of(0, 14)).orElse(1000);
          long n = Math.max(1, Math.round(kinder * (1 + 0.01 * j + 0.02 * zufall.nextGaussian())));
          double rate =
              basis
                  * StrictMath.pow(lage[s], richtung)
                  * (1 + drift * j)
                  * (1 + 0.05 * zufall.nextGaussian());
          long z = Math.max(0, Math.min(n, Math.round(n * Math.min(0.95, Math.max(0, rate)))));
          m.add(Messwert.of(def.ref(), Raumbezug.of(t.ref()), p, z, n));
          kz += z;
          kn += n;
        }
        m.add(Messwert.of(def.ref(), Raumbezug.of(koeln.schluessel()), p, kz, kn));
      }
    }
    return m;
  }
}
