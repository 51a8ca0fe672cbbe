package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AHLEN;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.programm.Angaben;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.domain.programm.Programmrolle;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.FoerderprogrammRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FoerderprogrammRepository}: the generic part of {@link
 * AggregatRepositoryContract} plus the list of every Foerderprogramm ordered by programme key, the
 * survival of disagreeing sources ({@link Angaben} with several values, and with none), of joint
 * participants with their Verbund, and of budgets from one source and from several together; and
 * the seeds' programme ({@link ProgrammFixtures#kekiz()}: 40 participants in 2017) loading back
 * exactly.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class FoerderprogrammRepositoryContract
    extends AggregatRepositoryContract<Foerderprogramm, String> {

  private static final Programm BEISPIELPROGRAMM =
      Programm.of("familienzentren-nrw", "Familienzentren – Beispielprogramm für Übergänge");

  private static final Beleg ERLASS = Beleg.of("Förderrichtlinie, Nr. 2.1 (Ministerium)");
  private static final Beleg BERICHT = Beleg.of("Jahresbericht „Prävention“ 2021, S. 12");

  private @Nullable FoerderprogrammRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract FoerderprogrammRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final FoerderprogrammRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Foerderprogramm speichere(Foerderprogramm aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Foerderprogramm>> historie(String id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Foerderprogramm> lade(String id) {
    return repository().findByProgramm(id);
  }

  @Override
  protected final boolean loesche(String id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final String id(Foerderprogramm aggregat) {
    return aggregat.programm().key();
  }

  @Override
  protected final long revision(Foerderprogramm aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Foerderprogramm mitRevision(Foerderprogramm aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Adds a research partner at the end. */
  @Override
  protected final Foerderprogramm geaendert(Foerderprogramm p) {
    return p.withAkteur(
        Programmakteur.of(
            "Geänderte Hochschule Nr. " + p.akteure().size(),
            Programmrolle.FORSCHUNGSPARTNER,
            BERICHT));
  }

  /** The seeds' programme first (the richest), then an invented one, then one with key only. */
  @Override
  protected final List<Foerderprogramm> beispiele() {
    return List.of(ProgrammFixtures.kekiz(), beispiel(), Foerderprogramm.of(Programm.KINDERSTARK));
  }

  @Override
  protected final String aggregatName() {
    return "Foerderprogramm";
  }

  /**
   * An invented programme: an open phase (no end stated, nothing about its numbers) with one
   * participant, a closed phase without participants, budgets from one source each, two
   * organisations.
   */
  static Foerderprogramm beispiel() {
    Programmphase offen =
        new Programmphase(
            "start-2020",
            "Startphase „Übergänge“",
            LocalDate.of(2020, 8, 1),
            Angaben.keine(),
            Angaben.keine(),
            Angaben.keine(),
            List.of(Phasenteilnehmer.of(AHLEN, "Stadt Ahlen")));
    Programmphase vorlauf =
        new Programmphase(
            "vorlauf",
            "Vorlauf",
            LocalDate.of(2019, 1, 1),
            Angaben.of(LocalDate.of(2019, 12, 31), ERLASS),
            Angaben.of(0, BERICHT),
            Angaben.of(3, ERLASS).with(4, BERICHT),
            List.of());
    return Foerderprogramm.of(BEISPIELPROGRAMM)
        .withPhase(offen)
        .withPhase(vorlauf)
        .withAkteur(Programmakteur.of("Landesjugendamt", Programmrolle.TRAEGER, ERLASS))
        .withAkteur(
            Programmakteur.of(
                "Institut für Übergänge", Programmrolle.KOORDINIERUNGSSTELLE, BERICHT))
        .withHaushaltsansatz(
            Haushaltsansatz.of(2020, Finanzierungsquelle.LAND, Geldbetrag.of("150000.50"), ERLASS))
        .withHaushaltsansatz(
            Haushaltsansatz.of(2020, Finanzierungsquelle.STIFTUNG, Geldbetrag.of("0.01"), BERICHT))
        .withHaushaltsansatz(
            Haushaltsansatz.of(
                2021, Finanzierungsquelle.LAND, Geldbetrag.of("123456789012.34"), ERLASS));
  }

  @Nested
  @DisplayName("listing every Foerderprogramm")
  class Alle {

    @Test
    @DisplayName("an empty repository lists nothing")
    void leer() {
      assertEquals(List.of(), repository().findAll());
    }

    @Test
    @DisplayName("lists every stored Foerderprogramm ordered by programme key, whatever the order")
    void geordnet() {
      Foerderprogramm kinderstark = repository().save(Foerderprogramm.of(Programm.KINDERSTARK));
      Foerderprogramm kekiz = repository().save(ProgrammFixtures.kekiz());
      Foerderprogramm beispiel = repository().save(beispiel());
      assertEquals(List.of(beispiel, kekiz, kinderstark), repository().findAll());
    }

    @Test
    @DisplayName("a deleted Foerderprogramm is no longer listed, the others stay")
    void geloescht() {
      Foerderprogramm kekiz = repository().save(ProgrammFixtures.kekiz());
      Foerderprogramm beispiel = repository().save(beispiel());
      assertTrue(repository().delete(beispiel.programm().key(), beispiel.revision()));
      assertEquals(List.of(kekiz), repository().findAll());
    }
  }

  @Nested
  @DisplayName("storing every part of a Foerderprogramm")
  class Inhalt {

    @Test
    @DisplayName("the seeds' programme loads back exactly: 40 participants in 2017, sources kept")
    void seeds() {
      Foerderprogramm seeds = ProgrammFixtures.kekiz();
      repository().save(seeds);
      Foerderprogramm geladen = repository().findByProgramm("kekiz").orElseThrow();
      assertEquals(seeds.withRevision(1), geladen);
      Programmphase ausbau = geladen.phase("ausbau-2017").orElseThrow();
      assertEquals(40, ausbau.teilnehmerzahl());
      assertEquals(List.of(22, 18), ausbau.neueKommunen().werte());
      assertEquals(seeds.haushalt(2017), geladen.haushalt(2017));
      assertEquals(Optional.empty(), geladen.haushalt(2017, Finanzierungsquelle.LAND));
    }

    @Test
    @DisplayName("a Kreis with its Verbund stays one participant standing for its Gemeinden")
    void verbund() {
      Foerderprogramm seeds = ProgrammFixtures.kekiz();
      repository().save(seeds);
      Gemeindeschluessel unna = Gemeindeschluessel.parse("05978000");
      Phasenteilnehmer erwartet = seeds.phasen().get(0).teilnehmer(unna).orElseThrow();
      assertTrue(erwartet.gemeinsam(), "the fixture's Kreis Unna takes part jointly");
      assertEquals(
          Optional.of(erwartet),
          repository().findByProgramm("kekiz").orElseThrow().phasen().get(0).teilnehmer(unna));
    }

    @Test
    @DisplayName("no statement, one, and disagreeing ones survive, in the order given")
    void angaben() {
      repository().save(beispiel());
      Foerderprogramm geladen = repository().findByProgramm(BEISPIELPROGRAMM.key()).orElseThrow();
      assertTrue(geladen.phasen().get(0).ende().unbekannt());
      assertEquals(
          Angaben.of(3, ERLASS).with(4, BERICHT),
          geladen.phasen().get(1).teilnehmerzahlVeroeffentlicht());
      assertEquals(Angaben.of(0, BERICHT), geladen.phasen().get(1).neueKommunen());
    }

    @Test
    @DisplayName("amounts keep every cent, sources and years")
    void haushalt() {
      repository().save(beispiel());
      Foerderprogramm geladen = repository().findByProgramm(BEISPIELPROGRAMM.key()).orElseThrow();
      assertEquals(beispiel().haushalt(), geladen.haushalt());
      assertEquals(Geldbetrag.of("150000.51"), geladen.haushalt(2020));
      assertEquals(Geldbetrag.of("123456789012.34"), geladen.haushalt(2021));
    }
  }
}
