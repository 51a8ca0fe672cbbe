package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AHLEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.BRUEHL;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KOELN;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.PraeventionsketteRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PraeventionsketteRepository}: the generic part of {@link
 * AggregatRepositoryContract} plus ordering by Kommune key and the survival of every part of a
 * chain (own Lebensphasen, Übergänge and Handlungsfelder, actors, networks, Steuerung, and the
 * Angebote in the order given, with every detail), the validity periods of Angebote, Netzwerke,
 * Steuerungsgruppe, AGs and seats, several coordination posts with their funding, Zielbeiträge and
 * the indicators of an Übergang ({@link #datiert()}).
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class PraeventionsketteRepositoryContract
    extends AggregatRepositoryContract<Praeventionskette, Gemeindeschluessel> {

  private @Nullable PraeventionsketteRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract PraeventionsketteRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final PraeventionsketteRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Praeventionskette speichere(Praeventionskette aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Praeventionskette>> historie(Gemeindeschluessel id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Praeventionskette> lade(Gemeindeschluessel id) {
    return repository().findByKommune(id);
  }

  @Override
  protected final boolean loesche(Gemeindeschluessel id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final Gemeindeschluessel id(Praeventionskette aggregat) {
    return aggregat.kommune();
  }

  @Override
  protected final long revision(Praeventionskette aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Praeventionskette mitRevision(Praeventionskette aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Adds an actor at the end. */
  @Override
  protected final Praeventionskette geaendert(Praeventionskette k) {
    int n = k.akteure().size();
    return k.withAkteur(
        Akteur.of(
            AkteurId.of("kontrakt-akteur-" + n),
            "Beratungsstelle Nr. " + n + " – Übergang Schule–Beruf",
            Akteursart.BERATUNGSSTELLE));
  }

  @Override
  protected final List<Praeventionskette> beispiele() {
    return List.of(
        KontraktBeispiele.ketteAhlen(),
        KontraktBeispiele.ketteBruehl(),
        KontraktBeispiele.ketteKoeln());
  }

  @Override
  protected final String aggregatName() {
    return "Praeventionskette";
  }

  private Praeventionskette geladen(Gemeindeschluessel kommune) {
    return repository()
        .findByKommune(kommune)
        .orElseThrow(() -> new AssertionError("no Präventionskette of " + kommune + " was found"));
  }

  private static List<String> angebotIds(Praeventionskette k) {
    return k.angebote().stream().map(a -> a.id().wert()).collect(Collectors.toList());
  }

  @Nested
  @DisplayName("listing all chains")
  class Alle {

    @Test
    @DisplayName("an empty repository lists no chain")
    void leer() {
      assertEquals(List.of(), repository().findAll());
    }

    @Test
    @DisplayName("lists every stored chain ordered by Kommune key, whatever the order of saving")
    void geordnet() {
      List<Praeventionskette> ketten = new ArrayList<>(beispiele());
      for (Kommune k : KontraktBeispiele.alleKommunen()) {
        if (!List.of(AHLEN, BRUEHL, KOELN).contains(k.schluessel())) {
          ketten.add(Praeventionskette.builder(k.schluessel()).build());
        }
      }
      List<Praeventionskette> gespeichert = new ArrayList<>();
      for (Praeventionskette k : KontraktBeispiele.gemischt(ketten, 2_012L)) {
        gespeichert.add(repository().save(k));
      }
      gespeichert.sort(Comparator.comparing(Praeventionskette::kommune));
      assertEquals(gespeichert, repository().findAll());
    }

    @Test
    @DisplayName("lists each chain once, in its latest revision; a deleted one not at all")
    void neuesteRevision() {
      Praeventionskette koeln = repository().save(KontraktBeispiele.ketteKoeln());
      Praeventionskette ahlen = repository().save(KontraktBeispiele.ketteAhlen());
      Praeventionskette bruehl = repository().save(KontraktBeispiele.ketteBruehl());
      Praeventionskette koeln2 = repository().save(geaendert(koeln));
      assertTrue(repository().delete(bruehl.kommune(), bruehl.revision()));
      assertEquals(List.of(koeln2, ahlen), repository().findAll());
    }
  }

  @Nested
  @DisplayName("storing every part of a chain")
  class Inhalt {

    @Test
    @DisplayName("Angebote keep the order they were given in, not sorted by id")
    void angebotReihenfolge() {
      repository().save(KontraktBeispiele.ketteAhlen());
      repository().save(KontraktBeispiele.ketteKoeln());
      assertEquals(
          List.of("kita-gs-kooperationskalender", "familiencafe-sued-ost", "hebammensprechstunde"),
          angebotIds(geladen(AHLEN)));
      assertEquals(
          List.of("bewegte-kita-muelheim", "babylotsen-koeln"), angebotIds(geladen(KOELN)));
    }

    @Test
    @DisplayName("every detail of an Angebot survives, and absent parts stay absent")
    void angebotDetails() {
      repository().save(KontraktBeispiele.ketteKoeln());
      Praeventionskette koeln = geladen(KOELN);
      assertEquals(KontraktBeispiele.ketteKoeln().angebote(), koeln.angebote());
      Angebot lotsen = koeln.angebot(AngebotId.of("babylotsen-koeln")).orElseThrow();
      assertEquals(List.of(), lotsen.standorte());
      assertEquals(Optional.empty(), lotsen.alter());
      assertEquals(Optional.empty(), lotsen.kapazitaet());
      assertEquals(Optional.empty(), lotsen.url());
      assertTrue(lotsen.kostenfrei());
      Angebot bewegung = koeln.angebot(AngebotId.of("bewegte-kita-muelheim")).orElseThrow();
      assertEquals(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN, bewegung.status());
      assertEquals("Stiftung „Übergang“", bewegung.finanzierung().get(1));
    }

    @Test
    @DisplayName("own Lebensphasen, Übergänge and Handlungsfelder survive instead of the standard")
    void eigeneStruktur() {
      repository().save(KontraktBeispiele.ketteKoeln());
      Praeventionskette koeln = geladen(KOELN);
      Praeventionskette erwartet = KontraktBeispiele.ketteKoeln();
      assertEquals(erwartet.lebensphasen(), koeln.lebensphasen());
      assertEquals(erwartet.uebergaenge(), koeln.uebergaenge());
      assertEquals(erwartet.handlungsfelder(), koeln.handlungsfelder());
      assertEquals(
          List.of("rund-um-geburt", "fruehe-kindheit", "grundschulalter"),
          koeln.lebensphasen().stream().map(Lebensphase::key).collect(Collectors.toList()));
      assertEquals(
          List.of("rund-um-geburt-fruehe-kindheit", "fruehe-kindheit-grundschulalter"),
          koeln.uebergaenge().stream().map(Uebergang::key).collect(Collectors.toList()));
    }

    @Test
    @DisplayName("a Steuerung survives complete, partial (an AG only) and empty")
    void steuerung() {
      repository().save(KontraktBeispiele.ketteAhlen());
      repository().save(KontraktBeispiele.ketteKoeln());
      repository().save(KontraktBeispiele.ketteBruehl());
      assertEquals(KontraktBeispiele.ketteAhlen().steuerung(), geladen(AHLEN).steuerung());
      Steuerung koeln = geladen(KOELN).steuerung();
      assertEquals(KontraktBeispiele.ketteKoeln().steuerung(), koeln);
      assertEquals(Optional.empty(), Optional.ofNullable(koeln.gruppe()));
      assertEquals(Optional.empty(), Optional.ofNullable(koeln.koordination()));
      assertEquals(Steuerung.KEINE, geladen(BRUEHL).steuerung());
    }

    @Test
    @DisplayName(
        "validity periods of Angebote, Netzwerke, Steuerungsgruppe, AGs and seats survive,"
            + " open and closed")
    void gueltigkeiten() {
      Praeventionskette datiert = datiert();
      repository().save(datiert);
      Praeventionskette geladen = geladen(AHLEN);
      assertEquals(datiert.withRevision(1), geladen);
      assertEquals(datiert.angebote(), geladen.angebote());
      assertEquals(datiert.netzwerke(), geladen.netzwerke());
      assertEquals(datiert.steuerung().gruppe(), geladen.steuerung().gruppe());
      assertEquals(datiert.steuerung().ags(), geladen.steuerung().ags());
    }

    @Test
    @DisplayName("Zielbeiträge and the indicators of an Übergang survive in the order given")
    void zielbeitraegeUndMessung() {
      Praeventionskette datiert = datiert();
      repository().save(datiert);
      Praeventionskette geladen = geladen(AHLEN);
      assertEquals(datiert.zielbeitraege(), geladen.zielbeitraege());
      assertEquals(3, geladen.zielbeitraege().size());
      assertEquals(datiert.uebergaenge(), geladen.uebergaenge());
      assertTrue(geladen.uebergaenge().get(0).gemessen());
    }

    @Test
    @DisplayName(
        "several coordination posts survive in order: share known or not, funding, programme,"
            + " period")
    void koordinationen() {
      Praeventionskette datiert = datiert();
      repository().save(datiert);
      List<Koordination> geladen = geladen(AHLEN).steuerung().koordinationen();
      assertEquals(datiert.steuerung().koordinationen(), geladen);
      assertEquals(3, geladen.size());
      assertEquals(Optional.empty(), Optional.ofNullable(geladen.get(2).anteil()));
    }

    @Test
    @DisplayName("actors and networks survive in the order given, with and without web page")
    void akteure() {
      repository().save(KontraktBeispiele.ketteAhlen());
      Praeventionskette ahlen = geladen(AHLEN);
      assertEquals(KontraktBeispiele.ketteAhlen().akteure(), ahlen.akteure());
      assertEquals(KontraktBeispiele.ketteAhlen().netzwerke(), ahlen.netzwerke());
    }
  }

  /**
   * Ahlen's chain with dates: the first Angebot runs from 1 August 2018, the second from 2017 to
   * 2020, the network since 2019, the Steuerungsgruppe since 2017 with a seat that ended in 2020,
   * an AG since 2018; the first Übergang measured by two indicators; three Zielbeiträge (an
   * Angebot, an AG with task and period, an actor); three coordination posts: the existing one (no
   * funding or period recorded), the half post funded by the Land and the ESF through the programme
   * for 2017 and 2018, and a post of unknown share since 2021.
   */
  protected static Praeventionskette datiert() {
    Praeventionskette ahlen = KontraktBeispiele.ketteAhlen();
    List<Angebot> angebote = new ArrayList<>(ahlen.angebote());
    angebote.set(0, angebote.get(0).withGueltigkeit(Zeitraum.ab(LocalDate.of(2018, 8, 1))));
    angebote.set(
        1,
        angebote
            .get(1)
            .withGueltigkeit(Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31))));
    Steuerung s = ahlen.steuerung();
    Steuerungsgruppe g = requireNonNull(s.gruppe(), "the fixture has a Steuerungsgruppe");
    List<Mitglied> sitze = new ArrayList<>(g.mitglieder());
    sitze.set(
        0,
        sitze
            .get(0)
            .withGueltigkeit(Zeitraum.of(LocalDate.of(2017, 3, 1), LocalDate.of(2020, 10, 31))));
    List<Arbeitsgemeinschaft> ags = new ArrayList<>(s.ags());
    ags.set(0, ags.get(0).withGueltigkeit(Zeitraum.ab(LocalDate.of(2018, 1, 1))));
    Koordination bestehend = requireNonNull(s.koordination(), "the fixture has a Koordination");
    Koordination projekt =
        new Koordination(
                "Projektkoordination „Kein Kind zurücklassen!“",
                Stellenanteil.of("0.5"),
                "Fachbereich Jugend, Soziales und Integration")
            .withFinanzierung(
                Set.of(Finanzierungsquelle.LAND, Finanzierungsquelle.ESF), Programm.KEKIZ)
            .withGueltigkeit(Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)));
    Koordination unbekannt =
        new Koordination(
            "Koordination Übergang Schule–Beruf",
            null,
            "Jobcenter",
            Set.of(),
            null,
            Zeitraum.ab(LocalDate.of(2021, 1, 1)));
    List<Uebergang> uebergaenge = new ArrayList<>(ahlen.uebergaenge());
    uebergaenge.set(
        0,
        uebergaenge
            .get(0)
            .withIndikatoren(
                IndikatorKey.of("seu-sprachfoerderbedarf"), IndikatorKey.of("u8-quote")));
    return Praeventionskette.builder(ahlen.kommune())
        .lebensphasen(ahlen.lebensphasen())
        .uebergaenge(uebergaenge)
        .handlungsfelder(ahlen.handlungsfelder())
        .akteure(ahlen.akteure())
        .angebote(angebote)
        .netzwerke(
            ahlen.netzwerke().stream()
                .map(n -> n.withGueltigkeit(Zeitraum.ab(LocalDate.of(2019, 1, 1))))
                .toArray(Netzwerk[]::new))
        .steuerung(
            new Steuerung(
                new Steuerungsgruppe(g.name(), sitze, Zeitraum.ab(LocalDate.of(2017, 1, 1))),
                ags,
                List.of(bestehend, projekt, unbekannt)))
        .zielbeitraege(
            Zielbeitrag.angebot("1.1", angebote.get(0).id()),
            new Zielbeitrag(
                "1.1",
                Beitragsart.ARBEITSGEMEINSCHAFT,
                ags.get(0).key(),
                "Übergänge gemeinsam planen",
                Zeitraum.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30))),
            Zielbeitrag.akteur("2.3", ahlen.akteure().get(0).id()))
        .build();
  }

  @Nested
  @DisplayName("changing a stored chain")
  class Aendern {

    @Test
    @DisplayName("a removed Angebot is gone from storage, the others keep their order")
    void angebotEntfernt() {
      Praeventionskette eins = repository().save(KontraktBeispiele.ketteAhlen());
      Praeventionskette zwei = repository().save(eins.ohneAngebot(AngebotFixtures.FAMILIENCAFE));
      assertEquals(zwei, geladen(AHLEN));
      assertEquals(
          List.of("kita-gs-kooperationskalender", "hebammensprechstunde"),
          angebotIds(geladen(AHLEN)));
    }

    @Test
    @DisplayName("an Angebot replaced in place keeps its position, a new one goes to the end")
    void angebotErsetztUndNeu() {
      Praeventionskette eins = repository().save(KontraktBeispiele.ketteAhlen());
      Angebot eingestellt =
          AngebotFixtures.familiencafeBuilder().status(AngebotStatus.EINGESTELLT).build();
      Praeventionskette geaendert =
          eins.withAngebot(eingestellt)
              .withAngebot(
                  Angebot.builder(
                          AngebotId.of("a-zuletzt"),
                          "Ärztliche Sprechstunde",
                          AngebotFixtures.JUGENDAMT)
                      .beschreibung("Sprechstunde im Familienzentrum für Familien ohne Kinderarzt.")
                      .ebenen(Praeventionsebene.SELEKTIV)
                      .lebensphasen("kita")
                      .handlungsfelder("gesundheit")
                      .sozialraeume(AngebotFixtures.NORD)
                      .build());
      Praeventionskette zwei = repository().save(geaendert);
      Praeventionskette geladen = geladen(AHLEN);
      assertEquals(zwei, geladen);
      assertEquals(
          List.of(
              "kita-gs-kooperationskalender",
              "familiencafe-sued-ost",
              "hebammensprechstunde",
              "a-zuletzt"),
          angebotIds(geladen));
      assertEquals(AngebotStatus.EINGESTELLT, geladen.angebote().get(1).status());
    }
  }
}
