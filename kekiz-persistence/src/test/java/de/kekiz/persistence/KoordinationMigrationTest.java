package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName(
    "Migration V5 moves the one coordination post of a chain stored by version 4 into its own table")
class KoordinationMigrationTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "the post keeps post, share and place, gets no funding or period, and the chain its revision")
  void postWirdUebernommen(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.migrationen(false));
    p.migriere("4");
    String schema = p.schema().map(s -> s + ".").orElse("");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // as version 4 stored a chain: the post in the root row (and one chain without a post), each
      // with one Lebensphase
      s.execute(
          "INSERT INTO "
              + schema
              + "kette (kommune, gruppe_name, koordination_stelle, koordination_anteil,"
              + " koordination_angesiedelt_bei, revision) VALUES ('05570004', NULL,"
              + " 'Koordination Präventionskette', 0.75, 'Fachbereich Jugend, Soziales und"
              + " Integration', 3)");
      s.execute(
          "INSERT INTO "
              + schema
              + "kette (kommune, gruppe_name, koordination_stelle, koordination_anteil,"
              + " koordination_angesiedelt_bei, revision) VALUES ('05315000', NULL, NULL, NULL,"
              + " NULL, 1)");
      for (String kommune : List.of("05570004", "05315000")) {
        s.execute(
            "INSERT INTO "
                + schema
                + "kette_baustein (kommune, art, pos, kennung, name, alter_von, alter_bis)"
                + " VALUES ('"
                + kommune
                + "', 'LEBENSPHASE', 0, 'fruehe-kindheit', 'Frühe Kindheit', 0, 5)");
      }
    }

    p.migriere();

    Praeventionskette ahlen =
        p.praeventionsketten().findByKommune(Gemeindeschluessel.parse("05570004")).orElseThrow();
    assertThat(ahlen.revision()).isEqualTo(3);
    assertThat(ahlen.steuerung().koordinationen())
        .containsExactly(
            new Koordination(
                "Koordination Präventionskette",
                Stellenanteil.of("0.75"),
                "Fachbereich Jugend, Soziales und Integration"));
    assertThat(
            p.praeventionsketten()
                .findByKommune(Gemeindeschluessel.parse("05315000"))
                .orElseThrow()
                .steuerung()
                .koordinationen())
        .isEqualTo(List.of());
  }
}
