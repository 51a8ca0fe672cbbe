package de.kekiz.benchmark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.SozialraumBezug;
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
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.verteilung.Anspruch;
import de.kekiz.monitoring.verteilung.Verteilung;
import de.kekiz.monitoring.verteilung.Zuteilung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A synthetic, NRW-scale monitoring data set, generated Kommune by Kommune from a fixed seed so
 * that the whole Land is never in memory: 22 kreisfreie Städte (100 Stadtteile in 10 Stadtbezirke
 * each) and 31 Kreise with 12 Gemeinden each (flat Stadtteile), {@code sozialraeume} Stadtteile in
 * all, {@code indikatoren} yearly share indicators (the first one with a definition change), {@code
 * jahre} years. Every tenth Kommune had a boundary change of its first Stadtteil. Values below 3
 * are flagged as suppressed (CONF_STATUS A); about 1 in 1,000 is missing. Every Stadtteil has
 * population figures by age group, every Kommune a Leitbild with two Zielwerte and a
 * Präventionskette with one Angebot per Stadtteil.
 *
 * <p>The figures are random and mean nothing. Keys look like NRW keys but are made up.
 */
public final class NrwDatensatz {

  /** The first year of the data. */
  public static final int ERSTES_JAHR = 2015;

  private static final int KREISFREIE = 22;
  private static final int KREISE = 31;
  private static final int GEMEINDEN_JE_KREIS = 12;
  private static final int BEZIRKE_JE_STADT = 10;
  private static final LocalDate ANFANG = LocalDate.of(2000, 1, 1);
  private static final LocalDate WECHSEL = LocalDate.of(2020, 1, 1);
  private static final List<Altersspanne> ALTERSGRUPPEN =
      List.of(
          Altersspanne.of(0, 0),
          Altersspanne.of(1, 5),
          Altersspanne.of(6, 9),
          Altersspanne.of(10, 15),
          Altersspanne.of(16, 17),
          Altersspanne.of(18, 24));

  private final long seed;
  private final int jahre;
  private final ImmutableList<Indikator> indikatoren;
  private final ImmutableList<Plan> plaene;
  private final long messwerte;

  /** The plan of one Kommune. */
  private record Plan(
      int nummer,
      Gemeindeschluessel ags,
      String name,
      Kommunenart art,
      boolean kreisfrei,
      Kreisschluessel kreis,
      Gemeindeschluessel jugendamt,
      int stadtteile) {}

  /**
   * A data set of {@code sozialraeume} Stadtteile (at least 394: one per Kommune; 5 per Kommune at
   * least if there are enough), {@code indikatoren} indicators (at least 2) and {@code jahre} years
   * (at least 4), from {@code seed}.
   */
  public NrwDatensatz(long seed, int sozialraeume, int indikatoren, int jahre) {
    if (indikatoren < 2 || jahre < 4 || sozialraeume < 394) {
      throw new IllegalArgumentException(
          "needs at least 394 Sozialräume (one per Kommune), 2 indicators and 4 years");
    }
    this.seed = seed;
    this.jahre = jahre;
    this.indikatoren = indikatoren(indikatoren);
    this.plaene = plaene(seed, sozialraeume);
    long n = 0;
    for (Plan p : plaene) {
      n += (long) p.stadtteile() * indikatoren * jahre;
    }
    this.messwerte = n;
  }

  /** The NRW-scale set of the benchmark: 10,000 Stadtteile, 50 indicators, 10 years. */
  public static NrwDatensatz nrw() {
    return new NrwDatensatz(20_240_101L, 10_000, 50, 10);
  }

  /** Every indicator definition (all versions). */
  public ImmutableList<Indikator> indikatoren() {
    return indikatoren;
  }

  /** The number of Kommunen with data (Gemeinden and kreisfreie Städte). */
  public int anzahlKommunen() {
    return plaene.size();
  }

  /** The number of Messwerte all Kommunen together yield. */
  public long anzahlMesswerte() {
    return messwerte;
  }

  /** The keys of every Gemeinde (the Land's full set, for complete Kreis and Land sums). */
  public ImmutableList<Gemeindeschluessel> gemeinden() {
    return plaene.stream().map(Plan::ags).collect(ImmutableList.toImmutableList());
  }

  /** The last year of the data. */
  public int letztesJahr() {
    return ERSTES_JAHR + jahre - 1;
  }

