package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Duplikatregel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("On PostgreSQL the Messwerte are partitioned by Kommune")
class PartitionTest {

  private static final List<Gemeindeschluessel> KOMMUNEN =
      List.of(
          Testdaten.KOELN,
          Testdaten.AHLEN,
          Testdaten.UNNA,
          Testdaten.AACHEN,
          Testdaten.BOENEN,
          Gemeindeschluessel.parse("05513000"),
          Gemeindeschluessel.parse("05170008"));

  @Test
  @DisplayName(
      "reading, replacing, counting and deleting one Kommune's Messwerte touch only the partition that holds them")
  void einePartition() throws SQLException {
    DataSource ds = Testdatenbank.POSTGRESQL.datenquelle();
    String schema = Testdatenbank.neuesSchema();
    KekizPersistenz alle = KekizPersistenz.builder().dataSource(ds).schema(schema).build();
    for (Gemeindeschluessel k : KOMMUNEN) {
      alle.messwerte().saveAll(Testdaten.viele(300, 1, k), Duplikatregel.ABLEHNEN);
    }
    String koeln = partition(ds, schema, Testdaten.KOELN);
    List<String> partitionen = new ArrayList<>();
    for (Gemeindeschluessel k : KOMMUNEN) {
      partitionen.add(partition(ds, schema, k));
    }
    assertThat(partitionen.stream().distinct().count())
        .as("the Kommunen spread over several partitions")
        .isGreaterThan(2);

    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Map<String, Long> vorher = zaehler(c, schema);
      KekizPersistenz p =
          KekizPersistenz.builder()
              .dataSource(EinbettungTest.transaktionsgebunden(c))
              .schema(schema)
              .transaktion(Transaktionsmodus.DES_AUFRUFERS)
              .migrationen(false)
              .build();
      List<Messwert> gelesen;
      try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.KOELN)) {
        gelesen = s.toList();
      }
      assertThat(gelesen).hasSize(300);
      List<Messwert> korrektur = new ArrayList<>();
      for (Messwert m : gelesen.subList(0, 40)) {
        korrektur.add(m.withWerten(BigDecimal.ONE, new BigDecimal("7")));
      }
      List<Messwert> mehr = new ArrayList<>();
      Testdaten.viele(310, 99, Testdaten.KOELN).forEachRemaining(mehr::add);
      korrektur.addAll(mehr.subList(300, 310)); // keys not stored yet
      p.messwerte().saveAll(korrektur, Duplikatregel.ERSETZEN);
      assertThat(p.messwerte().count(Testdaten.KOELN)).isEqualTo(310);
      assertThat(p.messwerte().find(korrektur.get(0).schluessel())).contains(korrektur.get(0));
      assertThat(p.messwerte().deleteByKommune(Testdaten.KOELN)).isEqualTo(310);
      Map<String, Long> nachher = zaehler(c, schema);
      List<String> beruehrt =
          nachher.keySet().stream().filter(t -> !nachher.get(t).equals(vorher.get(t))).toList();
      assertThat(beruehrt).containsExactly(koeln);
      c.rollback();
    }
  }

  /** The partition that holds the Messwerte of {@code k}. */
  private static String partition(DataSource ds, String schema, Gemeindeschluessel k)
      throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT DISTINCT tableoid::regclass::text FROM "
                    + schema
                    + ".messwert WHERE kommune = '"
                    + k.wert()
                    + "'")) {
      assertThat(r.next()).isTrue();
      String p = r.getString(1);
      assertThat(r.next()).as("one partition only").isFalse();
      return p.substring(p.indexOf('.') + 1);
    }
  }

  /**
   * The scans and changed rows of each partition of messwert as this connection's statistics count
   * them: the counts of the transaction under way and of earlier ones not yet reported, so only
   * their change tells what a stretch of work touched.
   */
  private static Map<String, Long> zaehler(Connection c, String schema) throws SQLException {
    Map<String, Long> zaehler = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) + n_tup_ins"
                    + " + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables WHERE schemaname = '"
                    + schema
                    + "' AND relname LIKE 'messwert_p%'")) {
      while (r.next()) {
        zaehler.put(r.getString(1), r.getLong(2));
      }
    }
    return zaehler;
  }
}
