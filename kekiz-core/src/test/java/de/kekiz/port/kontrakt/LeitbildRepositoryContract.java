package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AHLEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.BRUEHL;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KOELN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.leitbild;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.LeitbildRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * The contract of {@link LeitbildRepository}: the generic part of {@link
 * AggregatRepositoryContract} plus the Fassungen of a Kommune ordered by Fassung, the Fassung in
 * force on a day (the highest Fassung decided on or before it; a draft without decision date is
 * never in force), and the survival of Leitziele, Handlungsziele and Zielwerte.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class LeitbildRepositoryContract
    extends AggregatRepositoryContract<Leitbild, LeitbildId> {

  private @Nullable LeitbildRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract LeitbildRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final LeitbildRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Leitbild speichere(Leitbild aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Leitbild>> historie(LeitbildId id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Leitbild> lade(LeitbildId id) {
    return repository().findById(id);
  }

  @Override
  protected final boolean loesche(LeitbildId id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final LeitbildId id(Leitbild aggregat) {
    return aggregat.id();
  }

  @Override
  protected final long revision(Leitbild aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Leitbild mitRevision(Leitbild aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Adds a Leitziel without Handlungsziele at the end. */
  @Override
  protected final Leitbild geaendert(Leitbild l) {
    int n = l.leitziele().size();
    return l.withLeitziel(
        Leitziel.of("geaendert-" + n, "Geändertes Leitziel Nr. " + n + ": Übergänge begleiten"));
  }

  @Override
  protected final List<Leitbild> beispiele() {
    return List.of(
        KontraktBeispiele.ahlenFassung2(),
        KontraktBeispiele.bruehlFassung1(),
        KontraktBeispiele.ahlenFassung1(),
        KontraktBeispiele.ahlenFassung3Entwurf(),
        KontraktBeispiele.koelnFassung1());
  }

  @Override
  protected final String aggregatName() {
    return "Leitbild";
  }

  private List<Leitbild> speichereAlle(List<Leitbild> leitbilder) {
    List<Leitbild> gespeichert = new ArrayList<>();
    for (Leitbild l : leitbilder) {
      gespeichert.add(repository().save(l));
    }
    return gespeichert;
  }

  private static List<Integer> fassungen(List<Leitbild> leitbilder) {
    return leitbilder.stream().map(Leitbild::fassung).collect(Collectors.toList());
  }

  private Optional<Integer> gueltigeFassung(Gemeindeschluessel kommune, String tag) {
    return repository().findGueltig(kommune, LocalDate.parse(tag)).map(Leitbild::fassung);
  }

  private static LocalDate tag(String text) {
    return LocalDate.parse(text);
  }

  @Nested
  @DisplayName("listing the Fassungen of a Kommune")
  class NachKommune {

    @Test
    @DisplayName("a Kommune without stored Leitbild gives an empty list")
    void leer() {
      speichereAlle(List.of(KontraktBeispiele.bruehlFassung1()));
      assertEquals(List.of(), repository().findByKommune(AHLEN));
    }

    @Test
    @DisplayName("lists every Fassung ordered by Fassung, whatever the order of saving")
    void geordnet() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(
                  KontraktBeispiele.ahlenFassung3Entwurf(),
                  leitbild(AHLEN, 10, tag("2030-01-01")),
                  KontraktBeispiele.koelnFassung1(),
                  KontraktBeispiele.ahlenFassung1(),
                  leitbild(AHLEN, 9, null),
                  KontraktBeispiele.bruehlFassung1(),
                  KontraktBeispiele.ahlenFassung2()));
      List<Leitbild> ahlen = repository().findByKommune(AHLEN);
      assertEquals(List.of(1, 2, 3, 9, 10), fassungen(ahlen), "numeric order: 9 before 10");
      assertEquals(
          List.of(
              gespeichert.get(3),
              gespeichert.get(6),
              gespeichert.get(0),
              gespeichert.get(4),
              gespeichert.get(1)),
          ahlen);
    }

    @Test
    @DisplayName("never lists the Leitbild of another Kommune")
    void nurEigene() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(
                  KontraktBeispiele.ahlenFassung1(),
                  KontraktBeispiele.bruehlFassung1(),
                  KontraktBeispiele.koelnFassung1()));
      assertEquals(List.of(gespeichert.get(1)), repository().findByKommune(BRUEHL));
      assertEquals(List.of(gespeichert.get(2)), repository().findByKommune(KOELN));
    }

    @Test
    @DisplayName("a deleted Fassung is no longer listed, the others stay")
    void geloescht() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(
                  KontraktBeispiele.ahlenFassung1(),
                  KontraktBeispiele.ahlenFassung2(),
                  KontraktBeispiele.ahlenFassung3Entwurf()));
      Leitbild zwei = gespeichert.get(1);
      assertTrue(repository().delete(zwei.id(), zwei.revision()));
      assertEquals(List.of(1, 3), fassungen(repository().findByKommune(AHLEN)));
    }
  }

  @Nested
  @DisplayName("finding the Fassung in force")
  class Gueltig {

    @Test
    @DisplayName("a Fassung is in force from the day of its council decision, not the day before")
    void abBeschluss() {
      speichereAlle(List.of(KontraktBeispiele.ahlenFassung1()));
      assertEquals(Optional.of(1), gueltigeFassung(AHLEN, "2016-05-26"));
      assertEquals(Optional.empty(), gueltigeFassung(AHLEN, "2016-05-25"));
      assertEquals(Optional.of(1), gueltigeFassung(AHLEN, "2099-12-31"));
    }

    @Test
    @DisplayName("a later Fassung takes over on the day of its decision")
    void abloesung() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(KontraktBeispiele.ahlenFassung2(), KontraktBeispiele.ahlenFassung1()));
      assertEquals(Optional.of(1), gueltigeFassung(AHLEN, "2021-03-17"));
      assertEquals(Optional.of(2), gueltigeFassung(AHLEN, "2021-03-18"));
      assertEquals(
          Optional.of(gespeichert.get(0)),
          repository().findGueltig(AHLEN, tag("2030-01-01")),
          "the Fassung in force is the stored one, every field included");
    }

    @Test
    @DisplayName("a draft without decision date is never in force, not even as the highest Fassung")
    void entwurf() {
      speichereAlle(
          List.of(
              KontraktBeispiele.ahlenFassung1(),
              KontraktBeispiele.ahlenFassung2(),
              KontraktBeispiele.ahlenFassung3Entwurf()));
      assertEquals(Optional.of(2), gueltigeFassung(AHLEN, "2026-06-30"));
      assertEquals(Optional.of(2), gueltigeFassung(AHLEN, "9999-12-31"));
    }

    @Test
    @DisplayName("a Kommune with drafts only has no Leitbild in force")
    void nurEntwuerfe() {
      speichereAlle(List.of(leitbild(KOELN, 1, null), leitbild(KOELN, 2, null)));
      assertEquals(Optional.empty(), gueltigeFassung(KOELN, "2030-01-01"));
    }

    @Test
    @DisplayName("the highest decided Fassung wins, even if it was decided before a lower one")
    void hoechsteFassung() {
      speichereAlle(
          List.of(leitbild(KOELN, 1, tag("2020-06-01")), leitbild(KOELN, 2, tag("2019-01-01"))));
      assertEquals(Optional.empty(), gueltigeFassung(KOELN, "2018-12-31"));
      assertEquals(Optional.of(2), gueltigeFassung(KOELN, "2019-06-01"));
      assertEquals(Optional.of(2), gueltigeFassung(KOELN, "2021-01-01"));
    }

    @Test
    @DisplayName("never returns the Leitbild of another Kommune")
    void andereKommune() {
      speichereAlle(List.of(KontraktBeispiele.bruehlFassung1(), KontraktBeispiele.koelnFassung1()));
      assertEquals(Optional.empty(), gueltigeFassung(AHLEN, "2030-01-01"));
      assertEquals(Optional.of(1), gueltigeFassung(BRUEHL, "2030-01-01"));
    }

    @Test
    @DisplayName("after the Fassung in force is deleted, the previous one is in force again")
    void nachLoeschen() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(KontraktBeispiele.ahlenFassung1(), KontraktBeispiele.ahlenFassung2()));
      Leitbild zwei = gespeichert.get(1);
      repository().delete(zwei.id(), zwei.revision());
      assertEquals(Optional.of(1), gueltigeFassung(AHLEN, "2030-01-01"));
    }

    @Test
    @DisplayName("a draft adopted later is in force from its decision on")
    void spaeterBeschlossen() {
      List<Leitbild> gespeichert =
          speichereAlle(
              List.of(KontraktBeispiele.ahlenFassung1(), KontraktBeispiele.ahlenFassung3Entwurf()));
      Leitbild entwurf = gespeichert.get(1);
      repository().save(entwurf.withBeschluss(tag("2026-01-15"), "Rat der Stadt Ahlen"));
      assertEquals(Optional.of(1), gueltigeFassung(AHLEN, "2026-01-14"));
      assertEquals(Optional.of(3), gueltigeFassung(AHLEN, "2026-01-15"));
    }
  }

  @Nested
  @DisplayName("storing every part of a Leitbild")
  class Inhalt {

    @Test
    @DisplayName("Leitziele, Handlungsziele and Zielwerte survive in the order given")
    void ziele() {
      Leitbild zwei = KontraktBeispiele.ahlenFassung2();
      repository().save(zwei);
      Leitbild geladen = repository().findById(zwei.id()).orElseThrow();
      assertEquals(zwei.leitziele(), geladen.leitziele());
      assertEquals(
          List.of("A", "2"),
          geladen.leitziele().stream().map(Leitziel::key).collect(Collectors.toList()));
      assertEquals(zwei.zielwerte(), geladen.zielwerte());
    }

    @Test
    @DisplayName("Zielwerte keep Sozialraum and baseline when present and stay without them")
    void zielwerte() {
      speichereAlle(List.of(KontraktBeispiele.bruehlFassung1(), KontraktBeispiele.koelnFassung1()));
      List<Zielwert> bruehl =
          repository().findById(LeitbildId.of(BRUEHL, 1)).orElseThrow().zielwerte();
      assertEquals(
          Optional.of(new BigDecimal("23.0001")),
          Optional.ofNullable(bruehl.get(0).ausgangswert()));
      assertEquals(
          Optional.of(KontraktBeispiele.bruehlFassung1().zielwerte().get(0).sozialraum()),
          Optional.ofNullable(bruehl.get(0).sozialraum()));
      List<Zielwert> koeln =
          repository().findById(LeitbildId.of(KOELN, 1)).orElseThrow().zielwerte();
      assertEquals(
          0,
          new BigDecimal("123456789012.3456").compareTo(koeln.get(0).wert()),
          "a huge target value survives exactly");
      assertEquals(Optional.empty(), Optional.ofNullable(koeln.get(0).ausgangswert()));
    }

    @Test
    @DisplayName("all seven Präventionsleitlinien survive, and so does none")
    void leitlinien() {
      speichereAlle(
          List.of(KontraktBeispiele.ahlenFassung2(), KontraktBeispiele.ahlenFassung3Entwurf()));
      assertEquals(
          EnumSet.allOf(Praeventionsleitlinie.class),
          Set.copyOf(repository().findById(LeitbildId.of(AHLEN, 2)).orElseThrow().leitlinien()));
      assertEquals(
          Set.of(), repository().findById(LeitbildId.of(AHLEN, 3)).orElseThrow().leitlinien());
    }

    @Test
    @DisplayName("a draft stays without decision date and body; a decision without body stays so")
    void entwurf() {
      speichereAlle(
          List.of(KontraktBeispiele.ahlenFassung3Entwurf(), KontraktBeispiele.koelnFassung1()));
      Leitbild entwurf = repository().findById(LeitbildId.of(AHLEN, 3)).orElseThrow();
      assertEquals(Optional.empty(), entwurf.beschlossenAm());
      assertEquals(Optional.empty(), entwurf.gremium());
      assertEquals(List.of(), entwurf.leitziele());
      Leitbild koeln = repository().findById(LeitbildId.of(KOELN, 1)).orElseThrow();
      assertEquals(Optional.of(tag("2020-11-05")), koeln.beschlossenAm());
      assertEquals(Optional.empty(), koeln.gremium());
      assertEquals("Leitbild „Kinderstark in Köln“ – Übergang Kita–Grundschule", koeln.titel());
    }
  }

  @Nested
  @DisplayName("changing a stored Leitbild")
  class Aendern {

    @Test
    @DisplayName("a save that drops a Leitziel drops it, with its Handlungsziele, in storage")
    void entfernt() {
      Leitbild eins = repository().save(KontraktBeispiele.ahlenFassung2());
      Leitbild weniger =
          Leitbild.builder(eins.kommune(), eins.fassung(), eins.titel())
              .beschlossen(eins.beschlossenAm().orElseThrow(), eins.gremium().orElseThrow())
              .leitlinien(eins.leitlinien())
              .leitziel(eins.leitziele().get(1))
              .revision(eins.revision())
              .build();
      Leitbild zwei = repository().save(weniger);
      assertEquals(Optional.of(zwei), repository().findById(eins.id()));
      assertEquals(1, zwei.leitziele().size());
      assertEquals(Optional.empty(), zwei.handlungsziel("A.1"));
    }
  }
}
