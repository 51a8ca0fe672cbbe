package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kommune.Kommune;
import de.kekiz.port.VersionskonfliktException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Two concurrent edits of the same aggregate")
class GleichzeitigTest {

  private static KekizPersistenz aufVerbindung(Connection c, String schema) {
    KekizPersistenz.Builder b =
        KekizPersistenz.builder()
            .dslContext(DSL.using(c))
            .transaktion(Transaktionsmodus.DES_AUFRUFERS)
            .migrationen(false);
    return schema == null ? b.build() : b.schema(schema).build();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "while the first edit's transaction is open, the second waits; it then fails with a VersionskonfliktException naming aggregate and revisions, and the first edit is kept")
  void zweiTransaktionen(Testdatenbank db) throws Exception {
    DataSource ds = db.datenquelle();
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : null;
    KekizPersistenz.Builder start = KekizPersistenz.builder().dataSource(ds);
    KekizPersistenz basis = schema == null ? start.build() : start.schema(schema).build();
    Kommune eins = basis.kommunen().save(Testdaten.ahlen());
    try (Connection a = ds.getConnection();
        Connection b = ds.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      KekizPersistenz pa = aufVerbindung(a, schema);
      KekizPersistenz pb = aufVerbindung(b, schema);
      Kommune vonA = umbenannt(eins, "Ahlen (A)");
      Kommune vonB = umbenannt(eins, "Ahlen (B)");
      assertThat(pa.kommunen().save(vonA).revision()).isEqualTo(2);
      CompletableFuture<Throwable> zweite =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  pb.kommunen().save(vonB);
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              });
      Thread.sleep(300);
      a.commit();
      Throwable fehler = zweite.get(30, TimeUnit.SECONDS);
      b.rollback();
      assertThat(fehler).isInstanceOf(VersionskonfliktException.class);
      VersionskonfliktException k = (VersionskonfliktException) fehler;
      assertThat(k.aggregat()).isEqualTo("Kommune");
      assertThat(k.id()).isEqualTo("05570004");
      assertThat(k.erwartet()).isEqualTo(1);
      assertThat(k.gespeichert()).isEqualTo(2);
    }
    assertThat(basis.kommunen().findById(Testdaten.AHLEN).orElseThrow().name())
        .isEqualTo("Ahlen (A)");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "two concurrent creations of the same Kommune: one wins, the other gets a VersionskonfliktException")
  void zweiMalAnlegen(Testdatenbank db)
      throws SQLException, InterruptedException, ExecutionException {
    DataSource ds = db.datenquelle();
    String schema = db == Testdatenbank.POSTGRESQL ? Testdatenbank.neuesSchema() : null;
    KekizPersistenz.Builder start = KekizPersistenz.builder().dataSource(ds);
    KekizPersistenz basis = schema == null ? start.build() : start.schema(schema).build();
    try (Connection a = ds.getConnection();
        Connection b = ds.getConnection()) {
      a.setAutoCommit(false);
      b.setAutoCommit(false);
      aufVerbindung(a, schema).kommunen().save(Testdaten.koeln());
      CompletableFuture<Throwable> zweite =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  aufVerbindung(b, schema).kommunen().save(umbenannt(Testdaten.koeln(), "Cöln"));
                  return null;
                } catch (RuntimeException e) {
                  return e;
                }
              });
      Thread.sleep(300);
      a.commit();
      Throwable fehler = zweite.get();
      b.rollback();
      assertThat(fehler).isInstanceOf(VersionskonfliktException.class);
      assertThat(((VersionskonfliktException) fehler).erwartet()).isZero();
      assertThat(((VersionskonfliktException) fehler).gespeichert()).isEqualTo(1);
    }
    assertThat(basis.kommunen().findById(Testdaten.KOELN).orElseThrow().name()).isEqualTo("Köln");
  }

  private static Kommune umbenannt(Kommune k, String name) {
    return Kommune.builder(k.schluessel(), name, k.art())
        .kreisfrei(k.kreisfrei())
        .kreis(k.kreis().orElse(null))
        .jugendamt(k.jugendamt())
        .sozialraeume(k.sozialraeume())
        .teilnahmen(k.teilnahmen())
        .bevoelkerung(k.bevoelkerung())
        .revision(k.revision())
        .build();
  }
}
