package de.kekiz.port.kontrakt;

import static de.kekiz.port.kontrakt.KontraktBeispiele.AHLEN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.GROSS;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KLEIN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KOELN;
import static de.kekiz.port.kontrakt.KontraktBeispiele.KREIS_UNNA;
import static de.kekiz.port.kontrakt.KontraktBeispiele.SGB2_V1;
import static de.kekiz.port.kontrakt.KontraktBeispiele.SGB2_V2;
import static de.kekiz.port.kontrakt.KontraktBeispiele.UNNA;
import static de.kekiz.port.kontrakt.KontraktBeispiele.besondereMesswerte;
import static de.kekiz.port.kontrakt.KontraktBeispiele.viele;
import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MesswertRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link MesswertRepository}: loads are all or nothing (a duplicate under {@link
 * Duplikatregel#ABLEHNEN} or a failing input stores nothing of the load), {@link
 * Duplikatregel#ERSETZEN} replaces within the load and against what is stored, reads are per
 * Kommune and ordered by the natural order of {@link MesswertSchluessel}, and every part of a
 * Messwert survives exactly: numerators and denominators with 12 digits before and 4 after the
 * decimal point, absent numerators of suppressed values, every status and breakdown.
 *
 * <p>An adapter extends this class and supplies {@link #neuesRepository()}; everything else is
 * fixed.
 */
public abstract class MesswertRepositoryContract {

  private @Nullable MesswertRepository repository;

  /** A fresh, empty repository. Called once before each test; the test uses only this instance. */
  protected abstract MesswertRepository neuesRepository();

  /** Creates the repository of the test about to run. */
  @BeforeEach
  protected final void legeRepositoryAn() {
    repository = requireNonNull(neuesRepository(), "neuesRepository() returned null");
  }

  /** The repository of the running test. */
  protected final MesswertRepository repository() {
    return requireNonNull(repository, "no repository: legeRepositoryAn() has not run");
  }

  private List<Messwert> gelesen(Gemeindeschluessel kommune) {
    try (Stream<Messwert> s = repository().streamByKommune(kommune)) {
      return s.collect(Collectors.toList());
    }
  }

  private static List<Messwert> sortiert(List<Messwert> messwerte) {
    return messwerte.stream()
        .sorted(Comparator.comparing(Messwert::schluessel))
        .collect(Collectors.toList());
  }

  private static List<Messwert> zusammen(List<Messwert> a, List<Messwert> b) {
    List<Messwert> alle = new ArrayList<>(a);
    alle.addAll(b);
    return alle;
  }

  /**
   * Yields {@code messwerte}, then throws instead of yielding element {@code messwerte.size()+1}.
   */
  private static final class AbbrechenderIterator implements Iterator<Messwert> {
    private final Iterator<Messwert> messwerte;
    private final RuntimeException fehler;

    AbbrechenderIterator(List<Messwert> messwerte, RuntimeException fehler) {
      this.messwerte = messwerte.iterator();
      this.fehler = fehler;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Messwert next() {
      if (messwerte.hasNext()) {
        return messwerte.next();
      }
      throw fehler;
    }
  }

  private static void assertUrsache(RuntimeException erwartet, Throwable tatsaechlich) {
    for (Throwable t = tatsaechlich; t != null; t = t.getCause()) {
      if (t == erwartet) {
        return;
      }
    }
    fail("expected the input's exception (or an exception caused by it), got " + tatsaechlich);
  }

  @Nested
  @DisplayName("an empty repository")
  class Leer {

    @Test
    @DisplayName("streams, finds and counts nothing and deletes nothing")
    void nichts() {
      assertEquals(List.of(), gelesen(KOELN));
      assertEquals(
          List.of(), repository().findByKommuneAndIndikator(KOELN, Indikatoren.SGB2_QUOTE_U15));
      assertEquals(Optional.empty(), repository().find(besondereMesswerte().get(0).schluessel()));
      assertEquals(0, repository().count(KOELN));
      assertEquals(0, repository().deleteByKommune(KOELN));
    }

    @Test
    @DisplayName("an empty load stores nothing and returns 0")
    void leereLadung() {
      assertEquals(0, repository().saveAll(List.of(), Duplikatregel.ABLEHNEN));
      assertEquals(0, repository().saveAll(List.<Messwert>of().iterator(), Duplikatregel.ERSETZEN));
      assertEquals(0, repository().count(KOELN));
    }
  }

  @Nested
  @DisplayName("storing and reading back")
  class Rundreise {

    @Test
    @DisplayName("returns the number stored; every Messwert loads back equal, every field included")
    void gleich() {
      List<Messwert> besondere = besondereMesswerte();
      assertEquals(besondere.size(), repository().saveAll(besondere, Duplikatregel.ABLEHNEN));
      assertEquals(besondere.size(), repository().count(KOELN));
      for (Messwert m : besondere) {
        assertEquals(Optional.of(m), repository().find(m.schluessel()), m.toString());
      }
      assertEquals(sortiert(besondere), gelesen(KOELN));
    }

    @Test
    @DisplayName("keeps huge and tiny values exactly: 123456789012.3456 and 0.0001")
    void exakt() {
      repository().saveAll(besondereMesswerte(), Duplikatregel.ABLEHNEN);
      Messwert gross = besondereMesswerte().get(0);
      Messwert klein = besondereMesswerte().get(1);
      Messwert g = repository().find(gross.schluessel()).orElseThrow();
      Messwert k = repository().find(klein.schluessel()).orElseThrow();
      assertEquals(GROSS, g.zaehler());
      assertEquals(new BigDecimal("987654321098.7654"), g.nenner());
      assertEquals(KLEIN, k.zaehler());
      assertEquals(new BigDecimal("0.0003"), k.nenner());
      assertEquals("123456789012.3456", requireNonNull(g.zaehler()).toPlainString());
      assertEquals("0.0001", requireNonNull(k.zaehler()).toPlainString());
    }

    @Test
    @DisplayName(
        "a suppressed value without numerator (CONF_STATUS A) stays without it and keeps its"
            + " denominator")
    void unterdrueckt() {
      repository().saveAll(besondereMesswerte(), Duplikatregel.ABLEHNEN);
      Messwert gesperrt = besondereMesswerte().get(2);
      Messwert geladen = repository().find(gesperrt.schluessel()).orElseThrow();
      assertEquals(Optional.empty(), Optional.ofNullable(geladen.zaehler()));
      assertEquals(new BigDecimal("47"), geladen.nenner());
      assertEquals(ConfStatus.A, geladen.confStatus());
      assertEquals(gesperrt, geladen);
    }

    @Test
    @DisplayName("every OBS_STATUS and every CONF_STATUS survives")
    void status() {
      repository().saveAll(besondereMesswerte(), Duplikatregel.ABLEHNEN);
      List<Messwert> geladen = gelesen(KOELN);
      assertEquals(
          EnumSet.allOf(ObsStatus.class),
          geladen.stream().map(Messwert::obsStatus).collect(Collectors.toSet()));
      assertEquals(
          EnumSet.allOf(ConfStatus.class),
          geladen.stream().map(Messwert::confStatus).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("every breakdown survives: the total, one and two dimensions, umlauts and spaces")
    void aufschluesselungen() {
      repository().saveAll(besondereMesswerte(), Duplikatregel.ABLEHNEN);
      Set<String> erwartet =
          besondereMesswerte().stream()
              .map(m -> m.aufschluesselung().toString())
              .collect(Collectors.toSet());
      assertEquals(
          erwartet,
          gelesen(KOELN).stream()
              .map(m -> m.aufschluesselung().toString())
              .collect(Collectors.toSet()));
      assertTrue(erwartet.contains("herkunft=Türkei / Übergang"));
      assertTrue(erwartet.contains("alter=0-2,geschlecht=w"));
    }

    @Test
    @DisplayName("every kind of period and both kinds of area survive, with each boundary version")
    void periodenUndRaeume() {
      repository().saveAll(besondereMesswerte(), Duplikatregel.ABLEHNEN);
      List<Messwert> geladen = gelesen(KOELN);
      assertEquals(
          besondereMesswerte().stream().map(m -> m.periode().art()).collect(Collectors.toSet()),
          geladen.stream().map(m -> m.periode().art()).collect(Collectors.toSet()));
      assertEquals(
          besondereMesswerte().stream().map(Messwert::raum).collect(Collectors.toSet()),
          geladen.stream().map(Messwert::raum).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("finds by the exact key only: another version, period or breakdown finds nothing")
    void findExakt() {
      Messwert m = viele(KOELN, 1, 0).get(0);
      repository().saveAll(List.of(m), Duplikatregel.ABLEHNEN);
      assertEquals(Optional.of(m), repository().find(m.schluessel()));
      MesswertSchluessel s = m.schluessel();
      assertEquals(
          Optional.empty(),
          repository()
              .find(MesswertSchluessel.of(SGB2_V2, s.raum(), s.periode(), s.aufschluesselung())));
      assertEquals(
          Optional.empty(),
          repository()
              .find(
                  MesswertSchluessel.of(
                      s.indikator(), s.raum(), s.periode().naechste(), s.aufschluesselung())));
      assertEquals(
          Optional.empty(),
          repository()
              .find(
                  MesswertSchluessel.of(
                      s.indikator(),
                      s.raum(),
                      s.periode(),
                      Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w"))));
      assertEquals(
          Optional.empty(),
          repository()
              .find(
                  MesswertSchluessel.of(
                      s.indikator(), Raumbezug.of(AHLEN), s.periode(), s.aufschluesselung())));
    }
  }

  @Nested
  @DisplayName("reading in order")
  class Reihenfolge {

    @Test
    @DisplayName("streams in the natural order of the keys, whatever the order of loading")
    void natuerlich() {
      List<Messwert> alle = zusammen(viele(KOELN, 1000, 0), besondereMesswerte());
      repository().saveAll(KontraktBeispiele.gemischt(alle, 42L), Duplikatregel.ABLEHNEN);
      List<Messwert> gelesen = gelesen(KOELN);
      assertEquals(sortiert(alle), gelesen);
    }

    @Test
    @DisplayName("streams several loads merged in key order")
    void mehrereLadungen() {
      List<Messwert> alle = KontraktBeispiele.gemischt(viele(KOELN, 600, 0), 7L);
      repository().saveAll(alle.subList(0, 200), Duplikatregel.ABLEHNEN);
      repository().saveAll(alle.subList(400, 600), Duplikatregel.ABLEHNEN);
      repository().saveAll(alle.subList(200, 400), Duplikatregel.ABLEHNEN);
      assertEquals(sortiert(alle), gelesen(KOELN));
    }

    @Test
    @DisplayName("lists the Messwerte of one indicator, all versions, in stream order")
    void nachIndikator() {
      List<Messwert> alle = zusammen(viele(KOELN, 1000, 0), besondereMesswerte());
      repository().saveAll(KontraktBeispiele.gemischt(alle, 4711L), Duplikatregel.ABLEHNEN);
      List<Messwert> sgb2 =
          sortiert(alle).stream()
              .filter(m -> m.indikator().key().equals(Indikatoren.SGB2_QUOTE_U15))
              .collect(Collectors.toList());
      List<Messwert> gefunden =
          repository().findByKommuneAndIndikator(KOELN, Indikatoren.SGB2_QUOTE_U15);
      assertEquals(sgb2, gefunden);
      assertTrue(gefunden.stream().anyMatch(m -> m.indikator().equals(SGB2_V1)));
      assertTrue(gefunden.stream().anyMatch(m -> m.indikator().equals(SGB2_V2)));
      assertEquals(
          List.of(), repository().findByKommuneAndIndikator(KOELN, Indikatoren.MASERN_IMPFUNG));
    }
  }

  @Nested
  @DisplayName("one Kommune at a time")
  class ProKommune {

    private List<Messwert> koeln = List.of();
    private List<Messwert> kreis = List.of();
    private List<Messwert> unna = List.of();
    private List<Messwert> ahlen = List.of();

    @BeforeEach
    void lade() {
      koeln = viele(KOELN, 300, 0);
      kreis = viele(KREIS_UNNA, 200, 1);
      unna = viele(UNNA, 100, 2);
      ahlen = viele(AHLEN, 50, 3);
      List<Messwert> gemischt =
          KontraktBeispiele.gemischt(zusammen(zusammen(koeln, kreis), zusammen(unna, ahlen)), 5L);
      assertEquals(
          650,
          repository().saveAll(gemischt, Duplikatregel.ABLEHNEN),
          "one load may hold Messwerte of several Kommunen");
    }

    @Test
    @DisplayName(
        "streams only the Messwerte of the Kommune asked for, the Kreis and its Gemeinde apart")
    void getrennt() {
      assertEquals(sortiert(koeln), gelesen(KOELN));
      assertEquals(sortiert(kreis), gelesen(KREIS_UNNA));
      assertEquals(sortiert(unna), gelesen(UNNA));
      assertEquals(sortiert(ahlen), gelesen(AHLEN));
      assertEquals(List.of(), gelesen(KontraktBeispiele.BRUEHL));
    }

    @Test
    @DisplayName("counts per Kommune")
    void zaehlt() {
      assertEquals(300, repository().count(KOELN));
      assertEquals(200, repository().count(KREIS_UNNA));
      assertEquals(100, repository().count(UNNA));
      assertEquals(50, repository().count(AHLEN));
      assertEquals(0, repository().count(KontraktBeispiele.BRUEHL));
    }

    @Test
    @DisplayName("finds one indicator's Messwerte of the Kommune asked for only")
    void nachIndikator() {
      assertEquals(
          sortiert(unna), repository().findByKommuneAndIndikator(UNNA, Indikatoren.SGB2_QUOTE_U15));
    }

    @Test
    @DisplayName("deletes every Messwert of one Kommune, returns how many, and leaves the others")
    void loescht() {
      assertEquals(200, repository().deleteByKommune(KREIS_UNNA));
      assertEquals(0, repository().count(KREIS_UNNA));
      assertEquals(List.of(), gelesen(KREIS_UNNA));
      assertEquals(Optional.empty(), repository().find(kreis.get(17).schluessel()));
      assertEquals(sortiert(unna), gelesen(UNNA));
      assertEquals(300, repository().count(KOELN));
      assertEquals(0, repository().deleteByKommune(KREIS_UNNA), "deleting twice deletes nothing");
    }

    @Test
    @DisplayName("after deleting, the same keys can be loaded again under ABLEHNEN")
    void neuLaden() {
      repository().deleteByKommune(UNNA);
      List<Messwert> neu = viele(UNNA, 100, 50);
      assertEquals(100, repository().saveAll(neu, Duplikatregel.ABLEHNEN));
      assertEquals(sortiert(neu), gelesen(UNNA));
    }
  }

  @Nested
  @DisplayName("a load is all or nothing")
  class AllesOderNichts {

    @Test
    @DisplayName(
        "a load whose 1000th Messwert repeats an earlier one fails under ABLEHNEN, naming key and"
            + " position, and stores nothing")
    void duplikatInDerLadung() {
      List<Messwert> ladung = new ArrayList<>(viele(KOELN, 999, 0));
      Messwert doppelt = ladung.get(499).withWerten(BigDecimal.ONE, BigDecimal.TEN);
      ladung.add(doppelt);
      DuplikatException e =
          assertThrows(
              DuplikatException.class, () -> repository().saveAll(ladung, Duplikatregel.ABLEHNEN));
      assertEquals(doppelt.schluessel().toString(), e.schluessel());
      assertEquals(1000, e.position());
      assertEquals(0, repository().count(KOELN));
      assertEquals(List.of(), gelesen(KOELN));
      assertEquals(Optional.empty(), repository().find(ladung.get(0).schluessel()));
    }

    @Test
    @DisplayName("a load that repeats a stored key fails under ABLEHNEN and changes nothing stored")
    void duplikatGespeichert() {
      List<Messwert> vorher = viele(KOELN, 10, 0);
      repository().saveAll(vorher, Duplikatregel.ABLEHNEN);
      List<Messwert> ladung = new ArrayList<>(viele(AHLEN, 999, 0));
      Messwert doppelt = vorher.get(3).withWerten(new BigDecimal("99"), new BigDecimal("100"));
      ladung.add(doppelt);
      DuplikatException e =
          assertThrows(
              DuplikatException.class,
              () -> repository().saveAll(ladung.iterator(), Duplikatregel.ABLEHNEN));
      assertEquals(doppelt.schluessel().toString(), e.schluessel());
      assertEquals(1000, e.position());
      assertEquals(0, repository().count(AHLEN), "nothing of the load is stored");
      assertEquals(sortiert(vorher), gelesen(KOELN), "what was stored before is unchanged");
    }

    @Test
    @DisplayName("the first duplicate in load order is the one reported")
    void ersteStelle() {
      List<Messwert> vorher = viele(KOELN, 10, 0);
      repository().saveAll(vorher, Duplikatregel.ABLEHNEN);
      List<Messwert> ladung = new ArrayList<>(viele(AHLEN, 20, 0));
      ladung.add(5, vorher.get(9));
      ladung.add(ladung.get(0));
      DuplikatException e =
          assertThrows(
              DuplikatException.class, () -> repository().saveAll(ladung, Duplikatregel.ABLEHNEN));
      assertEquals(6, e.position());
      assertEquals(vorher.get(9).schluessel().toString(), e.schluessel());
      assertEquals(0, repository().count(AHLEN));
    }

    @Test
    @DisplayName("a load whose input fails midway stores nothing and reports the input's failure")
    void eingabeBricht() {
      List<Messwert> vorher = viele(KOELN, 10, 0);
      repository().saveAll(vorher, Duplikatregel.ABLEHNEN);
      RuntimeException fehler = new IllegalStateException("Lesefehler in Zeile 501 (Übergang)");
      Iterator<Messwert> eingabe = new AbbrechenderIterator(viele(AHLEN, 500, 0), fehler);
      RuntimeException e =
          assertThrows(
              RuntimeException.class, () -> repository().saveAll(eingabe, Duplikatregel.ABLEHNEN));
      assertUrsache(fehler, e);
      assertEquals(0, repository().count(AHLEN));
      assertEquals(sortiert(vorher), gelesen(KOELN));
    }

    @Test
    @DisplayName("under ERSETZEN too, a failing input replaces nothing and stores nothing")
    void eingabeBrichtBeimErsetzen() {
      List<Messwert> vorher = viele(KOELN, 10, 0);
      repository().saveAll(vorher, Duplikatregel.ABLEHNEN);
      List<Messwert> ladung = new ArrayList<>(viele(KOELN, 10, 40));
      ladung.addAll(viele(AHLEN, 300, 0));
      RuntimeException fehler = new NoSuchElementException("Datei endet mitten in Zeile 311");
      RuntimeException e =
          assertThrows(
              RuntimeException.class,
              () ->
                  repository()
                      .saveAll(new AbbrechenderIterator(ladung, fehler), Duplikatregel.ERSETZEN));
      assertUrsache(fehler, e);
      assertEquals(sortiert(vorher), gelesen(KOELN), "no stored Messwert was replaced");
      assertEquals(0, repository().count(AHLEN));
    }
  }

  @Nested
  @DisplayName("replacing under ERSETZEN")
  class Ersetzen {

    @Test
    @DisplayName("replaces stored Messwerte with the same key and adds the new ones")
    void gespeichert() {
      List<Messwert> alt = viele(KOELN, 100, 0);
      repository().saveAll(alt, Duplikatregel.ABLEHNEN);
      List<Messwert> neu = viele(KOELN, 150, 10);
      assertEquals(150, repository().saveAll(neu, Duplikatregel.ERSETZEN));
      assertEquals(150, repository().count(KOELN));
      assertEquals(sortiert(neu), gelesen(KOELN));
      assertNotEquals(alt.get(0), neu.get(0), "the samples differ in value");
    }

    @Test
    @DisplayName("a later Messwert replaces an earlier one of the same load; every one read counts")
    void inDerLadung() {
      Messwert a1 = viele(KOELN, 1, 0).get(0);
      Messwert b = viele(KOELN, 2, 0).get(1);
      Messwert a2 = a1.withConfStatus(ConfStatus.D).withWerten(null, new BigDecimal("1000"));
      assertEquals(3, repository().saveAll(List.of(a1, b, a2), Duplikatregel.ERSETZEN));
      assertEquals(2, repository().count(KOELN));
      assertEquals(Optional.of(a2), repository().find(a1.schluessel()));
      assertEquals(sortiert(List.of(a2, b)), gelesen(KOELN));
    }

    @Test
    @DisplayName("replacing changes status and values, down to an absent numerator")
    void allesErsetzt() {
      Messwert alt =
          KontraktBeispiele.messwert(
              SGB2_V2,
              Raumbezug.of(KOELN),
              Periode.jahr(2023),
              Aufschluesselung.INSGESAMT,
              GROSS,
              GROSS,
              ObsStatus.A,
              ConfStatus.F);
      repository().saveAll(List.of(alt), Duplikatregel.ABLEHNEN);
      Messwert neu = Messwert.fehlend(SGB2_V2, Raumbezug.of(KOELN), Periode.jahr(2023));
      repository().saveAll(List.of(neu), Duplikatregel.ERSETZEN);
      assertEquals(Optional.of(neu), repository().find(alt.schluessel()));
    }
  }
}
