package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.persistence.internal.Messreihe;
import de.kekiz.persistence.internal.MesswertZeile;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Bulk loads stream in batches and name the failing row exactly")
class LadenTest {

  /**
   * {@code ds} with connections that record whether the driver's own connection was asked for (that
   * is how the adapter reaches COPY), or that refuse to unwrap at all, like some pools.
   */
  private static DataSource beobachtet(
      DataSource ds, AtomicInteger ausgepackt, boolean verweigern) {
    return (DataSource)
        Proxy.newProxyInstance(
            LadenTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, a) -> {
              Object r;
              try {
                r = m.invoke(ds, a);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (!m.getName().equals("getConnection")) {
                return r;
              }
              Connection c = (Connection) r;
              return Proxy.newProxyInstance(
                  LadenTest.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p2, m2, a2) -> {
                    if (m2.getName().equals("isWrapperFor") || m2.getName().equals("unwrap")) {
                      if (verweigern) {
                        if (m2.getName().equals("isWrapperFor")) {
                          return false;
                        }
                        throw new SQLException("this pool does not unwrap");
                      }
                      ausgepackt.incrementAndGet();
                    }
                    try {
                      return m2.invoke(c, a2);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
            });
  }

  @Test
  @DisplayName(
      "on PostgreSQL the load reaches COPY through the driver's connection, and without it falls back to JDBC batches")
  void copyOderStapel() {
    for (boolean verweigern : new boolean[] {false, true}) {
      AtomicInteger ausgepackt = new AtomicInteger();
      DataSource ds = beobachtet(Testdatenbank.POSTGRESQL.datenquelle(), ausgepackt, verweigern);
      KekizPersistenz p = Testdatenbank.POSTGRESQL.neu(ds, b -> b.stapelgroesse(100));
      List<Messwert> ladung = liste(Testdaten.viele(1000, 4, Testdaten.AHLEN));
      ladung.set(777, ladung.get(3));
      assertThatThrownBy(() -> p.messwerte().saveAll(ladung, Duplikatregel.ABLEHNEN))
          .isInstanceOfSatisfying(
              DuplikatException.class, e -> assertThat(e.position()).isEqualTo(778));
      ladung.set(777, Testdaten.viele(1, 99, Testdaten.KOELN).next());
      assertThat(p.messwerte().saveAll(ladung, Duplikatregel.ERSETZEN)).isEqualTo(1000);
      assertThat(p.messwerte().count(Testdaten.AHLEN)).isEqualTo(999);
      if (verweigern) {
        assertThat(ausgepackt.get()).isZero();
      } else {
        assertThat(ausgepackt.get()).as("COPY needs the driver's connection").isPositive();
      }
    }
  }

  private static List<Messwert> liste(Iterator<Messwert> it) {
    List<Messwert> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a duplicate in the 6th batch of 7 is reported at its position in the whole load")
  void duplikatUeberStapelgrenzen(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(7));
    List<Messwert> ladung = liste(Testdaten.viele(60, 5, Testdaten.AHLEN));
    Messwert doppelt = ladung.get(2).withWerten(BigDecimal.ONE, BigDecimal.TEN);
    ladung.set(39, doppelt);
    assertThatThrownBy(() -> p.messwerte().saveAll(ladung.iterator(), Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(40);
              assertThat(e.schluessel()).isEqualTo(doppelt.schluessel().toString());
            });
    assertThat(p.messwerte().count(Testdaten.AHLEN)).isZero();
    assertThat(p.auditprotokoll().eintraege())
        .as("the load's audit entry is rolled back too")
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "values that need the exact columns, values without numbers and a duplicate among whole multi-row INSERTs: stored exactly, the duplicate named at its position")
  void exakteWerteZwischenMehrzeiligen(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(1000));
    List<Messwert> ladung = new ArrayList<>();
    int i = 0;
    for (Messwert m : liste(Testdaten.viele(2500, 13, Testdaten.AHLEN, Testdaten.KOELN))) {
      i++;
      if (i % 7 == 0) {
        m = m.withWerten(new BigDecimal("0.1234567"), m.nenner()); // 7 decimal places
      } else if (i % 11 == 0) {
        m = m.withWerten(m.zaehler(), new BigDecimal("9223372036854.775808")); // too large
      } else if (i % 13 == 0) {
        m =
            new Messwert(
                m.indikator(),
                m.raum(),
                m.periode(),
                m.aufschluesselung(),
                null,
                null,
                de.kekiz.domain.indikator.ObsStatus.M,
                m.confStatus());
      } else if (i % 17 == 0) {
        m = m.withWerten(new BigDecimal("-9223372036854.775807"), new BigDecimal("0.000001"));
      }
      ladung.add(m);
    }
    p.messwerte().saveAll(ladung, Duplikatregel.ABLEHNEN);
    for (var k : List.of(Testdaten.AHLEN, Testdaten.KOELN)) {
      try (Stream<Messwert> s = p.messwerte().streamByKommune(k)) {
        assertThat(s.toList())
            .isEqualTo(
                ladung.stream()
                    .filter(m -> m.raum().kommune().equals(k))
                    .sorted(Comparator.comparing(Messwert::schluessel))
                    .toList());
      }
    }

    KekizPersistenz q = db.neu(b -> b.stapelgroesse(1000));
    List<Messwert> doppelt = new ArrayList<>(ladung);
    doppelt.set(1777, doppelt.get(1500).withWerten(BigDecimal.ONE, BigDecimal.TEN));
    assertThatThrownBy(() -> q.messwerte().saveAll(doppelt.iterator(), Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(1778);
              assertThat(e.schluessel()).isEqualTo(doppelt.get(1500).schluessel().toString());
            });
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "ERSETZEN over many batches keeps the last value of each key and counts every row read")
  void ersetzenUeberStapelgrenzen(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(333));
    List<Messwert> alt = liste(Testdaten.viele(3000, 1, Testdaten.AHLEN, Testdaten.KOELN));
    p.messwerte().saveAll(alt, Duplikatregel.ABLEHNEN);
    List<Messwert> neu = liste(Testdaten.viele(4000, 2, Testdaten.AHLEN, Testdaten.KOELN));
    List<Messwert> ladung = new ArrayList<>(neu);
    List<Messwert> spaeter = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Messwert m = neu.get(i * 7).withWerten(BigDecimal.valueOf(i), new BigDecimal("99999.5"));
      spaeter.add(m);
    }
    ladung.addAll(spaeter);
    assertThat(p.messwerte().saveAll(ladung, Duplikatregel.ERSETZEN)).isEqualTo(4500);
    assertThat(p.messwerte().count(Testdaten.AHLEN) + p.messwerte().count(Testdaten.KOELN))
        .isEqualTo(4000);
    for (Messwert m : spaeter) {
      assertThat(p.messwerte().find(m.schluessel())).contains(m);
    }
    assertThat(p.messwerte().find(neu.get(1).schluessel())).contains(neu.get(1));
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "60,000 Messwerte generated on demand load and stream back complete and in key order with a small fetch size")
  void grosseLadung(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.abrufgroesse(250));
    assertThat(
            p.messwerte()
                .saveAll(Testdaten.viele(60_000, 11, Testdaten.KOELN), Duplikatregel.ABLEHNEN))
        .isEqualTo(60_000);
    List<Messwert> erwartet = liste(Testdaten.viele(60_000, 11, Testdaten.KOELN));
    erwartet.sort(Comparator.comparing(Messwert::schluessel));
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.KOELN)) {
      assertThat(s.toList()).isEqualTo(erwartet);
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a batch is written in key order, yet a duplicate inside it is named at its own position in the load")
  void duplikatImSelbenStapel(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(50));
    List<Messwert> ladung = liste(Testdaten.viele(120, 6, Testdaten.KOELN, Testdaten.AHLEN));
    // rows 51-100 form the second batch; a copy of a row among rows 51-98 goes to row 99: in key
    // order the copy is written right after the original, in load order it comes later than the
    // original, so the copy is the duplicate, at position 99
    Messwert erste =
        ladung.subList(50, 98).stream()
            .min(Comparator.comparing(Messwert::schluessel))
            .orElseThrow();
    Messwert doppelt = erste.withWerten(BigDecimal.ONE, BigDecimal.TEN);
    ladung.set(98, doppelt);
    long erwartet = 99;
    assertThatThrownBy(() -> p.messwerte().saveAll(ladung.iterator(), Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(erwartet);
              assertThat(e.schluessel()).isEqualTo(doppelt.schluessel().toString());
            });
    assertThat(p.messwerte().count(Testdaten.KOELN) + p.messwerte().count(Testdaten.AHLEN))
        .isZero();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a duplicate inside one multi-row INSERT of a large batch is named at its own position in the load")
  void duplikatImMehrzeiligenInsert(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(250));
    List<Messwert> ladung = liste(Testdaten.viele(600, 9, Testdaten.KOELN, Testdaten.AHLEN));
    // rows 251-500 form the second batch; the copy of its smallest key among rows 251-498 goes to
    // row 499: in key order both are the first two rows of the batch, so on H2 they meet in the
    // batch's first multi-row INSERT
    Messwert erste =
        ladung.subList(250, 498).stream()
            .min(Comparator.comparing(Messwert::schluessel))
            .orElseThrow();
    Messwert doppelt = erste.withWerten(BigDecimal.ONE, BigDecimal.TEN);
    ladung.set(498, doppelt);
    assertThatThrownBy(() -> p.messwerte().saveAll(ladung.iterator(), Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(499);
              assertThat(e.schluessel()).isEqualTo(doppelt.schluessel().toString());
            });
    assertThat(p.messwerte().count(Testdaten.KOELN) + p.messwerte().count(Testdaten.AHLEN))
        .isZero();
  }

  @Test
  @DisplayName(
      "the write order of a batch follows the key and keeps equal keys in load order; the key orders periods as the domain does")
  void schluesselfolge() {
    List<Messwert> stapel =
        liste(Testdaten.viele(500, 8, Testdaten.KOELN, Testdaten.AHLEN, Testdaten.AACHEN));
    stapel.addAll(Testdaten.besondereMesswerte()); // all kinds of period, some on the same day
    java.util.Collections.shuffle(stapel, new java.util.Random(3));
    stapel.add(stapel.get(17));
    stapel.add(0, stapel.get(400));
    // Kommune numbers and Messreihe ids given against the domain's order, so that the numbers,
    // not the texts, must decide
    java.util.Map<de.kekiz.domain.kommune.Gemeindeschluessel, Integer> nummern =
        new java.util.HashMap<>();
    java.util.Map<Messreihe, Integer> ids = new java.util.HashMap<>();
    long[] schluessel = new long[stapel.size()];
    for (int i = 0; i < schluessel.length; i++) {
      Messwert m = stapel.get(i);
      int nummer = nummern.computeIfAbsent(m.raum().kommune(), k -> 100 - nummern.size());
      int id = ids.computeIfAbsent(Messreihe.von(m), r -> 10_000 - ids.size());
      schluessel[i] = MesswertZeile.schluessel(nummer, id, m.periode());
      assertThat(MesswertZeile.reihe(schluessel[i])).isEqualTo(id);
      assertThat(new MesswertZeile().periode(schluessel[i])).isEqualTo(m.periode());
    }
    int[] folge = MesswertZeile.schluesselfolge(schluessel);
    assertThat(folge).hasSize(stapel.size());
    assertThat(java.util.Arrays.stream(folge).sorted().toArray())
        .isEqualTo(java.util.stream.IntStream.range(0, stapel.size()).toArray());
    for (int i = 1; i < folge.length; i++) {
      Messwert a = stapel.get(folge[i - 1]);
      Messwert b = stapel.get(folge[i]);
      int c = Long.compare(schluessel[folge[i - 1]], schluessel[folge[i]]);
      assertThat(c).as("row %d of the write order", i).isLessThanOrEqualTo(0);
      if (c == 0) {
        assertThat(folge[i - 1]).as("equal keys keep their order").isLessThan(folge[i]);
      } else if (Messreihe.von(a).equals(Messreihe.von(b))) {
        assertThat(a.periode())
            .as("periods of one Messreihe in the domain's order")
            .isLessThan(b.periode());
      }
    }
  }
}
