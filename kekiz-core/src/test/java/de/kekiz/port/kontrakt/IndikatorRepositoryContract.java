package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.FRUEHE_HILFEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.ZEITREIHE;
import static de.kekiz.port.kontrakt.KontraktBeispiele.frueheHilfen;
import static de.kekiz.port.kontrakt.KontraktBeispiele.zeitreihe;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.IndikatorRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IndikatorRepository}: the generic part of {@link
 * AggregatRepositoryContract} plus ordering by key, then version (numerically), the versions of one
 * key, the version valid on a day (first and last day included, none in a gap), and the survival of
 * every part of a definition.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class IndikatorRepositoryContract
    extends AggregatRepositoryContract<Indikator, IndikatorRef> {

  private @Nullable IndikatorRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract IndikatorRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final IndikatorRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  @Override
  protected final Indikator speichere(Indikator aggregat) {
    return repository().save(aggregat);
  }

  @Override
  protected final List<Ablagestand<Indikator>> historie(IndikatorRef id) {
    return repository().findHistorie(id);
  }

  @Override
  protected final Optional<Indikator> lade(IndikatorRef id) {
    return repository().findByRef(id);
  }

  @Override
  protected final boolean loesche(IndikatorRef id, long revision) {
    return repository().delete(id, revision);
  }

  @Override
  protected final IndikatorRef id(Indikator aggregat) {
    return aggregat.ref();
  }

  @Override
  protected final long revision(Indikator aggregat) {
    return aggregat.revision();
  }

  @Override
  protected final Indikator mitRevision(Indikator aggregat, long revision) {
    return aggregat.withRevision(revision);
  }

  /** Appends to the name. */
  @Override
  protected final Indikator geaendert(Indikator i) {
    return i.toBuilder().name(i.name() + " (geändert)").build();
  }

  @Override
  protected final List<Indikator> beispiele() {
    return List.of(
        Indikatoren.sgb2QuoteU15Version2(),
        frueheHilfen(1),
        Indikatoren.betreuungsquoteU3(),
        KontraktBeispiele.hzeEckwert(),
        frueheHilfen(3));
  }

  @Override
  protected final String aggregatName() {
    return "Indikator";
  }

  private List<Indikator> speichereAlle(List<Indikator> indikatoren) {
    List<Indikator> gespeichert = new ArrayList<>();
    for (Indikator i : indikatoren) {
      gespeichert.add(repository().save(i));
    }
    return gespeichert;
  }

  private static List<String> refs(List<Indikator> indikatoren) {
    return indikatoren.stream().map(i -> i.ref().toString()).collect(Collectors.toList());
  }

  private Optional<Integer> gueltigeVersion(IndikatorKey key, String tag) {
    return repository().findGueltig(key, LocalDate.parse(tag)).map(Indikator::version);
  }

  private Indikator geladen(IndikatorRef ref) {
    return repository()
        .findByRef(ref)
        .orElseThrow(() -> new AssertionError("Indikator " + ref + " was not found"));
  }

  @Nested
  @DisplayName("listing all definitions")
  class Alle {

    @Test
    @DisplayName("an empty repository lists no definition")
    void leer() {
      assertEquals(List.of(), repository().findAll());
    }

    @Test
    @DisplayName(
        "lists every definition ordered by key, then version, whatever the order of saving")
    void geordnet() {
      List<Indikator> gespeichert = speichereAlle(KontraktBeispiele.indikatoren());
      List<Indikator> alle = repository().findAll();
      assertEquals(
          List.of(
              "betreuungsquote-u3@1",
              "fruehe-hilfen-kontakte@1",
              "fruehe-hilfen-kontakte@2",
              "fruehe-hilfen-kontakte@3",
              "hze-eckwert@1",
              "seu-sprache@1",
              "sgb2-quote-u15@1",
              "sgb2-quote-u15@2"),
          refs(alle));
      assertEquals(
          Set.copyOf(gespeichert), Set.copyOf(alle), "the listed ones are the stored ones");
    }

    @Test
    @DisplayName("orders versions numerically: 9 before 10")
    void numerisch() {
      speichereAlle(
          KontraktBeispiele.gemischt(
              IntStream.rangeClosed(1, 12)
                  .mapToObj(KontraktBeispiele::zeitreihe)
                  .collect(Collectors.toList()),
              1_234L));
      assertEquals(
          IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList()),
          repository().findAll().stream().map(Indikator::version).collect(Collectors.toList()));
    }

    @Test
    @DisplayName("lists each definition once, in its latest revision; a deleted one not at all")
    void neuesteRevision() {
      Indikator v1 = repository().save(Indikatoren.sgb2QuoteU15Version1());
      Indikator v2 = repository().save(Indikatoren.sgb2QuoteU15Version2());
      Indikator u3 = repository().save(Indikatoren.betreuungsquoteU3());
      Indikator v2neu = repository().save(geaendert(v2));
      assertTrue(repository().delete(v1.ref(), v1.revision()));
      assertEquals(List.of(u3, v2neu), repository().findAll());
    }
  }

  @Nested
  @DisplayName("listing the versions of one indicator")
  class Versionen {

    @Test
    @DisplayName("lists every version of the key ordered by version, numerically")
    void geordnet() {
      List<Indikator> gespeichert =
          speichereAlle(
              KontraktBeispiele.gemischt(
                  IntStream.rangeClosed(1, 12)
                      .mapToObj(KontraktBeispiele::zeitreihe)
                      .collect(Collectors.toList()),
                  99L));
      List<Indikator> versionen = repository().findVersionen(ZEITREIHE);
      assertEquals(
          IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList()),
          versionen.stream().map(Indikator::version).collect(Collectors.toList()));
      assertEquals(Set.copyOf(gespeichert), Set.copyOf(versionen));
    }

    @Test
    @DisplayName("lists only the versions of the given key")
    void nurEigene() {
      speichereAlle(KontraktBeispiele.indikatoren());
      assertEquals(
          List.of(
              "fruehe-hilfen-kontakte@1", "fruehe-hilfen-kontakte@2", "fruehe-hilfen-kontakte@3"),
          refs(repository().findVersionen(FRUEHE_HILFEN)));
      assertEquals(
          List.of("sgb2-quote-u15@1", "sgb2-quote-u15@2"),
          refs(repository().findVersionen(Indikatoren.SGB2_QUOTE_U15)));
    }

    @Test
    @DisplayName("a key without stored versions gives an empty list")
    void unbekannt() {
      speichereAlle(KontraktBeispiele.indikatoren());
      assertEquals(List.of(), repository().findVersionen(Indikatoren.MASERN_IMPFUNG));
    }
  }

  @Nested
  @DisplayName("finding the version valid on a day")
  class Gueltig {

    @Test
    @DisplayName("finds the version whose validity holds the day, on its first and on its last day")
    void grenzen() {
      speichereAlle(KontraktBeispiele.indikatoren());
      IndikatorKey sgb2 = Indikatoren.SGB2_QUOTE_U15;
      assertEquals(Optional.empty(), gueltigeVersion(sgb2, "2004-12-31"));
      assertEquals(Optional.of(1), gueltigeVersion(sgb2, "2005-01-01"));
      assertEquals(Optional.of(1), gueltigeVersion(sgb2, "2015-12-31"));
      assertEquals(Optional.of(2), gueltigeVersion(sgb2, "2016-01-01"));
      assertEquals(
          Optional.of(geladen(Indikatoren.sgb2QuoteU15Version2().ref())),
          repository().findGueltig(sgb2, LocalDate.of(2023, 12, 31)),
          "the valid version is the stored one, every field included");
    }

    @Test
    @DisplayName("an open-ended validity holds for any later day")
    void offen() {
      speichereAlle(KontraktBeispiele.indikatoren());
      assertEquals(Optional.of(2), gueltigeVersion(Indikatoren.SGB2_QUOTE_U15, "9999-12-31"));
    }

    @Test
    @DisplayName("a day in a gap between versions finds nothing")
    void luecke() {
      speichereAlle(KontraktBeispiele.indikatoren());
      assertEquals(Optional.of(2), gueltigeVersion(FRUEHE_HILFEN, "2019-12-31"));
      assertEquals(Optional.empty(), gueltigeVersion(FRUEHE_HILFEN, "2020-01-01"));
      assertEquals(Optional.empty(), gueltigeVersion(FRUEHE_HILFEN, "2020-12-31"));
      assertEquals(Optional.of(3), gueltigeVersion(FRUEHE_HILFEN, "2021-01-01"));
    }

    @Test
    @DisplayName("among many versions, finds the one of the day")
    void vieleVersionen() {
      speichereAlle(
          KontraktBeispiele.gemischt(
              IntStream.rangeClosed(1, 12)
                  .mapToObj(KontraktBeispiele::zeitreihe)
                  .collect(Collectors.toList()),
              7L));
      assertEquals(Optional.of(10), gueltigeVersion(ZEITREIHE, "2010-06-30"));
      assertEquals(Optional.of(9), gueltigeVersion(ZEITREIHE, "2009-12-31"));
      assertEquals(Optional.empty(), gueltigeVersion(ZEITREIHE, "2013-01-01"));
    }

    @Test
    @DisplayName("never returns a version of another key")
    void andererKey() {
      speichereAlle(KontraktBeispiele.indikatoren());
      assertEquals(Optional.empty(), gueltigeVersion(Indikatoren.MASERN_IMPFUNG, "2020-01-01"));
      assertEquals(Optional.empty(), gueltigeVersion(ZEITREIHE, "2005-06-30"));
    }

    @Test
    @DisplayName("a deleted version is valid no more")
    void geloescht() {
      List<Indikator> gespeichert =
          speichereAlle(List.of(zeitreihe(1), zeitreihe(2), zeitreihe(3)));
      Indikator zwei = gespeichert.get(1);
      repository().delete(zwei.ref(), zwei.revision());
      assertEquals(Optional.empty(), gueltigeVersion(ZEITREIHE, "2002-06-30"));
      assertEquals(Optional.of(3), gueltigeVersion(ZEITREIHE, "2003-06-30"));
    }
  }

  @Nested
  @DisplayName("storing every part of a definition")
  class Inhalt {

    @Test
    @DisplayName("an indicator without denominator stays without it, with factor 1 and no extras")
    void ohneNenner() {
      repository().save(frueheHilfen(1));
      Indikator geladen = geladen(frueheHilfen(1).ref());
      assertEquals(frueheHilfen(1), geladen.withRevision(0));
      assertEquals(Optional.empty(), geladen.nennerDefinition());
      assertEquals(BigDecimal.ONE, geladen.faktor());
      assertEquals(Optional.empty(), geladen.stichtag());
      assertEquals(Optional.empty(), geladen.aenderungshinweis());
      assertEquals(Set.of(), geladen.dimensionen());
    }

    @Test
    @DisplayName("factor, reference day, dimensions, change note and umlauts survive")
    void allesDa() {
      speichereAlle(KontraktBeispiele.indikatoren());
      Indikator hze = geladen(KontraktBeispiele.hzeEckwert().ref());
      assertEquals(new BigDecimal("10000"), hze.faktor());
      Indikator u3 = geladen(Indikatoren.betreuungsquoteU3().ref());
      assertEquals(Optional.of(MonthDay.of(3, 1)), u3.stichtag());
      Indikator v3 = geladen(frueheHilfen(3).ref());
      assertEquals(Set.of("alter", "geschlecht"), v3.dimensionen());
      assertEquals(frueheHilfen(3).aenderungshinweis(), v3.aenderungshinweis());
      assertEquals("Erstkontakte der Frühen Hilfen („Übergang“ Geburt–Familie)", v3.name());
      Indikator sgb2 = geladen(Indikatoren.sgb2QuoteU15Version2().ref());
      assertEquals(Indikatoren.sgb2QuoteU15Version2().quelle(), sgb2.quelle());
      assertEquals(Indikatoren.sgb2QuoteU15Version2().gueltigkeit(), sgb2.gueltigkeit());
    }
  }
}
