package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AACHEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.DINSLAKEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.FROENDENBERG;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KOELN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KREIS_05315;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KREIS_05334;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KREIS_05978;
import static de.kekiz.port.kontrakt.KontraktBeispiele.MUELHEIM_STADTTEIL;
import static de.kekiz.port.kontrakt.KontraktBeispiele.STAEDTEREGION_AACHEN;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.KommuneRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link KommuneRepository}: the generic part of {@link AggregatRepositoryContract}
 * plus ordering by key, {@link KommuneRepository#findByKreis} (the Kreis first, then its
 * Gemeinden), and the survival of every part of a Kommune (Sozialraum versions, participations,
 * Förderungen, population figures) in the order given.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class KommuneRepositoryContract
    extends AggregatRepositoryContract<Kommune, Gemeindeschluessel> {

  private @Nullable KommuneRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract KommuneRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final KommuneRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Kommune speichere(Kommune aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Kommune>> historie(Gemeindeschluessel id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Kommune> lade(Gemeindeschluessel id) {
    return repository().findById(id);
  }

  @Override
  protected final boolean loesche(Gemeindeschluessel id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final Gemeindeschluessel id(Kommune aggregat) {
    return aggregat.id();
  }

  @Override
  protected final long revision(Kommune aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Kommune mitRevision(Kommune aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Renames the Kommune and adds a population figure for a new reference date. */
  @Override
  protected final Kommune geaendert(Kommune k) {
    int n = k.bevoelkerung().size();
    return Kommune.builder(k.schluessel(), k.name() + " (geändert)", k.art())
        .kreisfrei(k.kreisfrei())
        .kreis(k.kreis().orElse(null))
        .jugendamt(k.jugendamt())
        .sozialraeume(k.sozialraeume())
        .teilnahmen(k.teilnahmen())
        .bevoelkerung(k.bevoelkerung())
        .bevoelkerungsstand(
            Bevoelkerungsstand.of(LocalDate.of(2100 + n, 12, 31), Altersspanne.ab(0), 1000L + n))
        .revision(k.revision())
        .build();
  }

  @Override
  protected final List<Kommune> beispiele() {
    return List.of(
        KontraktBeispiele.koeln(),
        KontraktBeispiele.froendenberg(),
        KontraktBeispiele.kreisUnna(),
        KontraktBeispiele.aachen(),
        KontraktBeispiele.staedteregionAachen(),
        KontraktBeispiele.ahlen());
  }

  @Override
  protected final String aggregatName() {
    return "Kommune";
  }

  private List<Kommune> speichereAlle(List<Kommune> kommunen) {
    List<Kommune> gespeichert = new ArrayList<>();
    for (Kommune k : kommunen) {
      gespeichert.add(repository().save(k));
    }
    return gespeichert;
  }

  private static List<Kommune> nachSchluessel(List<Kommune> kommunen) {
    return kommunen.stream()
        .sorted(Comparator.comparing(Kommune::schluessel))
        .collect(Collectors.toList());
  }

  private static List<String> schluessel(List<Kommune> kommunen) {
    return kommunen.stream().map(k -> k.schluessel().toString()).collect(Collectors.toList());
  }

  private Kommune geladen(Gemeindeschluessel schluessel) {
    return repository()
        .findById(schluessel)
        .orElseThrow(() -> new AssertionError("Kommune " + schluessel + " was not found"));
  }

  @Nested
  @DisplayName("listing all Kommunen")
  class Alle {

    @Test
    @DisplayName("an empty repository lists no Kommune")
    void leer() {
      assertEquals(List.of(), repository().findAll());
    }

    @Test
    @DisplayName("lists every stored Kommune ordered by key, whatever the order of saving")
    void geordnet() {
      List<Kommune> gespeichert =
          speichereAlle(KontraktBeispiele.gemischt(KontraktBeispiele.alleKommunen(), 20_170_111L));
      assertEquals(nachSchluessel(gespeichert), repository().findAll());
    }

    @Test
    @DisplayName("lists Kommunen saved in reverse key order ordered by key")
    void rueckwaerts() {
      List<Kommune> alle = nachSchluessel(KontraktBeispiele.alleKommunen());
      List<Kommune> rueckwaerts = new ArrayList<>(alle);
      Collections.reverse(rueckwaerts);
      List<Kommune> gespeichert = speichereAlle(rueckwaerts);
      assertEquals(schluessel(alle), schluessel(repository().findAll()));
      assertEquals(nachSchluessel(gespeichert), repository().findAll());
    }

    @Test
    @DisplayName("lists each Kommune once, in its latest revision")
    void neuesteRevision() {
      Kommune koeln = repository().save(KontraktBeispiele.koeln());
      Kommune ahlen = repository().save(KontraktBeispiele.ahlen());
      Kommune koeln2 = repository().save(geaendert(koeln));
      assertEquals(List.of(koeln2, ahlen), repository().findAll());
    }

    @Test
    @DisplayName("a deleted Kommune is no longer listed")
    void geloescht() {
      Kommune koeln = repository().save(KontraktBeispiele.koeln());
      Kommune ahlen = repository().save(KontraktBeispiele.ahlen());
      assertTrue(repository().delete(ahlen.id(), ahlen.revision()));
      assertEquals(List.of(koeln), repository().findAll());
    }

    @Test
    @DisplayName("a returned list stays as it was when the repository changes afterwards")
    void schnappschuss() {
      Kommune koeln = repository().save(KontraktBeispiele.koeln());
      List<Kommune> vorher = repository().findAll();
      repository().save(KontraktBeispiele.ahlen());
      repository().save(geaendert(koeln));
      assertEquals(List.of(koeln), vorher);
    }
  }

  @Nested
  @DisplayName("finding the Kommunen of a Kreis")
  class NachKreis {

    @Test
    @DisplayName("lists the Kreis first, then its Gemeinden by key, and nothing of other Kreise")
    void kreisZuerst() {
      speichereAlle(KontraktBeispiele.gemischt(KontraktBeispiele.alleKommunen(), 59_425L));
      List<Kommune> unna = repository().findByKreis(KREIS_05978);
      assertEquals(
          List.of(
              "05978000",
              "05978004",
              "05978008",
              "05978012",
              "05978016",
              "05978020",
              "05978024",
              "05978032",
              "05978036",
              "05978040"),
          schluessel(unna));
      assertEquals("Kreis Unna", unna.get(0).name());
      assertEquals(geladen(FROENDENBERG), unna.get(3), "the listed Kommune is the stored one");
    }

    @Test
    @DisplayName("lists the StädteRegion Aachen before Aachen, which is kreisfrei inside it")
    void staedteregion() {
      speichereAlle(KontraktBeispiele.gemischt(KontraktBeispiele.alleKommunen(), 5_334L));
      assertEquals(
          List.of(geladen(STAEDTEREGION_AACHEN), geladen(AACHEN)),
          repository().findByKreis(KREIS_05334));
    }

    @Test
    @DisplayName("finds a kreisfreie Stadt alone under its own Kreis-level key")
    void kreisfreieStadt() {
      speichereAlle(KontraktBeispiele.alleKommunen());
      assertEquals(List.of(geladen(KOELN)), repository().findByKreis(KREIS_05315));
    }

    @Test
    @DisplayName("without the Kreis stored, lists its stored Gemeinden by key")
    void ohneKreis() {
      List<Kommune> gemeinden = new ArrayList<>(KontraktBeispiele.kreisUnnaMitGemeinden());
      gemeinden.removeIf(k -> k.schluessel().equals(KontraktBeispiele.KREIS_UNNA));
      List<Kommune> gespeichert = speichereAlle(gemeinden);
      assertEquals(nachSchluessel(gespeichert), repository().findByKreis(KREIS_05978));
    }

    @Test
    @DisplayName("a Kreis without stored Kommunen gives an empty list")
    void unbekannt() {
      speichereAlle(KontraktBeispiele.kreisUnnaMitGemeinden());
      assertEquals(List.of(), repository().findByKreis(DINSLAKEN.kreis()));
      assertEquals(List.of(), repository().findByKreis(Kreisschluessel.parse("05162")));
    }
  }

  @Nested
  @DisplayName("storing every part of a Kommune")
  class Inhalt {

    @Test
    @DisplayName("names with umlauts and slashes survive: Köln, Fröndenberg/Ruhr, StädteRegion")
    void umlaute() {
      speichereAlle(KontraktBeispiele.alleKommunen());
      assertEquals("Köln", geladen(KOELN).name());
      assertEquals("Fröndenberg/Ruhr", geladen(FROENDENBERG).name());
      assertEquals("StädteRegion Aachen", geladen(STAEDTEREGION_AACHEN).name());
      assertEquals(
          "Übergang Keupstraße",
          geladen(KOELN)
              .sozialraum(SozialraumRef.of(KontraktBeispiele.KEUPSTRASSE, 1))
              .map(Sozialraum::name)
              .orElse(""));
    }

    @Test
    @DisplayName(
        "every Sozialraum version survives in the order given, with parent, geometry and figures")
    void sozialraumVersionen() {
      Kommune koeln = KontraktBeispiele.koeln();
      repository().save(koeln);
      Kommune geladen = geladen(KOELN);
      assertEquals(koeln.sozialraeume(), geladen.sozialraeume());
      assertEquals(
          List.of(3, 1, 2),
          geladen.sozialraeume().stream()
              .filter(s -> s.id().equals(MUELHEIM_STADTTEIL))
              .map(Sozialraum::gebietsstand)
              .collect(Collectors.toList()),
          "the versions keep the order given (3, 1, 2), they are not sorted");
      assertEquals(3, geladen.versionen(MUELHEIM_STADTTEIL).size());
      assertEquals(
          Optional.of("Mülheim (Zuschnitt 2020)"),
          geladen
              .sozialraumAm(MUELHEIM_STADTTEIL, LocalDate.of(2023, 6, 30))
              .map(Sozialraum::name));
    }

    @Test
    @DisplayName("a Kommune without Sozialräume, participations or figures loads with empty lists")
    void leereTeile() {
      repository().save(KontraktBeispiele.froendenberg());
      Kommune geladen = geladen(FROENDENBERG);
      assertEquals(List.of(), geladen.sozialraeume());
      assertEquals(List.of(), geladen.teilnahmen());
      assertEquals(List.of(), geladen.bevoelkerung());
      assertEquals(KontraktBeispiele.KREIS_UNNA, geladen.jugendamt());
    }

    @Test
    @DisplayName("Aachen keeps both: kreisfrei by law and a member of its StädteRegion")
    void kreisfreiMitKreis() {
      repository().save(KontraktBeispiele.aachen());
      Kommune geladen = geladen(AACHEN);
      assertTrue(geladen.kreisfrei());
      assertEquals(Optional.of(KREIS_05334), geladen.kreis());
      assertTrue(geladen.hatEigenesJugendamt());
    }

    @Test
    @DisplayName("participations keep their Förderungen to the cent and the coordinator share")
    void foerderung() {
      repository().save(KontraktBeispiele.koeln());
      repository().save(KontraktBeispiele.kreisUnna());
      Kommune koeln = geladen(KOELN);
      assertEquals(KontraktBeispiele.koeln().teilnahmen(), koeln.teilnahmen());
      assertEquals(Programm.KINDERSTARK, koeln.teilnahmen().get(0).programm());
      assertEquals(Geldbetrag.of("30000.00"), koeln.teilnahmen().get(1).foerderung(2017));
      assertEquals(
          Optional.of(Stellenanteil.of("1.5")),
          Optional.ofNullable(koeln.teilnahmen().get(1).koordination()));
      assertEquals(Optional.empty(), Optional.ofNullable(koeln.teilnahmen().get(0).koordination()));
      assertEquals(
          Geldbetrag.of("0.01"),
          geladen(KontraktBeispiele.KREIS_UNNA).teilnahmen().get(0).foerderung(2012));
    }

    @Test
    @DisplayName("population figures keep open age groups and counts above one million")
    void bevoelkerung() {
      repository().save(KontraktBeispiele.koeln());
      Kommune geladen = geladen(KOELN);
      assertEquals(KontraktBeispiele.koeln().bevoelkerung(), geladen.bevoelkerung());
      assertEquals(
          OptionalLong.of(1_084_831),
          geladen.einwohner(LocalDate.of(2022, 12, 31), Altersspanne.ab(0)));
    }
  }

  @Nested
  @DisplayName("changing a stored Kommune")
  class Aendern {

    @Test
    @DisplayName("a save that drops Sozialräume, participations and figures drops them in storage")
    void entfernt() {
      Kommune eins = repository().save(KontraktBeispiele.koeln());
      Kommune weniger =
          eins.toBuilder()
              .sozialraeume(eins.sozialraeume().subList(0, 4))
              .teilnahmen(eins.teilnahmen().subList(0, 1))
              .bevoelkerung(List.of())
              .build();
      Kommune zwei = repository().save(weniger);
      Kommune geladen = geladen(KOELN);
      assertEquals(zwei, geladen);
      assertEquals(4, geladen.sozialraeume().size());
      assertEquals(1, geladen.teilnahmen().size());
      assertEquals(List.of(), geladen.bevoelkerung());
    }

    @Test
    @DisplayName("a Sozialraum version replaced in place keeps its position")
    void ersetzt() {
      Kommune eins = repository().save(KontraktBeispiele.koeln());
      Sozialraum innenstadt = eins.sozialraeume().get(0);
      Kommune neu = eins.withSozialraum(innenstadt.withGeometrie(null).withBevoelkerung(List.of()));
      repository().save(neu);
      Kommune geladen = geladen(KOELN);
      assertEquals(neu.sozialraeume(), geladen.sozialraeume());
      assertEquals(
          Optional.empty(), Optional.ofNullable(geladen.sozialraeume().get(0).geometrie()));
    }

    @Test
    @DisplayName("a Sozialraum and a participation added later are stored at the end")
    void hinzu() {
      Kommune eins = repository().save(KontraktBeispiele.ahlen());
      Sozialraum suedOst =
          Sozialraum.of(
              SozialraumId.of(eins.schluessel(), "sued-ost"),
              1,
              "Süd/Ost",
              Sozialraumebene.STADTTEIL,
              Zeitraum.parse("2015-01-01.."));
      Kommune neu =
          eins.withSozialraum(suedOst)
              .withTeilnahme(
                  Programmteilnahme.of(
                      Programm.KINDERSTARK,
                      Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
                      Zeitraum.parse("2020-01-01..")));
      Kommune zwei = repository().save(neu);
      assertEquals(Optional.of(zwei), repository().findById(eins.id()));
      assertEquals(2, zwei.teilnahmen().size());
    }
  }
}
