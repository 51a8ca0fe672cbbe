package de.kekiz.reporting.bericht;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Object mother for a Köln-sized report: the 86 real Stadtteile of Köln (names, population by age
 * group 2012 and OSM boundaries from the core test-jar's data, see its {@code QUELLEN.md}) under
 * their 9 Stadtbezirke, and <strong>synthetic</strong> Messwerte from a fixed seed: the catalogue
 * indicators plus numbered ones up to the number asked for, over the years asked for.
 *
 * <p>Values below 3 cases are marked CONF_STATUS A and the next smallest value of the same
 * indicator and period D, but keep their numbers (as a careless source would deliver them); the
 * report must drop them.
 */
public final class KoelnFixtures {

  public static final Gemeindeschluessel KOELN = Gemeindeschluessel.of("05315000");
  public static final LocalDate STICHTAG = LocalDate.of(2024, 6, 30);
  private static final LocalDate BEVOELKERUNG = LocalDate.of(2012, 12, 31);
  private static final String DATEN = "/de/kekiz/fixtures/daten/";
  private static final String[] BEZIRKE = {
    "Innenstadt", "Rodenkirchen", "Lindenthal", "Ehrenfeld", "Nippes", "Chorweiler", "Porz", "Kalk", "Mülheim"
  };
  private static final Map<String, Monitoringbericht> CACHE = new HashMap<>();

  private KoelnFixtures() {}

  /** The standard benchmark report: 86 Stadtteile, 50 indicators, 10 years (2014 to 2023). */
  public static synchronized Monitoringbericht koeln() {
    return koeln(50, 10);
  }

  /** A report of Köln with {@code indikatoren} indicators over {@code jahre} years up to 2023. */
  public static synchronized Monitoringbericht koeln(int indikatoren, int jahre) {
    return CACHE.computeIfAbsent(indikatoren + "/" + jahre, k -> baue(indikatoren, jahre));
  }

  /** The inputs of the report, before it is built (to measure building). */
  public static Monitoringbericht.Builder koelnBuilder(int indikatoren, int jahre) {
    Kommune koeln = kommune();
    List<Indikator> defs = indikatoren(indikatoren);
    return Monitoringbericht.builder(koeln, STICHTAG)
        .titel("Sozialräumliches Monitoring Köln 2024")
        .erstelltAm(LocalDate.of(2024, 9, 1))
        .leitbild(leitbild())
        .kette(kette())
        .indikatoren(defs)
        .messwerte(messwerte(koeln, defs, jahre));
  }

  private static Monitoringbericht baue(int indikatoren, int jahre) {
    return koelnBuilder(indikatoren, jahre).build();
  }

  // ---------------------------------------------------------------- Kommune

  /** Köln with its 9 Stadtbezirke and 86 Stadtteile (with population 2012 and geometry). */
  public static Kommune kommune() {
    Map<String, String> geometrie = geometrien();
    Kommune.Builder b =
        Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
            .teilnahme(Programmteilnahme.of(Programm.KEKIZ, Programmteilnahme.PHASE_AUSBAU_2017,
                Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31))))
            .teilnahme(Programmteilnahme.of(Programm.KINDERSTARK, Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
                Zeitraum.ab(LocalDate.of(2020, 1, 1))));
    Zeitraum gueltig = Zeitraum.ab(LocalDate.of(2000, 1, 1));
    for (int i = 0; i < BEZIRKE.length; i++) {
      b.sozialraum(Sozialraum.of(SozialraumId.of(KOELN, Integer.toString(i + 1)), 1, BEZIRKE[i],
          Sozialraumebene.STADTBEZIRK, gueltig));
    }
    for (String[] z : csv()) {
      String nr = z[0];
      List<Bevoelkerungsstand> bev = new ArrayList<>();
      String[] gruppen = {"0-2", "3-5", "6-14", "15-17", "18-20", "21-34", "35-59", "60-64", "65-74", "75-79", "80+"};
      for (int g = 0; g < gruppen.length; g++) {
        bev.add(Bevoelkerungsstand.of(BEVOELKERUNG, Altersspanne.parse(gruppen[g]), Long.parseLong(z[3 + g].trim())));
      }
      b.sozialraum(Sozialraum.of(SozialraumId.of(KOELN, nr), 1, z[1], Sozialraumebene.STADTTEIL, gueltig)
          .withUebergeordnet(SozialraumId.of(KOELN, nr.substring(0, 1)))
          .withGeometrie(geometrie.get(nr))
          .withBevoelkerung(bev));
    }
    return b.build();
  }

  private static List<String[]> csv() {
    List<String[]> zeilen = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(KoelnFixtures.class.getResourceAsStream(DATEN + "koeln_altersgruppen_stadtteil_2012.csv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          zeilen.add(line.split(","));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zeilen;
  }

  private static Map<String, String> geometrien() {
    try (InputStream in = Objects.requireNonNull(KoelnFixtures.class.getResourceAsStream(DATEN + "koeln_stadtteile_osm_100.geojson"))) {
      JsonNode fc = new ObjectMapper().readTree(in);
      Map<String, String> m = new HashMap<>();
      for (JsonNode f : fc.get("features")) {
        m.put(f.get("properties").get("ref").asText(), f.get("geometry").toString());
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- indicators

  /** The catalogue's indicators plus numbered synthetic ones, {@code anzahl} keys in all. */
  public static List<Indikator> indikatoren(int anzahl) {
    List<Indikator> katalog = List.of(
        Indikatoren.sgb2QuoteU15Version1(), Indikatoren.sgb2QuoteU15Version2(), Indikatoren.betreuungsquoteU3(),
        Indikatoren.seuSprache(), Indikatoren.seuKoerperkoordination(), Indikatoren.seuUebergewicht(),
        Indikatoren.seuAdipositas(), Indikatoren.seuVisuomotorik(), Indikatoren.u8U9Teilnahme(),
        Indikatoren.masernImpfung(), Indikatoren.hzeEckwert(), Indikatoren.uebergangsquoteGymnasium());
    List<Indikator> ergebnis = new ArrayList<>();
    Map<IndikatorKey, Boolean> keys = new LinkedHashMap<>();
    for (Indikator i : katalog) {
      if (keys.size() < anzahl || keys.containsKey(i.key())) {
        keys.put(i.key(), true);
        ergebnis.add(i);
      }
    }
    Polaritaet[] pol = {Polaritaet.HOEHER_IST_SCHLECHTER, Polaritaet.HOEHER_IST_BESSER, Polaritaet.NEUTRAL};
    for (int n = 1; keys.size() < anzahl; n++) {
      IndikatorKey key = IndikatorKey.of(String.format(java.util.Locale.ROOT, "kennzahl-%02d", n));
      keys.put(key, true);
      ergebnis.add(Indikator.builder(key, 1)
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

  // ---------------------------------------------------------------- Messwerte

  private static List<Messwert> messwerte(Kommune koeln, List<Indikator> defs, int jahre) {
    Random zufall = new Random(20240630L);
    List<Sozialraum> teile = koeln.sozialraeume().stream().filter(s -> s.ebene() == Sozialraumebene.STADTTEIL).toList();
    double[] lage = new double[teile.size()];
    for (int s = 0; s < teile.size(); s++) {
      lage[s] = Math.exp(0.45 * zufall.nextGaussian()); // deprivation of the Stadtteil
    }
    Map<IndikatorKey, List<Indikator>> versionen = new LinkedHashMap<>();
    for (Indikator i : defs) {
      versionen.computeIfAbsent(i.key(), k -> new ArrayList<>()).add(i);
    }
    List<Messwert> m = new ArrayList<>();
    int nr = 0;
    for (List<Indikator> vs : versionen.values()) {
      nr++;
      Indikator erste = vs.get(0);
      double basis = erste.key().toString().startsWith("kennzahl") ? 0.002 + 0.3 * zufall.nextDouble() : 0.05 + 0.25 * zufall.nextDouble();
      if (erste.faktor().intValue() == 10000) {
        basis = 0.03;
      }
      double richtung = erste.polaritaet() == Polaritaet.HOEHER_IST_BESSER ? -1 : 1;
      double drift = 0.02 * zufall.nextGaussian();
      for (int j = 0; j < jahre; j++) {
        int jahr = 2023 - jahre + 1 + j;
        Periode p = erste.periodizitaet() == Periodizitaet.SCHULJAHR ? Periode.schuljahr(jahr) : Periode.jahr(jahr);
        Indikator def = vs.stream().filter(v -> v.gilt(p)).findFirst().orElse(null);
        if (def == null) {
          continue;
        }
        long kz = 0;
        long kn = 0;
        long[] zaehler = new long[teile.size()];
        long[] nenner = new long[teile.size()];
        for (int s = 0; s < teile.size(); s++) {
          Sozialraum t = teile.get(s);
          long kinder = t.einwohner(BEVOELKERUNG, Altersspanne.of(0, 14)).orElse(1000);
          long basisNenner = erste.faktor().intValue() == 10000 ? t.einwohner(BEVOELKERUNG, Altersspanne.of(0, 20)).orElse(1000)
              : erste.key().equals(Indikatoren.BETREUUNGSQUOTE_U3) ? t.einwohner(BEVOELKERUNG, Altersspanne.of(0, 2)).orElse(300)
              : erste.periodizitaet() == Periodizitaet.SCHULJAHR ? Math.max(1, t.einwohner(BEVOELKERUNG, Altersspanne.of(3, 5)).orElse(300) / 3)
              : kinder;
          long n = Math.max(1, Math.round(basisNenner * (1 + 0.01 * j + 0.02 * zufall.nextGaussian())));
          double rate = basis * Math.pow(lage[s], richtung) * (1 + drift * j) * (1 + 0.05 * zufall.nextGaussian());
          long z = Math.max(0, Math.min(n, Math.round(n * Math.min(0.95, Math.max(0, rate)))));
          zaehler[s] = z;
          nenner[s] = n;
          kz += z;
          kn += n;
        }
        int klein = -1;
        for (int s = 0; s < teile.size(); s++) {
          if (zaehler[s] < 3 && (klein < 0 || zaehler[s] > zaehler[klein])) {
            klein = s;
          }
        }
        int zweite = -1;
        if (klein >= 0) {
          for (int s = 0; s < teile.size(); s++) {
            if (zaehler[s] >= 3 && (zweite < 0 || zaehler[s] < zaehler[zweite])) {
              zweite = s;
            }
          }
        }
        for (int s = 0; s < teile.size(); s++) {
          Messwert w = Messwert.of(def.ref(), Raumbezug.of(teile.get(s).ref()), p, zaehler[s], nenner[s]);
          if (zaehler[s] < 3) {
            w = w.withConfStatus(ConfStatus.A);
          } else if (s == zweite) {
            w = w.withConfStatus(ConfStatus.D);
          }
          m.add(w);
        }
        m.add(Messwert.of(def.ref(), Raumbezug.of(KOELN), p, kz, kn));
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- Leitbild and chain

  private static Leitbild leitbild() {
    SozialraumId chorweiler = SozialraumId.of(KOELN, "601");
    return Leitbild.builder(KOELN, 1, "Leitbild kinderstark Köln")
        .beschlossen(LocalDate.of(2018, 3, 20), "Rat der Stadt Köln")
        .leitlinien(Praeventionsleitlinie.UNGLEICHES_UNGLEICH_BEHANDELN, Praeventionsleitlinie.ELTERN_STAERKEN_KINDER_STAERKEN,
            Praeventionsleitlinie.MULTIPROFESSIONELLE_ZUSAMMENARBEIT)
        .leitziel(Leitziel.of("1", "Gutes Aufwachsen von Anfang an",
            new Handlungsziel("1.1", "Mehr Kinder unter drei Jahren in Betreuung",
                List.of(Indikatoren.BETREUUNGSQUOTE_U3),
                List.of(Zielwert.of(Indikatoren.BETREUUNGSQUOTE_U3, "45", Zielrichtung.MINDESTENS, LocalDate.of(2025, 3, 1)))),
            new Handlungsziel("1.2", "Gute Sprache zum Schulstart", List.of(Indikatoren.SEU_SPRACHE),
                List.of(Zielwert.of(Indikatoren.SEU_SPRACHE, "20", Zielrichtung.HOECHSTENS, LocalDate.of(2025, 7, 31))
                    .imSozialraum(chorweiler)))))
        .leitziel(Leitziel.of("2", "Teilhabe trotz Armut",
            new Handlungsziel("2.1", "Kinderarmut senken", List.of(Indikatoren.SGB2_QUOTE_U15),
                List.of(Zielwert.of(Indikatoren.SGB2_QUOTE_U15, "15", Zielrichtung.HOECHSTENS, LocalDate.of(2025, 12, 31)),
                    Zielwert.of(Indikatoren.SGB2_QUOTE_U15, "25", Zielrichtung.HOECHSTENS, LocalDate.of(2025, 12, 31))
                        .imSozialraum(chorweiler)))))
        .build();
  }

  private static Praeventionskette kette() {
    Random zufall = new Random(86L);
    List<Akteur> akteure = List.of(
        Akteur.of(AkteurId.of("koeln-jugendamt"), "Stadt Köln – Amt für Kinder, Jugend und Familie", Akteursart.JUGENDAMT, "jugendhilfe"),
        Akteur.of(AkteurId.of("koeln-gesundheitsamt"), "Stadt Köln – Gesundheitsamt", Akteursart.GESUNDHEITSAMT, "gesundheit"),
        Akteur.of(AkteurId.of("koeln-schulamt"), "Stadt Köln – Amt für Schulentwicklung", Akteursart.VERWALTUNG, "bildung"),
        Akteur.of(AkteurId.of("jobcenter-koeln"), "Jobcenter Köln", Akteursart.JOBCENTER, "arbeit"),
        Akteur.of(AkteurId.of("traeger-verbund"), "Trägerverbund Familienzentren (synthetisch)", Akteursart.FREIER_TRAEGER, "jugendhilfe", "soziales"));
    List<Lebensphase> phasen = Lebensphase.standard();
    List<Handlungsfeld> felder = Handlungsfeld.standard();
    List<Uebergang> uebergaenge = Uebergang.standard(phasen);
    List<String> stadtteile = csv().stream().map(z -> z[0]).toList();
    List<Angebot> angebote = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      Lebensphase p = phasen.get(zufall.nextInt(phasen.size() - 1));
      Handlungsfeld f = felder.get(zufall.nextInt(4));
      Akteur a = akteure.get(zufall.nextInt(akteure.size()));
      Angebot.Builder b = Angebot.builder(AngebotId.of(String.format(java.util.Locale.ROOT, "angebot-%02d", i)),
              "Angebot " + i + ": " + f.name() + " " + p.name(), a.id())
          .beschreibung("Synthetisches Angebot für den Bericht.")
          .ebenen(Praeventionsebene.values()[zufall.nextInt(3)])
          .lebensphasen(p.key())
          .handlungsfelder(f.key())
          .sozialraeume(SozialraumId.of(KOELN, stadtteile.get(zufall.nextInt(stadtteile.size()))))
          .status(i % 9 == 0 ? AngebotStatus.INAKTIV : AngebotStatus.AKTIV)
          .zuletztGeprueft(LocalDate.of(2024, 1 + zufall.nextInt(6), 1));
      if (i % 3 == 0) {
        Uebergang u = uebergaenge.stream().filter(x -> x.vonPhase().equals(p.key())).findFirst().orElse(null);
        if (u != null && !u.key().startsWith("grundschule")) {
          b.uebergaenge(u.key());
        }
      }
      if (i % 4 == 0) {
        b.kapazitaet(Kapazitaet.of(10 + i, "Plätze"));
      }
      angebote.add(b.build());
    }
    return Praeventionskette.builder(KOELN).akteure(akteure).angebote(angebote).build();
  }
}
