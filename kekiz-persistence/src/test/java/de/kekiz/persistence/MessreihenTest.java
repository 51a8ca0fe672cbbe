package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Loads number the Messreihen of a Kommune without a gap or a clash")
class MessreihenTest {

  private static KekizPersistenz aufVerbindung(Connection c, @Nullable String schema) {
    KekizPersistenz.Builder b =
        KekizPersistenz.builder()
            .dslContext(DSL.using(c))
            .transaktion(Transaktionsmodus.DES_AUFRUFERS)
            .migrationen(false);
    return schema == null ? b.build() : b.schema(schema).build();
  }

  private static List<Messwert> liste(Iterator<Messwert> it) {
    List<Messwert> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  /** {@code m} as a Messwert of another Messreihe: the same key with the breakdown {@code code}. */
  private static Messwert aufgeschluesselt(Messwert m, String code) {
    return m.withAufschluesselung(Aufschluesselung.of("geschlecht", code));
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a second load of the same Kommune waits for the first to commit, then reads its Messreihen and numbers its own after them")
  void gleicheKommune(Testdatenbank db) throws Exception {
    DataSource ds = db.datenquelle();
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : null;
    KekizPersistenz.Builder start = KekizPersistenz.builder().dataSource(ds);
    KekizPersistenz basis = schema == null ? start.build() : start.schema(schema).build();
    List<Messwert> gemeinsam = liste(Testdaten.viele(45, 1, Testdaten.AHLEN));
    // a first load, so that the Kommune's counter row exists before the two concurrent ones
    basis.messwerte().saveAll(gemeinsam.subList(40, 45), Duplikatregel.ABLEHNEN);
    List<Messwert> ersteLadung = new ArrayList<>(gemeinsam.subList(0, 20));
    for (Messwert m : gemeinsam.subList(0, 20)) {
      ersteLadung.add(aufgeschluesselt(m, "w"));
    }
    List<Messwert> zweiteLadung = new ArrayList<>(gemeinsam.subList(20, 40));
    for (Messwert m : gemeinsam.subList(0, 20)) {
      zweiteLadung.add(aufgeschluesselt(m, "m"));
    }
    try (Connection a = ds.getConnection();
        Connection b = ds.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      aufVerbindung(a, schema).messwerte().saveAll(ersteLadung, Duplikatregel.ABLEHNEN);
      CompletableFuture<Long> zweite =
          CompletableFuture.supplyAsync(
              () ->
                  aufVerbindung(b, schema)
                      .messwerte()
                      .saveAll(zweiteLadung, Duplikatregel.ABLEHNEN));
      Thread.sleep(300);
      assertThat(zweite).as("waits for the first load's lock").isNotDone();
      a.commit();
      assertThat(zweite.get(30, TimeUnit.SECONDS)).isEqualTo(40);
      b.commit();
    }
    List<Messwert> erwartet = new ArrayList<>(gemeinsam.subList(40, 45));
    erwartet.addAll(ersteLadung);
    erwartet.addAll(zweiteLadung);
    erwartet.sort(java.util.Comparator.comparing(Messwert::schluessel));
    try (Stream<Messwert> s = basis.messwerte().streamByKommune(Testdaten.AHLEN)) {
      assertThat(s.toList()).isEqualTo(erwartet);
    }
    String praefix = schema == null ? "" : schema + ".";
    long reihen =
        zahl(ds, "SELECT COUNT(*) FROM " + praefix + "messreihe WHERE kommune = '05570004'");
    assertThat(
            zahl(
                ds,
                "SELECT COUNT(DISTINCT id) FROM "
                    + praefix
                    + "messreihe WHERE kommune = '05570004'"))
        .isEqualTo(reihen);
    assertThat(zahl(ds, "SELECT MAX(id) FROM " + praefix + "messreihe WHERE kommune = '05570004'"))
        .as("numbered from 1 without a gap")
        .isEqualTo(reihen);
    assertThat(
            zahl(
                ds,
                "SELECT naechste_id FROM "
                    + praefix
                    + "messreihe_zaehler WHERE kommune = '05570004'"))
        .isEqualTo(reihen + 1);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("loads of different Kommunen do not wait for each other")
  void andereKommune(Testdatenbank db) throws Exception {
    DataSource ds = db.datenquelle();
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : null;
    KekizPersistenz.Builder start = KekizPersistenz.builder().dataSource(ds);
    KekizPersistenz basis = schema == null ? start.build() : start.schema(schema).build();
    try (Connection a = ds.getConnection();
        Connection b = ds.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      aufVerbindung(a, schema)
          .messwerte()
          .saveAll(Testdaten.viele(50, 1, Testdaten.AHLEN), Duplikatregel.ABLEHNEN);
      CompletableFuture<Long> zweite =
          CompletableFuture.supplyAsync(
              () ->
                  aufVerbindung(b, schema)
                      .messwerte()
                      .saveAll(Testdaten.viele(50, 2, Testdaten.KOELN), Duplikatregel.ABLEHNEN));
      assertThat(zweite.get(30, TimeUnit.SECONDS))
          .as("done while the first load is still open")
          .isEqualTo(50);
      b.commit();
      a.commit();
    }
    assertThat(basis.messwerte().count(Testdaten.AHLEN)).isEqualTo(50);
    assertThat(basis.messwerte().count(Testdaten.KOELN)).isEqualTo(50);
  }

  @Test
  @DisplayName(
      "on PostgreSQL a duplicate beyond the first 100,000 rows, in the load's second COPY, is named at its position")
  void zweitesCopy() {
    KekizPersistenz p = Testdatenbank.POSTGRESQL.neu(b -> b.stapelgroesse(7_000));
    List<Messwert> ladung = liste(Testdaten.viele(130_000, 3, Testdaten.KOELN, Testdaten.AHLEN));
    Messwert doppelt = ladung.get(99_990).withWerten(BigDecimal.ONE, BigDecimal.TEN);
    ladung.set(120_000, doppelt);
    assertThatThrownBy(() -> p.messwerte().saveAll(ladung, Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(120_001);
              assertThat(e.schluessel()).isEqualTo(doppelt.schluessel().toString());
            });
    assertThat(p.messwerte().count(Testdaten.KOELN) + p.messwerte().count(Testdaten.AHLEN))
        .isZero();
  }

  private static long zahl(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
