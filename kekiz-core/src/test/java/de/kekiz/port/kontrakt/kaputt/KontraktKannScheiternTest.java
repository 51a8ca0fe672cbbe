package de.kekiz.port.kontrakt.kaputt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.KommuneRepository;
import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.PraeventionsketteRepository;
import de.kekiz.port.inmemory.InMemoryKommuneRepository;
import de.kekiz.port.kontrakt.IndikatorRepositoryContract;
import de.kekiz.port.kontrakt.KommuneRepositoryContract;
import de.kekiz.port.kontrakt.LeitbildRepositoryContract;
import de.kekiz.port.kontrakt.MesswertRepositoryContract;
import de.kekiz.port.kontrakt.PraeventionsketteRepositoryContract;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Shows that the contract kit can fail: runs each port's contract against an adapter with one
 * deliberate defect (through JUnit's {@link EngineTestKit}) and checks that exactly the checks
 * meant to catch that defect fail, and all the others pass.
 */
@DisplayName("The port contract kit")
class KontraktKannScheiternTest {

  @Test
  @DisplayName(
      "catches a Kommune adapter that forgets to bump and check the revision and keeps no history")
  void revisionVergessen() {
    assertNurDieseScheitern(
        VergesslicheKommunen.class,
        "Versionierung.revisionZaehlt",
        "Versionierung.veralteteRevision",
        "Versionierung.zweiBearbeiter",
        "Versionierung.nieGespeichert",
        "Versionierung.zweimalNeu",
        "Versionierung.andereUnberuehrt",
        "Loeschen.veraltet",
        "Loeschen.neuAnlegen",
        "Historie.jedeSpeicherungBewahrt",
        "Historie.loeschenBewahrt",
        "Historie.konfliktBewahrtNichts",
        "Historie.nurDasEigene");
  }

  @Test
  @DisplayName("catches a Leitbild adapter that lists Fassungen in the order of saving")
  void ungeordnet() {
    assertNurDieseScheitern(UngeordneteLeitbilder.class, "NachKommune.geordnet");
  }

  @Test
  @DisplayName("catches a chain adapter that sorts the Angebote by id")
  void angeboteSortiert() {
    assertNurDieseScheitern(
        SortierteAngebote.class,
        "Finden.rundreise",
        "Inhalt.angebotReihenfolge",
        "Inhalt.angebotDetails",
        "Inhalt.gueltigkeiten",
        // the dated chain has a Zielbeitrag of an Angebot: the broken adapter, which takes the
        // Angebote out to put them back sorted, breaks the chain's rule and cannot save it
        "Inhalt.koordinationen",
        "Inhalt.zielbeitraegeUndMessung",
        "Aendern.angebotEntfernt",
        "Aendern.angebotErsetztUndNeu");
  }

  @Test
  @DisplayName("catches an indicator adapter that ignores where a validity ends")
  void gueltigkeitOffen() {
    assertNurDieseScheitern(
        OffeneGueltigkeit.class, "Gueltig.luecke", "Gueltig.vieleVersionen", "Gueltig.geloescht");
  }

  @Test
  @DisplayName("catches a Messwert adapter that keeps the part of a failed load before the failure")
  void halbeLadung() {
    assertNurDieseScheitern(
        HalbeLadungen.class,
        "AllesOderNichts.duplikatInDerLadung",
        "AllesOderNichts.duplikatGespeichert",
        "AllesOderNichts.ersteStelle",
        "AllesOderNichts.eingabeBricht",
        "AllesOderNichts.eingabeBrichtBeimErsetzen");
  }

  @Test
  @DisplayName("passes in full against the correct in-memory adapter (the control)")
  void kontrolle() {
    assertNurDieseScheitern(RichtigeKommunen.class);
  }

  @Test
  @DisplayName("asks the adapter for a fresh repository exactly once per check")
  void einRepositoryProCheck() {
    GezaehlteKommunen.AUFRUFE.set(0);
    EngineExecutionResults ergebnis =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(GezaehlteKommunen.class))
            .configurationParameter(NurImBeweis.SCHALTER, "true")
            .execute();
    long checks = ergebnis.testEvents().started().count();
    assertThat(checks).isGreaterThan(10);
    assertThat(ergebnis.testEvents().failed().count()).isZero();
    assertThat(GezaehlteKommunen.AUFRUFE.get()).isEqualTo(checks);
  }

  @Test
  @DisplayName("runs the broken adapters' contracts only when asked to: elsewhere they are skipped")
  void nurAufVerlangen() {
    EngineExecutionResults ergebnis =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(HalbeLadungen.class)).execute();
    assertThat(ergebnis.testEvents().started().count()).isZero();
    assertThat(ergebnis.containerEvents().skipped().count()).isEqualTo(1);
  }

  private static void assertNurDieseScheitern(Class<?> testklasse, String... erwartet) {
    EngineExecutionResults ergebnis =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(testklasse))
            .configurationParameter(NurImBeweis.SCHALTER, "true")
            .execute();
    Events tests = ergebnis.testEvents();
    assertThat(namen(tests.failed()))
        .as("the checks of %s that fail", testklasse.getSimpleName())
        .containsExactlyInAnyOrder(erwartet);
    assertThat(tests.succeeded().count()).as("the checks that pass").isGreaterThan(10);
    assertThat(tests.started().count())
        .as("every check that started either passed or failed")
        .isEqualTo(tests.succeeded().count() + tests.failed().count());
    assertThat(tests.skipped().count() + tests.aborted().count()).isZero();
    assertThat(ergebnis.containerEvents().failed().count()).isZero();
  }

  private static Set<String> namen(Events events) {
    Set<String> namen = new TreeSet<>();
    for (Event e : events.list()) {
      TestDescriptor d = e.getTestDescriptor();
      namen.add(
          d.getSource()
              .filter(MethodSource.class::isInstance)
              .map(MethodSource.class::cast)
              .map(m -> m.getJavaClass().getSimpleName() + "." + m.getMethodName())
              .orElse(d.getDisplayName()));
    }
    return namen;
  }

  /** The Kommune contract against {@link ForgetfulKommuneRepository}. */
  @ExtendWith(NurImBeweis.class)
  static class VergesslicheKommunen extends KommuneRepositoryContract {
    @Override
    protected KommuneRepository neuesRepository() {
      return new ForgetfulKommuneRepository();
    }
  }

  /** The Kommune contract against the correct in-memory adapter. */
  @ExtendWith(NurImBeweis.class)
  static class RichtigeKommunen extends KommuneRepositoryContract {
    @Override
    protected KommuneRepository neuesRepository() {
      return new InMemoryKommuneRepository();
    }
  }

  /** The Kommune contract against the in-memory adapter, counting the repositories it asks for. */
  @ExtendWith(NurImBeweis.class)
  static class GezaehlteKommunen extends KommuneRepositoryContract {
    static final AtomicInteger AUFRUFE = new AtomicInteger();

    @Override
    protected KommuneRepository neuesRepository() {
      AUFRUFE.incrementAndGet();
      return new InMemoryKommuneRepository();
    }
  }

  /** The Leitbild contract against {@link UnorderedLeitbildRepository}. */
  @ExtendWith(NurImBeweis.class)
  static class UngeordneteLeitbilder extends LeitbildRepositoryContract {
    @Override
    protected LeitbildRepository neuesRepository() {
      return new UnorderedLeitbildRepository();
    }
  }

  /** The chain contract against {@link AngebotSortingPraeventionsketteRepository}. */
  @ExtendWith(NurImBeweis.class)
  static class SortierteAngebote extends PraeventionsketteRepositoryContract {
    @Override
    protected PraeventionsketteRepository neuesRepository() {
      return new AngebotSortingPraeventionsketteRepository();
    }
  }

  /** The indicator contract against {@link OpenEndedIndikatorRepository}. */
  @ExtendWith(NurImBeweis.class)
  static class OffeneGueltigkeit extends IndikatorRepositoryContract {
    @Override
    protected IndikatorRepository neuesRepository() {
      return new OpenEndedIndikatorRepository();
    }
  }

  /** The Messwert contract against {@link HalfLoadMesswertRepository}. */
  @ExtendWith(NurImBeweis.class)
  static class HalbeLadungen extends MesswertRepositoryContract {
    @Override
    protected MesswertRepository neuesRepository() {
      return new HalfLoadMesswertRepository();
    }
  }
}
