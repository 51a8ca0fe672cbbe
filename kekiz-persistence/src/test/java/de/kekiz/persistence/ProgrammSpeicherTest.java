package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.port.MandantenverletzungException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The seeds' programme and Lernnetzwerk in the database")
class ProgrammSpeicherTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("the 16th and 17th meetings load back exactly, and the save is audited")
  void seeds(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    Lernnetzwerk seeds = ProgrammFixtures.lernnetzwerk();
    assertThat(p.lernnetzwerke().save(seeds)).isEqualTo(seeds.withRevision(1));
    Lernnetzwerk geladen = p.lernnetzwerke().findByProgramm("kekiz").orElseThrow();
    assertThat(geladen).isEqualTo(seeds.withRevision(1));
    assertThat(geladen.treffen())
        .extracting(Lernnetzwerktreffen::nummer, Lernnetzwerktreffen::ort)
        .containsExactly(tuple(16, "Gelsenkirchen"), tuple(17, "Köln"));
    assertThat(p.auditprotokoll().eintraege("Lernnetzwerk", "kekiz"))
        .extracting(Auditeintrag::aenderung)
        .containsExactly(
            "created: 'Kein Kind zurücklassen! Kommunen in NRW beugen vor', 2 Lernnetzwerktreffen,"
                + " 3 Beiträge");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "with the longest table prefix (30 characters) every table and constraint is created")
  void langesPraefix(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    String praefix = "abcdefghij_klmnopqrs_tuvwxyz_x";
    assertThat(praefix).hasSize(30);
    KekizPersistenz p = db.neu(ds, b -> b.tabellenpraefix(praefix));
    Lernnetzwerk gespeichert = p.lernnetzwerke().save(ProgrammFixtures.lernnetzwerk());
    assertThat(p.lernnetzwerke().findAll()).containsExactly(gespeichert);
    Foerderprogramm programm = p.foerderprogramme().save(ProgrammFixtures.kekiz());
    assertThat(p.foerderprogramme().findAll()).containsExactly(programm);
    String schema = p.schema().map(s -> s + ".").orElse("");
    assertThat(zahl(ds, "SELECT COUNT(*) FROM " + schema + praefix + "lernnetzwerk_beitrag"))
        .isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a repository opened for one Kommune reads programme and Lernnetzwerk but may not change them")
  void mandant(Testdatenbank db) {
    KekizPersistenz alle = db.leer();
    Lernnetzwerk gespeichert = alle.lernnetzwerke().save(ProgrammFixtures.lernnetzwerk());
    KekizPersistenz ahlen = alle.fuer(Mandant.kommune(Testdaten.AHLEN));
    assertThat(ahlen.lernnetzwerke().findAll()).containsExactly(gespeichert);
    assertThatThrownBy(() -> ahlen.lernnetzwerke().save(gespeichert))
        .isInstanceOf(MandantenverletzungException.class)
        .hasMessageStartingWith("Speichern des Lernnetzwerks kekiz wurde abgelehnt: ");
    assertThatThrownBy(() -> ahlen.lernnetzwerke().delete("kekiz", 1))
        .isInstanceOf(MandantenverletzungException.class);
    assertThat(alle.lernnetzwerke().findByProgramm("kekiz")).contains(gespeichert);
    Foerderprogramm programm = alle.foerderprogramme().save(ProgrammFixtures.kekiz());
    assertThat(ahlen.foerderprogramme().findByProgramm("kekiz")).contains(programm);
    assertThatThrownBy(() -> ahlen.foerderprogramme().save(programm))
        .isInstanceOf(MandantenverletzungException.class)
        .hasMessageStartingWith("Speichern des Förderprogramms kekiz wurde abgelehnt: ");
    assertThatThrownBy(() -> ahlen.foerderprogramme().delete("kekiz", 1))
        .isInstanceOf(MandantenverletzungException.class);
  }

  private static long zahl(DataSource ds, String sql) throws SQLException {
    List<Long> werte = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        werte.add(r.getLong(1));
      }
    }
    assertThat(werte).hasSize(1);
    return werte.get(0);
  }
}