  /** The keys of the indicators, in order. */
  public ImmutableList<IndikatorKey> indikatorKeys() {
    return indikatoren.stream()
        .map(Indikator::key)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** The Kommunen one by one, each generated only when asked for. */
  public Iterator<Kommunalpaket> kommunen() {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < plaene.size();
      }

      @Override
      public Kommunalpaket next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return paket(plaene.get(i++));
      }
    };
  }

  /** One Kommune with its Leitbild, its Präventionskette and its Messwerte (generated lazily). */
  public record Kommunalpaket(
      Kommune kommune, Leitbild leitbild, Praeventionskette kette, Iterable<Messwert> messwerte) {
    public Kommunalpaket {
      requireNonNull(kommune, "kommune");
      requireNonNull(leitbild, "leitbild");
      requireNonNull(kette, "kette");
      requireNonNull(messwerte, "messwerte");
    }
  }

  // ------------------------------------------------------------------ definitions

  private static ImmutableList<Indikator> indikatoren(int anzahl) {
    ImmutableList.Builder<Indikator> b = ImmutableList.builder();
    for (int i = 1; i <= anzahl; i++) {
      IndikatorKey key = IndikatorKey.of(String.format(java.util.Locale.ROOT, "bench-%02d", i));
      Polaritaet p =
          i % 3 == 0
              ? Polaritaet.HOEHER_IST_BESSER
              : i % 3 == 1 ? Polaritaet.HOEHER_IST_SCHLECHTER : Polaritaet.NEUTRAL;
      Indikator.Builder ib =
          Indikator.builder(key, 1)
              .gueltigkeit(Zeitraum.ab(ANFANG))
              .name("Benchmark-Indikator " + i)
              .zaehlerDefinition("Fälle")
              .nennerDefinition("Bezugsbevölkerung")
              .faktor(100)
              .einheit("%")
              .anteil(true)
              .polaritaet(p)
              .quelle("synthetisch")
              .ebene(RaeumlicheEbene.SOZIALRAUM)
              .periodizitaet(Periodizitaet.JAEHRLICH);
      if (i == 1) {
        b.add(ib.gueltigkeit(Zeitraum.of(ANFANG, WECHSEL.minusDays(1))).build());
        b.add(
            Indikator.builder(key, 2)
                .gueltigkeit(Zeitraum.ab(WECHSEL))
                .name("Benchmark-Indikator 1 (neu definiert)")
                .zaehlerDefinition("Fälle nach neuer Definition")
                .nennerDefinition("Bezugsbevölkerung")
                .faktor(100)
                .einheit("%")
                .anteil(true)
                .polaritaet(p)
                .quelle("synthetisch")
                .ebene(RaeumlicheEbene.SOZIALRAUM)
                .periodizitaet(Periodizitaet.JAEHRLICH)
                .aenderungshinweis("Zähler neu abgegrenzt")
                .build());
      } else {
        b.add(ib.build());
      }
    }
    return b.build();
  }

  private static ImmutableList<Plan> plaene(long seed, int sozialraeume) {
    int[] rb = {1, 3, 5, 7, 9};
    SplittableRandom r = new SplittableRandom(seed);
    List<Plan> p = new ArrayList<>();
    // how many Stadtteile each Kommune gets: a big share to the kreisfreie Städte
    int kommunen = KREISFREIE + KREISE * GEMEINDEN_JE_KREIS;
    List<Anspruch<Integer>> ansprueche = new ArrayList<>();
    for (int k = 0; k < kommunen; k++) {
      long gewicht = k < KREISFREIE ? 500 + r.nextInt(500) : 50 + r.nextInt(100);
      ansprueche.add(
          new Anspruch<>(
              k, BigDecimal.valueOf(gewicht), Math.min(5, sozialraeume / kommunen), null));
    }
    List<Zuteilung<Integer>> anzahl = Verteilung.verteile(sozialraeume, ansprueche);
    int nummer = 0;
    for (int k = 0; k < KREISFREIE + KREISE; k++) {
      String kreis = "05" + rb[k % rb.length] + (10 + k);
      Kreisschluessel ks = Kreisschluessel.parse(kreis);
      if (k < KREISFREIE) {
        Gemeindeschluessel ags = Gemeindeschluessel.of(kreis + "000");
        p.add(
            new Plan(
                nummer,
                ags,
                "Stadt " + kreis,
                Kommunenart.KREISFREIE_STADT,
                true,
                ks,
                ags,
                (int) anzahl.get(nummer).einheiten()));
        nummer++;
      } else {
        Gemeindeschluessel kreisAgs = Gemeindeschluessel.of(kreis + "000");
        for (int g = 1; g <= GEMEINDEN_JE_KREIS; g++) {
          Gemeindeschluessel ags =
              Gemeindeschluessel.of(kreis + String.format(java.util.Locale.ROOT, "%03d", 4 * g));
          Kommunenart art =
              g <= 2
                  ? Kommunenart.GROSSE_KREISANGEHOERIGE_STADT
                  : g <= 6
                      ? Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT
                      : Kommunenart.KREISANGEHOERIGE_GEMEINDE;
          Gemeindeschluessel jugendamt =
              art == Kommunenart.KREISANGEHOERIGE_GEMEINDE ? kreisAgs : ags;
          p.add(
              new Plan(
                  nummer,
                  ags,
                  "Gemeinde " + ags,
                  art,
                  false,
                  ks,
                  jugendamt,
                  (int) anzahl.get(nummer).einheiten()));
          nummer++;
        }
      }
    }
    return ImmutableList.copyOf(p);
  }

  // ------------------------------------------------------------------ one Kommune

  private Kommunalpaket paket(Plan plan) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + plan.nummer());
    LocalDate letzterTag = LocalDate.of(letztesJahr(), 12, 31);
    boolean wechsel = plan.nummer() % 10 == 0;
    Kommune.Builder kb =
        Kommune.builder(plan.ags(), plan.name(), plan.art())
            .kreisfrei(plan.kreisfrei())
            .kreis(plan.kreisfrei() ? null : plan.kreis())
            .jugendamt(plan.jugendamt());
    List<Sozialraum> stadtteile = new ArrayList<>();
    List<Long> groesse = new ArrayList<>();
    boolean bezirke = plan.art() == Kommunenart.KREISFREIE_STADT;
    if (bezirke) {
      for (int b = 1; b <= BEZIRKE_JE_STADT; b++) {
        kb.sozialraum(
            Sozialraum.of(
                SozialraumId.of(plan.ags(), "b" + b),
                1,
                "Stadtbezirk " + b,
                Sozialraumebene.STADTBEZIRK,
                Zeitraum.ab(ANFANG)));
      }
    }
    for (int t = 1; t <= plan.stadtteile(); t++) {
      SozialraumId id =
          SozialraumId.of(plan.ags(), String.format(java.util.Locale.ROOT, "t%03d", t));
      long einwohner = 800 + r.nextInt(9_000);
      groesse.add(einwohner);
      SozialraumId bezirk =
          bezirke ? SozialraumId.of(plan.ags(), "b" + (1 + (t - 1) % BEZIRKE_JE_STADT)) : null;
      if (t == 1 && wechsel) {
        Sozialraum alt =
            Sozialraum.of(
                    id,
                    1,
                    "Stadtteil 1 (alt)",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.of(ANFANG, WECHSEL.minusDays(1)))
                .withUebergeordnet(bezirk)
                .withBevoelkerung(bevoelkerung(WECHSEL.minusDays(1), einwohner, r));
        kb.sozialraum(alt);
        Sozialraum neu =
            Sozialraum.of(id, 2, "Stadtteil 1", Sozialraumebene.STADTTEIL, Zeitraum.ab(WECHSEL))
                .withUebergeordnet(bezirk)
                .withBevoelkerung(bevoelkerung(letzterTag, einwohner, r));
        kb.sozialraum(neu);
        stadtteile.add(neu);
      } else {
        Sozialraum s =
            Sozialraum.of(id, 1, "Stadtteil " + t, Sozialraumebene.STADTTEIL, Zeitraum.ab(ANFANG))
                .withUebergeordnet(bezirk)
                .withBevoelkerung(bevoelkerung(letzterTag, einwohner, r));
        kb.sozialraum(s);
        stadtteile.add(s);
      }
    }
    long[] summe = new long[ALTERSGRUPPEN.size()];
    for (Sozialraum s : stadtteile) {
      for (int i = 0; i < ALTERSGRUPPEN.size(); i++) {
        summe[i] += s.einwohner(letzterTag, ALTERSGRUPPEN.get(i)).orElse(0);
      }
    }
    for (int i = 0; i < ALTERSGRUPPEN.size(); i++) {
      kb.bevoelkerungsstand(new Bevoelkerungsstand(letzterTag, ALTERSGRUPPEN.get(i), summe[i]));
    }
    if (plan.nummer() % 10 == 3) {
      kb.teilnahme(
          Programmteilnahme.of(
              Programm.KEKIZ,
              Programmteilnahme.PHASE_AUSBAU_2017,
              Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31))));
    }
    Kommune kommune = kb.build();
    long messwertSeed = r.nextLong();
    Iterable<Messwert> messwerte = () -> new Messwerterzeuger(plan, groesse, wechsel, messwertSeed);
    return new Kommunalpaket(
        kommune, leitbild(plan, stadtteile), kette(plan, stadtteile, r), messwerte);
  }

  private static List<Bevoelkerungsstand> bevoelkerung(
      LocalDate stichtag, long einwohner, SplittableRandom r) {
    List<Bevoelkerungsstand> b = new ArrayList<>();
    int[] jahrgaenge = {1, 5, 4, 6, 2, 7};
    for (int i = 0; i < ALTERSGRUPPEN.size(); i++) {
      long je = einwohner / 100;
      long n = jahrgaenge[i] * Math.max(1, je + r.nextInt((int) Math.max(1, je / 2 + 1)) - je / 4);
      b.add(new Bevoelkerungsstand(stichtag, ALTERSGRUPPEN.get(i), n));
    }
    return b;
  }

  private Leitbild leitbild(Plan plan, List<Sozialraum> stadtteile) {
    IndikatorKey erster = indikatoren.get(0).key();
    IndikatorKey zweiter = indikatoren.get(2).key();
    Zielwert kommunal =
        new Zielwert(
            erster,
            new BigDecimal("9"),
            Zielrichtung.HOECHSTENS,
            LocalDate.of(letztesJahr() + 2, 12, 31),
            null,
            null);
    Zielwert sozialraum =
        new Zielwert(
            zweiter,
            new BigDecimal("12"),
            Zielrichtung.MINDESTENS,
            LocalDate.of(letztesJahr() + 1, 12, 31),
            stadtteile.get(0).id(),
            null);
    Handlungsziel h =
        new Handlungsziel(
            "1.1",
            "Weniger Kinder in Armut",
            List.of(erster, zweiter),
            List.of(kommunal, sozialraum));
    return Leitbild.builder(plan.ags(), 1, "Leitbild " + plan.name())
        .beschlossen(LocalDate.of(2016, 5, 26), "Rat")
        .leitziel(Leitziel.of("1", "Gut aufwachsen", h))
        .build();
  }

  private static Praeventionskette kette(
      Plan plan, List<Sozialraum> stadtteile, SplittableRandom r) {
    AkteurId jugendamt = AkteurId.of("jugendamt");
    AkteurId gesundheit = AkteurId.of("gesundheitsamt");
    AkteurId traeger = AkteurId.of("freier-traeger");
    List<Lebensphase> phasen = Lebensphase.standard();
    List<Uebergang> uebergaenge = Uebergang.standard(phasen);
    List<Handlungsfeld> felder = Handlungsfeld.standard();
    AkteurId[] akteure = {jugendamt, gesundheit, traeger};
    List<Angebot> angebote = new ArrayList<>();
    for (int i = 0; i < stadtteile.size(); i++) {
      Sozialraum s = stadtteile.get(i);
      Lebensphase phase = phasen.get(r.nextInt(phasen.size()));
      Angebot.Builder a =
          Angebot.builder(
                  AngebotId.of("angebot-" + (i + 1)),
                  "Angebot " + (i + 1),
                  akteure[r.nextInt(akteure.length)])
              .beschreibung("Synthetisches Angebot")
              .ebenen(Praeventionsebene.UNIVERSELL)
              .lebensphasen(phase.key())
              .handlungsfelder(felder.get(r.nextInt(4)).key())
              .sozialraeume(s.id());
      if (r.nextInt(4) > 0) {
        a.kapazitaet(Kapazitaet.of(10 + r.nextInt(40), "Kinder"));
      }
      if (r.nextInt(3) == 0) {
        a.uebergaenge(uebergaenge.get(r.nextInt(uebergaenge.size())).key());
      }
      angebote.add(a.build());
    }
    return Praeventionskette.builder(plan.ags())
        .akteure(
            Akteur.of(jugendamt, "Jugendamt", Akteursart.JUGENDAMT, "jugendhilfe"),
            Akteur.of(gesundheit, "Gesundheitsamt", Akteursart.GESUNDHEITSAMT, "gesundheit"),
            Akteur.of(traeger, "Freier Träger", Akteursart.FREIER_TRAEGER, "soziales", "bildung"))
        .angebote(angebote)
        .build();
  }

  /** Small whole numbers, shared (BigDecimal is immutable), so generating allocates less. */
  private static final BigDecimal[] ZAHLEN = new BigDecimal[20_000];

  static {
    for (int i = 0; i < ZAHLEN.length; i++) {
      ZAHLEN[i] = BigDecimal.valueOf(i);
    }
  }

  private static BigDecimal zahl(long n) {
    return n >= 0 && n < ZAHLEN.length ? ZAHLEN[(int) n] : BigDecimal.valueOf(n);
  }

  /** Streams the Messwerte of one Kommune by indicator version, Stadtteil and year. */
  private final class Messwerterzeuger implements Iterator<Messwert> {
    private final Plan plan;
    private final List<Long> groesse;
    private final boolean wechsel;
    private final SplittableRandom r;
    private final Periode[] perioden;
    private final SozialraumBezug[][] raeume; // [stadtteil][0 = before the change, 1 = after]
    private int indikator;
    private int stadtteil;
    private int jahr;
    private long nenner;
    private long rate;
    private long steigung;

    Messwerterzeuger(Plan plan, List<Long> groesse, boolean wechsel, long seed) {
      this.plan = plan;
      this.groesse = groesse;
      this.wechsel = wechsel;
      this.r = new SplittableRandom(seed);
      this.perioden = new Periode[jahre];
      for (int j = 0; j < jahre; j++) {
        perioden[j] = Periode.jahr(ERSTES_JAHR + j);
      }
      this.raeume = new SozialraumBezug[plan.stadtteile()][2];
      for (int t = 0; t < plan.stadtteile(); t++) {
        SozialraumId id =
            SozialraumId.of(plan.ags(), String.format(java.util.Locale.ROOT, "t%03d", t + 1));
        raeume[t][0] = new SozialraumBezug(new de.kekiz.domain.kommune.SozialraumRef(id, 1));
        raeume[t][1] =
            t == 0 && wechsel
                ? new SozialraumBezug(new de.kekiz.domain.kommune.SozialraumRef(id, 2))
                : raeume[t][0];
      }
      beginneReihe();
    }

    private void beginneReihe() {
      nenner = Math.max(50, groesse.get(stadtteil) / 5 + r.nextInt(200));
      rate = 200 + r.nextInt(2_500); // per mille × 10: 2 % to 27 %
      steigung = r.nextInt(81) - 40; // −0.4 to +0.4 percentage points a year, × 100
    }

    @Override
    public boolean hasNext() {
      return indikator < indikatorKeysAnzahl();
    }

    private int indikatorKeysAnzahl() {
      return indikatoren.size() - 1; // the first indicator has two versions
    }

    @Override
    public Messwert next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int jahrZahl = ERSTES_JAHR + jahr;
      IndikatorRef ref =
          indikator == 0
              ? (jahrZahl < WECHSEL.getYear() ? indikatoren.get(0).ref() : indikatoren.get(1).ref())
              : indikatoren.get(indikator + 1).ref();
      SozialraumBezug raum = raeume[stadtteil][jahrZahl < WECHSEL.getYear() ? 0 : 1];
      int zufall = r.nextInt(1 << 20);
      long n = nenner + (zufall & 15) - 8;
      long q = Math.max(0, rate + steigung * jahr + ((zufall >> 4) & 63) - 32); // % × 100
      long z = Math.min(n, (n * q + 5_000) / 10_000);
      Messwert m;
      if ((zufall >> 10) == 0) { // 1 in 1,024
        m =
            new Messwert(
                ref,
                raum,
                perioden[jahr],
                Aufschluesselung.INSGESAMT,
                null,
                zahl(n),
                ObsStatus.M,
                ConfStatus.F);
      } else {
        m =
            new Messwert(
                ref,
                raum,
                perioden[jahr],
                Aufschluesselung.INSGESAMT,
                zahl(z),
                zahl(n),
                ObsStatus.A,
                z < 3 ? ConfStatus.A : ConfStatus.F);
      }
      if (++jahr == jahre) {
        jahr = 0;
        if (++stadtteil == plan.stadtteile()) {
          stadtteil = 0;
          indikator++;
        }
        if (hasNext()) {
          beginneReihe();
        }
      }
      return m;
    }
  }
}
