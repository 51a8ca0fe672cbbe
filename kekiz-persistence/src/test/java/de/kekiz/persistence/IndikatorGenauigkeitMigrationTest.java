package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName(
    "Migration V3 gives the Indikatoren stored by version 2 their standard precision, not synthetic")
class IndikatorGenauigkeitMigrationTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("0 places without denominator, 2 for factor 1, 1 for factor 100")
  void standardNachkommastellen(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.migrationen(false));
    p.migriere("2");
    String schema = p.schema().map(s -> s + ".").orElse("");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // key, denominator definition (SQL literal), factor: as version 2 stored them
      einfuegen(s, schema, "anzahl", "NULL", "1");
      einfuegen(s, schema, "verhaeltnis", "'Kinder'", "1");
      einfuegen(s, schema, "quote", "'Kinder'", "100");
    }

    p.migriere();

    assertThat(indikator(p, "anzahl").nachkommastellen()).isZero();
    assertThat(indikator(p, "verhaeltnis").nachkommastellen()).isEqualTo(2);
    assertThat(indikator(p, "quote").nachkommastellen()).isEqualTo(1);
    assertThat(indikator(p, "quote").synthetisch()).isFalse();
  }

  private static void einfuegen(
      Statement s, String schema, String key, String nenner, String faktor) throws SQLException {
    s.execute(
        "INSERT INTO "
            + schema
            + "indikator (schluessel, indikator_version, gueltig_von,"
            + " gueltig_bis, name, zaehler_definition, nenner_definition, faktor, einheit, anteil,"
            + " polaritaet, quelle, ebene, periodizitaet, stichtag, dimensionen, aenderungshinweis,"
            + " revision) VALUES ('"
            + key
            + "', 1, DATE '2016-01-01', NULL, 'Name', 'Zähler', "
            + nenner
            + ", "
            + faktor
            + ", 'Einheit', FALSE, 'NEUTRAL', 'Quelle', 'GEMEINDE',"
            + " 'JAEHRLICH', NULL, '', NULL, 1)");
  }

  private static Indikator indikator(KekizPersistenz p, String key) {
    return p.indikatoren().findByRef(IndikatorRef.of(key, 1)).orElseThrow();
  }
}
