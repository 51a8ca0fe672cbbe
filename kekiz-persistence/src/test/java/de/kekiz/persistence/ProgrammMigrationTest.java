package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.fixtures.ProgrammFixtures;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName(
    "Migration V4 adds the programme and Lernnetzwerk tables to a database of version 3, losing"
        + " nothing")
class ProgrammMigrationTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "Kommune and Leitbild stored at version 3 load back equal after the migrations; programme and"
          + " Lernnetzwerk are stored then")
  void vonDreiAufVier(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.migrationen(false).tabellenpraefix("alt_"));
    p.migriere("3");
    String schema = p.schema().orElse("public");
    assertThat(EinbettungTest.tabellen(ds, schema))
        .contains("alt_kommune")
        .doesNotContain("alt_lernnetzwerk");
    Kommune ahlen = p.kommunen().save(Testdaten.ahlen());
    Leitbild leitbild = p.leitbilder().save(LeitbildFixtures.ahlen());
    // (a chain of version 4 and its migration: KoordinationMigrationTest; today's adapter writes
    // the columns of version 5)

    p.migriere();

    assertThat(EinbettungTest.tabellen(ds, schema))
        .contains(
            "alt_lernnetzwerk",
            "alt_lernnetzwerktreffen",
            "alt_lernnetzwerk_arbeitsgruppe",
            "alt_lernnetzwerk_beitrag",
            "alt_lernnetzwerk_beleg",
            "alt_foerderprogramm",
            "alt_programmphase",
            "alt_programmphase_angabe",
            "alt_phasenteilnehmer",
            "alt_programmakteur",
            "alt_haushaltsansatz");
    assertThat(p.kommunen().findAll()).containsExactly(ahlen);
    assertThat(p.leitbilder().findById(leitbild.id())).contains(leitbild);
    Lernnetzwerk netz = p.lernnetzwerke().save(ProgrammFixtures.lernnetzwerk());
    assertThat(p.lernnetzwerke().findByProgramm("kekiz")).contains(netz);
    Foerderprogramm programm = p.foerderprogramme().save(ProgrammFixtures.kekiz());
    assertThat(p.foerderprogramme().findByProgramm("kekiz")).contains(programm);
  }
}
