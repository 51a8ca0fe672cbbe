package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AHLEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.BRUEHL;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KOELN;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.lernnetzwerk.Arbeitsgruppe;
import de.kekiz.domain.lernnetzwerk.Beitrag;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisbezug;
import de.kekiz.domain.lernnetzwerk.Termin;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.LernnetzwerkRepository;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link LernnetzwerkRepository}: the generic part of {@link
 * AggregatRepositoryContract} plus the list of every Lernnetzwerk ordered by programme key, the
 * survival of every part of a meeting (a date known only in part, absent texts and counts,
 * Arbeitsgruppen without topic or contribution, the references of contributions) and the seeds'
 * 16th and 17th meetings ({@link ProgrammFixtures#lernnetzwerk()}) loading back exactly.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class LernnetzwerkRepositoryContract
    extends AggregatRepositoryContract<Lernnetzwerk, String> {

  private static final Programm BEISPIELPROGRAMM =
      Programm.of("uebergaenge-nrw", "Übergänge gestalten – ein Beispielprogramm für Größere");

  private static final Beleg PROTOKOLL = Beleg.of("Protokoll des Treffens, Seite 2 (Münster)");
  private static final Beleg EINLADUNG = Beleg.of("Einladung, „Lernnetzwerk“, Anlage 1, 2");

  private @Nullable LernnetzwerkRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract LernnetzwerkRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final LernnetzwerkRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Lernnetzwerk speichere(Lernnetzwerk aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Lernnetzwerk>> historie(String id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Lernnetzwerk> lade(String id) {
    return repository().findByProgramm(id);
  }

  @Override
  protected final boolean loesche(String id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final String id(Lernnetzwerk aggregat) {
    return aggregat.programm().key();
  }

  @Override
  protected final long revision(Lernnetzwerk aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Lernnetzwerk mitRevision(Lernnetzwerk aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Adds a meeting after the last one, with a full date, place and motto only. */
  @Override
  protected final Lernnetzwerk geaendert(Lernnetzwerk l) {
    int nummer = l.treffen().isEmpty() ? 1 : l.treffen().get(l.treffen().size() - 1).nummer() + 1;
    return l.withTreffen(
        new Lernnetzwerktreffen(
            nummer,
            Termin.am(LocalDate.of(2021, 2, 28)),
            "Düsseldorf",
            null,
            "Geändert: Nr. " + nummer,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of()));
  }

  /**
   * The rich example first (every part present somewhere, dates known in part), then the seeds'
   * Lernnetzwerk, then one without meetings.
   */
  @Override
  protected final List<Lernnetzwerk> beispiele() {
    return List.of(
        beispiel(), ProgrammFixtures.lernnetzwerk(), Lernnetzwerk.of(Programm.KINDERSTARK));
  }

  @Override
  protected final String aggregatName() {
    return "Lernnetzwerk";
  }

  /**
   * A Lernnetzwerk with three meetings: the first with everything (full date, host, motto, counts,
   * an Arbeitsgruppe with topic and two talks, one without topic and talk, a plenum talk about an
   * Angebot, two sources), the second with year and month only, the third with the year only and
   * nothing else.
   */
  static Lernnetzwerk beispiel() {
    Lernnetzwerktreffen voll =
        new Lernnetzwerktreffen(
            1,
            Termin.am(LocalDate.of(2019, 3, 14)),
            "Münster, Überwasserkirchplatz",
            BRUEHL,
            "Übergänge gemeinsam gestalten – „Brücken bauen“",
            12,
            List.of(KOELN, BRUEHL, AHLEN),
            3,
            List.of(
                new Arbeitsgruppe(
                    "Übergang Kita → Grundschule",
                    List.of(
                        Beitrag.of(
                            BRUEHL,
                            "Das Brückenjahr in Brühl-Süd",
                            Praxisbezug.uebergang("kita-grundschule"),
                            PROTOKOLL),
                        Beitrag.of(
                            AHLEN,
                            "Die Ahlener Steuerungsgruppe",
                            Praxisbezug.steuerung(),
                            EINLADUNG))),
                new Arbeitsgruppe(null, List.of())),
            List.of(
                Beitrag.of(
                    KOELN,
                    "Willkommensbesuche für Neugeborene",
                    Praxisbezug.angebot(AngebotId.of("koeln-willkommen_1.0")),
                    PROTOKOLL)),
            List.of(PROTOKOLL, EINLADUNG));
    Lernnetzwerktreffen monat =
        new Lernnetzwerktreffen(
            2,
            new Termin(2019, Month.NOVEMBER, null),
            null,
            null,
            null,
            null,
            List.of(AHLEN),
            null,
            List.of(),
            List.of(Beitrag.of(AHLEN, "Praxis vor Ort", Praxisbezug.praxisVorOrt(), EINLADUNG)),
            List.of(EINLADUNG));
    Lernnetzwerktreffen jahr =
        new Lernnetzwerktreffen(
            3,
            new Termin(2020, null, null),
            null,
            null,
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of());
    return Lernnetzwerk.of(BEISPIELPROGRAMM).withTreffen(jahr).withTreffen(voll).withTreffen(monat);
  }

  @Nested
  @DisplayName("listing every Lernnetzwerk")
  class Alle {

    @Test
    @DisplayName("an empty repository lists nothing")
    void leer() {
      assertEquals(List.of(), repository().findAll());
    }

    @Test
    @DisplayName(
        "lists every stored Lernnetzwerk ordered by programme key, whatever the order saved")
    void geordnet() {
      Lernnetzwerk kinderstark = repository().save(Lernnetzwerk.of(Programm.KINDERSTARK));
      Lernnetzwerk beispiel = repository().save(beispiel());
      Lernnetzwerk kekiz = repository().save(ProgrammFixtures.lernnetzwerk());
      assertEquals(List.of(kekiz, kinderstark, beispiel), repository().findAll());
    }

    @Test
    @DisplayName("a deleted Lernnetzwerk is no longer listed, the others stay")
    void geloescht() {
      Lernnetzwerk kekiz = repository().save(ProgrammFixtures.lernnetzwerk());
      Lernnetzwerk beispiel = repository().save(beispiel());
      assertTrue(repository().delete(kekiz.programm().key(), kekiz.revision()));
      assertEquals(List.of(beispiel), repository().findAll());
    }
  }

  @Nested
  @DisplayName("storing every part of a meeting")
  class Inhalt {

    @Test
    @DisplayName("the seeds' 16th and 17th meetings load back exactly")
    void seeds() {
      Lernnetzwerk seeds = ProgrammFixtures.lernnetzwerk();
      repository().save(seeds);
      Lernnetzwerk geladen = repository().findByProgramm("kekiz").orElseThrow();
      assertEquals(seeds.withRevision(1), geladen);
      Lernnetzwerktreffen siebzehn = geladen.treffen(17).orElseThrow();
      assertEquals(Termin.ohneJahr(Month.SEPTEMBER, 13), siebzehn.termin());
      assertEquals(Optional.of(4), Optional.ofNullable(siebzehn.arbeitsgruppenzahl()));
      assertEquals(seeds.praxiskatalog(), geladen.praxiskatalog());
      assertEquals("Das Lernnetzwerk wächst (zusammen)", geladen.treffen(16).orElseThrow().motto());
      assertEquals(Termin.unbekannt(), geladen.treffen(16).orElseThrow().termin());
    }

    @Test
    @DisplayName("dates known in part stay so: full date, year and month, year only, nothing")
    void termine() {
      repository().save(beispiel());
      Lernnetzwerk geladen = repository().findByProgramm(BEISPIELPROGRAMM.key()).orElseThrow();
      assertEquals(
          List.of(
              Termin.am(LocalDate.of(2019, 3, 14)),
              new Termin(2019, Month.NOVEMBER, null),
              new Termin(2020, null, null)),
          geladen.treffen().stream().map(Lernnetzwerktreffen::termin).toList());
    }

    @Test
    @DisplayName(
        "Arbeitsgruppen keep their order, topic or none, and their talks with the references")
    void arbeitsgruppen() {
      repository().save(beispiel());
      Lernnetzwerktreffen eins =
          repository()
              .findByProgramm(BEISPIELPROGRAMM.key())
              .orElseThrow()
              .treffen(1)
              .orElseThrow();
      assertEquals(beispiel().treffen(1).orElseThrow().arbeitsgruppen(), eins.arbeitsgruppen());
      assertEquals(List.of(), eins.arbeitsgruppen().get(1).beitraege());
      assertEquals(Optional.empty(), Optional.ofNullable(eins.arbeitsgruppen().get(1).thema()));
      assertEquals(
          Praxisbezug.angebot(AngebotId.of("koeln-willkommen_1.0")), eins.plenum().get(0).bezug());
      assertEquals(List.of(PROTOKOLL, EINLADUNG), eins.belege());
    }

    @Test
    @DisplayName("the programme's name is kept with its key")
    void programmname() {
      repository().save(beispiel());
      assertEquals(
          BEISPIELPROGRAMM,
          repository().findByProgramm(BEISPIELPROGRAMM.key()).orElseThrow().programm());
    }
  }

  @Nested
  @DisplayName("changing a stored Lernnetzwerk")
  class Aendern {

    @Test
    @DisplayName("a save that drops a meeting drops it with its Arbeitsgruppen and talks")
    void entfernt() {
      Lernnetzwerk eins = repository().save(beispiel());
      Lernnetzwerk ohneErstes =
          new Lernnetzwerk(
              eins.programm(),
              eins.treffen().stream().filter(t -> t.nummer() != 1).toList(),
              eins.revision());
      Lernnetzwerk zwei = repository().save(ohneErstes);
      Lernnetzwerk geladen = repository().findByProgramm(BEISPIELPROGRAMM.key()).orElseThrow();
      assertEquals(zwei, geladen);
      assertEquals(Optional.empty(), geladen.treffen(1));
      assertEquals(1, geladen.praxiskatalog().size());
    }
  }
}
